// How the v3 client classifies what the service and the network do, and its threading rules.
#include <atomic>
#include <future>
#include <thread>

#include "v3_fixture.hpp"

namespace ctct::testing {
namespace {

class ClientTest : public V3Test {
 protected:
  // GET /v3/contacts answered by the fault given (status and body).
  Outcome<Page<Contact>> list_with(const std::string& fault_json) {
    fault(fault_json);
    return client().contacts().list();
  }
};

TEST_F(ClientTest, MissingTokenOrBaseUrlIsAProgrammerError) {
  EXPECT_THROW(Client(ClientOptions{"", emulator().v3_url(), {}}), std::invalid_argument);
  EXPECT_THROW(Client(ClientOptions{"token", "", {}}), UsageError);
}

TEST_F(ClientTest, WrongTokenIsAnErrorWithoutTheToken) {
  auto wrong = make_client("wrong-token-value");
  auto outcome = wrong->contacts().list();
  EXPECT_EQ(outcome.outcome, Kind::error);
  EXPECT_EQ(outcome.status, 401);
  EXPECT_EQ(outcome.attempts, 1);
  EXPECT_TRUE(has(outcome.reason, "access token"));
  EXPECT_FALSE(has(outcome.reason, "wrong-token-value"));
}

TEST_F(ClientTest, ServerErrorIsAnError) {
  auto outcome = list_with(
      R"({"path":"/v3/contacts","status":500,"times":0,"body":"[{\"error_key\":\"server.error\",\"error_message\":\"Something broke.\"}]"})");
  EXPECT_EQ(outcome.outcome, Kind::error);
  EXPECT_EQ(outcome.status, 500);
  EXPECT_EQ(outcome.error_key, "server.error");
  EXPECT_EQ(outcome.reason,
      "Constant Contact failed on the contacts (500 server.error): Something broke; retry later.");
}

TEST_F(ClientTest, UnreadableSuccessBodyIsAnError) {
  auto outcome = list_with(R"({"path":"/v3/contacts","status":200,"action":"malformed"})");
  EXPECT_EQ(outcome.outcome, Kind::error);
  EXPECT_EQ(outcome.status, 200);
  EXPECT_FALSE(outcome.value);
  EXPECT_TRUE(has(outcome.reason, "Constant Contact answered 200 with a body ctct could not read: ", true));
}

TEST_F(ClientTest, BothErrorBodyShapesAreRead) {
  auto single = list_with(
      R"({"path":"/v3/contacts","status":403,"body":"{\"error_key\":\"forbidden\",\"error_message\":\"Forbidden\"}"})");
  EXPECT_EQ(single.outcome, Kind::error);
  EXPECT_EQ(single.error_key, "forbidden");
  EXPECT_TRUE(has(single.reason, "scope"));

  auto several = list_with(
      R"({"path":"/v3/contacts","status":400,"body":"[{\"error_key\":\"a.bad\",\"error_message\":\"One.\"},{\"error_key\":\"b.bad\",\"error_message\":\"Two\"}]"})");
  EXPECT_EQ(several.outcome, Kind::failure);
  EXPECT_EQ(several.error_key, "a.bad");
  EXPECT_EQ(several.reason, "Constant Contact refused the contacts (400 a.bad): One; Two.");

  auto unreadable = list_with(R"({"path":"/v3/contacts","status":404,"body":"<html>"})");
  EXPECT_EQ(unreadable.outcome, Kind::failure);
  EXPECT_FALSE(unreadable.error_key);
  EXPECT_TRUE(has(unreadable.reason, "Constant Contact refused the contacts (404): ", true));
}

TEST_F(ClientTest, DailyQuotaIsAFailureAndThrottlingAnError) {
  auto quota = list_with(
      R"({"path":"/v3/contacts","status":429,"body":"{\"error_key\":\"quota_exceeded\",\"error_message\":\"Limit Exceeded\"}"})");
  EXPECT_EQ(quota.outcome, Kind::failure);
  EXPECT_EQ(quota.error_key, "quota_exceeded");
  EXPECT_TRUE(has(quota.reason, "00:00 UTC"));

  // The client now holds back its calls until 00:00 UTC: throttling shows on another one.
  fault(
      R"({"path":"/v3/contacts","status":429,"times":0,"body":"{\"error_key\":\"throttled\",\"error_message\":\"Too Many Requests\"}"})");
  auto throttled = make_client(emulator().access_token())->contacts().list();
  EXPECT_EQ(throttled.outcome, Kind::error);
  EXPECT_EQ(throttled.error_key, "throttled");
}

TEST_F(ClientTest, TimeoutAndDroppedConnectionAreErrors) {
  HttpOptions http;
  http.timeout_ms = 300;
  auto impatient = make_client(emulator().access_token(), http, {.max_attempts = 1});
  fault(R"({"path":"/v3/contacts","delay_ms":2000})");
  auto late = impatient->contacts().list();
  EXPECT_EQ(late.outcome, Kind::error);
  EXPECT_EQ(late.status, 0);
  EXPECT_EQ(late.attempts, 1);
  EXPECT_TRUE(has(late.reason, "The request for the contacts timed out: ", true));
  EXPECT_TRUE(has(late.reason, "within 300 ms"));

  auto dropped = list_with(R"({"path":"/v3/contacts","action":"drop","times":0})");
  EXPECT_EQ(dropped.outcome, Kind::error);
  EXPECT_EQ(dropped.status, 0);
  EXPECT_TRUE(has(dropped.reason, "The request for the contacts got no answer: ", true));
}

TEST_F(ClientTest, CallbacksRunOnTheClientsThread) {
  std::promise<std::thread::id> answered;
  client().contacts().list({}, [&](Outcome<Page<Contact>> outcome) {
    EXPECT_TRUE(outcome.ok());
    answered.set_value(std::this_thread::get_id());
  });
  EXPECT_NE(answered.get_future().get(), std::this_thread::get_id());
}

TEST_F(ClientTest, BlockingCallInsideACallbackIsAProgrammerError) {
  std::promise<bool> threw;
  client().contacts().counts(false, [&](Outcome<ContactsCounts>) {
    try {
      client().contacts().counts();
      threw.set_value(false);
    } catch (const UsageError&) {
      threw.set_value(true);
    }
  });
  EXPECT_TRUE(threw.get_future().get());
}

// A log line runs on the loop's driver too, even that of a blocking call (its own thread).
TEST_F(ClientTest, BlockingCallInsideALogLineIsAProgrammerError) {
  std::atomic<int> refused{0};
  Client* self = nullptr;
  ClientOptions options{emulator().access_token(), emulator().v3_url()};
  options.log = {.level = LogLevel::debug, .callback = [&](LogLevel, const std::string&) {
                   try {
                     self->contacts().counts();
                   } catch (const UsageError&) {
                     ++refused;
                   }
                 }};
  Client logged(std::move(options));
  self = &logged;
  EXPECT_TRUE(logged.contacts().counts().ok());
  EXPECT_EQ(refused, 2);  // "sending" and "answered"
}

TEST_F(ClientTest, CloseCompletesCallsInFlightAndRefusesLaterOnes) {
  fault(R"({"path":"/v3/contacts","delay_ms":3000,"times":0})");
  std::promise<Outcome<Page<Contact>>> answered;
  client().contacts().list({}, [&](Outcome<Page<Contact>> outcome) { answered.set_value(outcome); });
  std::this_thread::sleep_for(std::chrono::milliseconds(100));  // let it reach the emulator
  const auto started = std::chrono::steady_clock::now();
  client().close();
  auto outcome = answered.get_future().get();
  EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(2));
  EXPECT_EQ(outcome.outcome, Kind::error);
  EXPECT_EQ(outcome.status, 0);
  EXPECT_TRUE(outcome.reason);

  EXPECT_THROW(client().contacts().list(), UsageError);
  EXPECT_THROW(client().contacts().get("12345"), UsageError);  // even input that would be refused
  EXPECT_THROW(client().lists().list({}, [](auto) {}), UsageError);
  client().close();  // twice is fine
}

}  // namespace
}  // namespace ctct::testing
