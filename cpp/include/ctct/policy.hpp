// Policies every request goes through: client-side rate limiting (a token bucket) and retries
// with exponential backoff. Option names are the same in every language.
#pragma once

#include <chrono>
#include <memory>
#include <mutex>

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

// Constant Contact allows 4 requests a second per API key. The bucket holds `burst` requests
// and refills at `per_second`; per_second 0 turns the limit off. A burst above 1 can trip a
// server that counts requests per second, so the default sends evenly.
struct RateLimit {
  double per_second = 4.0;
  int burst = 1;
};

// One token bucket. Give the same limiter to every client of one API key in a process
// (ClientOptions::rate_limiter) so together they stay within the key's limit. Thread-safe.
class RateLimiter {
 public:
  explicit RateLimiter(RateLimit limit = {});

  // Takes the next free slot and answers how long to wait for it (zero when one is free now).
  // Slots are handed out in call order, so waiting callers are served first come, first served.
  std::chrono::milliseconds reserve();

  const RateLimit& limit() const { return limit_; }

 private:
  using Clock = std::chrono::steady_clock;
  const RateLimit limit_;
  std::mutex mutex_;
  double tokens_;  // may go negative: slots already promised to waiting callers
  Clock::time_point updated_;
};

}  // namespace ctct
