// LeadQueue against the emulator: leads in batches per list (import, polls, one listing),
// rejected rows, whole-batch failures falling back to single deliveries, flush, close and timers.
#include "ctct/lead_queue.hpp"

#include <future>
#include <string>
#include <vector>

#include "bulk_fixture.hpp"
#include "delivery_fixture.hpp"

namespace ctct::testing {
namespace {

class LeadQueueTest : public BulkTest {
 protected:
  // Batches wait for flush() or for max_leads; polls are 1 ms apart (activities end on the 2nd).
  static LeadQueueOptions options(int max_leads = 100, int max_wait_ms = 3'600'000) {
    return {max_leads, max_wait_ms, 1};
  }
  static Lead lead(const std::string& email) {
    Lead out;
    out.email = email;
    out.first_name = "Lead";
    return out;
  }
  static std::string email(int i) { return "lead" + std::to_string(i) + "@example.com"; }

  std::string stats() { return emulator().control("GET", "stats"); }
  // The emulator's count of `route` requests ("POST /v3/contacts"), 0 when none came.
  long requests(const std::string& route) {
    const auto text = stats();
    const auto at = text.find("\"" + route + "\":");
    return at == std::string::npos ? 0 : std::stol(text.substr(at + route.size() + 3));
  }
  long total_requests() { return std::stol(stats().substr(std::string(R"({"requests":)").size())); }

  // The stored contact of `address`, if any.
  std::optional<Contact> stored(const std::string& address) {
    auto text = emulator().control("GET", "state");
    auto read = json::read<StoredState>(text);
    for (const auto& contact : read.value->contacts)
      if (contact.email_address && contact.email_address->address == address) return contact;
    return std::nullopt;
  }
  bool on_list(const std::string& address, const std::string& list_id) {
    auto contact = stored(address);
    if (!contact) return false;
    const auto& lists = contact->list_memberships;
    return std::find(lists.begin(), lists.end(), list_id) != lists.end();
  }
};

constexpr const char* import_route = "POST /v3/activities/contacts_json_import";
constexpr const char* poll_route = "GET /v3/activities/{activity_id}";
constexpr const char* listing_route = "GET /v3/contacts";

TEST_F(LeadQueueTest, TwoHundredFiftyLeadsGoInThreeImportsAndThreeListings) {
  LeadQueue queue(client(), options(100));
  std::vector<std::future<DeliveryOutcome>> outcomes;
  for (int i = 0; i < 250; ++i) outcomes.push_back(queue.submit(lead(email(i)), list_a));
  queue.flush();
  for (int i = 0; i < 250; ++i) {
    auto out = outcomes[i].get();
    ASSERT_EQ(out.outcome, Kind::success) << i << ": " << out.reason.value_or("");
    EXPECT_TRUE(out.contact_id);
    EXPECT_EQ(out.email_address, email(i));
    EXPECT_EQ(out.list_id, list_a);
    EXPECT_EQ(out.list_status, "active");
    EXPECT_EQ(out.action, "created");
    EXPECT_EQ(out.api_version, "v3");
    EXPECT_EQ(out.attempts, 4);  // the batch's import, its 2 polls and 1 listing page
  }
  // 3 batches (100, 100, 50) of 4 requests each: 250 leads in 12 requests.
  EXPECT_EQ(requests(import_route), 3);
  EXPECT_EQ(requests(poll_route), 6);
  EXPECT_EQ(requests(listing_route), 3);
  EXPECT_EQ(total_requests(), 12) << stats();
  EXPECT_EQ(members(list_a), 250);
}

TEST_F(LeadQueueTest, AnExistingContactIsUpdatedAndMatchedCaseApart) {
  seed(std::string(R"({"contacts":[{"contact_id":")") + contact_a +
       R"(","created_at":"2020-01-01T00:00:00Z","email_address":{"address":"ada@example.com",)"
       R"("permission_to_send":"implicit"}}]})");
  LeadQueue queue(client(), options());
  auto ada = queue.submit(lead("Ada@Example.com"), list_a);
  queue.flush();
  auto out = ada.get();
  ASSERT_EQ(out.outcome, Kind::success) << out.reason.value_or("");
  EXPECT_EQ(out.contact_id, contact_a);
  EXPECT_EQ(out.action, "updated");
  EXPECT_TRUE(on_list("ada@example.com", list_a));
}

TEST_F(LeadQueueTest, ListsBatchSeparately) {
  LeadQueue queue(client(), options());
  std::vector<std::future<DeliveryOutcome>> to_a, to_b;
  for (int i = 0; i < 3; ++i) to_a.push_back(queue.submit(lead(email(i)), list_a));
  for (int i = 3; i < 5; ++i) to_b.push_back(queue.submit(lead(email(i)), list_b));
  queue.flush();
  for (auto& f : to_a) EXPECT_EQ(f.get().list_id, list_a);
  for (auto& f : to_b) EXPECT_EQ(f.get().list_id, list_b);
  EXPECT_EQ(requests(import_route), 2);
  EXPECT_TRUE(on_list(email(0), list_a));
  EXPECT_FALSE(on_list(email(0), list_b));
  EXPECT_TRUE(on_list(email(3), list_b));
  EXPECT_FALSE(on_list(email(3), list_a));
}

TEST_F(LeadQueueTest, ARowTheImportRejectsFailsWithTheActivitysReasonAlone) {
  seed(std::string(R"({"contacts":[{"contact_id":")") + contact_a +
       R"(","email_address":{"address":"gone@example.com","permission_to_send":"unsubscribed"}}]})");
  LeadQueue queue(client(), options());
  auto first = queue.submit(lead(email(1)), list_a);
  auto gone = queue.submit(lead("Gone@example.com"), list_a);
  auto last = queue.submit(lead(email(2)), list_a);
  queue.flush();
  auto out = gone.get();
  EXPECT_EQ(out.outcome, Kind::failure);
  EXPECT_EQ(out.reason,
      "Row 2: Gone@example.com has unsubscribed, so the import cannot add it to a list; the contact must resubscribe.");
  EXPECT_FALSE(out.contact_id);
  EXPECT_EQ(out.attempts, 4);
  EXPECT_FALSE(on_list("gone@example.com", list_a));
  EXPECT_TRUE(first.get().ok());
  EXPECT_TRUE(last.get().ok());
  EXPECT_EQ(requests("POST /v3/contacts/sign_up_form"), 0);
}

