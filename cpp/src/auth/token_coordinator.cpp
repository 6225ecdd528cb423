#include "auth/token_coordinator.hpp"

#include <algorithm>

#include "auth/jwt.hpp"

namespace ctct::auth {

std::optional<std::chrono::system_clock::time_point> expiry_of(const oauth::Tokens& tokens) {
  if (auto exp = jwt_expiry(tokens.access_token)) return exp;
  if (tokens.expires_in) {
    const auto seconds = std::clamp<long long>(*tokens.expires_in, 0, clock_reach_s / 2);
    return std::chrono::system_clock::now() + std::chrono::seconds(seconds);
  }
  return std::nullopt;
}

std::shared_ptr<TokenCoordinator> make_coordinator(const oauth::ManagedTokens&, http::Engine&) {
  return std::make_shared<InProcessCoordinator>();
}

}  // namespace ctct::auth
