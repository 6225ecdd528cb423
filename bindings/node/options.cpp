#include "options.hpp"

#include <algorithm>

#include "addon.hpp"

namespace ctct::node {

Options::Options(Napi::Object object, std::string callable, std::string prefix)
    : object_(object), callable_(std::move(callable)), prefix_(std::move(prefix)) {}

Options::Options(const Napi::CallbackInfo& info, std::size_t index, std::string callable)
    : object_(Napi::Object::New(info.Env())), callable_(std::move(callable)) {
  if (index >= info.Length() || info[index].IsUndefined()) return;
  if (!is_plain_object(info[index])) type_error(info[index], "options", "an object");
  object_ = info[index].As<Napi::Object>();
}

Napi::Value Options::get(const char* name) {
  known_.emplace_back(name);
  return object_.Get(name);
}

std::optional<Options> Options::sub(const char* name) {
  Napi::Value value = get(name);
  if (value.IsUndefined()) return std::nullopt;
  if (!is_plain_object(value)) type_error(value, path(name), "an object");
  return Options(value.As<Napi::Object>(), callable_, path(name) + ".");
}

void Options::finish() const {
  Napi::Array keys = object_.GetPropertyNames();
  for (uint32_t i = 0; i < keys.Length(); ++i) {
    std::string key = text_of(keys.Get(i).ToString());
    if (std::find(known_.begin(), known_.end(), key) == known_.end())
      throw Napi::TypeError::New(Env(), "unknown option '" + prefix_ + key + "' for " + callable_);
  }
}

HttpOptions http_options(Options& options) {
  HttpOptions http;
  options.read("connectTimeoutMs", http.connect_timeout_ms);
  options.read("timeoutMs", http.timeout_ms);
  options.read("caBundle", http.ca_bundle);
  options.read("maxResponseBytes", http.max_response_bytes);
  options.read("allowInsecureHttp", http.allow_insecure_http);
  options.read("maxConnections", http.max_connections);
  return http;
}

Policies policies(Options& options) {
  Policies out;
  if (auto retry = options.sub("retry")) {
    retry->read("max_attempts", out.retry.max_attempts);
    retry->read("base_delay_ms", out.retry.base_delay_ms);
    retry->read("max_delay_ms", out.retry.max_delay_ms);
    retry->finish();
  }
  if (auto limit = options.sub("rate_limit")) {
    limit->read("per_second", out.rate_limit.per_second);
    limit->read("burst", out.rate_limit.burst);
    limit->finish();
  }
  out.rate_limiter = shared_rate_limiter(options.get("rateLimiter"), options.path("rateLimiter"));
  out.log = log_options(options);
  return out;
}

}  // namespace ctct::node
