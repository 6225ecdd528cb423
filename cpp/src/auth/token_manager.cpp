#include "auth/token_manager.hpp"

#include <algorithm>

#include "auth/jwt.hpp"

namespace ctct::auth {
namespace {

// Expiry from the JWT, else from expires_in counted from now.
std::optional<std::chrono::system_clock::time_point> expiry_of(const oauth::Tokens& tokens) {
  if (auto exp = jwt_expiry(tokens.access_token)) return exp;
  if (tokens.expires_in) {
    const auto seconds = std::clamp<long long>(*tokens.expires_in, 0, clock_reach_s / 2);
    return std::chrono::system_clock::now() + std::chrono::seconds(seconds);
  }
  return std::nullopt;
}

Access failed(Outcome<Empty> outcome) { return Access{{}, std::move(outcome)}; }

}  // namespace

TokenManager::TokenManager(oauth::ManagedTokens managed, http::Engine& engine, policy::Logger log)
    : endpoint_(std::move(managed.oauth), &engine), store_(std::move(managed.store)),
      margin_(std::max(0L, managed.refresh_margin_s)), log_(std::move(log)), tokens_(std::move(managed.tokens)),
      expires_(expiry_of(tokens_)), token_margin_(margin_) {
  if (tokens_.access_token.empty() && !tokens_.refresh_token)
    throw UsageError("ManagedTokens.tokens needs an access_token or a refresh_token");
}

bool TokenManager::fresh(Clock::time_point now) const {
  return !tokens_.access_token.empty() && (!expires_ || now + token_margin_ < *expires_);
}

void TokenManager::access(AccessCallback callback) {
  std::unique_lock lock(mutex_);
  if (dead_) {
    auto failure = *dead_;
    lock.unlock();
    return callback(failed(std::move(failure)));
  }
  // Without a refresh token an old access token is still worth a try: the server decides.
  if (fresh(Clock::now()) || !tokens_.refresh_token) {
    std::string token = tokens_.access_token;
    lock.unlock();
    return callback(Access{std::move(token), std::nullopt});
  }
  wait_for_refresh(lock, std::move(callback));
}

void TokenManager::after_unauthorized(const std::string& rejected, AccessCallback callback) {
  std::unique_lock lock(mutex_);
  if (!dead_ && !refreshing_ && tokens_.access_token != rejected) {
    std::string token = tokens_.access_token;
    lock.unlock();
    return callback(Access{std::move(token), std::nullopt});
  }
  if (dead_ || !tokens_.refresh_token) {
    lock.unlock();
    return callback(Access{});  // nothing to refresh with: the 401 stands
  }
  wait_for_refresh(lock, std::move(callback));
}

void TokenManager::add_secrets(policy::Secrets& secrets) {
  endpoint_.add_secrets(secrets);
  std::lock_guard lock(mutex_);
  secrets.add(tokens_.access_token);
  if (tokens_.refresh_token) secrets.add(*tokens_.refresh_token);
}

void TokenManager::wait_for_refresh(std::unique_lock<std::mutex>& lock, AccessCallback callback) {
  waiting_.push_back(std::move(callback));
  if (refreshing_) return;
  refreshing_ = true;
  const std::string refresh_token = *tokens_.refresh_token;
  lock.unlock();
  log_.write(LogLevel::info, "refreshing the access token");
  endpoint_.token({{"grant_type", "refresh_token"}, {"refresh_token", refresh_token}},
      [this](Outcome<oauth::Tokens> outcome) { refreshed(std::move(outcome)); });
}

void TokenManager::refreshed(Outcome<oauth::Tokens> outcome) {
  std::optional<Outcome<Empty>> failure;
  if (outcome.ok()) {
    oauth::Tokens fresh_tokens = std::move(*outcome.value);
    {
      std::lock_guard lock(mutex_);
      // Long-lived refresh tokens are not sent again: keep the one we have.
      if (!fresh_tokens.refresh_token) fresh_tokens.refresh_token = tokens_.refresh_token;
    }
    // Saved before the old refresh token is dropped; a store that throws cannot undo the
    // rotation on the server, so the new pair is kept either way.
    if (store_) {
      try {
        store_(fresh_tokens);
      } catch (...) {
      }
    }
    log_.write(LogLevel::info, "refreshed the access token");  // outside the lock: it runs user code
    std::lock_guard lock(mutex_);
    expires_ = expiry_of(fresh_tokens);
    tokens_ = std::move(fresh_tokens);
    const auto lifetime = expires_ ? *expires_ - Clock::now() : Clock::duration::max();
    token_margin_ = std::min<Clock::duration>(margin_, lifetime / 2);
  } else {
    failure = outcome.with_value<Empty>(std::nullopt);
    failure->attempts = 0;  // the token request is not one of the caller's API requests
    if (outcome.error_key == "invalid_grant") {
      failure->reason = "The refresh token was refused (invalid_grant): it expired, was revoked or "
                        "was replaced; authorize again to get new tokens.";
      std::lock_guard lock(mutex_);
      dead_ = failure;
    }
    // Reasons never hold a secret (see outcome.hpp).
    log_.write(LogLevel::warning, "the access token could not be refreshed: " + failure->reason.value_or(""));
  }
  std::vector<AccessCallback> waiting;
  std::string token;
  {
    std::lock_guard lock(mutex_);
    refreshing_ = false;
    waiting.swap(waiting_);
    token = tokens_.access_token;
  }
  for (auto& callback : waiting) callback(failure ? failed(*failure) : Access{token, std::nullopt});
}

}  // namespace ctct::auth
