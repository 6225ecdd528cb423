#include <algorithm>
#include <cmath>

#include "ctct/outcome.hpp"
#include "ctct/policy.hpp"

namespace ctct {

RateLimiter::RateLimiter(RateLimit limit) : limit_(limit), tokens_(std::max(1, limit.burst)), updated_(Clock::now()) {
  if (!(limit.per_second >= 0) || std::isinf(limit.per_second))
    throw UsageError("RateLimit.per_second must be 0 (no limit) or a positive number");
  if (limit.burst < 1) throw UsageError("RateLimit.burst must be at least 1");
  if (limit.per_day < 0) throw UsageError("RateLimit.per_day must be 0 (no daily count) or a positive number");
}

RateLimiter::Slot RateLimiter::reserve() {
  std::lock_guard lock(mutex_);
  // The day's count and a quota_exceeded both end at 00:00 UTC, as Constant Contact's count does.
  const Day today = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  if (today != today_) {
    today_ = today;
    used_today_ = 0;
    quota_exceeded_today_ = false;
  }
  const bool over_budget = limit_.per_day > 0 && used_today_ >= limit_.per_day;
  if (quota_exceeded_today_ || over_budget)
    return Slot{.resets = today_ + std::chrono::days(1), .over_budget = !quota_exceeded_today_};
  ++used_today_;
  if (limit_.per_second == 0) return {};
  const auto now = Clock::now();
  const double elapsed = std::chrono::duration<double>(now - updated_).count();
  tokens_ = std::min<double>(limit_.burst, tokens_ + elapsed * limit_.per_second);
  updated_ = now;
  tokens_ -= 1;
  if (tokens_ >= 0) return {};
  // The slot comes when the bucket has refilled to this caller's place in line.
  return Slot{.wait = std::chrono::milliseconds(static_cast<long>(std::ceil(-tokens_ / limit_.per_second * 1000)))};
}

void RateLimiter::quota_exceeded() {
  std::lock_guard lock(mutex_);
  const Day today = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  if (today != today_) used_today_ = 0;
  today_ = today;
  quota_exceeded_today_ = true;
}

}  // namespace ctct
