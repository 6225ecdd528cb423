#include "options.hpp"

#include <optional>
#include <string>

#include "convert.hpp"

namespace ctct::node {

Napi::Object options_object(const Napi::CallbackInfo& info, std::size_t index) {
  if (index >= info.Length() || info[index].IsUndefined()) return Napi::Object::New(info.Env());
  if (!is_plain_object(info[index])) type_error(info.Env(), "options", "an object");
  return info[index].As<Napi::Object>();
}

HttpOptions http_options(const Napi::Object& options) {
  HttpOptions http;
  auto read = [&](const char* name, auto& member) {
    using M = std::remove_cvref_t<decltype(member)>;
    if (auto value = from_js<std::optional<M>>(options.Get(name), std::string("options.") + name))
      member = *value;
  };
  read("connectTimeoutMs", http.connect_timeout_ms);
  read("timeoutMs", http.timeout_ms);
  read("caBundle", http.ca_bundle);
  read("maxResponseBytes", http.max_response_bytes);
  return http;
}

}  // namespace ctct::node
