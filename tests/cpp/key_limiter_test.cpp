// Rate limits belong to the API key: clients of one key in a process share one limiter and one
// daily count, found from the api_key option, the managed tokens' client id or the access
// token's cid claim; against the emulator at Constant Contact's real 4 requests a second.
#include <cstdio>
#include <future>

#include "policy/key_limiters.hpp"
#include "policy_fixture.hpp"

namespace ctct::testing {
namespace {

using namespace std::chrono_literals;

class KeyLimiterTest : public PolicyTest {
 protected:
  // What the emulator's limits answered 429 (throttled or quota_exceeded).
  long throttled() {
    simdjson::dom::parser parser;
    const simdjson::padded_string text(emulator().control("GET", "stats"));
    return static_cast<long>(parser.parse(text)["throttled"].get_int64().value());
  }

  // An access token issued to the application `client_id` (its cid claim): a refresh by it.
  std::string token_of(const std::string& client_id) {
    auto options = oauth_options();
    options.client_id = client_id;
    oauth::OAuthClient app(options);
    auto refreshed = app.refresh(sign_in().refresh_token.value_or(""));
    EXPECT_TRUE(refreshed.ok()) << refreshed.reason.value_or("");
    return refreshed.value ? refreshed.value->access_token : std::string();
  }

  // `calls` list calls issued at once on every client; answers every outcome.
  static std::vector<Outcome<Page<ContactList>>> all_at_once(std::vector<std::unique_ptr<Client>>& clients, int calls) {
    std::vector<std::promise<Outcome<Page<ContactList>>>> done(clients.size() * calls);
    for (std::size_t i = 0; i < done.size(); ++i)
      clients[i % clients.size()]->lists().list({},
          [&done, i](Outcome<Page<ContactList>> outcome) { done[i].set_value(std::move(outcome)); });
    std::vector<Outcome<Page<ContactList>>> outcomes;
    for (auto& promise : done) outcomes.push_back(promise.get_future().get());
    return outcomes;
  }

