#include "auth/token_coordinator.hpp"

#include <algorithm>

#include "auth/jwt.hpp"
#include "auth/redis_coordinator.hpp"

namespace ctct::auth {

std::optional<std::chrono::system_clock::time_point> expiry_of(const oauth::Tokens& tokens) {
  if (auto exp = jwt_expiry(tokens.access_token)) return exp;
  if (tokens.expires_in) {
    const auto seconds = std::clamp<long long>(*tokens.expires_in, 0, clock_reach_s / 2);
    return std::chrono::system_clock::now() + std::chrono::seconds(seconds);
  }
  return std::nullopt;
}

std::shared_ptr<TokenCoordinator> make_coordinator(const oauth::ManagedTokens& managed, http::Engine& engine) {
  if (managed.shared_store.empty()) return std::make_shared<InProcessCoordinator>();
  return std::make_shared<RedisCoordinator>(managed.shared_store, managed.oauth, managed.chain, engine);
}

}  // namespace ctct::auth
