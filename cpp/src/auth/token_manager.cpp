#include "auth/token_manager.hpp"

#include <algorithm>

namespace ctct::auth {
namespace {

// A failed refresh (no answer, a 5xx, the shared store unreachable) is tried again after this.
constexpr std::chrono::seconds retry_refresh_after{1};

Access failed(Outcome<Empty> outcome) { return Access{{}, std::move(outcome)}; }

}  // namespace

TokenManager::TokenManager(oauth::ManagedTokens managed, http::Engine& engine, policy::Logger log)
    : coordinator_(make_coordinator(managed, engine)), endpoint_(std::move(managed.oauth), &engine),
      store_(std::move(managed.store)), margin_(std::max(0L, managed.refresh_margin_s)), log_(std::move(log)),
      tokens_(std::move(managed.tokens)), expires_(expiry_of(tokens_)), token_margin_(margin_) {
  if (tokens_.access_token.empty() && !tokens_.refresh_token)
    throw UsageError("ManagedTokens.tokens needs an access_token or a refresh_token");
}

TokenManager::~TokenManager() { coordinator_->close(); }

void TokenManager::close() {
  coordinator_->close();
  std::vector<Waiting> waiting;
  {
    std::lock_guard lock(mutex_);
    waiting.swap(waiting_);
  }
  Outcome<Empty> closed;
  closed.reason = "The client was closed while the access token was being refreshed.";
  for (auto& each : waiting) each.callback(failed(closed));
}

bool TokenManager::fresh(Clock::time_point now) const {
  return !tokens_.access_token.empty() && (!expires_ || now + token_margin_ < *expires_);
}

bool TokenManager::unexpired(Clock::time_point now) const {
  return !tokens_.access_token.empty() && (!expires_ || now < *expires_);
}

void TokenManager::access(AccessCallback callback) {
  std::unique_lock lock(mutex_);
  if (dead_) {
    auto failure = *dead_;
    lock.unlock();
    return callback(failed(std::move(failure)));
  }
  // Without a refresh token an old access token is still worth a try: the server decides.
  const auto now = Clock::now();
  const bool backing_off = retry_at_ && now < *retry_at_ && unexpired(now);
  if (fresh(now) || !tokens_.refresh_token || backing_off) {
    std::string token = tokens_.access_token;
    lock.unlock();
    return callback(Access{std::move(token), std::nullopt});
  }
  wait_for_refresh(lock, std::move(callback), true);
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
  wait_for_refresh(lock, std::move(callback), false);
}

void TokenManager::add_secrets(policy::Secrets& secrets) {
  endpoint_.add_secrets(secrets);
  std::lock_guard lock(mutex_);
  secrets.add(tokens_.access_token);
  if (tokens_.refresh_token) secrets.add(*tokens_.refresh_token);
}

void TokenManager::wait_for_refresh(std::unique_lock<std::mutex>& lock, AccessCallback callback, bool held_will_do) {
  waiting_.push_back({std::move(callback), held_will_do});
  if (refreshing_) return;
  refreshing_ = true;
  const HeldTokens held{tokens_, expires_};
  lock.unlock();
  log_.write(LogLevel::info, "refreshing the access token");
  coordinator_->renew(
      held, [this](const oauth::Tokens& from, Callback<oauth::Tokens> done) { request_refresh(from, std::move(done)); },
      [this](Outcome<oauth::Tokens> outcome) { refreshed(std::move(outcome)); });
}

void TokenManager::request_refresh(const oauth::Tokens& from, Callback<oauth::Tokens> done) {
  endpoint_.token({{"grant_type", "refresh_token"}, {"refresh_token", *from.refresh_token}},
      [kept = from.refresh_token, done = std::move(done)](Outcome<oauth::Tokens> outcome) {
        // Long-lived refresh tokens are not sent again: keep the one we have.
        if (outcome.ok() && !outcome.value->refresh_token) outcome.value->refresh_token = kept;
        done(std::move(outcome));
      });
}

void TokenManager::refreshed(Outcome<oauth::Tokens> outcome) {
  std::optional<Outcome<Empty>> failure;
  if (outcome.ok()) {
    oauth::Tokens fresh_tokens = std::move(*outcome.value);
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
    retry_at_.reset();
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
  std::vector<Waiting> waiting;
  std::string token;
  bool held_usable = false;
  {
    std::lock_guard lock(mutex_);
    refreshing_ = false;
    waiting.swap(waiting_);
    token = tokens_.access_token;
    if (failure && !dead_) {
      retry_at_ = Clock::now() + retry_refresh_after;
      held_usable = unexpired(Clock::now());
    }
  }
  for (auto& [callback, held_will_do] : waiting) {
    if (!failure || (held_will_do && held_usable)) callback(Access{token, std::nullopt});
    else callback(failed(*failure));
  }
}

}  // namespace ctct::auth
