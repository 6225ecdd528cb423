#include <algorithm>
#include <cmath>

#include "ctct/outcome.hpp"
#include "ctct/policy.hpp"

namespace ctct {

RateLimiter::RateLimiter(RateLimit limit) : limit_(limit), tokens_(std::max(1, limit.burst)), updated_(Clock::now()) {
  if (!(limit.per_second >= 0) || std::isinf(limit.per_second))
    throw UsageError("RateLimit.per_second must be 0 (no limit) or a positive number");
  if (limit.burst < 1) throw UsageError("RateLimit.burst must be at least 1");
}

std::chrono::milliseconds RateLimiter::reserve() {
  if (limit_.per_second == 0) return std::chrono::milliseconds(0);
  std::lock_guard lock(mutex_);
  const auto now = Clock::now();
  const double elapsed = std::chrono::duration<double>(now - updated_).count();
  tokens_ = std::min<double>(limit_.burst, tokens_ + elapsed * limit_.per_second);
  updated_ = now;
  tokens_ -= 1;
  if (tokens_ >= 0) return std::chrono::milliseconds(0);
  // The slot comes when the bucket has refilled to this caller's place in line.
  return std::chrono::milliseconds(static_cast<long>(std::ceil(-tokens_ / limit_.per_second * 1000)));
}

}  // namespace ctct
