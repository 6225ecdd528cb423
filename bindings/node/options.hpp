// Options objects of the constructors and calls, named as JS names them (camelCase) at every
// depth. The snake_case spellings Node took before (the core's names) still work for one minor
// version, each warned about once: the constructors' from renamed_options in options.cpp, the
// operations' from the registry (read_core).
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <napi.h>

#include "convert.hpp"
#include "ctct/engine.hpp"
#include "ctct/log.hpp"
#include "ctct/oauth.hpp"
#include "ctct/options.hpp"
#include "ctct/policy.hpp"
#include "names.hpp"

namespace ctct::node {

// One options object of `callable`: every key a reader takes is known, and finish() makes any
// other key a TypeError ("unknown option 'bogus' for Client"), so that a misspelt option never
// silently leaves its default in place. Type errors name the option as given ("timeoutMs", or
// "retry.maxAttempts" inside a sub-object). A renamed option given in its old spelling is read
// with a DeprecationWarning; given in both spellings it is a TypeError.
class Options {
 public:
  // info[index] as the options of `callable`; undefined (or absent) is an empty one.
  Options(const Napi::CallbackInfo& info, std::size_t index, std::string callable);

  Napi::Env Env() const { return env_; }
  std::string path(const std::string& name) const { return prefix_ + name; }

  // options[name] (or its old spelling), now a known key.
  Napi::Value get(const char* name) { return lookup(name).value; }
  // Sets `member` from options[name] when present.
  template <class M>
  void read(const char* name, M& member) {
    if (object_.IsEmpty()) return;
    Found found = lookup(name);
    if (auto value = from_js<std::optional<M>>(found.value, path(found.key))) member = *value;
  }
  // An operation's option or argument field, named `core` in the operations registry: read under
  // its JS name js_name(core); `core` itself, when Node took that spelling before
  // (had_snake_case_spelling), is read with a DeprecationWarning (CTCT_DEP0003).
  template <class M>
  void read_core(const char* core, M& member) {
    if (object_.IsEmpty()) return;
    Found found = lookup_core(core);
    if (auto value = from_js<std::optional<M>>(found.value, path(found.key))) member = *value;
  }
  template <class T>
  T required(const char* name) {
    Found found = lookup(name);
    return from_js<T>(found.value, path(found.key));
  }
  // options[name] as options of their own (keys named "<name>.<key>"), or nothing when absent.
  std::optional<Options> sub(const char* name);

  // Throws the TypeError for the first key no reader took.
  void finish() const;

 private:
  Options(Napi::Object object, std::string callable, std::string prefix);

  // The key an option was given under (its name, or the old spelling) and its value.
  struct Found {
    std::string key;
    Napi::Value value;
  };
  Found lookup(const char* name);
  Found lookup_core(const char* core);
  // options[name], or options[old] (when given) with the DeprecationWarning `code`.
  Found lookup_spelled(const std::string& name, const char* old, const char* code);

  Napi::Env env_;
  Napi::Object object_;  // empty when none was given: every option keeps its default, nothing is read
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
  RateLimiterOption rate_limiter;
  LogOptions log;
  std::shared_ptr<Engine> engine;  // null: the process-wide one

  template <class ClientOptions>
  void apply_to(ClientOptions& options) const {
    options.retry = retry;
    options.rate_limit = rate_limit;
    options.rate_limiter = rate_limiter;
    options.log = log;
    options.engine = engine;
  }
};

// Reads retry: { maxAttempts, baseDelayMs, maxDelayMs }, rateLimit: { perSecond, burst, perDay },
// rateLimiter (a RateLimiter shared with other clients), log, logLevel and engine (an Engine)
// when present.
Policies policies(Options& options);

// Reads log: (level, message) => ... and logLevel ('debug', 'info', 'warning', 'error').
LogOptions log_options(Options& options);

// Reads managedTokens: { tokens, oauth: { clientId, clientSecret, tokenUrl }, refreshMarginS,
// store, sharedStore, chain } when present; the store is a JS function given each new pair.
std::optional<oauth::ManagedTokens> managed_tokens(Options& options);

// The DeprecationWarning for a method, property or call form used by its old name
// ("Emulator.close()": CTCT_DEP0002; "bulk.deleteContacts(input, options)": CTCT_DEP0004), emitted
// the first time in this JS environment. An option's old spelling gets one too, from Options
// (CTCT_DEP0001 for the renamed options table, CTCT_DEP0003 for an operation's snake_case keys).
void warn_renamed(Napi::Env env, const std::string& old_name, const std::string& new_name,
    const char* code = "CTCT_DEP0002");

}  // namespace ctct::node
