// Constructor options of the clients and the emulator, named as JS names them (camelCase).
#pragma once

#include <optional>
#include <string>

#include <napi.h>

#include "convert.hpp"
#include "ctct/options.hpp"

namespace ctct::node {

// The options object itself: an object, or undefined for an empty one.
Napi::Object options_object(const Napi::CallbackInfo& info, std::size_t index);

// Sets `member` from options[name] when present; a value of the wrong type is a TypeError.
template <class M>
void read_option(const Napi::Object& options, const char* name, M& member) {
  if (auto value = from_js<std::optional<M>>(options.Get(name), std::string("options.") + name))
    member = *value;
}

// Reads timeoutMs, connectTimeoutMs, caBundle and maxResponseBytes when present.
HttpOptions http_options(const Napi::Object& options);

}  // namespace ctct::node
