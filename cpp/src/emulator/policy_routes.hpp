// Routes of the OAuth server and the control calls for limits and tokens (policy_routes.cpp).
#pragma once

#include "emulator/auth.hpp"
#include "emulator/limits.hpp"
#include "emulator/router.hpp"

namespace ctct::emulator {

void add_oauth_routes(Router& router, Auth& auth);
void add_policy_control_routes(Router& router, Auth& auth, Limits& limits);

}  // namespace ctct::emulator
