#include "auth/redis_coordinator.hpp"

#include "auth/crypto.hpp"
#include "redis/endpoint.hpp"

namespace ctct::auth {
namespace {

using namespace std::chrono_literals;

// Between looks at a lock another process holds.
constexpr auto poll_interval = 100ms;

// KEYS: the pair's hash, the lock. ARGV: the held access token, its expiry (ms since 1970; 0:
// unknown), a nonce, the lock's TTL (ms). Answers {"adopt", access, refresh, type, scope,
// expires_at} when the store holds another pair expiring no earlier than the held one (a pair
// expiring earlier is older: Redis came back from an old snapshot), {"locked", version} when
// this caller may refresh, else {"busy"}.
const redis::Script& acquire_script() {
  static const redis::Script script(R"(
local stored = redis.call('HMGET', KEYS[1], 'version', 'access_token', 'refresh_token', 'token_type', 'scope', 'expires_at')
if stored[2] and stored[2] ~= ARGV[1] then
  local at, held = tonumber(stored[6]) or 0, tonumber(ARGV[2])
  if at == 0 or held == 0 or at >= held then
    return {'adopt', stored[2], stored[3] or '', stored[4] or '', stored[5] or '', stored[6] or '0'}
  end
end
if redis.call('SET', KEYS[2], ARGV[3], 'NX', 'PX', ARGV[4]) then return {'locked', stored[1] or '0'} end
return {'busy'}
)");
  return script;
}

// KEYS: the pair's hash, the lock. ARGV: the nonce, the version read, then the new pair's access
// token, refresh token, token type, scope and expiry. Writes the pair when the version is still
// the one read, and lets go of the lock if it is still this caller's. Answers 1 when written.
const redis::Script& commit_script() {
  static const redis::Script script(R"(
local version = tonumber(redis.call('HGET', KEYS[1], 'version') or '0')
local written = 0
if version == tonumber(ARGV[2]) then
  redis.call('HSET', KEYS[1], 'version', version + 1, 'access_token', ARGV[3], 'refresh_token', ARGV[4],
    'token_type', ARGV[5], 'scope', ARGV[6], 'expires_at', ARGV[7])
  written = 1
end
if redis.call('GET', KEYS[2]) == ARGV[1] then redis.call('DEL', KEYS[2]) end
return written
)");
  return script;
}

// KEYS: the pair's hash, the lock. ARGV: the nonce. Lets go of the lock if it is still this
// caller's and answers the stored pair {"adopt", pair...}, or {} when there is none.
const redis::Script& release_script() {
  static const redis::Script script(R"(
if redis.call('GET', KEYS[2]) == ARGV[1] then redis.call('DEL', KEYS[2]) end
local stored = redis.call('HMGET', KEYS[1], 'access_token', 'refresh_token', 'token_type', 'scope', 'expires_at')
if not stored[1] then return {} end
return {'adopt', stored[1], stored[2] or '', stored[3] or '', stored[4] or '', stored[5] or '0'}
)");
  return script;
}

long long epoch_ms(std::optional<std::chrono::system_clock::time_point> when) {
  return when ? std::chrono::duration_cast<std::chrono::milliseconds>(when->time_since_epoch()).count() : 0;
}

std::optional<std::string> unless_empty(const std::string& text) {
  return text.empty() ? std::nullopt : std::optional<std::string>(text);
}

// {"adopt", access, refresh, type, scope, expires_at} as tokens; expires_in counted from now.
oauth::Tokens adopted(const redis::Reply& reply) {
  const auto& e = reply.elements;
  oauth::Tokens tokens;
  tokens.access_token = e[1].text;
  tokens.refresh_token = unless_empty(e[2].text);
  tokens.token_type = unless_empty(e[3].text);
  tokens.scope = unless_empty(e[4].text);
  if (const long long at = std::atoll(e[5].text.c_str()))
    tokens.expires_in = static_cast<long>(std::max(0LL, (at - epoch_ms(std::chrono::system_clock::now())) / 1000));
  return tokens;
}

bool is_adopt(const redis::Reply& reply) {
  return reply.type == redis::Reply::Type::array && reply.elements.size() == 6 && reply.elements[0].text == "adopt";
}

// An error outcome: the refresh could not be coordinated, so none was made.
Outcome<oauth::Tokens> refresh_error(std::string reason) {
  Outcome<oauth::Tokens> outcome;
  outcome.reason = std::move(reason);
  return outcome;
}

}  // namespace

struct RedisCoordinator::Renewal {
  HeldTokens held;
  RefreshRequest refresh;
  Callback<oauth::Tokens> done;
  std::chrono::steady_clock::time_point deadline;
  std::string nonce = oauth::make_state();  // random: marks the lock as this renewal's
};

RedisCoordinator::RedisCoordinator(std::string_view url, const oauth::OAuthOptions& oauth, const std::string& chain,
    http::Engine& engine)
    : connection_(redis::shared_connection(redis::parse_endpoint(url, "shared_store"))),
      pair_key_("ctct:{" + hex(sha256("tokens\n" + oauth.client_id + "\n" + chain)).substr(0, 32) + "}:tokens"),
      lock_key_(pair_key_.substr(0, pair_key_.size() - 6) + "refresh_lock"),
      // Held past the token request's own timeout and the write after it: a holder still at work
      // never loses the lock to another process.
      lock_ttl_(oauth.http.timeout_ms + 2 * connection_->endpoint().timeout_ms), gate_(std::make_shared<Gate>()) {
  gate_->engine = &engine;
}

void RedisCoordinator::close() {
  std::lock_guard lock(gate_->mutex);
  gate_->engine = nullptr;
}

void RedisCoordinator::on_loop(std::chrono::milliseconds delay, std::function<void()> fn) {
  std::lock_guard lock(gate_->mutex);
  if (gate_->engine) gate_->engine->schedule(delay, std::move(fn));
}

Outcome<oauth::Tokens> RedisCoordinator::unusable(const redis::Reply& reply) const {
  const std::string store = "The shared token store at " + connection_->endpoint().display();
  return refresh_error(store + (reply.failed() ? " did not answer (" + reply.text + ")" : " answered " + reply.text) +
                       ": the access token is not refreshed without it, so that no process spends a refresh "
                       "token another holds.");
}

void RedisCoordinator::renew(const HeldTokens& held, RefreshRequest refresh, Callback<oauth::Tokens> done) {
  // Past twice the lock's TTL another process has held it more than once: give up.
  attempt(std::make_shared<Renewal>(Renewal{held, std::move(refresh), std::move(done),
      std::chrono::steady_clock::now() + 2 * lock_ttl_}));
}

void RedisCoordinator::attempt(std::shared_ptr<Renewal> renewal) {
  const auto& held = renewal->held;
  connection_->eval(acquire_script(), {pair_key_, lock_key_},
      {held.tokens.access_token, std::to_string(epoch_ms(held.expires)), renewal->nonce,
          std::to_string(lock_ttl_.count())},
      [self = shared_from_this(), renewal](redis::Reply reply) {
        self->on_loop(0ms, [self, renewal, reply = std::move(reply)] {
          if (is_adopt(reply))
            return renewal->done(Outcome<oauth::Tokens>{Kind::success, {}, 0, {}, 0, {}, adopted(reply)});
          if (reply.type != redis::Reply::Type::array || reply.elements.empty())
            return renewal->done(self->unusable(reply));
          if (reply.elements[0].text == "locked") return self->refresh_locked(renewal, reply.elements[1].text);
          if (std::chrono::steady_clock::now() > renewal->deadline)
            return renewal->done(refresh_error("Another process held the shared refresh lock for longer than " +
                                               std::to_string(2 * self->lock_ttl_.count()) +
                                               " ms: the access token was not refreshed."));
          self->on_loop(poll_interval, [self, renewal] { self->attempt(renewal); });
        });
      });
}

void RedisCoordinator::refresh_locked(std::shared_ptr<Renewal> renewal, std::string version) {
  renewal->refresh(renewal->held.tokens, [self = shared_from_this(), renewal, version](Outcome<oauth::Tokens> outcome) {
    if (!outcome.ok()) return self->refused(renewal, std::move(outcome));
    const oauth::Tokens& pair = *outcome.value;
    std::vector<std::string> args{renewal->nonce, version, pair.access_token, pair.refresh_token.value_or(""),
        pair.token_type.value_or(""), pair.scope.value_or(""), std::to_string(epoch_ms(expiry_of(pair)))};
    self->connection_->eval(commit_script(), {self->pair_key_, self->lock_key_}, std::move(args),
        [self, renewal, outcome = std::move(outcome)](redis::Reply) mutable {
          // Unwritten (Redis gone, or the version moved on): this process keeps the pair it got,
          // and the store catches up with its next refresh.
          self->on_loop(0ms, [renewal, outcome = std::move(outcome)]() mutable { renewal->done(std::move(outcome)); });
        });
  });
}

// The refresh failed. After invalid_grant the store is read again: a sibling may have rotated
// the token meanwhile, and its pair is adopted.
void RedisCoordinator::refused(std::shared_ptr<Renewal> renewal, Outcome<oauth::Tokens> refusal) {
  const bool invalid_grant = refusal.error_key == "invalid_grant";
  connection_->eval(release_script(), {pair_key_, lock_key_}, {renewal->nonce},
      [self = shared_from_this(), renewal, invalid_grant, refusal = std::move(refusal)](redis::Reply reply) mutable {
        self->on_loop(0ms, [renewal, invalid_grant, refusal = std::move(refusal), reply = std::move(reply)]() mutable {
          if (invalid_grant && is_adopt(reply) && reply.elements[1].text != renewal->held.tokens.access_token)
            return renewal->done(Outcome<oauth::Tokens>{Kind::success, {}, 0, {}, 0, {}, adopted(reply)});
          renewal->done(std::move(refusal));
        });
      });
}

}  // namespace ctct::auth
