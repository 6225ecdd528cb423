#include "policy/pipeline.hpp"

#include <unordered_set>

#include "http/transport_error.hpp"
#include "policy/quota.hpp"
#include "policy/retry.hpp"

namespace ctct::policy {

struct Pipeline::Run {
  Exchange exchange;
  Done done;         // through finish()
  int attempts = 0;  // requests sent, lookups of Verify included
  int tries = 0;     // sends counted against max_attempts
  bool reauthorized = false;
  std::string token;  // the access token of the last send

  // Every result leaves with the token it was sent with, for what is redacted from its answer.
  void finish(Result result) {
    result.token = token;
    done(std::move(result));
  }
};

// The shared limiter answers on Redis's thread: a run waits here until then, so that close()
// can complete it at once instead of leaving its answer to arrive after the client is gone.
struct Pipeline::Waits {
  std::mutex mutex;
  Pipeline* pipeline;  // null once closed
  std::unordered_set<std::shared_ptr<Run>> runs;
};

Pipeline::Pipeline(PipelineOptions options, http::Engine& engine)
    : retry_(options.retry), secrets_(std::move(options.secrets)), limiter_(std::move(options.limiter)),
      shared_(std::move(options.shared_limiter)), waits_(std::make_shared<Waits>()), log_(std::move(options.log)),
      engine_(engine) {
  waits_->pipeline = this;
  if (retry_.max_attempts < 1) throw UsageError("RetryOptions.max_attempts must be at least 1");
  if (retry_.base_delay_ms < 0 || retry_.max_delay_ms < 0) throw UsageError("RetryOptions delays must not be negative");
  if (options.tokens) tokens_ = std::make_unique<auth::TokenManager>(std::move(*options.tokens), engine, log_);
}

void Pipeline::run(Exchange exchange, Done done) {
  auto run = std::make_shared<Run>();
  run->exchange = std::move(exchange);
  run->done = std::move(done);
  later(run, std::chrono::milliseconds(0), [this, run] { step(run); });
}

Pipeline::~Pipeline() { close(); }

void Pipeline::close() {
  closing_ = true;
  if (tokens_) tokens_->close();
  std::unordered_set<std::shared_ptr<Run>> waiting;
  {
    std::lock_guard lock(waits_->mutex);
    waits_->pipeline = nullptr;
    waiting.swap(waits_->runs);
  }
  for (const auto& run : waiting) {
    http::Response closed;
    closed.transport_error = http::closed_error;
    run->finish(Result{std::move(closed), run->attempts, std::nullopt});
  }
}

Secrets Pipeline::secrets(const std::string& token) const {
  Secrets secrets = secrets_;
  secrets.add(token);
  if (tokens_) tokens_->add_secrets(secrets);
  return secrets;
}

namespace {

// Completes the run with the "client closed" error if its timer is dropped unrun (the engine
// drops pending timers when it closes, and refuses new ones once closed).
struct Pending {
  std::shared_ptr<Pipeline::Run> run;
  std::function<void()> fn;
  bool fired = false;
  ~Pending() {
    if (fired || !run) return;
    http::Response closed;
    closed.transport_error = http::closed_error;
    run->finish(Result{std::move(closed), run->attempts, std::nullopt});
  }
};

}  // namespace

// Runs `fn` on the loop's driver after `delay`. Every step of a run goes there, the first one
// too, so that all of a call's log lines and callbacks come from one thread (the I/O thread, or
// a blocking caller driving the loop), never the first from the caller and the rest elsewhere.
void Pipeline::later(std::shared_ptr<Run> run, std::chrono::milliseconds delay, std::function<void()> fn) {
  if (delay.count() <= 0 && engine_.on_io_thread()) return fn();
  auto pending = std::make_shared<Pending>();
  pending->run = std::move(run);
  pending->fn = std::move(fn);
  engine_.schedule(delay, [pending] {
    pending->fired = true;
    pending->fn();
  });
}

// One attempt: a rate-limit slot, then the token, then the request. A key out of requests for
// the day ends the call here, unsent.
void Pipeline::step(std::shared_ptr<Run> run) {
  if (!shared_) {
    redis::Grant grant;
    if (limiter_) grant.slot = limiter_->reserve();
    return admit(run, std::move(grant));
  }
  {
    std::lock_guard lock(waits_->mutex);
    if (!waits_->pipeline) return;  // closed: the engine settles the run
    waits_->runs.insert(run);
  }
  auto now = shared_->reserve([waits = waits_, run](redis::Grant grant) {
    std::lock_guard lock(waits->mutex);
    // Gone from the set: close() has completed it. Else the engine is still open (close() takes
    // this lock before the client closes it), and the grant goes to the loop's driver.
    if (!waits->runs.erase(run)) return;
    Pipeline* pipeline = waits->pipeline;
    pipeline->later(run, std::chrono::milliseconds(0),
        [pipeline, run, grant = std::move(grant)]() mutable { pipeline->admit(run, std::move(grant)); });
  });
  if (!now) return;
  {
    std::lock_guard lock(waits_->mutex);
    waits_->runs.erase(run);
  }
  admit(run, std::move(*now));
}

void Pipeline::admit(std::shared_ptr<Run> run, redis::Grant grant) {
  if (!grant.warning.empty()) log_.write(LogLevel::warning, grant.warning);
  if (!grant.notice.empty() && log_.wants(LogLevel::info)) log_.write(LogLevel::info, grant.notice);
  if (grant.failure) return run->finish(Result{{}, run->attempts, std::move(grant.failure)});
  const auto& slot = grant.slot;
  if (slot.resets)
    return run->finish(Result{{}, run->attempts, quota_refusal(slot, shared_ ? shared_->limit() : limiter_->limit())});
  const auto wait = slot.wait;
  if (wait.count() > 0 && log_.wants(LogLevel::debug))
    log_.write(LogLevel::debug, "waiting " + std::to_string(wait.count()) + " ms for a rate-limit slot before " +
                                    loggable(run->exchange.request.method, run->exchange.request.url));
  if (grant.again) return later(run, wait, [this, run] { step(run); });  // the slot is not ours yet: ask again then
  later(run, wait, [this, run] {
    if (!tokens_) return send(run, {});
    tokens_->access([this, run](auth::Access access) {
      if (access.failure) return run->finish(Result{{}, run->attempts, std::move(access.failure)});
      send(run, std::move(access.token));
    });
  });
}

void Pipeline::send(std::shared_ptr<Run> run, std::string token) {
  http::Request request = run->exchange.request;
  if (!token.empty()) request.headers.emplace_back("Authorization", "Bearer " + token);
  request.replayable = run->exchange.repeatable;
  run->token = std::move(token);
  ++run->attempts;
  ++run->tries;
  if (log_.wants(LogLevel::debug))
    log_.write(LogLevel::debug, "sending " + loggable(request.method, request.url) + " (attempt " +
                                    std::to_string(run->tries) + " of " + std::to_string(retry_.max_attempts) + ")");
  engine_.submit(std::move(request), [this, run](http::Response response) { answered(run, std::move(response)); });
}

void Pipeline::log_answer(const Run& run, const http::Response& response) const {
  const LogLevel level = response.status == 0 || response.status >= 500 ? LogLevel::warning : LogLevel::debug;
  if (!log_.wants(level)) return;
  const auto& request = run.exchange.request;
  log_.write(level,
      loggable(request.method, request.url) + (response.status ? " answered " + std::to_string(response.status)
                                                               : " got no answer: " + response.transport_error));
}

void Pipeline::answered(std::shared_ptr<Run> run, http::Response response) {
  if (response.unsent) --run->attempts;  // refused by the engine before anything went out
  log_answer(*run, response);
  if (limiter_ && quota_exceeded(response)) limiter_->quota_exceeded();  // for every client of the key
  if (shared_ && response.status == 429) {                               // for every process of the key
    if (quota_exceeded(response)) shared_->quota_exceeded();
    else shared_->throttled();
  }
  // A 401 means the request was not acted on: refresh once and send it again.
  if (response.status == 401 && tokens_ && !run->reauthorized) {
    run->reauthorized = true;
    auto kept = std::make_shared<http::Response>(std::move(response));
    tokens_->after_unauthorized(run->token, [this, run, kept](auth::Access access) {
      if (access.failure) return run->finish(Result{std::move(*kept), run->attempts, std::move(access.failure)});
      if (access.token.empty()) return run->finish(Result{std::move(*kept), run->attempts, std::nullopt});
      --run->tries;  // a refresh is not a retry
      send(run, std::move(access.token));
    });
    return;
  }
  const Retry kind = closing_ ? Retry::no : retry_kind(response);
  std::optional<std::chrono::milliseconds> delay;
  if (kind != Retry::no && run->tries < retry_.max_attempts) delay = retry_delay(retry_, run->tries, response);
  const bool resend_blindly = kind == Retry::refused || run->exchange.repeatable;
  if (!delay || (!resend_blindly && !run->exchange.verify))
    return run->finish(Result{std::move(response), run->attempts, std::nullopt});
  if (log_.wants(LogLevel::info))
    log_.write(LogLevel::info, "retrying " + loggable(run->exchange.request.method, run->exchange.request.url) +
                                   " in " + std::to_string(delay->count()) + " ms" +
                                   (resend_blindly ? std::string() : ", once a lookup shows it did not take effect"));
  if (resend_blindly) return later(run, *delay, [this, run] { step(run); });
  // The server may have acted: look before sending again.
  auto kept = std::make_shared<http::Response>(std::move(response));
  later(run, *delay, [this, run, kept] {
    run->exchange.verify([this, run, kept](Lookup lookup) {
      run->attempts += lookup.attempts;
      if (lookup.found) {
        lookup.found->attempts = run->attempts;
        return run->finish(std::move(*lookup.found));
      }
      if (!lookup.known) return run->finish(Result{std::move(*kept), run->attempts, std::nullopt});
      step(run);
    });
  });
}

}  // namespace ctct::policy
