// Managed tokens shared through Redis by every process holding one chain of tokens
// (ARCHITECTURE.md "Shared tokens"). The pair lives in the hash ctct:{digest}:tokens with a
// version and its access token's expiry; the digest is of the OAuth client id and the chain's
// name, never of a token. One process refreshes while it holds ctct:{digest}:refresh_lock
// (SET NX PX, for longer than the token request may take) and writes the new pair if the version
// is still the one it read (compare-and-set, one script); the others poll on their loop and adopt
// that pair. Redis unreachable: no refresh at all (a rotating token spent uncoordinated would
// break the chain for every process), an error outcome instead.
#pragma once

#include <chrono>
#include <memory>
#include <mutex>
#include <string>

#include "auth/token_coordinator.hpp"
#include "http/engine.hpp"
#include "redis/connection.hpp"

namespace ctct::auth {

class RedisCoordinator final : public TokenCoordinator, public std::enable_shared_from_this<RedisCoordinator> {
 public:
  // `url` as rate_limiter takes it; `token_timeout_ms`: how long a token request may take.
  // Waits and answers run on `engine`'s loop until close(). Throws UsageError for a bad URL.
  RedisCoordinator(std::string_view url, const oauth::OAuthOptions& oauth, const std::string& chain,
      http::Engine& engine);

  void renew(const HeldTokens& held, RefreshRequest refresh, Callback<oauth::Tokens> done) override;
  void close() override;

  struct Renewal;  // one renew() on its way

 private:
  void attempt(std::shared_ptr<Renewal> renewal);
  void refresh_locked(std::shared_ptr<Renewal> renewal, std::string version);
  void refused(std::shared_ptr<Renewal> renewal, Outcome<oauth::Tokens> refusal);
  // Runs `fn` on the engine's loop after `delay`; dropped once closed.
  void on_loop(std::chrono::milliseconds delay, std::function<void()> fn);
  // The error outcome of a Redis reply that is no answer (no connection, a timeout, an error).
  Outcome<oauth::Tokens> unusable(const redis::Reply& reply) const;

  const std::shared_ptr<redis::Connection> connection_;
  const std::string pair_key_, lock_key_;
  const std::chrono::milliseconds lock_ttl_;
  struct Gate {
    std::mutex mutex;
    http::Engine* engine = nullptr;  // null once closed
  };
  const std::shared_ptr<Gate> gate_;
};

}  // namespace ctct::auth