TEST_F(LeadQueueTest, AnImportThatFailsAsAWholeFallsBackToSingleDeliveries) {
  fault(R"({"method":"POST","path":"/v3/activities/contacts_json_import","status":500,"times":0})");
  LeadQueue queue(client(), options());
  auto first = queue.submit(lead(email(1)), list_a);
  auto second = queue.submit(lead(email(2)), list_a);
  queue.flush();
  for (auto* f : {&first, &second}) {
    auto out = f->get();
    ASSERT_EQ(out.outcome, Kind::success) << out.reason.value_or("");
    EXPECT_EQ(out.list_status, "active");
    EXPECT_EQ(out.attempts, 3);  // the import refused, then the sign-up form and the read-back
  }
  EXPECT_TRUE(on_list(email(1), list_a));
  EXPECT_TRUE(on_list(email(2), list_a));
  EXPECT_EQ(requests("POST /v3/contacts/sign_up_form"), 2);
}

TEST_F(LeadQueueTest, NoLeadIsASuccessWhenConstantContactTookNone) {
  fault(R"({"method":"POST","path":"/v3/activities/contacts_json_import","status":500,"times":0})");
  fault(R"({"method":"POST","path":"/v3/contacts/sign_up_form","status":500,"times":0})");
  LeadQueue queue(client(), options());
  auto first = queue.submit(lead(email(1)), list_a);
  auto second = queue.submit(lead(email(2)), list_a);
  queue.flush();
  EXPECT_EQ(first.get().outcome, Kind::error);
  EXPECT_EQ(second.get().outcome, Kind::error);
  EXPECT_FALSE(stored(email(1)));
  EXPECT_FALSE(stored(email(2)));
}

