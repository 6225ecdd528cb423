#include "policy/key_limiters.hpp"

#include <map>
#include <mutex>
#include <string>
#include <tuple>

#include "auth/crypto.hpp"

namespace ctct::policy {
namespace {

// The key's digest, not the key: a v2 api_key is a secret, and the registry outlives clients.
using Entry = std::tuple<std::string, double, int, long>;

struct Registry {
  std::mutex mutex;
  std::map<Entry, std::weak_ptr<RateLimiter>> limiters;
};

Registry& registry() {
  static auto* registry = new Registry;  // never destroyed: clients may end after static destructors
  return *registry;
}

}  // namespace

std::shared_ptr<RateLimiter> key_limiter(std::string_view api_key, const RateLimit& limit) {
  Entry entry{auth::sha256(api_key), limit.per_second, limit.burst, limit.per_day};
  auto made = std::make_shared<RateLimiter>(limit);  // checks the limit before anything is stored
  Registry& shared = registry();
  std::lock_guard lock(shared.mutex);
  if (auto found = shared.limiters.find(entry); found != shared.limiters.end())
    if (auto alive = found->second.lock()) return alive;
  // Keys whose last client has gone leave no entry behind for long.
  std::erase_if(shared.limiters, [](const auto& item) { return item.second.expired(); });
  shared.limiters[entry] = made;
  return made;
}

}  // namespace ctct::policy
