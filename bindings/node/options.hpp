// Options objects of the constructors and calls, named as JS names them (camelCase), but for
// the policy sub-objects retry and rate_limit, whose keys are the core's field names.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <napi.h>

#include "convert.hpp"
#include "ctct/log.hpp"
#include "ctct/oauth.hpp"
#include "ctct/options.hpp"
#include "ctct/policy.hpp"

namespace ctct::node {

// One options object of `callable`: every key a reader takes is known, and finish() makes any
// other key a TypeError ("unknown option 'bogus' for Client"), so that a misspelt option never
// silently leaves its default in place. Type errors name the option ("timeoutMs", or
// "retry.max_attempts" inside a sub-object).
class Options {
 public:
  // info[index] as the options of `callable`; undefined (or absent) is an empty one.
  Options(const Napi::CallbackInfo& info, std::size_t index, std::string callable);

  Napi::Env Env() const { return object_.Env(); }
  std::string path(const char* name) const { return prefix_ + name; }

  // options[name], now a known key.
  Napi::Value get(const char* name);
  // Sets `member` from options[name] when present.
  template <class M>
  void read(const char* name, M& member) {
    if (auto value = from_js<std::optional<M>>(get(name), path(name))) member = *value;
  }
  template <class T>
  T required(const char* name) {
    return from_js<T>(get(name), path(name));
  }
  // options[name] as options of their own (keys named "<name>.<key>"), or nothing when absent.
  std::optional<Options> sub(const char* name);

  // Throws the TypeError for the first key no reader took.
  void finish() const;

 private:
  Options(Napi::Object object, std::string callable, std::string prefix);

  Napi::Object object_;
  std::string callable_;
  std::string prefix_;
  std::vector<std::string> known_;
};

// Reads timeoutMs, connectTimeoutMs, caBundle, maxResponseBytes, allowInsecureHttp and
// maxConnections when present.
HttpOptions http_options(Options& options);

// What every request goes through, as both clients' options hold it.
struct Policies {
  RetryOptions retry;
  RateLimit rate_limit;
  std::shared_ptr<RateLimiter> rate_limiter;
  LogOptions log;

  template <class ClientOptions>
  void apply_to(ClientOptions& options) const {
    options.retry = retry;
    options.rate_limit = rate_limit;
    options.rate_limiter = rate_limiter;
    options.log = log;
  }
};

// Reads retry: { max_attempts, base_delay_ms, max_delay_ms }, rate_limit: { per_second, burst },
// rateLimiter (a RateLimiter shared with other clients), log and logLevel when present.
Policies policies(Options& options);

// Reads log: (level, message) => ... and logLevel ('debug', 'info', 'warning', 'error').
LogOptions log_options(Options& options);

// Reads managed_tokens: { tokens, oauth: { client_id, client_secret, token_url },
// refresh_margin_s, store } when present; the store is a JS function given each new pair.
std::optional<oauth::ManagedTokens> managed_tokens(Options& options);

}  // namespace ctct::node
