// Managed tokens shared through Redis (auth/redis_coordinator.hpp), against a real redis-server
// and the emulator's rotating refresh tokens. Each Client here has an engine of its own, as a
// process would: one refresh for all of them, the others adopt its pair; invalid_grant reads the
// store again; and the faults: a lock holder killed mid-refresh, Redis down at start or paused
// during a refresh, FLUSHALL, a process forked after the client was made.
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <future>
#include <mutex>
#include <thread>

#include "auth/crypto.hpp"
#include "policy_fixture.hpp"
#include "redis_server.hpp"

namespace ctct::testing {
namespace {

class SharedTokensTest : public PolicyTest {
 protected:
  static void SetUpTestSuite() {
    PolicyTest::SetUpTestSuite();
    if (RedisServer::absent().empty() && !redis_.start()) redis_.stop();
  }
  static void TearDownTestSuite() {
    redis_.stop();
    PolicyTest::TearDownTestSuite();
  }
  void SetUp() override {
    const std::string absent = RedisServer::absent();
    if (!absent.empty() && !std::getenv("CI")) GTEST_SKIP() << absent;
    ASSERT_EQ(redis_.run({"PING"}), "PONG") << (absent.empty() ? "redis-server did not start" : absent);
    redis_.run({"FLUSHALL"});
    PolicyTest::SetUp();
    control("oauth", R"({"lifetime_s":60})");  // inside the 300 s margin: the first call refreshes
  }
  void TearDown() override { redis_.resume(); }

  // A client as one process of the service would have it, saving what it is given in `saved`.
  struct Process {
    std::mutex mutex;
    std::vector<oauth::Tokens> saved;
    std::unique_ptr<Client> client;
  };
  std::unique_ptr<Process> process(const oauth::Tokens& tokens, const std::string& store_url,
      long timeout_ms = 30'000) {
    auto made = std::make_unique<Process>();
    auto opts = options();
    opts.http.timeout_ms = timeout_ms;
    opts.access_token.clear();
    opts.rate_limit = {.per_second = 0};
    opts.retry = {.max_attempts = 1};
    opts.engine = std::make_shared<Engine>();
    auto* process = made.get();
    auto oauth = oauth_options();
    oauth.http.timeout_ms = timeout_ms;  // the refresh lock outlives it by twice Redis's timeout
    opts.managed_tokens = oauth::ManagedTokens{tokens, oauth,
        [process](const oauth::Tokens& pair) {
          std::lock_guard lock(process->mutex);
          process->saved.push_back(pair);
        },
        300, store_url};
    made->client = std::make_unique<Client>(std::move(opts));
    return made;
  }

  // Where the pair of the tests' client id and `chain` is: a digest, never a token.
  static std::string pair_key(const std::string& chain = "") {
    return "ctct:{" + auth::hex(auth::sha256("tokens\nctct-tests\n" + chain)).substr(0, 32) + "}:tokens";
  }

