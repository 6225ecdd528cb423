// The policies between operations and the engine, per request: wait for a rate-limit slot,
// put the access token on, send, refresh once after a 401, and retry with backoff what is safe
// to retry. Every wait is a timer on the engine's loop.
#pragma once

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

#include "auth/token_manager.hpp"
#include "ctct/oauth.hpp"
#include "ctct/policy.hpp"
#include "http/engine.hpp"
#include "policy/logger.hpp"
#include "policy/secrets.hpp"
#include "redis/shared_limiter.hpp"

namespace ctct::policy {

// What came of a request after the policies: the last response and every request sent.
// `failure` is set when the policies themselves ended it (no access token could be had).
struct Result {
  http::Response response;
  int attempts = 0;
  std::optional<Outcome<Empty>> failure;
  std::string token;  // the access token of the last send, for redact
};
using Done = std::function<void(Result)>;

// What a Verify found out. known false: the lookup itself failed, so nothing may be re-sent.
struct Lookup {
  int attempts = 0;  // requests the lookup sent
  bool known = false;
  std::optional<Result> found;  // the effect, when the request took effect; ends the exchange
};
// For a request that must not be sent twice (POST /contacts): after an answer that leaves its
// effect unknown, finds out whether it took effect before anything is sent again.
using Verify = std::function<void(std::function<void(Lookup)>)>;

struct Exchange {
  http::Request request;
  bool repeatable = true;  // safe to send again after a 5xx, a timeout or no answer
  Verify verify;           // for requests that are not repeatable; none: never re-sent then
};

struct PipelineOptions {
  RetryOptions retry;
  std::shared_ptr<RateLimiter> limiter;                  // null: no limit
  std::shared_ptr<redis::SharedLimiter> shared_limiter;  // set: it paces, not `limiter`
  std::optional<oauth::ManagedTokens> tokens;
  LogOptions log;
  Secrets secrets;  // the fixed ones (API key, a static access token, the URL's password)
};

class Pipeline {
 public:
  Pipeline(PipelineOptions options, http::Engine& engine);
  ~Pipeline();  // close()

  // `done` runs once, on the loop's driver (or at once on this thread when the engine is closed).
  void run(Exchange exchange, Done done);

  // Call before closing the engine: nothing is retried any more, requests waiting for the shared
  // limiter's answer or for a token refresh complete at once (the "client closed" error, an
  // error outcome), and those waiting on a timer when the engine drops the timer.
  void close();

  // Every secret of the client as it is now (managed tokens change when refreshed), and
  // `token`, the one a result was sent with: what to redact from that result's answer.
  Secrets secrets(const std::string& token) const;

  // The client's log, for the steps around requests (the v2 id translation).
  const Logger& log() const { return log_; }

  struct Run;  // one exchange on its way through the policies

 private:
  void step(std::shared_ptr<Run> run);
  void admit(std::shared_ptr<Run> run, redis::Grant grant);
  void send(std::shared_ptr<Run> run, std::string token);
  void answered(std::shared_ptr<Run> run, http::Response response);
  void log_answer(const Run& run, const http::Response& response) const;
  void later(std::shared_ptr<Run> run, std::chrono::milliseconds delay, std::function<void()> fn);

  const RetryOptions retry_;
  const Secrets secrets_;
  std::shared_ptr<RateLimiter> limiter_;
  std::shared_ptr<redis::SharedLimiter> shared_;
  struct Waits;  // runs waiting for the shared limiter's answer on Redis's thread
  std::shared_ptr<Waits> waits_;
  Logger log_;
  http::Engine& engine_;
  std::unique_ptr<auth::TokenManager> tokens_;
  std::atomic<bool> closing_{false};
};

}  // namespace ctct::policy
