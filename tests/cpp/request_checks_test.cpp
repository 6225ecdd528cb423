// What the core checks before anything is sent, against the emulator over real HTTP: text that
// is not Unicode, request URLs longer than servers take, and the URLs clients are built with
// (whose passwords no message shows).
#include <mutex>
#include <vector>

#include "ctct/v2.hpp"
#include "policy_fixture.hpp"
#include "v3_fixture.hpp"

namespace ctct::testing {
namespace {

using namespace std::string_literals;

const std::string not_unicode = " must be Unicode text; it holds an unpaired surrogate or bytes that are not UTF-8.";
const std::string lone_surrogate = "\xED\xA0\x80";  // U+D800 as WTF-8, as Python and Node pass it

class RequestChecksTest : public PolicyTest {
 protected:
  // Client options whose log lines are kept in lines_.
  ClientOptions logged(ClientOptions options) {
    options.log = {LogLevel::debug, [this](LogLevel, const std::string& message) {
                     std::lock_guard lock(mutex_);
                     lines_.push_back(message);
                   }};
    return options;
  }
  std::vector<std::string> lines() {
    std::lock_guard lock(mutex_);
    return lines_;
  }
  // Refused before sending: a failure, no attempt, nothing logged as sent, nothing received.
  template <class T>
  void expect_refused(const Outcome<T>& outcome, const std::string& reason) {
    EXPECT_EQ(outcome.outcome, Kind::failure);
    EXPECT_EQ(outcome.attempts, 0);
    EXPECT_EQ(outcome.status, 0);
    EXPECT_EQ(outcome.reason, reason);
    for (const auto& line : lines()) EXPECT_EQ(line.find("sending"), std::string::npos) << line;
    EXPECT_EQ(requests(), 0);
  }
  // The UsageError message of building a client, or "" when it builds.
  template <class Make>
  static std::string construction_error(Make make) {
    try {
      make();
    } catch (const UsageError& error) {
      return error.what();
    }
    return "";
  }

