// Retries against the emulator: what is retried, what is not, and POST /contacts never
// duplicated when its answer is lost.
#include <chrono>

#include "ctct/v2.hpp"
#include "policy/retry.hpp"
#include "policy/retry_after.hpp"
#include "policy_fixture.hpp"

namespace ctct::testing {
namespace {

using namespace std::chrono_literals;

class RetryTest : public PolicyTest {};

constexpr const char* throttled = R"("{\"error_key\":\"throttled\",\"error_message\":\"Too Many Requests\"}")";

TEST_F(RetryTest, ThrottledAndServerErrorsAreRetriedUntilSuccess) {
  control("faults",
      std::string(R"({"method":"GET","path":"/v3/contact_lists","status":429,"times":2,"body":)") + throttled + "}");
  control("faults", R"({"method":"GET","path":"/v3/contact_lists","status":503,"times":1})");
  Client client(options());
  auto outcome = client.lists().list();
  EXPECT_TRUE(outcome.ok()) << outcome.reason.value_or("");
  EXPECT_EQ(outcome.attempts, 4);
  EXPECT_EQ(outcome.status, 200);
}

TEST_F(RetryTest, GivesUpAfterMaxAttempts) {
  control("faults", R"({"method":"GET","path":"/v3/contact_lists","status":502,"times":0})");
  auto opts = options();
  opts.retry.max_attempts = 3;
  Client client(opts);
  auto outcome = client.lists().list();
  EXPECT_EQ(outcome.outcome, Kind::error);
  EXPECT_EQ(outcome.status, 502);
  EXPECT_EQ(outcome.attempts, 3);
  EXPECT_EQ(requests("GET /v3/contact_lists"), 3);
}

TEST_F(RetryTest, QuotaExceededIsAFailureNotRetried) {
  control("faults",
      R"({"path":"/v3/contact_lists","status":429,"times":0,"body":"{\"error_key\":\"quota_exceeded\",\"error_message\":\"Limit Exceeded\"}"})");
  Client client(options());
  auto outcome = client.lists().list();
  EXPECT_EQ(outcome.outcome, Kind::failure);
  EXPECT_EQ(outcome.attempts, 1);
  EXPECT_EQ(outcome.error_key, "quota_exceeded");
  EXPECT_NE(outcome.reason->find("10,000"), std::string::npos);
  EXPECT_NE(outcome.reason->find("00:00 UTC"), std::string::npos);
}

TEST_F(RetryTest, ClientErrorsAreNotRetried) {
  Client client(options());
  auto outcome = client.contacts().get("cccccccc-cccc-4ccc-8ccc-000000000404");
  EXPECT_EQ(outcome.outcome, Kind::failure);
  EXPECT_EQ(outcome.attempts, 1);
}

// The emulator stores the contact, then drops the connection before answering: the client
// looks the address up instead of sending the POST again, and one contact exists at the end.
TEST_F(RetryTest, LostAnswerToPostContactsMakesNoDuplicate) {
  Client client(options());
  ASSERT_TRUE(client.lists().list().ok());  // a kept-alive connection the POST will reuse
  control("faults", R"({"method":"POST","path":"/v3/contacts","action":"drop_after","times":1})");
  Contact contact;
  contact.email_address = EmailAddress{};
  contact.email_address->address = "once@example.com";
  contact.create_source = "Contact";
  auto outcome = client.contacts().create(contact);
  ASSERT_TRUE(outcome.ok()) << outcome.reason.value_or("");
  EXPECT_EQ(outcome.value->email_address->address, "once@example.com");
  EXPECT_EQ(outcome.attempts, 2);               // the POST and the lookup
  EXPECT_EQ(requests("POST /v3/contacts"), 1);  // libcurl did not re-send it by itself either
  auto all = client.contacts().list(ContactQuery{.status = "all"});
  ASSERT_TRUE(all.ok());
  EXPECT_EQ(all.value->items.size(), 1u);
}

// A 500 that did not store anything: looked up, not found, sent again.
TEST_F(RetryTest, PostContactsIsResentWhenTheLookupFindsNothing) {
  control("faults", R"({"method":"POST","path":"/v3/contacts","status":500,"times":1})");
  Client client(options());
  Contact contact;
  contact.email_address = EmailAddress{};
  contact.email_address->address = "again@example.com";
  contact.create_source = "Contact";
  auto outcome = client.contacts().create(contact);
  ASSERT_TRUE(outcome.ok()) << outcome.reason.value_or("");
  EXPECT_EQ(outcome.status, 201);
  EXPECT_EQ(outcome.attempts, 3);  // POST, lookup, POST
  EXPECT_EQ(requests("POST /v3/contacts"), 2);
}

// Other POSTs that are not safe to repeat are never sent twice.
TEST_F(RetryTest, V2CreateContactIsNotResent) {
  v2::ClientOptions opts;
  opts.api_key = emulator().api_key();
  opts.access_token = emulator().access_token();
  opts.base_url = emulator().v2_url();
  opts.retry = {.max_attempts = 4, .base_delay_ms = 10, .max_delay_ms = 100};
  v2::Client client(opts);
  ASSERT_TRUE(client.lists().ok());
  control("faults", R"({"method":"POST","path":"/v2/contacts","action":"drop_after","times":0})");
  v2::Contact contact;
  contact.email_addresses.push_back(v2::EmailAddress{});
  contact.email_addresses[0].email_address = "v2@example.com";
  auto outcome = client.create_contact(contact);
  EXPECT_EQ(outcome.outcome, Kind::error);
  EXPECT_EQ(outcome.status, 0);
  EXPECT_EQ(outcome.attempts, 1);
  EXPECT_EQ(requests("POST /v2/contacts"), 1);
}

// Waits are timers on the I/O thread: the callback form returns at once while retries wait.
TEST_F(RetryTest, BackoffDoesNotBlockTheCaller) {
  control("faults", R"({"method":"GET","path":"/v3/contact_lists","status":503,"times":1})");
  auto opts = options();
  opts.retry = {.max_attempts = 2, .base_delay_ms = 400, .max_delay_ms = 400};
  Client client(opts);
  std::promise<Outcome<Page<ContactList>>> done;
  const auto start = std::chrono::steady_clock::now();
  client.lists().list({}, [&](Outcome<Page<ContactList>> outcome) { done.set_value(std::move(outcome)); });
  EXPECT_LT(std::chrono::steady_clock::now() - start, 100ms);
  auto outcome = done.get_future().get();
  EXPECT_TRUE(outcome.ok());
  EXPECT_EQ(outcome.attempts, 2);
}

TEST(RetryAfter, SecondsAndHttpDate) {
  EXPECT_EQ(policy::parse_retry_after("3"), 3000ms);
  EXPECT_EQ(policy::parse_retry_after(" 0 "), 0ms);
  const auto now = std::chrono::system_clock::from_time_t(784111777);  // Sun, 06 Nov 1994 08:49:37 GMT
  EXPECT_EQ(policy::parse_retry_after("Sun, 06 Nov 1994 08:49:47 GMT", now), 10000ms);
  EXPECT_EQ(policy::parse_retry_after("Sun, 06 Nov 1994 08:49:27 GMT", now), 0ms);
  EXPECT_FALSE(policy::parse_retry_after("soon"));
  EXPECT_FALSE(policy::parse_retry_after("-1"));
}

TEST(RetryDelay, FullJitterUnderTheCapOrRetryAfter) {
  const RetryOptions options{.max_attempts = 10, .base_delay_ms = 100, .max_delay_ms = 1000};
  http::Response failed;
  failed.status = 503;
  for (int attempt = 1; attempt <= 8; ++attempt) {
    auto delay = policy::retry_delay(options, attempt, failed);
    ASSERT_TRUE(delay);
    EXPECT_LE(delay->count(), std::min(1000L, 100L << (attempt - 1)));
    EXPECT_GE(delay->count(), 0);
  }
  failed.headers = "Retry-After: 1\r\n";
  EXPECT_EQ(policy::retry_delay(options, 1, failed), 1000ms);
  failed.headers = "retry-after:  5 \r\n";  // longer than max_delay_ms: no retry
  EXPECT_FALSE(policy::retry_delay(options, 1, failed));
}

}  // namespace
}  // namespace ctct::testing
