// The rate limiter shared through Redis (redis/shared_limiter.hpp), against a real redis-server
// and the emulator: processes of one key keep to its pace and daily count together; 429s push
// the shared schedule or stop the key for everyone; and the faults: Redis down at start or
// killed mid-run, paused past the command timeout, FLUSHALL, a process forked after the client.
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <mutex>
#include <thread>

#include "policy_fixture.hpp"
#include "redis/rate_script.hpp"
#include "redis_server.hpp"

namespace ctct::testing {
namespace {

class SharedLimiterTest : public RedisTest {
 protected:
  static void SetUpTestSuite() {
    RedisTest::SetUpTestSuite();
    emulator_ = new Emulator();
    emulator_->start();
  }
  static void TearDownTestSuite() {
    delete emulator_;
    emulator_ = nullptr;
    RedisTest::TearDownTestSuite();
  }
  void SetUp() override {
    RedisTest::SetUp();
    emulator_->control("POST", "reset");
  }

  // The emulator's count of accepted requests and 429s (GET /__emulator/limits).
  long limits(const char* field) {
    simdjson::dom::parser parser;
    const simdjson::padded_string text(emulator_->control("GET", "limits"));
    return static_cast<long>(parser.parse(text)[field].get_int64().value());
  }

  ClientOptions options(const std::string& query = "", RateLimit limit = {.per_second = 20}) {
    ClientOptions options;
    options.access_token = emulator_->access_token();
    options.base_url = emulator_->v3_url();
    options.api_key = "app-shared-through-redis";
    options.rate_limit = limit;
    options.rate_limiter = redis().url(query);
    options.retry = {.max_attempts = 1};
    options.log.callback = [this](LogLevel level, const std::string& line) {
      std::lock_guard lock(log_mutex_);
      (level == LogLevel::warning ? warnings_ : notices_).push_back(line);
    };
    return options;
  }

  std::vector<std::string> warnings() {
    std::lock_guard lock(log_mutex_);
    return warnings_;
  }
  std::vector<std::string> notices() {
    std::lock_guard lock(log_mutex_);
    return notices_;
  }

  // The key's hash in Redis, and how far its schedule runs ahead of Redis's clock (microseconds).
  std::string redis_key() { return redis().run({"KEYS", "ctct:*"}); }
  long long ahead_us() {
    const std::string key = redis_key();
    const long long tat = std::stoll(redis().run({"HGET", key, "tat"}));
    const long long now = std::stoll(redis().run({"EVAL", "local t = redis.call('TIME') return t[1] * 1000000 + t[2]",
        "0"}));
    return tat - now;
  }

