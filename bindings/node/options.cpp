#include "options.hpp"


namespace ctct::node {

Napi::Object options_object(const Napi::CallbackInfo& info, std::size_t index) {
  if (index >= info.Length() || info[index].IsUndefined()) return Napi::Object::New(info.Env());
  if (!is_plain_object(info[index])) type_error(info.Env(), "options", "an object");
  return info[index].As<Napi::Object>();
}

HttpOptions http_options(const Napi::Object& options) {
  HttpOptions http;
  read_option(options, "connectTimeoutMs", http.connect_timeout_ms);
  read_option(options, "timeoutMs", http.timeout_ms);
  read_option(options, "caBundle", http.ca_bundle);
  read_option(options, "maxResponseBytes", http.max_response_bytes);
  return http;
}

}  // namespace ctct::node
