// Who renews a chain of tokens when several holders of it need a new access token at once, and
// what the others take instead. In one process the TokenManager already lets one refresh run at
// a time, so the default refreshes at once; a store shared between processes (Redis) lets one
// process refresh under a lock and the others adopt the pair it wrote.
#pragma once

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

#include "ctct/oauth.hpp"
#include "http/engine.hpp"

namespace ctct::auth {

// When the access token of `tokens` expires: its JWT's exp, else expires_in counted from now.
std::optional<std::chrono::system_clock::time_point> expiry_of(const oauth::Tokens& tokens);

// A pair and when its access token expires (unknown: nullopt).
struct HeldTokens {
  oauth::Tokens tokens;
  std::optional<std::chrono::system_clock::time_point> expires;
};

// The token request itself: the whole new pair (a long-lived refresh token kept) or why not.
using RefreshRequest = std::function<void(const oauth::Tokens& from, Callback<oauth::Tokens> done)>;

class TokenCoordinator {
 public:
  virtual ~TokenCoordinator() = default;
  // Answers the pair to hold after `held`: one `refresh` got, or one a sibling stored (adopted);
  // an error outcome when there is none. Runs `done` once, on any thread, never under a lock
  // of the caller's.
  virtual void renew(const HeldTokens& held, RefreshRequest refresh, Callback<oauth::Tokens> done) = 0;
  // Answers no renewal from now on (the client is closing; its engine may be gone).
  virtual void close() {}
};

// Refreshes at once: the coordination of one process is the TokenManager's own.
class InProcessCoordinator final : public TokenCoordinator {
 public:
  void renew(const HeldTokens& held, RefreshRequest refresh, Callback<oauth::Tokens> done) override {
    refresh(held.tokens, std::move(done));
  }
};

// The coordinator `managed` asks for, waiting on `engine`'s loop.
std::shared_ptr<TokenCoordinator> make_coordinator(const oauth::ManagedTokens& managed, http::Engine& engine);

}  // namespace ctct::auth
