// Constructor options of the clients and the emulator, named as JS names them (camelCase), but
// for the policy sub-objects retry and rate_limit, whose keys are the core's field names.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include <napi.h>

#include "convert.hpp"
#include "ctct/log.hpp"
#include "ctct/oauth.hpp"
#include "ctct/options.hpp"
#include "ctct/policy.hpp"

namespace ctct::node {

// The options object itself: an object, or undefined for an empty one.
Napi::Object options_object(const Napi::CallbackInfo& info, std::size_t index);

// Sets `member` from options[name] when present; a value of the wrong type is a TypeError.
template <class M>
void read_option(const Napi::Object& options, const char* name, M& member,
                 const std::string& path = "options") {
  if (auto value = from_js<std::optional<M>>(options.Get(name), path + "." + name)) member = *value;
}

// Reads timeoutMs, connectTimeoutMs, caBundle, maxResponseBytes, allowInsecureHttp and
// maxConnections when present.
HttpOptions http_options(const Napi::Object& options);

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
Policies policies(const Napi::Object& options);

// Reads log: (level, message) => ... and logLevel ('debug', 'info', 'warning', 'error').
LogOptions log_options(const Napi::Object& options);

// Reads managed_tokens: { tokens, oauth: { client_id, client_secret, token_url },
// refresh_margin_s, store } when present; the store is a JS function given each new pair.
std::optional<oauth::ManagedTokens> managed_tokens(const Napi::Object& options);

}  // namespace ctct::node
