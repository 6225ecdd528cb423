#include "redis/shared_limiter.hpp"

#include <cmath>
#include <map>
#include <tuple>

#include "auth/crypto.hpp"
#include "policy/key_limiters.hpp"
#include "redis/rate_script.hpp"

namespace ctct::redis {
namespace {

using namespace std::chrono_literals;

// While Redis cannot be used, one call at most this often tries it again; the others use the
// fallback at once instead of each waiting out the command timeout.
constexpr auto probe_interval = 1s;
// How far a 429 throttled pushes the key's schedule: Constant Contact counts per second.
constexpr long throttle_push_us = 1'000'000;

long long element(const Reply& reply, std::size_t i) {
  return i < reply.elements.size() ? reply.elements[i].integer : 0;
}

}  // namespace

SharedLimiter::SharedLimiter(const Endpoint& endpoint, std::string_view key, RateLimit limit,
    std::shared_ptr<RateLimiter> fallback)
    : connection_(shared_connection(endpoint)),
      // A digest of the key, never the key: a v2 api_key is a secret, and Redis may be shared.
      key_("ctct:{" + auth::hex(auth::sha256(key)).substr(0, 32) + "}:limit"), limit_(limit),
      fallback_(std::move(fallback)) {}

std::vector<std::string> SharedLimiter::args(const char* op) const {
  const long interval_us = limit_.per_second > 0 ? std::lround(1e6 / limit_.per_second) : 0;
  return {op, std::to_string(interval_us), std::to_string(limit_.burst), std::to_string(limit_.per_day),
      std::to_string(connection_->endpoint().max_ahead_ms * 1000), std::to_string(throttle_push_us)};
}

std::optional<Grant> SharedLimiter::reserve(std::function<void(Grant)> later) {
  {
    std::lock_guard lock(mutex_);
    const auto now = Clock::now();
    if (down_ && now < next_probe_) return outage("");
    if (down_) next_probe_ = now + probe_interval;  // this call probes; the others fall back meanwhile
  }
  connection_->eval(rate_script(), {key_}, args("take"),
      [self = shared_from_this(), later = std::move(later)](Reply reply) {
        later(reply.type == Reply::Type::array
                  ? self->granted(reply)
                  : self->outage(reply.failed() ? reply.text : "Redis answered " + reply.text));
      });
  return std::nullopt;
}

Grant SharedLimiter::granted(const Reply& reply) {
  Grant grant;
  {
    std::lock_guard lock(mutex_);
    if (std::exchange(down_, false))
      grant.notice = "the shared rate limiter at " + connection_->endpoint().display() + " answers again";
  }
  grant.slot.wait = std::chrono::ceil<std::chrono::milliseconds>(std::chrono::microseconds(element(reply, 0)));
  grant.again = element(reply, 1) == 0;
  if (const auto resets = element(reply, 2)) {
    grant.again = false;
    grant.slot.resets = std::chrono::system_clock::time_point(std::chrono::seconds(resets));
    grant.slot.over_budget = element(reply, 3) == 1;
  }
  return grant;
}

// `why` empty: an outage already reported.
Grant SharedLimiter::outage(const std::string& why) {
  Grant grant;
  const std::string where = "the shared rate limiter at " + connection_->endpoint().display();
  if (!why.empty()) {
    std::lock_guard lock(mutex_);
    if (!std::exchange(down_, true))
      grant.warning = where + " cannot be used (" + why + ")" +
                      (connection_->endpoint().fail_on_outage
                              ? "; calls end as errors until it answers"
                              : "; this process paces the API key by itself until it answers");
    next_probe_ = Clock::now() + probe_interval;
  }
  if (!connection_->endpoint().fail_on_outage) {
    grant.slot = fallback_->reserve();
    return grant;
  }
  Outcome<Empty> failure;
  failure.outcome = Kind::error;
  failure.error_key = "rate_limiter_unavailable";
  failure.reason = "Nothing was sent: " + where + " cannot be used" + (why.empty() ? "" : " (" + why + ")") +
                   ", and its on_outage=error option makes that an error; start Redis or check its address, "
                   "or use on_outage=fallback to pace this process by itself meanwhile.";
  grant.failure = std::move(failure);
  return grant;
}

void SharedLimiter::throttled() {
  connection_->eval(rate_script(), {key_}, args("throttled"), [](Reply) {});
}

void SharedLimiter::quota_exceeded() {
  fallback_->quota_exceeded();  // an outage until the reset stops the key too
  connection_->eval(rate_script(), {key_}, args("quota"), [](Reply) {});
}

namespace {

using Entry = std::tuple<std::string, std::string, double, int, long>;  // URL, key digest, limit

struct LimiterRegistry {
  std::mutex mutex;
  std::map<Entry, std::weak_ptr<SharedLimiter>> limiters;
};

}  // namespace

std::shared_ptr<SharedLimiter> shared_limiter(std::string_view url, std::string_view key, const RateLimit& limit) {
  const Endpoint endpoint = parse_endpoint(url, "rate_limiter");
  if (key.empty()) throw UsageError("a Redis rate_limiter is shared by the API key, and none is known: set api_key");
  static auto* registry = new LimiterRegistry;  // never destroyed: clients may end after static destructors
  Entry entry{std::string(url), auth::sha256(key), limit.per_second, limit.burst, limit.per_day};
  std::lock_guard lock(registry->mutex);
  if (auto found = registry->limiters.find(entry); found != registry->limiters.end())
    if (auto alive = found->second.lock()) return alive;
  std::erase_if(registry->limiters, [](const auto& item) { return item.second.expired(); });
  auto made = std::make_shared<SharedLimiter>(endpoint, key, limit, policy::key_limiter(key, limit));
  registry->limiters[entry] = made;
  return made;
}

}  // namespace ctct::redis