  // 4 clients made by `make(i)`, 8 calls each at once, at the emulator's 4/s: one limiter for
  // them all sends the 32 requests without a 429.
  template <class Make>
  void expect_one_limiter(Make make) {
    emulator().limits(4);
    std::vector<std::unique_ptr<Client>> clients;
    for (int i = 0; i < 4; ++i) clients.push_back(std::make_unique<Client>(make(i)));
    for (const auto& outcome : all_at_once(clients, 8)) {
      EXPECT_TRUE(outcome.ok()) << outcome.reason.value_or("");
      EXPECT_EQ(outcome.attempts, 1);
    }
    EXPECT_EQ(throttled(), 0);
    EXPECT_EQ(requests("GET /v3/contact_lists"), 32);
  }
};

// "2026-12-07 00:00 UTC": the start of the UTC day after `now`.
std::string next_utc_midnight(std::chrono::system_clock::time_point now) {
  const std::chrono::year_month_day day{std::chrono::floor<std::chrono::days>(now) + std::chrono::days(1)};
  char text[32];
  std::snprintf(text, sizeof text, "%04d-%02u-%02u 00:00 UTC", static_cast<int>(day.year()),
      static_cast<unsigned>(day.month()), static_cast<unsigned>(day.day()));
  return text;
}

bool names_next_midnight(const std::optional<std::string>& reason, std::chrono::system_clock::time_point before) {
  // Either side of a midnight passing during the test.
  return reason && (reason->find(next_utc_midnight(before)) != std::string::npos ||
                       reason->find(next_utc_midnight(std::chrono::system_clock::now())) != std::string::npos);
}

TEST(KeyLimiters, OneLimiterPerKeyAndLimitWhileItsClientsLive) {
  const RateLimit limit;
  auto first = policy::key_limiter("app-a", limit);
  EXPECT_EQ(policy::key_limiter("app-a", limit), first);
  EXPECT_NE(policy::key_limiter("app-b", limit), first);
  EXPECT_NE(policy::key_limiter("app-a", RateLimit{.per_second = 2}), first);
  EXPECT_NE(policy::key_limiter("app-a", RateLimit{.per_day = 100}), first);
  first->quota_exceeded();
  first.reset();  // the key's last holder: the next one starts afresh
  EXPECT_FALSE(policy::key_limiter("app-a", limit)->reserve().resets);
  EXPECT_THROW(policy::key_limiter("app-c", RateLimit{.per_day = -1}), UsageError);
}

TEST(RateLimiter, QuotaExceededRefusesUntilTheNextUtcDay) {
  RateLimiter limiter;
  const auto before = std::chrono::system_clock::now();
  EXPECT_FALSE(limiter.reserve().resets);
  limiter.quota_exceeded();
  const auto refused = limiter.reserve();
  ASSERT_TRUE(refused.resets);
  EXPECT_FALSE(refused.over_budget);
  const auto today = std::chrono::floor<std::chrono::days>(before);
  EXPECT_TRUE(*refused.resets == today + std::chrono::days(1) || *refused.resets == today + std::chrono::days(2));

  RateLimiter budget({.per_second = 0, .per_day = 2});
  EXPECT_FALSE(budget.reserve().resets);
  EXPECT_FALSE(budget.reserve().resets);
  EXPECT_TRUE(budget.reserve().over_budget);
  EXPECT_THROW(RateLimiter({.per_day = -1}), UsageError);
}

TEST_F(KeyLimiterTest, ClientsOfOneApiKeyDrawNo429) {
  expect_one_limiter([&](int) {
    auto opts = options();
    opts.api_key = "app-shared-by-option";
    return opts;
  });
}

TEST_F(KeyLimiterTest, ClientsOfOneManagedTokensClientIdDrawNo429) {
  expect_one_limiter([&](int) {
    auto opts = options();
    opts.access_token.clear();
    opts.managed_tokens = oauth::ManagedTokens{.tokens = sign_in(), .oauth = oauth_options()};
    opts.managed_tokens->oauth.client_id = "app-shared-by-managed-tokens";
    return opts;
  });
}

TEST_F(KeyLimiterTest, ClientsOfTokensOfOneCidDrawNo429) {
  std::vector<std::string> tokens;  // one account each, one application
  for (int i = 0; i < 4; ++i) tokens.push_back(token_of("app-shared-by-cid"));
  expect_one_limiter([&](int i) {
    auto opts = options();
    opts.access_token = tokens[i];
    return opts;
  });
}

// A daily budget of 8 shows the sharing without counting 429s: clients of different keys each
// send their 8, clients of one key 8 together.
TEST_F(KeyLimiterTest, ClientsOfDifferentKeysHaveLimitersOfTheirOwn) {
  auto sent_by = [&](auto key_of) {
    emulator().control("POST", "reset");
    std::vector<std::unique_ptr<Client>> clients;
    for (int i = 0; i < 4; ++i) {
      auto opts = options();
      opts.rate_limit = {.per_second = 0, .per_day = 8};
      opts.api_key = key_of(i);
      clients.push_back(std::make_unique<Client>(opts));
    }
    all_at_once(clients, 8);
    return requests("GET /v3/contact_lists");
  };
  EXPECT_EQ(sent_by([](int i) { return "app-own-" + std::to_string(i); }), 32);
  EXPECT_EQ(sent_by([](int) { return std::string("app-one-for-all"); }), 8);
}

TEST_F(KeyLimiterTest, OneKeyOutOfQuotaStopsOnlyItsOwnClients) {
  control("faults",
      R"({"path":"/v3/contact_lists","status":429,"body":"{\"error_key\":\"quota_exceeded\",\"error_message\":\"Limit Exceeded\"}"})");
  auto of = [&](const std::string& key) {
    auto opts = options();
    opts.api_key = key;
    return std::make_unique<Client>(opts);
  };
  auto first = of("app-out-of-quota"), second = of("app-out-of-quota"), other = of("app-with-quota");
  auto answered = first->lists().list();
  EXPECT_EQ(answered.error_key, "quota_exceeded");
  EXPECT_EQ(answered.attempts, 1);

  const auto before = std::chrono::system_clock::now();
  for (auto* client : {first.get(), second.get()}) {
    auto refused = client->lists().list();
    EXPECT_EQ(refused.outcome, Kind::failure);
    EXPECT_EQ(refused.error_key, "quota_exceeded");
    EXPECT_EQ(refused.attempts, 0);
    EXPECT_EQ(refused.status, 0);
    EXPECT_TRUE(names_next_midnight(refused.reason, before)) << refused.reason.value_or("");
    EXPECT_NE(refused.reason->find("nothing was sent"), std::string::npos);
  }
  EXPECT_EQ(requests("GET /v3/contact_lists"), 1);
  EXPECT_TRUE(other->lists().list().ok());
  EXPECT_EQ(requests("GET /v3/contact_lists"), 2);
}

TEST_F(KeyLimiterTest, PerDayCountsTheKeysRequestsAndRefusesPastIt) {
  auto opts = options();
  opts.api_key = "app-with-a-budget";
  opts.rate_limit = {.per_second = 0, .per_day = 3};
  Client first(opts), second(opts);
  for (auto* client : {&first, &second, &first}) EXPECT_TRUE(client->lists().list().ok());
  const auto before = std::chrono::system_clock::now();
  for (auto* client : {&second, &first}) {
    auto refused = client->lists().list();
    EXPECT_EQ(refused.outcome, Kind::failure);
    EXPECT_EQ(refused.error_key, "quota_exceeded");
    EXPECT_EQ(refused.attempts, 0);
    EXPECT_TRUE(names_next_midnight(refused.reason, before)) << refused.reason.value_or("");
    EXPECT_NE(refused.reason->find("daily budget of 3 requests"), std::string::npos);
  }
  EXPECT_EQ(requests("GET /v3/contact_lists"), 3);
  // A client of its own limiter is not held by the key's count.
  opts.rate_limiter = std::make_shared<RateLimiter>();
  EXPECT_TRUE(Client(opts).lists().list().ok());
}

}  // namespace
}  // namespace ctct::testing
