// One API key's rate limiter shared through Redis by every process and machine that uses the key
// (ARCHITECTURE.md "The shared rate limiter"): one script call per request reserves the next
// slot on Redis's clock and counts the UTC day. When Redis cannot be used, calls fall back to
// this process's own limiter of the key (one warning per outage, shared mode again as soon as
// Redis answers), or, with on_outage=error, end as error outcomes.
#pragma once

#include <chrono>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

#include "ctct/models.hpp"
#include "ctct/outcome.hpp"
#include "ctct/policy.hpp"
#include "redis/connection.hpp"

namespace ctct::redis {

// What a call gets from the limiter.
struct Grant {
  RateLimiter::Slot slot;
  bool again = false;                     // not reserved (too far ahead): ask again after slot.wait
  std::optional<Outcome<Empty>> failure;  // on_outage=error and Redis could not be used
  std::string warning;                    // for the client's log: an outage began (once per outage)
  std::string notice;                     // for the client's log: Redis answers again
};

class SharedLimiter : public std::enable_shared_from_this<SharedLimiter> {
 public:
  // `key` is the API key: only its digest reaches Redis. `fallback`: the key's limiter in this process.
  SharedLimiter(const Endpoint& endpoint, std::string_view key, RateLimit limit, std::shared_ptr<RateLimiter> fallback);

  // The grant at once when it needs no Redis (during an outage, between probes), else nothing
  // and `later` runs on the connection's thread with the grant.
  std::optional<Grant> reserve(std::function<void(Grant)> later);

  // Constant Contact answered 429 throttled: every process of the key waits a second.
  void throttled();
  // Constant Contact answered 429 quota_exceeded: every process of the key stops until 00:00 UTC.
  void quota_exceeded();

  const RateLimit& limit() const { return limit_; }
  const std::string& redis_key() const { return key_; }

 private:
  using Clock = std::chrono::steady_clock;
  Grant granted(const Reply& reply);
  Grant outage(const std::string& why);
  std::vector<std::string> args(const char* op) const;

  const std::shared_ptr<Connection> connection_;
  const std::string key_;  // ctct:{<digest>}:limit, hash-tagged for Redis Cluster
  const RateLimit limit_;
  const std::shared_ptr<RateLimiter> fallback_;
  std::mutex mutex_;
  bool down_ = false;             // Redis could not be used at the last try
  Clock::time_point next_probe_;  // while down: when a call may try Redis again
};

// The shared limiter of `key` at the Redis server `url`, made on first use; held weakly, so it
// ends with the key's last client. Throws UsageError for a malformed URL or an empty key.
std::shared_ptr<SharedLimiter> shared_limiter(std::string_view url, std::string_view key, const RateLimit& limit);

}  // namespace ctct::redis
