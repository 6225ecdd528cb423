#include "policy/retry.hpp"

#include <algorithm>
#include <random>

#include "policy/quota.hpp"
#include "policy/retry_after.hpp"

namespace ctct::policy {

Retry retry_kind(const http::Response& response) {
  switch (response.status) {
    case 0: return response.permanent ? Retry::no : Retry::ambiguous;
    case 500:
    case 502:
    case 503:
    case 504: return Retry::ambiguous;
    case 429:
      // The daily quota does not come back within any backoff: it is a failure.
      return quota_exceeded(response) ? Retry::no : Retry::refused;
    default: return Retry::no;
  }
}

std::optional<std::chrono::milliseconds> retry_delay(const RetryOptions& options, int attempt,
    const http::Response& response) {
  if (const auto header = response.header("retry-after")) {
    if (auto wait = parse_retry_after(*header)) {
      if (wait->count() > options.max_delay_ms) return std::nullopt;
      return *wait;
    }
  }
  const int doublings = std::clamp(attempt - 1, 0, 30);
  const double ceiling = std::min<double>(static_cast<double>(options.max_delay_ms),
      static_cast<double>(std::max(0L, options.base_delay_ms)) * static_cast<double>(1L << doublings));
  thread_local std::mt19937_64 random{std::random_device{}()};
  std::uniform_real_distribution<double> jitter(0.0, std::max(0.0, ceiling));
  return std::chrono::milliseconds(static_cast<long>(jitter(random)));
}

}  // namespace ctct::policy