  static inline RedisServer redis_;
};

TEST_F(SharedTokensTest, ClientsOfOneChainRefreshOnceAndAdoptThePair) {
  const auto tokens = sign_in();
  auto a = process(tokens, redis_.url());
  auto b = process(tokens, redis_.url());
  ASSERT_TRUE(a->client->lists().list().ok());
  auto adopted = b->client->lists().list();
  ASSERT_TRUE(adopted.ok()) << adopted.reason.value_or("");
  EXPECT_EQ(grants("refresh_token"), 1);
  EXPECT_EQ(grants("refresh_token", false), 0);
  ASSERT_EQ(a->saved.size(), 1u);
  ASSERT_EQ(b->saved.size(), 1u);  // the user's store sees the adopted pair too
  EXPECT_EQ(a->saved[0].access_token, b->saved[0].access_token);
  EXPECT_EQ(a->saved[0].refresh_token, b->saved[0].refresh_token);
  EXPECT_NE(a->saved[0].refresh_token, tokens.refresh_token);
  // Redis holds the pair, under a digest of the client id.
  EXPECT_EQ(redis_.run({"HGET", pair_key(), "refresh_token"}), a->saved[0].refresh_token);
  EXPECT_EQ(redis_.run({"HGET", pair_key(), "version"}), "1");
}

// Another chain of the same client id (another account) has a store of its own.
TEST_F(SharedTokensTest, ChainsOfOneClientIdAreApart) {
  const auto first = sign_in(), second = sign_in();
  auto a = process(first, redis_.url());
  ASSERT_TRUE(a->client->lists().list().ok());
  auto opts = options();
  opts.access_token.clear();
  opts.managed_tokens = oauth::ManagedTokens{second, oauth_options(), {}, 300, redis_.url(), "second-account"};
  Client other(std::move(opts));
  ASSERT_TRUE(other.lists().list().ok());
  EXPECT_EQ(grants("refresh_token"), 2);
  EXPECT_EQ(redis_.run({"HGET", pair_key("second-account"), "version"}), "1");
}

// A sibling rotated the token while this process's refresh was on its way: invalid_grant, then
// the store read again, and the sibling's pair adopted.
TEST_F(SharedTokensTest, InvalidGrantReadsTheStoreAgainAndAdoptsASiblingsPair) {
  const auto tokens = sign_in();
  auto a = process(tokens, redis_.url());
  emulator().control("POST", "faults", R"({"path":"/oauth2/default/v1/token","delay_ms":1000})");
  std::promise<Outcome<Page<ContactList>>> done;
  a->client->lists().list({}, [&done](Outcome<Page<ContactList>> outcome) { done.set_value(std::move(outcome)); });
  while (requests("POST /oauth2/default/v1/token") < 2) std::this_thread::yield();  // sign_in's, then a's
  // The sibling: refreshes outside the lock (as a misconfigured process would) and writes its pair.
  oauth::OAuthClient sibling(oauth_options());
  auto rotated = sibling.refresh(*tokens.refresh_token);
  ASSERT_TRUE(rotated.ok());
  redis_.run({"HSET", pair_key(), "version", "7", "access_token", rotated.value->access_token, "refresh_token",
      *rotated.value->refresh_token, "expires_at", "0"});
  auto outcome = done.get_future().get();
  ASSERT_TRUE(outcome.ok()) << outcome.reason.value_or("");
  EXPECT_EQ(grants("refresh_token", false), 1);  // the spent token, refused once
  ASSERT_EQ(a->saved.size(), 1u);
  EXPECT_EQ(a->saved[0].refresh_token, rotated.value->refresh_token);
}

// A child process takes the lock and is killed while the slowed token endpoint holds its request:
// the next process waits out the lock's TTL and refreshes, once.
TEST_F(SharedTokensTest, ALockHolderKilledMidRefreshIsTakenOverAfterTheLocksTtl) {
  const auto tokens = sign_in();
  // Slower than the lock's TTL (1 s + 2 x 500 ms): the killed holder's request is acted on last.
  emulator().control("POST", "faults", R"({"path":"/oauth2/default/v1/token","delay_ms":6000})");
  const pid_t holder = fork();
  if (holder == 0) {
    auto child = process(tokens, redis_.url(), 1000);
    child->client->lists().list();
    _exit(0);
  }
  while (requests("POST /oauth2/default/v1/token") < 2) std::this_thread::yield();  // sign_in's, then the holder's
  kill(holder, SIGKILL);
  waitpid(holder, nullptr, 0);
  auto next = process(tokens, redis_.url());
  auto outcome = next->client->lists().list();
  ASSERT_TRUE(outcome.ok()) << outcome.reason.value_or("");
  EXPECT_EQ(grants("refresh_token"), 1);
  ASSERT_EQ(next->saved.size(), 1u);
  EXPECT_EQ(redis_.run({"HGET", pair_key(), "refresh_token"}), next->saved[0].refresh_token);
  // The killed holder's request, acted on at last, finds its token spent: the chain is intact.
  while (grants("refresh_token", false) == 0) std::this_thread::sleep_for(std::chrono::milliseconds(10));
}

// A client made before fork(): the child refreshes through Redis, and the parent adopts its pair.
TEST_F(SharedTokensTest, AProcessForkedAfterTheClientWasMadeSharesTheChain) {
  const auto tokens = sign_in();
  auto parent = process(tokens, redis_.url());
  const pid_t child = fork();
  if (child == 0) _exit(parent->client->lists().list().ok() ? 0 : 1);
  int status = 0;
  waitpid(child, &status, 0);
  ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
  ASSERT_TRUE(parent->client->lists().list().ok());
  EXPECT_EQ(grants("refresh_token"), 1);
  EXPECT_EQ(grants("refresh_token", false), 0);
}

// A URL that cannot be read is refused when the client is made, naming the option it came from.
TEST_F(SharedTokensTest, AnUnreadableStoreUrlIsRefusedNamingSharedStore) {
  std::string refused;
  try {
    process(sign_in(), "redis://127.0.0.1:notaport");
  } catch (const UsageError& error) {
    refused = error.what();
  }
  EXPECT_TRUE(refused.starts_with("the shared_store Redis URL has port notaport, not a number")) << refused;
}

// No Redis: no refresh at all, and the access token, still valid, keeps working.
TEST_F(SharedTokensTest, RedisDownAtStartRefusesToRefreshAndKeepsTheValidToken) {
  const auto tokens = sign_in();
  auto a = process(tokens, "redis://127.0.0.1:1?timeout_ms=200");
  auto outcome = a->client->lists().list();
  ASSERT_TRUE(outcome.ok()) << outcome.reason.value_or("");
  EXPECT_EQ(requests("POST /oauth2/default/v1/token"), 1);  // sign_in's code exchange only
  control("expire_tokens");
  auto refused = a->client->lists().list();
  ASSERT_EQ(refused.outcome, Kind::error);
  EXPECT_NE(refused.reason->find("The shared token store at redis://127.0.0.1:1 did not answer"), std::string::npos)
      << *refused.reason;
  EXPECT_EQ(refused.reason->find(*tokens.refresh_token), std::string::npos);
  EXPECT_EQ(requests("POST /oauth2/default/v1/token"), 1);
}

TEST_F(SharedTokensTest, RedisPausedDuringARefreshFailsClosedWithinItsTimeout) {
  const auto tokens = sign_in();
  auto a = process(tokens, redis_.url("timeout_ms=200"));
  redis_.pause();
  auto outcome = a->client->lists().list();  // wants a refresh; Redis does not answer
  redis_.resume();
  ASSERT_TRUE(outcome.ok()) << outcome.reason.value_or("");
  EXPECT_EQ(grants("refresh_token"), 0);
}

// FLUSHALL empties the store: the next refresh starts again from the process's own pair.
TEST_F(SharedTokensTest, AfterFlushallTheNextRefreshWorksFromTheProcesssOwnPair) {
  const auto tokens = sign_in();
  auto a = process(tokens, redis_.url());
  ASSERT_TRUE(a->client->lists().list().ok());
  redis_.run({"FLUSHALL"});
  control("expire_tokens");
  auto outcome = a->client->lists().list();
  ASSERT_TRUE(outcome.ok()) << outcome.reason.value_or("");
  EXPECT_EQ(grants("refresh_token"), 2);
  EXPECT_EQ(grants("refresh_token", false), 0);
}

}  // namespace
}  // namespace ctct::testing
