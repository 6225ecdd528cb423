// Policies every request goes through: client-side rate limiting (a token bucket) and retries
// with exponential backoff. Option names are the same in every language.
#pragma once

#include <chrono>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

namespace ctct {

// Retries of requests that are safe to repeat (GET, PUT, DELETE, sign_up_form), after 429
// throttled, 500, 502, 503, 504, a failed connection or a timeout. The wait before retry n is
// random in [0, min(max_delay_ms, base_delay_ms * 2^(n-1))] ("full jitter"), or the server's
// Retry-After when it sends one; a Retry-After longer than max_delay_ms ends the retries.
struct RetryOptions {
  int max_attempts = 4;  // requests sent at most, the first included; 1 disables retries
  long base_delay_ms = 500;
  long max_delay_ms = 30'000;
};

// Constant Contact allows 4 requests a second and 10,000 a day per API key. The bucket holds
// `burst` requests and refills at `per_second`; per_second 0 turns the limit off. A burst above 1
// can trip a server that counts requests per second, so the default sends evenly.
struct RateLimit {
  double per_second = 4.0;
  int burst = 1;
  // Requests a UTC day, counted across every client of the limiter; past it calls end unsent until
  // 00:00 UTC. 0: no count of its own (Constant Contact's quota_exceeded still stops the key).
  long per_day = 0;
};

// One token bucket and one daily count. Clients of one API key in a process share one by
// default (ARCHITECTURE.md "The request pipeline"); give the same limiter to several clients
// (ClientOptions::rate_limiter) to choose the sharing yourself. Thread-safe.
class RateLimiter {
 public:
  explicit RateLimiter(RateLimit limit = {});

  // What reserve() hands out: the wait before the request's slot, or, once the day's requests
  // are used up, when they come back; then nothing may be sent.
  struct Slot {
    std::chrono::milliseconds wait{0};
    std::optional<std::chrono::system_clock::time_point> resets;  // set: out of requests until then
    bool over_budget = false;  // refused by per_day, not by Constant Contact's quota_exceeded
  };

  // Takes the next free slot, counted for the day. Slots are handed out in call order, so
  // waiting callers are served first come, first served.
  Slot reserve();

  // Constant Contact answered 429 quota_exceeded: reserve() refuses until the next 00:00 UTC.
  void quota_exceeded();

  const RateLimit& limit() const { return limit_; }

 private:
  using Clock = std::chrono::steady_clock;
  using Day = std::chrono::sys_days;  // a UTC day
  const RateLimit limit_;
  std::mutex mutex_;
  double tokens_;  // may go negative: slots already promised to waiting callers
  Clock::time_point updated_;
  Day today_{};
  long used_today_ = 0;
  bool quota_exceeded_today_ = false;
};

// ClientOptions::rate_limiter: a RateLimiter of your own, or the URL of a Redis server through
// which every process and machine using the API key shares one pace and one daily count:
// redis://[[user]:password@]host[:port][/db][?timeout_ms=500&on_outage=fallback|error&max_ahead_ms=2000]
// or unix://[[user]:password@]/path/redis.sock[?db=N&...] (README "One API key, many processes").
struct RateLimiterOption {
  RateLimiterOption() = default;
  RateLimiterOption(std::nullptr_t) {}
  RateLimiterOption(std::shared_ptr<RateLimiter> limiter) : limiter(std::move(limiter)) {}
  RateLimiterOption(std::string redis_url) : redis_url(std::move(redis_url)) {}
  RateLimiterOption(const char* redis_url) : redis_url(redis_url) {}
  explicit operator bool() const { return limiter || !redis_url.empty(); }

  std::shared_ptr<RateLimiter> limiter;
  std::string redis_url;
};

}  // namespace ctct
