// Reliability and security: no secret in any outcome or log line, no credential sent over a
// redirect or plain http to another host, hostile input refused before anything is sent.
#include <httplib.h>

#include <mutex>
#include <thread>
#include <vector>

#include "ctct/json.hpp"
#include "ctct/v2.hpp"
#include "policy_fixture.hpp"

namespace ctct::testing {
namespace {

class SecurityTest : public PolicyTest {
 protected:
  LogOptions capture() {
    return {LogLevel::debug, [this](LogLevel level, const std::string& message) {
              std::lock_guard lock(mutex_);
              seen_.push_back(std::string(to_string(level)) + " " + message);
            }};
  }
  ClientOptions options_with_log() {
    auto opts = options();
    opts.log = capture();
    opts.rate_limit = {.per_second = 0};
    return opts;
  }
  template <class T>
  void keep(const Outcome<T>& outcome) {
    std::lock_guard lock(mutex_);
    seen_.push_back(to_json(outcome));
  }
  std::mutex mutex_;
  std::vector<std::string> seen_;  // every log line and outcome JSON
};

TEST_F(SecurityTest, NoSecretInOutcomesOrLogLines) {
  const std::string client_secret = "client-secret-never-shown";
  auto tokens = sign_in();
  std::vector<std::string> secrets{emulator().access_token(), emulator().api_key(), client_secret, tokens.access_token,
      *tokens.refresh_token, "wrong-api-key-never-shown"};
  {
    auto options = options_with_log();
    options.access_token.clear();
    options.managed_tokens = oauth::ManagedTokens{tokens, oauth_options(client_secret),
        [&](const oauth::Tokens& saved) {
          std::lock_guard lock(mutex_);
          secrets.push_back(saved.access_token);
          if (saved.refresh_token) secrets.push_back(*saved.refresh_token);
        }};
    Client client(std::move(options));
    keep(client.lists().list());
    emulator().control("POST", "faults", R"({"path":"/v3/contact_lists","status":503,"times":1})");
    keep(client.lists().list());  // retried
    control("expire_tokens");
    keep(client.lists().list());  // refreshed
    emulator().control("POST", "faults", R"({"path":"/v3/contact_lists","status":500,"times":0})");
    keep(client.lists().list());  // error after retries
    emulator().control("DELETE", "faults");
    control("reset");  // every refresh token is gone: the next refresh meets invalid_grant
    keep(client.lists().list());
  }
  for (const char* key : {"wrong-api-key-never-shown", ""}) {
    v2::ClientOptions v2_options{key[0] ? key : emulator().api_key(), emulator().access_token(), emulator().v2_url()};
    v2_options.log = capture();
    v2_options.retry = {.max_attempts = 2, .base_delay_ms = 1, .max_delay_ms = 5};
    v2::Client v2_client(std::move(v2_options));
    if (!key[0]) emulator().control("POST", "faults", R"({"path":"/v2/*","status":503,"times":0})");
    keep(v2_client.lists());
  }
  std::lock_guard lock(mutex_);
  EXPECT_GT(seen_.size(), 10u);
  bool retried = false, refreshed = false;
  for (const auto& line : seen_) {
    retried |= line.find("retrying GET") != std::string::npos;
    refreshed |= line.find("refreshed the access token") != std::string::npos;
    for (const auto& secret : secrets) EXPECT_EQ(line.find(secret), std::string::npos) << line;
  }
  EXPECT_TRUE(retried);
  EXPECT_TRUE(refreshed);
}

TEST_F(SecurityTest, RedirectIsNotFollowedAndCarriesNoAuthorization) {
  httplib::Server other;
  std::mutex mutex;
  int received = 0;
  other.Get(".*", [&](const httplib::Request&, httplib::Response& response) {
    std::lock_guard lock(mutex);
    ++received;
    response.set_content("{\"lists\":[]}", "application/json");
  });
  const int port = other.bind_to_any_port("127.0.0.1");
  // Bound already: connections wait in the backlog until the loop accepts them.
  std::thread serving([&] { other.listen_after_bind(); });
  for (int status : {302, 307}) {
    emulator().control("POST", "faults",
        R"({"path":"/v3/contact_lists","status":)" + std::to_string(status) +
            R"(,"body":"","location":"http://127.0.0.1:)" + std::to_string(port) + R"(/v3/contact_lists"})");
    Client client(options());
    auto outcome = client.lists().list();
    EXPECT_EQ(outcome.outcome, Kind::error);
    EXPECT_EQ(outcome.status, status);
    EXPECT_EQ(outcome.attempts, 1);
    EXPECT_TRUE(outcome.reason && outcome.reason->find("does not follow") != std::string::npos);
  }
  other.stop();
  serving.join();
  EXPECT_EQ(received, 0);
}

TEST_F(SecurityTest, PlainHttpOnlyToLoopbackUnlessAllowed) {
  auto with_url = [](std::string url, bool allow = false) {
    ClientOptions options{"token", std::move(url)};
    options.http.allow_insecure_http = allow;
    return options;
  };
  EXPECT_THROW(Client(with_url("http://api.example.com/v3")), UsageError);
  EXPECT_THROW(v2::Client(v2::ClientOptions{"key", "token", "http://10.0.0.1/v2"}), UsageError);
  EXPECT_NO_THROW(Client(with_url("http://api.example.com/v3", true)));
  for (const char* url :
      {"http://127.0.0.2:1/v3", "http://localhost:1/v3", "http://[::1]:1/v3", "https://api.example.com/v3"})
    EXPECT_NO_THROW(Client(with_url(url))) << url;
  auto managed = options();
  managed.access_token.clear();
  auto oauth = oauth_options();
  oauth.token_url = "http://auth.example.com/token";
  managed.managed_tokens = oauth::ManagedTokens{{"a", std::string("r")}, oauth};
  EXPECT_THROW(Client(std::move(managed)), UsageError);
}

TEST_F(SecurityTest, HostileInputIsRefusedBeforeSending) {
  EXPECT_THROW(Client(ClientOptions{"token\r\nX-Evil: 1", emulator().v3_url()}), UsageError);
  Client client(options());
  Contact contact;
  contact.email_address = EmailAddress{.address = "ann@example.com"};
  contact.create_source = "Contact";
  contact.first_name = std::string("Ann\xff\xfe");
  auto outcome = client.contacts().create(contact);
  EXPECT_EQ(outcome.outcome, Kind::failure);
  EXPECT_EQ(outcome.attempts, 0);
  EXPECT_EQ(outcome.reason,
      "contact.first_name must be Unicode text; it holds an unpaired surrogate or bytes that are not UTF-8.");
  auto bad_id = client.contacts().get(std::string("cccccccc-cccc-4ccc-8ccc-00000000000\xff"));
  EXPECT_EQ(bad_id.attempts, 0);
  EXPECT_TRUE(bad_id.reason && bad_id.reason->starts_with("contact_id "));
  EXPECT_EQ(requests(), 0);
}

}  // namespace
}  // namespace ctct::testing