  static inline Emulator* emulator_ = nullptr;
  std::mutex log_mutex_;
  std::vector<std::string> warnings_, notices_;
};

// Runs `calls` list calls in a forked child; its exit code is the number that succeeded.
pid_t child_calling(const ClientOptions& options, int calls) {
  const pid_t pid = fork();
  if (pid != 0) return pid;
  int ok = 0;
  {
    Client client(options);
    for (int i = 0; i < calls; ++i) ok += client.lists().list().ok();
  }
  _exit(ok);
}

int exit_code(pid_t pid) {
  int status = 0;
  waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

TEST_F(SharedLimiterTest, ProcessesOfOneKeyKeepItsPaceAndDailyCountTogether) {
  emulator_->limits(20, 60);
  const auto opts = options("", {.per_second = 20, .per_day = 60});
  Client parent(opts);  // made before the forks: each child uses it through a connection of its own
  ASSERT_TRUE(parent.lists().list().ok());
  std::vector<pid_t> children;
  for (int i = 0; i < 3; ++i) children.push_back(child_calling(opts, 30));
  int ok = 1;
  for (int i = 0; i < 30; ++i) ok += parent.lists().list().ok();
  for (const pid_t child : children) ok += exit_code(child);
  EXPECT_EQ(ok, 60);
  EXPECT_EQ(limits("used_today"), 60);
  EXPECT_EQ(limits("throttled"), 0);
  EXPECT_EQ(limits("quota_exceeded"), 0);
  const auto refused = parent.lists().list();
  EXPECT_EQ(refused.error_key, "quota_exceeded");
  EXPECT_EQ(refused.attempts, 0);
}

TEST_F(SharedLimiterTest, TheKeyInRedisIsADigestOfTheApiKeyHashTagged) {
  Client client(options());
  ASSERT_TRUE(client.lists().list().ok());
  const std::string key = redis_key();
  EXPECT_TRUE(key.starts_with("ctct:{") && key.ends_with("}:limit")) << key;
  EXPECT_EQ(key.find("app-shared-through-redis"), std::string::npos);
  EXPECT_EQ(redis().run({"HGET", key, "used"}), "1");
}

TEST_F(SharedLimiterTest, A429ThrottledPushesTheScheduleBackForEveryone) {
  emulator_->control("POST", "faults",
      R"({"path":"/v3/contact_lists","status":429,"body":"{\"error_key\":\"throttled\",\"error_message\":\"Too Many Requests\"}"})");
  Client client(options());
  EXPECT_EQ(client.lists().list().status, 429);
  // The push is sent without waiting for Redis's reply (the call's outcome does not wait for
  // it): a second from the 429, seen within a moment of it.
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(300);
  long long ahead = ahead_us();
  while (ahead <= 500'000 && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
    ahead = ahead_us();
  }
  EXPECT_GT(ahead, 500'000);
}

TEST_F(SharedLimiterTest, A429QuotaExceededStopsEveryLimiterOfTheKeyUntilTheReset) {
  emulator_->limits(0, 2);
  Client first(options());
  EXPECT_TRUE(first.lists().list().ok());
  EXPECT_TRUE(first.lists().list().ok());
  EXPECT_EQ(first.lists().list().error_key, "quota_exceeded");
  // Another limiter of the key (another limit: another object, as in another process).
  Client other(options("", {.per_second = 10}));
  const auto refused = other.lists().list();
  EXPECT_EQ(refused.error_key, "quota_exceeded");
  EXPECT_EQ(refused.attempts, 0);
  EXPECT_NE(refused.reason->find("00:00 UTC"), std::string::npos);
  EXPECT_EQ(limits("quota_exceeded"), 1);
}

// The script itself: a slot further ahead than the cap is not reserved, and the caller is told
// when to ask again, so that a process killed while waiting holds no slot.
TEST_F(SharedLimiterTest, ACallReservesNoFurtherAheadThanTheCap) {
  redis::Connection connection(redis::parse_endpoint(redis().url(), "rate_limiter"));
  auto take = [&] {
    std::promise<redis::Reply> promise;
    // 2 a second (500 ms apart), burst 1, no daily budget, 100 ms ahead at most.
    connection.eval(redis::rate_script(), {"ctct:{t}:limit"}, {"take", "500000", "1", "0", "100000", "1000000"},
        [&](redis::Reply reply) { promise.set_value(std::move(reply)); });
    return promise.get_future().get();
  };
  const auto first = take(), second = take();
  ASSERT_EQ(first.elements.size(), 4u);
  EXPECT_EQ(first.elements[1].integer, 1);  // reserved, at once
  EXPECT_EQ(first.elements[0].integer, 0);
  EXPECT_EQ(second.elements[1].integer, 0);  // 500 ms ahead: not reserved
  EXPECT_GT(second.elements[0].integer, 0);  // ask again once it is within 100 ms
  EXPECT_LE(second.elements[0].integer, 400'000);
  EXPECT_EQ(redis().run({"HGET", "ctct:{t}:limit", "used"}), "1");
}

TEST_F(SharedLimiterTest, RedisDownAtStartFallsBackWithOneWarningAndReturnsWhenItAnswers) {
  redis().stop();
  Client client(options());
  for (int i = 0; i < 3; ++i) EXPECT_TRUE(client.lists().list().ok());
  ASSERT_EQ(warnings().size(), 1u);
  EXPECT_NE(warnings()[0].find("paces the API key by itself"), std::string::npos) << warnings()[0];
  ASSERT_TRUE(redis().start(redis().port()));
  // Calls go on in this process's own pace until one probes Redis (once a second) and finds it.
  for (int i = 0; i < 100 && notices().empty(); ++i) EXPECT_TRUE(client.lists().list().ok());
  ASSERT_EQ(notices().size(), 1u);
  EXPECT_NE(notices()[0].find("answers again"), std::string::npos);
  EXPECT_FALSE(redis_key().empty());
  EXPECT_EQ(warnings().size(), 1u);
}

TEST_F(SharedLimiterTest, RedisKilledMidRunFallsBackWithOneWarning) {
  Client client(options());
  ASSERT_TRUE(client.lists().list().ok());
  redis().stop();
  for (int i = 0; i < 3; ++i) EXPECT_TRUE(client.lists().list().ok());
  EXPECT_EQ(warnings().size(), 1u);
}

TEST_F(SharedLimiterTest, OnOutageErrorMakesErrorOutcomesAndSendsNothing) {
  redis().stop();
  Client client(options("on_outage=error"));
  const auto refused = client.lists().list();
  EXPECT_EQ(refused.outcome, Kind::error);
  EXPECT_EQ(refused.error_key, "rate_limiter_unavailable");
  EXPECT_EQ(refused.attempts, 0);
  EXPECT_NE(refused.reason->find("on_outage"), std::string::npos) << *refused.reason;
  EXPECT_EQ(limits("used_today"), 0);
}

TEST_F(SharedLimiterTest, ARedisPausedPastTheTimeoutHoldsNoCallAndStallsNoOtherTransfer) {
  Client shared(options("timeout_ms=300"));
  ASSERT_TRUE(shared.lists().list().ok());
  redis().pause();
  std::promise<Outcome<Page<ContactList>>> waited;
  shared.lists().list({}, [&](Outcome<Page<ContactList>> outcome) { waited.set_value(std::move(outcome)); });
  // Meanwhile a client on the same loop (same options) but its own limiter is not held up.
  auto own = options();
  own.rate_limiter = std::make_shared<RateLimiter>();
  Client other(own);
  EXPECT_TRUE(other.lists().list().ok());
  EXPECT_TRUE(waited.get_future().get().ok());  // by the fallback, once the timeout passed
  redis().resume();
  EXPECT_EQ(warnings().size(), 1u);
  EXPECT_NE(warnings()[0].find("did not answer within 300 ms"), std::string::npos) << warnings()[0];
}

TEST_F(SharedLimiterTest, FlushallReloadsTheScriptAndRestartsTheCount) {
  Client client(options("", {.per_second = 20, .per_day = 2}));
  EXPECT_TRUE(client.lists().list().ok());
  EXPECT_TRUE(client.lists().list().ok());
  EXPECT_EQ(client.lists().list().error_key, "quota_exceeded");
  redis().run({"FLUSHALL"});
  redis().run({"SCRIPT", "FLUSH"});
  EXPECT_TRUE(client.lists().list().ok());
  EXPECT_EQ(redis().run({"HGET", redis_key(), "used"}), "1");
  EXPECT_TRUE(warnings().empty());
}

TEST_F(SharedLimiterTest, ARedisLimiterNeedsTheApiKeyAndAReadableUrl) {
  auto opts = options();
  opts.api_key.clear();
  EXPECT_THROW(Client{opts}, UsageError);
  opts.api_key = "app";
  opts.rate_limiter = "redis://127.0.0.1:notaport";
  std::string refused;
  try {
    Client client(opts);
  } catch (const UsageError& error) {
    refused = error.what();
  }
  EXPECT_TRUE(refused.starts_with("the rate_limiter Redis URL has port notaport, not a number")) << refused;
}

}  // namespace
}  // namespace ctct::testing