  std::mutex mutex_;
  std::vector<std::string> lines_;
};

Contact contact_with(std::string first_name) {
  Contact contact;
  contact.email_address = EmailAddress{.address = "ann@example.com"};
  contact.create_source = "Contact";
  contact.first_name = std::move(first_name);
  return contact;
}

TEST_F(RequestChecksTest, BodyTextThatIsNotUnicodeIsNotSent) {
  Client client(logged(options()));
  expect_refused(client.contacts().create(contact_with("Ann\xff\xfe")), "contact.first_name" + not_unicode);
  expect_refused(client.contacts().create(contact_with("Zo" + lone_surrogate)), "contact.first_name" + not_unicode);
  auto nested = contact_with("Ann");
  nested.street_addresses.resize(1);
  nested.street_addresses[0].kind = "home";
  nested.street_addresses[0].city = "\xED\xBF\xBF"
                                    "ville";  // a lone low surrogate
  expect_refused(client.contacts().create(nested), "contact.street_addresses[0].city" + not_unicode);
  auto custom = contact_with("Ann");
  custom.custom_fields.push_back({.custom_field_id = "11111111-1111-4111-8111-000000000001", .value = "x\xC3"});
  expect_refused(client.contacts().create(custom), "contact.custom_fields[0].value" + not_unicode);
  Lead lead;
  lead.email = "lead@example.com";
  lead.last_name = "Lee" + lone_surrogate;
  auto delivered = client.add_contact_to_list("11111111-1111-4111-8111-000000000001", lead);
  EXPECT_EQ(delivered.outcome, Kind::failure);
  EXPECT_EQ(delivered.reason, "last_name" + not_unicode);  // as delivery reasons name lead fields
  EXPECT_EQ(requests(), 0);
}

TEST_F(RequestChecksTest, PathAndQueryTextThatIsNotUnicodeIsNotSent) {
  Client client(logged(options()));
  expect_refused(client.contacts().get("cccccccc-cccc-4ccc-8ccc-00000000000" + lone_surrogate),
      "contact_id" + not_unicode);
  ContactQuery query;
  query.segment_id = "seg\xff";
  expect_refused(client.contacts().list(query), "segment_id" + not_unicode);
  query = {};
  query.updated_after = "2024" + lone_surrogate;
  expect_refused(client.contacts().list(query), "updated_after[0]" + not_unicode);
  ListQuery lists;
  lists.name = "News" + lone_surrogate;
  expect_refused(client.lists().list(lists), "name[0]" + not_unicode);
  v2::Client v2_client(v2::ClientOptions{emulator().api_key(), emulator().access_token(), emulator().v2_url()});
  v2::Contact v2_contact;
  v2_contact.email_addresses.push_back({.email_address = "ann@example.com"});
  v2_contact.first_name = "Ann" + lone_surrogate;
  expect_refused(v2_client.create_contact(v2_contact), "contact.first_name" + not_unicode);
}

TEST_F(RequestChecksTest, FormFieldsThatAreNotUnicodeAreNotSent) {
  oauth::OAuthClient client(oauth_options());
  const auto before = requests("POST /oauth2/default/v1/token");
  auto refreshed = client.refresh("refresh" + lone_surrogate);
  EXPECT_EQ(refreshed.outcome, Kind::failure);
  EXPECT_EQ(refreshed.attempts, 0);
  EXPECT_EQ(refreshed.reason, "refresh_token" + not_unicode);
  auto exchanged = client.exchange_code("code", redirect_uri, "verifier\xC0\xAF");
  EXPECT_EQ(exchanged.reason, "code_verifier" + not_unicode);
  auto device = client.start_device({"contact_data", "x\xff"});
  EXPECT_EQ(device.reason, "scopes[1]" + not_unicode);
  EXPECT_EQ(requests("POST /oauth2/default/v1/token"), before);
  EXPECT_EQ(requests("POST /oauth2/default/v1/device/authorize"), 0);
  // The same client still sends good text.
  EXPECT_EQ(client.refresh("unknown-refresh-token").error_key, "invalid_grant");
}

TEST_F(RequestChecksTest, UrlsLongerThanServersTakeAreNotSentNorRetried) {
  Client client(logged(options()));
  for (std::size_t size : {std::size_t{1} << 20, std::size_t{64} << 10}) {
    SCOPED_TRACE(size);
    ContactQuery query;
    query.segment_id = std::string(size, 's');
    auto outcome = client.contacts().list(query);
    const auto url_bytes = std::string("/v3/contacts?segment_id=").size() + size;
    expect_refused(outcome, "segment_id is too long: it makes the request URL " + std::to_string(url_bytes) +
                                " bytes long, and servers take at most 8000.");
    query = {};
    query.updated_after = std::string(size, '1');
    EXPECT_TRUE(has(client.contacts().list(query).reason, "updated_after is too long: "));
    query = {};
    query.email = std::string(size, 'a') + "@example.com";
    EXPECT_TRUE(has(client.contacts().list(query).reason, "email is too long: "));
    // Ids are named as their parameter: here the id also fails its form first.
    EXPECT_TRUE(has(client.contacts().get(std::string(size, 'c')).reason, "contact_id must be an id"));
  }
  for (const auto& line : lines()) EXPECT_EQ(line.find("retrying"), std::string::npos) << line;
  EXPECT_EQ(requests(), 0);
  // Just under the cap it is sent, and the emulator answers it.
  ContactQuery query;
  query.segment_id = std::string(8000 - std::string("/v3/contacts?segment_id=").size(), 's');
  auto sent = client.contacts().list(query);
  EXPECT_EQ(sent.attempts, 1);
  EXPECT_NE(sent.status, 414);
  EXPECT_EQ(requests(), 1);
}

TEST_F(RequestChecksTest, ClientsRefuseUnusableBaseUrls) {
  const std::string usage =
      " must be an http or https URL with a host (and a port from 1 to 65535, if it gives one); got ";
  auto v3 = [](std::string url) { return [url] { Client(ClientOptions{"token", url}); }; };
  auto v2 = [](std::string url) { return [url] { v2::Client(v2::ClientOptions{"key", "token", url}); }; };
  EXPECT_EQ(construction_error(v3("not a url")),
      "ClientOptions.base_url" + usage + "\"not a url\", which is not a URL.");
  EXPECT_EQ(construction_error(v3("file:///x")),
      "ClientOptions.base_url" + usage + "\"file:///x\", whose scheme is file.");
  EXPECT_EQ(construction_error(v3("foo://example.com/v3")),
      "ClientOptions.base_url" + usage + "\"foo://example.com/v3\", whose scheme is not http or https.");
  EXPECT_EQ(construction_error(v3("http://127.0.0.1:99999/v3")),
      "ClientOptions.base_url" + usage + "\"http://127.0.0.1:99999/v3\", whose port is not from 1 to 65535.");
  EXPECT_EQ(construction_error(v2("http://127.0.0.1:0/v2")),
      "v2::ClientOptions.base_url" + usage + "\"http://127.0.0.1:0/v2\", whose port is not from 1 to 65535.");
  for (const char* url : {"ftp://example.com/v3", "https://", "http://:80/v3", "api.cc.email/v3",
           "http://127.0.0.1:-1/v3", "http://127.0.0.1:port/v3", "https://exa mple.com/v3"}) {
    EXPECT_TRUE(has(construction_error(v3(url)), "ClientOptions.base_url" + usage, true)) << url;
    EXPECT_TRUE(has(construction_error(v2(url)), "v2::ClientOptions.base_url" + usage, true)) << url;
  }
  // The password of a URL is never shown.
  const auto shown = construction_error(v3("https://ann:hunter2@127.0.0.1:70000/v3"));
  EXPECT_TRUE(has(shown, "\"https://127.0.0.1:70000/v3\"")) << shown;
  EXPECT_EQ(shown.find("hunter2"), std::string::npos);
  for (const char* url : {"https://api.cc.email/v3", "http://127.0.0.1:1/v3", "http://[::1]:65535/v3",
           "https://ann:hunter2@api.cc.email/v3", "HTTPS://API.CC.EMAIL/v3"}) {
    EXPECT_EQ(construction_error(v3(url)), "") << url;
  }
}

TEST_F(RequestChecksTest, OAuthUrlsAreCheckedWhenBuilt) {
  auto with = [this](std::string token_url, std::string device_url) {
    auto options = oauth_options();
    options.token_url = std::move(token_url);
    options.device_url = std::move(device_url);
    return options;
  };
  const auto good_device = oauth_options().device_url;
  const auto token_error = construction_error([&] { oauth::OAuthClient(with("file:///token", good_device)); });
  EXPECT_TRUE(has(token_error, "token_url must be an http or https URL", true)) << token_error;
  const auto device_error = construction_error([&] {
    oauth::OAuthClient(with(oauth_options().token_url, "http://u:pw@127.0.0.1:99999/d"));
  });
  EXPECT_TRUE(has(device_error, "device_url must be an http or https URL", true)) << device_error;
  EXPECT_TRUE(has(device_error, "\"http://127.0.0.1:99999/d\"")) << device_error;
  // Managed tokens build their OAuth client with the v3 client.
  auto managed = options();
  managed.access_token.clear();
  managed.managed_tokens = oauth::ManagedTokens{{"a", std::string("r")}, with("not a url", good_device)};
  EXPECT_TRUE(has(construction_error([&] { Client(std::move(managed)); }), "token_url must be", true));
  oauth::AuthorizationRequest request{.client_id = "id", .redirect_uri = redirect_uri, .state = "s"};
  request.authorize_url = "https://example.com:0/authorize";
  EXPECT_TRUE(has(construction_error([&] { oauth::authorization_url(request); }),
      "AuthorizationRequest.authorize_url must be an http or https URL", true));
}

TEST_F(RequestChecksTest, NoReasonOrLogLineShowsTheBaseUrlPassword) {
  const std::string password = "pa55word-never-shown";
  auto at = [&](const std::string& url) {
    auto options = logged(this->options());
    options.base_url = "http://ann:" + password + "@" + url.substr(std::string("http://").size());
    options.retry = {.max_attempts = 2, .base_delay_ms = 1, .max_delay_ms = 5};
    return options;
  };
  std::vector<std::string> reasons;
  {
    Client client(at(emulator().v3_url()));
    emulator().control("POST", "faults", R"({"path":"/v3/contact_lists","status":500,"times":0})");
    reasons.push_back(client.lists().list().reason.value_or(""));
    emulator().control("POST", "faults", R"({"path":"/v3/contacts","status":302,"location":"http://127.0.0.1:1/x"})");
    reasons.push_back(client.contacts().list().reason.value_or(""));
    ContactQuery query;
    query.segment_id = std::string(9000, 's');
    reasons.push_back(client.contacts().list(query).reason.value_or(""));
  }
  {
    Client refused(at("http://127.0.0.1:1/v3"));
    reasons.push_back(refused.lists().list().reason.value_or(""));
  }
  for (const auto& reason : reasons) {
    EXPECT_FALSE(reason.empty());
    EXPECT_EQ(reason.find(password), std::string::npos) << reason;
  }
  const auto logged_lines = lines();
  EXPECT_GT(logged_lines.size(), 3u);
  for (const auto& line : logged_lines) EXPECT_EQ(line.find(password), std::string::npos) << line;
}

}  // namespace
}  // namespace ctct::testing
