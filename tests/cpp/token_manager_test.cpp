// Managed tokens: refreshed near expiry and after a 401, one refresh for many callers, the
// rotated pair stored, invalid_grant reported as "authorize again".
#include <future>
#include <mutex>

#include "policy_fixture.hpp"

namespace ctct::testing {
namespace {

class TokenManagerTest : public PolicyTest {
 protected:
  ClientOptions managed(const oauth::Tokens& tokens) {
    auto opts = options();
    opts.access_token.clear();
    opts.rate_limit = {.per_second = 0};
    opts.managed_tokens = oauth::ManagedTokens{tokens, oauth_options(), [this](const oauth::Tokens& saved) {
                                                 std::lock_guard lock(mutex_);
                                                 stored_.push_back(saved);
                                               }};
    return opts;
  }
  std::mutex mutex_;
  std::vector<oauth::Tokens> stored_;
};

constexpr const char* token_route = "POST /oauth2/default/v1/token";

TEST_F(TokenManagerTest, HundredConcurrentCallsNearExpiryMakeOneRefresh) {
  control("oauth", R"({"lifetime_s":60})");  // inside the default 300 s margin
  const auto tokens = sign_in();
  const long before = requests(token_route);
  Client client(managed(tokens));
  std::vector<std::promise<Outcome<Page<ContactList>>>> done(100);
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&, t] {
      for (int i = t; i < 100; i += 4)
        client.lists().list({},
            [&done, i](Outcome<Page<ContactList>> outcome) { done[i].set_value(std::move(outcome)); });
    });
  for (auto& thread : threads) thread.join();
  for (auto& promise : done) {
    auto outcome = promise.get_future().get();
    EXPECT_TRUE(outcome.ok()) << outcome.reason.value_or("");
  }
  EXPECT_EQ(requests(token_route) - before, 1);
  ASSERT_EQ(stored_.size(), 1u);
  EXPECT_NE(stored_[0].refresh_token, tokens.refresh_token);  // rotated, and saved
}

// Tokens living less than the margin: the refreshed one counts as fresh for half its life,
// so later calls do not refresh again each time.
TEST_F(TokenManagerTest, ShortLivedTokensAreNotRefreshedOnEveryCall) {
  control("oauth", R"({"lifetime_s":60})");
  const auto tokens = sign_in();
  const long before = requests(token_route);
  Client client(managed(tokens));
  for (int i = 0; i < 10; ++i) ASSERT_TRUE(client.lists().list().ok());
  EXPECT_EQ(requests(token_route) - before, 1);
}

TEST_F(TokenManagerTest, A401RefreshesOnceAndResends) {
  const auto tokens = sign_in();
  Client client(managed(tokens));
  auto first = client.lists().list();
  ASSERT_TRUE(first.ok()) << first.reason.value_or("");
  control("expire_tokens");
  auto outcome = client.lists().list();
  ASSERT_TRUE(outcome.ok()) << outcome.reason.value_or("");
  EXPECT_EQ(outcome.attempts, 2);
  EXPECT_EQ(stored_.size(), 1u);
  // The old refresh token was rotated away: only the stored one works now.
  oauth::OAuthClient oauth(oauth_options());
  EXPECT_EQ(oauth.refresh(*tokens.refresh_token).error_key, "invalid_grant");
}

// The token endpoint down while the access token has a minute left: calls go on with it.
TEST_F(TokenManagerTest, AFailedRefreshKeepsTheUnexpiredAccessTokenInUse) {
  control("oauth", R"({"lifetime_s":60})");  // inside the margin: every call wants a refresh
  const auto tokens = sign_in();
  emulator().control("POST", "faults", R"({"path":"/oauth2/default/v1/token","status":503,"times":0})");
  const long before = requests(token_route);
  Client client(managed(tokens));
  for (int i = 0; i < 3; ++i) {
    auto outcome = client.lists().list();
    ASSERT_TRUE(outcome.ok()) << outcome.reason.value_or("");
  }
  EXPECT_GE(requests(token_route) - before, 1);
  EXPECT_TRUE(stored_.empty());
  // A 401 is not answered with the rejected token: the failed refresh is the outcome.
  control("expire_tokens");
  auto rejected = client.lists().list();
  EXPECT_EQ(rejected.outcome, Kind::error);
}

TEST_F(TokenManagerTest, TheEmulatorCountsGrantsIssuedAndRefused) {
  const auto tokens = sign_in();
  oauth::OAuthClient oauth(oauth_options());
  ASSERT_TRUE(oauth.refresh(*tokens.refresh_token).ok());
  EXPECT_EQ(oauth.refresh(*tokens.refresh_token).error_key, "invalid_grant");  // rotated away
  EXPECT_EQ(grants("authorization_code"), 1);
  EXPECT_EQ(grants("refresh_token"), 1);
  EXPECT_EQ(grants("refresh_token", false), 1);
  EXPECT_EQ(grants("authorization_code", false), 0);
}

TEST_F(TokenManagerTest, LongLivedRefreshTokenIsKept) {
  control("oauth", R"({"rotating":false})");
  const auto tokens = sign_in();
  Client client(managed(tokens));
  for (int round = 0; round < 2; ++round) {
    control("expire_tokens");
    ASSERT_TRUE(client.lists().list().ok());
  }
  ASSERT_EQ(stored_.size(), 2u);
  EXPECT_EQ(stored_[1].refresh_token, tokens.refresh_token);
}

TEST_F(TokenManagerTest, InvalidGrantSaysAuthorizeAgain) {
  auto tokens = sign_in();
  tokens.refresh_token = "revoked-refresh-token";
  control("expire_tokens");
  Client client(managed(tokens));
  auto outcome = client.lists().list();
  EXPECT_EQ(outcome.outcome, Kind::error);
  EXPECT_NE(outcome.reason->find("authorize again"), std::string::npos);
  EXPECT_EQ(outcome.reason->find("revoked-refresh-token"), std::string::npos);
  // Dead for good: no second refresh request.
  const long before = requests(token_route);
  EXPECT_EQ(client.lists().list().outcome, Kind::error);
  EXPECT_EQ(requests(token_route), before);
}

}  // namespace
}  // namespace ctct::testing
