// What the core makes of a broken or malicious server's answers (tests/hostile/server.py over
// real HTTP on loopback): the client's secrets never come back in a reason or log line, pages
// over the API's cap, malformed JSON where ctct keeps nothing, and reasons that say what the
// server did wrong.
#include <gtest/gtest.h>

#include <mutex>
#include <string>
#include <vector>

#include "ctct/client.hpp"
#include "ctct/json.hpp"
#include "ctct/oauth.hpp"
#include "ctct/v2.hpp"
#include "hostile_server.hpp"
#include "policy_fixture.hpp"

namespace ctct::testing {
namespace {

constexpr const char* access_token = "hostile-test-access-token-5f2c";
constexpr const char* api_key = "hostile-test-api-key-91ab";

class HostileAnswersTest : public PolicyTest {
 protected:
  static void SetUpTestSuite() {
    PolicyTest::SetUpTestSuite();
    server_ = new HostileServer(CTCT_SOURCE_DIR "/tests/hostile/server.py");
  }
  static void TearDownTestSuite() {
    delete server_;
    server_ = nullptr;
    PolicyTest::TearDownTestSuite();
  }
  void SetUp() override {
    PolicyTest::SetUp();
    ASSERT_NE(server_->port(), 0) << "the hostile server did not start";
  }

  // A v3 client of `behaviour`, logging into lines_.
  ClientOptions hostile(const std::string& behaviour) {
    ClientOptions options{access_token, server_->url(behaviour)};
    options.retry = {.max_attempts = 2, .base_delay_ms = 1, .max_delay_ms = 5};
    options.rate_limit = {.per_second = 0};
    options.log = log_options();
    return options;
  }
  LogOptions log_options() {
    return {LogLevel::debug, [this](LogLevel, const std::string& line) {
              std::lock_guard lock(mutex_);
              lines_.push_back(line);
            }};
  }
  // Fails the test when `secret` is in the reason, the error key, the outcome JSON or a log line.
  template <class T>
  void expect_hidden(const Outcome<T>& outcome, const std::string& secret) {
    ASSERT_FALSE(secret.empty());
    EXPECT_EQ(outcome.reason.value_or("").find(secret), std::string::npos) << *outcome.reason;
    EXPECT_EQ(outcome.error_key.value_or("").find(secret), std::string::npos);
    EXPECT_EQ(to_json(outcome).find(secret), std::string::npos);
    std::lock_guard lock(mutex_);
    for (const auto& line : lines_) EXPECT_EQ(line.find(secret), std::string::npos) << line;
  }

