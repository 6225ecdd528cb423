// Carries requests from cpp-httplib to the Service and its answers back, broken on purpose
// when a fault asks for it.
#pragma once

#include <httplib.h>

#include "emulator/server/service.hpp"

namespace ctct::emulator {

void serve(Service& service, const httplib::Request& request, httplib::Response& response);

}  // namespace ctct::emulator
