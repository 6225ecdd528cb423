// Managed tokens: hands out the access token, refreshing it when it is within the margin of
// its expiry or after a 401. One refresh at a time: callers arriving meanwhile wait for it.
// A refresh that fails for want of an answer (not invalid_grant) leaves an access token that
// has not expired in use, and is tried again a second later.
// The refresh goes through a TokenCoordinator (who refreshes across processes; a pair a sibling
// wrote is adopted). Every new pair is given to the store before the old one is dropped.
#pragma once

#include <chrono>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "auth/oauth_endpoint.hpp"
#include "auth/token_coordinator.hpp"
#include "ctct/oauth.hpp"
#include "policy/logger.hpp"
#include "policy/secrets.hpp"

namespace ctct::auth {

// The token to send, or why there is none (an error outcome's meta).
struct Access {
  std::string token;
  std::optional<Outcome<Empty>> failure;
};
using AccessCallback = std::function<void(Access)>;

class TokenManager {
 public:
  TokenManager(oauth::ManagedTokens managed, http::Engine& engine, policy::Logger log = {});
  ~TokenManager();

  // The current access token, refreshed first when it is about to expire.
  void access(AccessCallback callback);
  // After `rejected` got a 401: a refreshed token (once per token; a token refreshed meanwhile
  // is answered at once).
  void after_unauthorized(const std::string& rejected, AccessCallback callback);
  // Adds the tokens as they are now, and the OAuth client's secret, for redaction.
  void add_secrets(policy::Secrets& secrets);
  // Call before closing the engine: callers waiting for a refresh get an error outcome now.
  void close();

 private:
  using Clock = std::chrono::system_clock;
  // Called with the lock held: queues `callback` and starts a refresh unless one runs.
  // `held_will_do`: the held access token is an answer when the refresh fails (not after a 401).
  void wait_for_refresh(std::unique_lock<std::mutex>& lock, AccessCallback callback, bool held_will_do);
  void refreshed(Outcome<oauth::Tokens> outcome);
  bool fresh(Clock::time_point now) const;
  bool unexpired(Clock::time_point now) const;
  // The token request: the new pair, with the refresh token of `from` when none came back.
  void request_refresh(const oauth::Tokens& from, Callback<oauth::Tokens> done);

  const std::shared_ptr<TokenCoordinator> coordinator_;
  oauth::detail::Endpoint endpoint_;
  oauth::TokenStore store_;
  const std::chrono::seconds margin_;
  const policy::Logger log_;

  std::mutex mutex_;  // guards the members below
  oauth::Tokens tokens_;
  std::optional<Clock::time_point> expires_;
  // The margin for the current token: half its lifetime when the server issues tokens that
  // live less than margin_, so a short-lived token is not refreshed again on every call.
  Clock::duration token_margin_;
  bool refreshing_ = false;
  struct Waiting {
    AccessCallback callback;
    bool held_will_do;
  };
  std::vector<Waiting> waiting_;
  std::optional<Clock::time_point> retry_at_;  // after a failed refresh: not before then
  std::optional<Outcome<Empty>> dead_;         // invalid_grant: no refresh can succeed any more
};

}  // namespace ctct::auth