  static HostileServer* server_;
  std::mutex mutex_;
  std::vector<std::string> lines_;
};
HostileServer* HostileAnswersTest::server_ = nullptr;

TEST_F(HostileAnswersTest, EchoedAccessTokenIsRedactedFromTheReason) {
  Client client(hostile("echo-secrets-400"));
  auto outcome = client.contacts().list();
  EXPECT_EQ(outcome.outcome, Kind::failure);
  ASSERT_TRUE(outcome.reason);
  // The server's message is still quoted, with the token replaced.
  EXPECT_NE(outcome.reason->find("Authorization: Bearer [redacted]"), std::string::npos) << *outcome.reason;
  expect_hidden(outcome, access_token);
}

TEST_F(HostileAnswersTest, EchoedUrlPasswordIsRedacted) {
  auto options = hostile("echo-secrets-400");
  options.base_url.replace(options.base_url.find("127.0.0.1"), 0, "someone:url-password-77c1@");
  Client client(std::move(options));
  auto outcome = client.contacts().list();
  ASSERT_TRUE(outcome.reason);
  EXPECT_NE(outcome.reason->find("Authorization: Bearer [redacted]"), std::string::npos) << *outcome.reason;
  expect_hidden(outcome, "url-password-77c1");
  expect_hidden(outcome, "c29tZW9uZTp1cmwtcGFzc3dvcmQtNzdjMQ==");  // base64 of someone:url-password-77c1
}

TEST_F(HostileAnswersTest, EchoedApiKeyAndTokenOfTheV2ClientAreRedacted) {
  v2::ClientOptions options{api_key, access_token, server_->url("echo-secrets-400", "v2")};
  options.retry = {.max_attempts = 1};
  options.rate_limit = {.per_second = 0};
  options.log = log_options();
  v2::Client client(std::move(options));
  auto outcome = client.lists();
  EXPECT_EQ(outcome.outcome, Kind::failure);
  ASSERT_TRUE(outcome.reason);
  EXPECT_NE(outcome.reason->find("api_key=[redacted]"), std::string::npos) << *outcome.reason;
  expect_hidden(outcome, api_key);
  expect_hidden(outcome, access_token);
}

TEST_F(HostileAnswersTest, EchoedClientSecretAndRefreshTokenOfARefreshAreRedacted) {
  oauth::OAuthOptions options;
  options.client_id = "hostile-client";
  options.client_secret = "client-secret-with/odd+chars=";
  options.token_url = server_->url("echo-secrets-400", "token");
  oauth::OAuthClient client(options);
  auto outcome = client.refresh("refresh-token-3e8d/+");
  EXPECT_EQ(outcome.outcome, Kind::failure);
  ASSERT_TRUE(outcome.reason);
  EXPECT_NE(outcome.reason->find("refresh_token=[redacted]"), std::string::npos) << *outcome.reason;
  EXPECT_NE(outcome.reason->find("Authorization: Basic [redacted]"), std::string::npos) << *outcome.reason;
  expect_hidden(outcome, "refresh-token-3e8d");
  expect_hidden(outcome, "client-secret-with");
  expect_hidden(outcome, "client-secret-with%2Fodd%2Bchars%3D");
}

// The access token the client refreshed by itself is the one redacted, not only the first.
TEST_F(HostileAnswersTest, RefreshedManagedTokensAreRedacted) {
  auto tokens = sign_in();
  const std::string first_access = tokens.access_token;
  tokens.access_token.clear();  // refreshed before the first request
  auto options = hostile("echo-secrets-400");
  options.access_token.clear();
  std::vector<oauth::Tokens> stored;
  options.managed_tokens = oauth::ManagedTokens{tokens, oauth_options("managed-client-secret"),
      [&](const oauth::Tokens& saved) { stored.push_back(saved); }};
  Client client(std::move(options));
  auto outcome = client.contacts().list();
  ASSERT_EQ(stored.size(), 1u);
  ASSERT_NE(stored[0].access_token, first_access);
  ASSERT_TRUE(outcome.reason);
  EXPECT_NE(outcome.reason->find("Authorization: Bearer [redacted]"), std::string::npos) << *outcome.reason;
  expect_hidden(outcome, stored[0].access_token);
  expect_hidden(outcome, *stored[0].refresh_token);
}

// A refresh the token endpoint refuses by echoing it: neither the reason nor the warning logged
// holds the refresh token or the client secret.
TEST_F(HostileAnswersTest, EchoedSecretsOfAManagedRefreshAreRedactedFromReasonAndLog) {
  auto options = hostile("contacts-page-1-0");
  options.access_token.clear();
  oauth::OAuthOptions oauth;
  oauth.client_id = "hostile-client";
  oauth.client_secret = "managed-client-secret-0d4e";
  oauth.token_url = server_->url("echo-secrets-400", "token");
  options.managed_tokens = oauth::ManagedTokens{{"", "managed-refresh-token-a7f3"}, oauth, {}};
  Client client(std::move(options));
  auto outcome = client.contacts().list();
  EXPECT_FALSE(outcome.ok());
  ASSERT_TRUE(outcome.reason);
  EXPECT_NE(outcome.reason->find("refresh_token=[redacted]"), std::string::npos) << *outcome.reason;
  {
    std::lock_guard lock(mutex_);
    ASSERT_FALSE(lines_.empty());
  }
  expect_hidden(outcome, "managed-refresh-token-a7f3");
  expect_hidden(outcome, "managed-client-secret-0d4e");
}

TEST_F(HostileAnswersTest, PageOverTheApiCapIsAnErrorNamingTheCap) {
  Client client(hostile("contacts-page-501-0"));
  auto outcome = client.contacts().list();
  EXPECT_EQ(outcome.outcome, Kind::error);
  EXPECT_EQ(outcome.status, 200);
  EXPECT_EQ(outcome.reason, "Constant Contact answered 200 with a body ctct could not read: contacts: "
                            "more than 500 items, the most the API sends in one page.");
  EXPECT_FALSE(outcome.value);
}

TEST_F(HostileAnswersTest, PageAtTheApiCapIsRead) {
  Client client(hostile("contacts-page-500-0"));
  auto outcome = client.contacts().list();
  ASSERT_TRUE(outcome.ok()) << outcome.reason.value_or("");
  EXPECT_EQ(outcome.value->items.size(), 500u);
}

// A body without Content-Length grows as its chunks come; it is still read whole and in place.
TEST_F(HostileAnswersTest, ChunkedPageWithoutContentLengthIsRead) {
  Client client(hostile("contacts-chunked-500-40"));
  auto outcome = client.contacts().list();
  ASSERT_TRUE(outcome.ok()) << outcome.reason.value_or("");
  ASSERT_EQ(outcome.value->items.size(), 500u);
  EXPECT_EQ(outcome.value->items.back().contact_id, "cccccccc-cccc-4ccc-8ccc-0000000000b0");
  EXPECT_EQ(outcome.value->items.back().first_name, "Hostile");
}

// The body is reserved from Content-Length: bytes past it are not part of the answer.
TEST_F(HostileAnswersTest, BytesPastTheContentLengthAreNotRead) {
  Client client(hostile("contacts-overlong-3-0"));
  auto outcome = client.contacts().list();
  ASSERT_TRUE(outcome.ok()) << outcome.reason.value_or("");
  EXPECT_EQ(outcome.value->items.size(), 3u);
}

// The reader looks for each key after the one it found last (the order the API sends): members in
// any other order, escaped keys and text must still be read, each into its own field.
TEST_F(HostileAnswersTest, PageMembersInAnyOrderWithEscapesAndUtf8AreRead) {
  Client client(hostile("contacts-shuffled"));
  auto outcome = client.contacts().list();
  ASSERT_TRUE(outcome.ok()) << outcome.reason.value_or("");
  ASSERT_EQ(outcome.value->items.size(), 2u);
  const Contact& first = outcome.value->items[0];
  EXPECT_EQ(first.contact_id, "cccccccc-cccc-4ccc-8ccc-0000000000b0");
  EXPECT_EQ(first.first_name, "Zo\u00eb \u6771\u4eac");
  EXPECT_EQ(first.last_name, "O\"Brien\\\n");
  EXPECT_EQ(first.job_title, "Chef \u00e0 Paris");
  EXPECT_EQ(first.company_name, std::nullopt);
  EXPECT_EQ(first.updated_at, "2026-01-02T03:04:05Z");
  ASSERT_TRUE(first.email_address);
  EXPECT_EQ(first.email_address->address, "zo\u00eb@example.com");
  EXPECT_EQ(first.email_address->confirm_status, "off");
  const Contact& second = outcome.value->items[1];
  EXPECT_EQ(second.contact_id, "cccccccc-cccc-4ccc-8ccc-0000000000b1");
  EXPECT_EQ(second.first_name, "Ana");
  EXPECT_EQ(second.last_name, std::nullopt);
}

TEST_F(HostileAnswersTest, MalformedJsonInAnUnknownFieldIsAnError) {
  Client client(hostile("malformed-unknown-field"));
  auto outcome = client.contacts().get("cccccccc-cccc-4ccc-8ccc-0000000000b0");
  EXPECT_EQ(outcome.outcome, Kind::error);
  EXPECT_EQ(outcome.reason, "Constant Contact answered 200 with a body ctct could not read: invalid JSON.");
  EXPECT_FALSE(outcome.value);
}

// The transport reasons name the server's fault, not the client's URL or memory.
std::string reason_of(Client& client) { return client.contacts().list().reason.value_or(""); }

TEST_F(HostileAnswersTest, OversizedHeaderSaysSo) {
  Client client(hostile("oversized-header"));
  auto outcome = client.contacts().list();
  EXPECT_EQ(outcome.outcome, Kind::error);
  EXPECT_EQ(outcome.attempts, 1);  // the same header would come again
  const std::string where = "127.0.0.1:" + std::to_string(server_->port());
  EXPECT_EQ(outcome.reason, "The request for the contacts got no answer: the response from " + where +
                                " had a header line longer than the 102400 bytes ctct accepts.");
}

TEST_F(HostileAnswersTest, GarbageStatusLineIsNotHttp) {
  Client client(hostile("garbage-status"));
  const std::string where = "127.0.0.1:" + std::to_string(server_->port());
  EXPECT_EQ(reason_of(client),
      "The request for the contacts got no answer: " + where + " answered without an HTTP status line.");
}

TEST_F(HostileAnswersTest, Http09ReplyIsNotHttp) {
  Client client(hostile("http09"));
  const std::string where = "127.0.0.1:" + std::to_string(server_->port());
  EXPECT_EQ(reason_of(client),
      "The request for the contacts got no answer: " + where + " answered without an HTTP status line.");
}

TEST_F(HostileAnswersTest, ResetSaysTheConnectionBroke) {
  Client client(hostile("reset"));
  auto outcome = client.contacts().list();
  EXPECT_EQ(outcome.outcome, Kind::error);
  const std::string where = "127.0.0.1:" + std::to_string(server_->port());
  EXPECT_EQ(outcome.reason, "The request for the contacts got no answer: the connection to " + where +
                                " broke while receiving the response: connection reset by peer.");
}

}  // namespace
}  // namespace ctct::testing
