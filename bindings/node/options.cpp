#include "options.hpp"

#include <algorithm>
#include <initializer_list>

#include "addon.hpp"

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
  read_option(options, "allowInsecureHttp", http.allow_insecure_http);
  read_option(options, "maxConnections", http.max_connections);
  return http;
}

namespace {

// options[name] as an object with only `known` keys, or nothing when absent; a misspelt key
// would otherwise silently leave the default in place.
std::optional<Napi::Object> sub_object(const Napi::Object& options, const char* name,
                                       std::initializer_list<const char*> known) {
  Napi::Value value = options.Get(name);
  if (value.IsUndefined()) return std::nullopt;
  const std::string path = std::string("options.") + name;
  if (!is_plain_object(value)) type_error(options.Env(), path, "an object");
  auto object = value.As<Napi::Object>();
  Napi::Array keys = object.GetPropertyNames();
  for (uint32_t i = 0; i < keys.Length(); ++i) {
    std::string key = keys.Get(i).ToString().Utf8Value();
    if (std::none_of(known.begin(), known.end(), [&](const char* k) { return key == k; }))
      throw Napi::TypeError::New(options.Env(), path + "." + key + " is not a known option");
  }
  return object;
}

}  // namespace

Policies policies(const Napi::Object& options) {
  Policies out;
  if (auto retry = sub_object(options, "retry", {"max_attempts", "base_delay_ms", "max_delay_ms"})) {
    read_option(*retry, "max_attempts", out.retry.max_attempts, "options.retry");
    read_option(*retry, "base_delay_ms", out.retry.base_delay_ms, "options.retry");
    read_option(*retry, "max_delay_ms", out.retry.max_delay_ms, "options.retry");
  }
  if (auto limit = sub_object(options, "rate_limit", {"per_second", "burst"})) {
    read_option(*limit, "per_second", out.rate_limit.per_second, "options.rate_limit");
    read_option(*limit, "burst", out.rate_limit.burst, "options.rate_limit");
  }
  out.rate_limiter = shared_rate_limiter(options.Get("rateLimiter"), "options.rateLimiter");
  out.log = log_options(options);
  return out;
}

}  // namespace ctct::node
