// Constructor options of the clients and the emulator, named as JS names them (camelCase).
#pragma once

#include <napi.h>

#include "ctct/options.hpp"

namespace ctct::node {

// The options object itself: an object, or undefined for an empty one.
Napi::Object options_object(const Napi::CallbackInfo& info, std::size_t index);

// Reads timeoutMs, connectTimeoutMs, caBundle and maxResponseBytes when present.
HttpOptions http_options(const Napi::Object& options);

}  // namespace ctct::node