TEST_F(LeadQueueTest, ALeadMissingFromTheListingIsDeliveredOnItsOwn) {
  // The listing answers no contact: each lead is sent again through the sign-up form.
  fault(R"({"method":"GET","path":"/v3/contacts","status":200,"body":"{\"contacts\":[]}","times":1})");
  LeadQueue queue(client(), options());
  auto out_future = queue.submit(lead(email(1)), list_a);
  queue.flush();
  auto out = out_future.get();
  ASSERT_EQ(out.outcome, Kind::success) << out.reason.value_or("");
  EXPECT_EQ(out.attempts, 6);  // import, 2 polls, the listing; the sign-up form and read-back
  EXPECT_EQ(requests("POST /v3/contacts/sign_up_form"), 1);
}

TEST_F(LeadQueueTest, LeadsTheImportCannotCarryGoOnTheirOwn) {
  LeadQueue queue(client(), options());
  DeliveryOptions strict;
  strict.fail_on_duplicate = true;
  auto out_future = queue.submit(lead(email(1)), list_a, strict);
  queue.flush();
  auto out = out_future.get();
  ASSERT_EQ(out.outcome, Kind::success) << out.reason.value_or("");
  EXPECT_EQ(out.attempts, 1);
  EXPECT_EQ(requests("POST /v3/contacts"), 1);
  EXPECT_EQ(requests(import_route), 0);
}

TEST_F(LeadQueueTest, RefusedInputIsAnsweredAtOnceAsAddContactToListWould) {
  LeadQueue queue(client(), options());
  auto bad = lead("not an address");
  auto queued = queue.submit(bad, list_a);
  ASSERT_EQ(queued.wait_for(std::chrono::seconds(0)), std::future_status::ready);
  auto out = queued.get();
  EXPECT_EQ(out, client().add_contact_to_list(list_a, bad));
  EXPECT_EQ(out.outcome, Kind::failure);
  EXPECT_EQ(out.attempts, 0);
  EXPECT_EQ(queue.submit(lead(email(1)), "not-a-list").get().reason,
      client().add_contact_to_list("not-a-list", lead(email(1))).reason);
}

TEST_F(LeadQueueTest, NonsenseOptionsAreRefused) {
  EXPECT_THROW(LeadQueue(client(), {0, 1000, 1000}), UsageError);
  EXPECT_THROW(LeadQueue(client(), {40001, 1000, 1000}), UsageError);
  EXPECT_THROW(LeadQueue(client(), {500, -1, 1000}), UsageError);
  EXPECT_THROW(LeadQueue(client(), {500, 1000, 0}), UsageError);
}

TEST_F(LeadQueueTest, CloseDeliversEverythingThenRefusesLeads) {
  LeadQueue queue(client(), options());
  std::vector<DeliveryOutcome> answered;
  for (int i = 0; i < 5; ++i)
    queue.submit(lead(email(i)), list_a, {}, [&answered](DeliveryOutcome out) { answered.push_back(out); });
  queue.close();
  ASSERT_EQ(answered.size(), 5u);
  for (const auto& out : answered) EXPECT_TRUE(out.ok()) << out.reason.value_or("");
  EXPECT_THROW(queue.submit(lead(email(9)), list_a), UsageError);
  queue.close();  // twice is fine
}

TEST_F(LeadQueueTest, TheDestructorDeliversWhatIsQueued) {
  std::future<DeliveryOutcome> out;
  {
    LeadQueue queue(client(), options());
    out = queue.submit(lead(email(1)), list_a);
  }
  EXPECT_TRUE(out.get().ok());
  EXPECT_TRUE(on_list(email(1), list_a));
}

TEST_F(LeadQueueTest, MaxWaitSendsAPartialBatch) {
  LeadQueue queue(client(), options(100, 10));
  std::vector<std::future<DeliveryOutcome>> outcomes;
  for (int i = 0; i < 3; ++i) outcomes.push_back(queue.submit(lead(email(i)), list_a));
  for (auto& f : outcomes) EXPECT_TRUE(f.get().ok());  // no flush: the timer sent them
  EXPECT_EQ(requests(import_route), 1);
}

TEST_F(LeadQueueTest, AClosedClientAnswersQueuedLeadsWithAnError) {
  LeadQueue queue(client(), options());
  auto out = queue.submit(lead(email(1)), list_a);
  client().close();
  queue.flush();
  EXPECT_EQ(out.get().outcome, Kind::error);
  EXPECT_FALSE(stored(email(1)));
}

}  // namespace
}  // namespace ctct::testing
