#include "options.hpp"

#include <algorithm>
#include <cstring>

#include "addon.hpp"

namespace ctct::node {
namespace {

// The one table of renamed options of the constructors and the v2 client: each option's JS name
// and the core's snake_case name, which Node took before it was camelCase. Every options reader
// (Options, and the JS layer through options() below) accepts the old spelling for one minor
// version, with a DeprecationWarning. The operations' options are renamed by rule (read_core).
struct Renamed {
  const char* js;
  const char* core;
};
constexpr Renamed renamed_options[] = {
    {"managedTokens", "managed_tokens"},
    {"refreshMarginS", "refresh_margin_s"},
    {"rateLimit", "rate_limit"},
    {"perSecond", "per_second"},
    {"maxAttempts", "max_attempts"},
    {"baseDelayMs", "base_delay_ms"},
    {"maxDelayMs", "max_delay_ms"},
    {"clientId", "client_id"},
    {"clientSecret", "client_secret"},
    {"tokenUrl", "token_url"},
    {"deviceUrl", "device_url"},
    {"redirectUri", "redirect_uri"},
    {"codeChallenge", "code_challenge"},
    {"authorizeUrl", "authorize_url"},
    {"actionBy", "action_by"},
};

const char* old_spelling(const char* name) {
  for (const Renamed& option : renamed_options)
    if (std::strcmp(option.js, name) == 0) return option.core;
  return nullptr;
}

// Emits the warning the first time `spelling` is used in this JS environment.
void warn_deprecated(Napi::Env env, const std::string& spelling, const std::string& message, const char* code) {
  if (!Addon::of(env).deprecations_warned.insert(spelling).second) return;
  auto process = env.Global().Get("process").As<Napi::Object>();
  auto how = Napi::Object::New(env);
  how.Set("type", "DeprecationWarning");
  how.Set("code", code);
  process.Get("emitWarning").As<Napi::Function>().Call(process, {Napi::String::New(env, message), how});
}

}  // namespace

Options::Options(Napi::Object object, std::string callable, std::string prefix)
    : env_(object.Env()), object_(object), callable_(std::move(callable)), prefix_(std::move(prefix)) {}

Options::Options(const Napi::CallbackInfo& info, std::size_t index, std::string callable)
    : env_(info.Env()), callable_(std::move(callable)) {
  if (index >= info.Length() || info[index].IsUndefined()) return;
  if (!is_plain_object(info[index])) type_error(info[index], "options", "an object");
  object_ = info[index].As<Napi::Object>();
}

Options::Found Options::lookup(const char* name) { return lookup_spelled(name, old_spelling(name), "CTCT_DEP0001"); }

Options::Found Options::lookup_core(const char* core) {
  std::string name = js_name(core);
  return lookup_spelled(name, had_snake_case_spelling(core) ? core : nullptr, "CTCT_DEP0003");
}

Options::Found Options::lookup_spelled(const std::string& name, const char* old, const char* code) {
  if (object_.IsEmpty()) return {name, env_.Undefined()};
  known_.push_back(name);
  Found found{name, object_.Get(name)};
  if (old == nullptr) return found;
  known_.emplace_back(old);
  Napi::Value old_value = object_.Get(old);
  if (old_value.IsUndefined()) return found;
  if (!found.value.IsUndefined())
    throw Napi::TypeError::New(Env(),
        path(name) + " and " + path(old) + " are the same option for " + callable_ + ": give only " + path(name));
  warn_deprecated(Env(), old,
      std::string("ctct option '") + old + "' is deprecated and goes in the next minor version: write '" + name + "'",
      code);
  return {old, old_value};
}

std::optional<Options> Options::sub(const char* name) {
  Found found = lookup(name);
  if (found.value.IsUndefined()) return std::nullopt;
  if (!is_plain_object(found.value)) type_error(found.value, path(found.key), "an object");
  return Options(found.value.As<Napi::Object>(), callable_, path(found.key) + ".");
}

void Options::finish() const {
  if (object_.IsEmpty()) return;
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
    retry->read("maxAttempts", out.retry.max_attempts);
    retry->read("baseDelayMs", out.retry.base_delay_ms);
    retry->read("maxDelayMs", out.retry.max_delay_ms);
    retry->finish();
  }
  if (auto limit = options.sub("rateLimit")) {
    limit->read("perSecond", out.rate_limit.per_second);
    limit->read("burst", out.rate_limit.burst);
    limit->read("perDay", out.rate_limit.per_day);
    limit->finish();
  }
  // A Redis URL shares the API key's pace and daily count with every process using it.
  const Napi::Value limiter = options.get("rateLimiter");
  if (limiter.IsString()) out.rate_limiter = limiter.As<Napi::String>().Utf8Value();
  else out.rate_limiter = shared_rate_limiter(limiter, options.path("rateLimiter"));
  out.log = log_options(options);
  out.engine = shared_engine(options.get("engine"), options.path("engine"));
  return out;
}

void warn_renamed(Napi::Env env, const std::string& old_name, const std::string& new_name, const char* code) {
  warn_deprecated(env, old_name,
      "ctct " + old_name + " is deprecated and goes in the next minor version: use " + new_name, code);
}

namespace {

// options(value, known, callable): the options the JS layer reads itself, as an object of the
// `known` keys given (under their JS names, whichever spelling was used), read by Options.
Napi::Value read_options(const Napi::CallbackInfo& info) {
  auto known = from_js<std::vector<std::string>>(info[1], "known");
  Options options(info, 0, from_js<std::string>(info[2], "callable"));
  auto out = Napi::Object::New(info.Env());
  for (const std::string& name : known) {
    Napi::Value value = options.get(name.c_str());
    if (!value.IsUndefined()) out.Set(name, value);
  }
  options.finish();
  return out;
}

// deprecated(oldName, newName, code?): warn_renamed for the JS layer's renamed methods and call forms.
Napi::Value deprecated(const Napi::CallbackInfo& info) {
  const std::string code = info[2].IsUndefined() ? "CTCT_DEP0002" : from_js<std::string>(info[2], "code");
  warn_renamed(info.Env(), from_js<std::string>(info[0], "oldName"), from_js<std::string>(info[1], "newName"),
      code.c_str());
  return info.Env().Undefined();
}

}  // namespace

void init_options(Napi::Env env, Napi::Object exports) {
  exports.Set("options", Napi::Function::New<read_options>(env, "options"));
  exports.Set("deprecated", Napi::Function::New<deprecated>(env, "deprecated"));
}

}  // namespace ctct::node
