// The client-side token bucket against an emulator that enforces 4 requests a second.
#include <atomic>
#include <chrono>
#include <future>

#include "policy_fixture.hpp"

namespace ctct::testing {
namespace {

using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;

class RateLimitTest : public PolicyTest {};

// Issues `count` list calls at once spread over `clients` and waits for all of them.
std::vector<Outcome<Page<ContactList>>> burst(std::vector<std::unique_ptr<Client>>& clients, int count) {
  std::vector<std::promise<Outcome<Page<ContactList>>>> done(count);
  for (int i = 0; i < count; ++i)
    clients[i % clients.size()]->lists().list({},
        [&done, i](Outcome<Page<ContactList>> outcome) { done[i].set_value(std::move(outcome)); });
  std::vector<Outcome<Page<ContactList>>> outcomes;
  for (auto& promise : done) outcomes.push_back(promise.get_future().get());
  return outcomes;
}

TEST(RateLimiter, HandsOutEvenlySpacedSlots) {
  RateLimiter limiter({.per_second = 4, .burst = 2});
  EXPECT_EQ(limiter.reserve().wait, 0ms);
  EXPECT_EQ(limiter.reserve().wait, 0ms);
  for (long expected : {250, 500, 750}) EXPECT_NEAR(limiter.reserve().wait.count(), expected, 5);
  RateLimiter off({.per_second = 0});
  EXPECT_EQ(off.reserve().wait, 0ms);
  EXPECT_FALSE(off.reserve().resets);
  EXPECT_THROW(RateLimiter({.per_second = 4, .burst = 0}), UsageError);
}

// 200 calls issued at once at the default 4/s: no 429, done in 50 s within 10%.
TEST_F(RateLimitTest, TwoHundredCallsAtOnceGetNo429) {
  emulator().limits(4);
  std::vector<std::unique_ptr<Client>> clients;
  clients.push_back(std::make_unique<Client>(options()));
  const auto start = Clock::now();
  auto outcomes = burst(clients, 200);
  const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
  for (const auto& outcome : outcomes) {
    EXPECT_TRUE(outcome.ok()) << outcome.reason.value_or("");
    EXPECT_EQ(outcome.attempts, 1);
  }
  EXPECT_EQ(requests("GET /v3/contact_lists"), 200);  // not one 429 retried
  EXPECT_GE(seconds, 45.0);
  EXPECT_LE(seconds, 55.0);
}

// Clients of one key share one limiter and together stay within the key's limit.
TEST_F(RateLimitTest, ClientsSharingALimiterStayWithinIt) {
  emulator().limits(4);
  auto shared = std::make_shared<RateLimiter>();
  std::vector<std::unique_ptr<Client>> clients;
  for (int i = 0; i < 3; ++i) {
    auto opts = options();
    opts.rate_limiter = shared;
    clients.push_back(std::make_unique<Client>(opts));
  }
  const auto start = Clock::now();
  auto outcomes = burst(clients, 12);
  const auto elapsed = Clock::now() - start;
  for (const auto& outcome : outcomes) EXPECT_EQ(outcome.attempts, 1);
  EXPECT_EQ(requests("GET /v3/contact_lists"), 12);
  EXPECT_GE(elapsed, 2700ms);
  EXPECT_LE(elapsed, 3300ms);
}

// Without the client's limit the emulator's 429s show, and retries absorb them.
TEST_F(RateLimitTest, EmulatorThrottlesAndQuotaAnswersBothBodies) {
  emulator().limits(4, 6);
  auto opts = options();
  opts.rate_limit = {.per_second = 0};
  opts.retry.max_attempts = 1;
  std::vector<std::unique_ptr<Client>> clients;
  clients.push_back(std::make_unique<Client>(opts));
  auto outcomes = burst(clients, 6);
  int throttled = 0;
  for (const auto& outcome : outcomes) throttled += outcome.error_key == "throttled";
  EXPECT_EQ(throttled, 2);
  std::this_thread::sleep_for(1100ms);
  auto rest = burst(clients, 4);
  int quota = 0;
  for (const auto& outcome : rest) quota += outcome.error_key == "quota_exceeded";
  EXPECT_EQ(quota, 2);  // 4 + 2 took the daily 6
}

}  // namespace
}  // namespace ctct::testing
