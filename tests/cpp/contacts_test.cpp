// The v3 contacts operations against the emulator over HTTP.
#include <simdjson.h>

#include <set>

#include "v3_fixture.hpp"

namespace ctct::testing {
namespace {

class ContactsTest : public V3Test {
 protected:
  void SetUp() override {
    V3Test::SetUp();
    seed(std::string(R"({"lists":[{"list_id":")") + list_a + R"(","name":"Newsletter"},{"list_id":")" + list_b +
         R"(","name":"Customers"}],"contacts":[{"contact_id":")" + contact_a +
         R"(","email_address":{"address":"ada@example.com","permission_to_send":"implicit"},)"
         R"("first_name":"Ada","last_name":"Lovelace","create_source":"Account","list_memberships":[")" +
         list_a + R"("]}]})");
  }
  Contacts& contacts() { return client().contacts(); }
};

template <class T>
void expect_refused(const Outcome<T>& outcome, const std::string& field) {
  EXPECT_EQ(outcome.outcome, Kind::failure);
  EXPECT_EQ(outcome.attempts, 0);
  EXPECT_EQ(outcome.status, 0);
  EXPECT_FALSE(outcome.error_key);
  EXPECT_TRUE(has(outcome.reason, field));
  EXPECT_FALSE(outcome.value);
}

TEST_F(ContactsTest, CreateAnswersTheStoredContact) {
  auto outcome = contacts().create(new_contact("nora@example.com"));
  ASSERT_TRUE(outcome.ok()) << outcome.reason.value_or("");
  EXPECT_EQ(outcome.status, 201);
  EXPECT_EQ(outcome.attempts, 1);
  EXPECT_FALSE(outcome.reason);
  ASSERT_TRUE(outcome.value->contact_id);
  EXPECT_EQ(outcome.value->email_address->address, "nora@example.com");
  EXPECT_EQ(outcome.value->first_name, "Nora");
}

TEST_F(ContactsTest, CreateLeavesOutReadOnlyFields) {
  auto contact = new_contact("nora@example.com");
  contact.contact_id = unknown_id;
  contact.created_at = "2020-01-01T00:00:00Z";
  contact.update_source = "Account";
  auto outcome = contacts().create(contact);
  ASSERT_TRUE(outcome.ok()) << outcome.reason.value_or("");
  EXPECT_NE(outcome.value->contact_id, unknown_id);
}

TEST_F(ContactsTest, DuplicateEmailIsAFailureWithTheConflictKey) {
  auto outcome = contacts().create(new_contact("ada@example.com"));
  EXPECT_EQ(outcome.outcome, Kind::failure);
  EXPECT_EQ(outcome.status, 409);
  EXPECT_EQ(outcome.attempts, 1);
  EXPECT_EQ(outcome.error_key, "contacts.api.conflict");
  EXPECT_TRUE(has(outcome.reason, "Constant Contact refused the contact (409 contacts.api.conflict): ", true));
}

TEST_F(ContactsTest, InvalidInputIsRefusedBeforeSending) {
  auto contact = new_contact("nora@example.com");
  contact.first_name = std::string(51, 'n');
  expect_refused(contacts().create(contact), "contact.first_name");

  contact = new_contact("not-an-email");
  expect_refused(contacts().create(contact), "contact.email_address.address");

  contact = new_contact("nora@example.com");
  contact.email_address->permission_to_send = "sometimes";
  expect_refused(contacts().create(contact), "contact.email_address.permission_to_send");

  contact = new_contact("nora@example.com");
  contact.last_name = "Bad \xC3\x28 text";
  expect_refused(contacts().create(contact), "contact.last_name");

  contact = new_contact("nora@example.com");
  contact.phone_numbers.resize(4);
  expect_refused(contacts().create(contact), "contact.phone_numbers");

  contact = new_contact("nora@example.com");
  contact.create_source.reset();
  expect_refused(contacts().create(contact), "contact.create_source");

  Contact nameless;
  nameless.create_source = "Contact";
  expect_refused(contacts().create(nameless), "email_address");

  contact = new_contact("nora@example.com");
  contact.birthday_month = 5;
  expect_refused(contacts().create(contact), "birthday_day");

  expect_refused(contacts().get("12345x"), "contact_id");  // digits alone are a v2 id (v2_ids_on_v3_test)
  expect_refused(contacts().get("../contact_lists"), "contact_id");
  expect_refused(contacts().get(contact_a, {"friends"}), "include");
  expect_refused(contacts().remove("not-a-uuid"), "contact_id");
}

TEST_F(ContactsTest, CreateOrUpdateCreatesThenUpdates) {
  ContactSignUp sign_up;
  sign_up.email_address = "grace@example.com";
  sign_up.first_name = "Grace";
  sign_up.list_memberships = {list_a};
  auto created = contacts().create_or_update(sign_up);
  ASSERT_TRUE(created.ok()) << created.reason.value_or("");
  EXPECT_EQ(created.status, 201);
  EXPECT_EQ(created.value->action, "created");

  sign_up.list_memberships = {list_b};
  auto updated = contacts().create_or_update(sign_up);
  ASSERT_TRUE(updated.ok()) << updated.reason.value_or("");
  EXPECT_EQ(updated.status, 200);
  EXPECT_EQ(updated.value->action, "updated");
  EXPECT_EQ(updated.value->contact_id, created.value->contact_id);
}

TEST_F(ContactsTest, CreateOrUpdateNeedsAnEmailAndAList) {
  ContactSignUp sign_up;
  sign_up.list_memberships = {list_a};
  expect_refused(contacts().create_or_update(sign_up), "contact.email_address");
  sign_up.email_address = "grace@example.com";
  sign_up.list_memberships.clear();
  expect_refused(contacts().create_or_update(sign_up), "contact.list_memberships");
}

TEST_F(ContactsTest, GetReadsTheContactWithItsSubResources) {
  auto outcome = contacts().get(contact_a, {"list_memberships"});
  ASSERT_TRUE(outcome.ok()) << outcome.reason.value_or("");
  EXPECT_EQ(outcome.status, 200);
  EXPECT_EQ(outcome.value->first_name, "Ada");
  EXPECT_EQ(outcome.value->list_memberships, std::vector<std::string>{list_a});
}

TEST_F(ContactsTest, UnknownIdIsANotFoundFailure) {
  auto outcome = contacts().get(unknown_id);
  EXPECT_EQ(outcome.outcome, Kind::failure);
  EXPECT_EQ(outcome.status, 404);
  EXPECT_EQ(outcome.attempts, 1);
  EXPECT_TRUE(has(outcome.reason, "Constant Contact refused the contact (404", true));
}

TEST_F(ContactsTest, ListFiltersAndCounts) {
  ASSERT_TRUE(contacts().create(new_contact("nora@example.com")).ok());
  ContactQuery query;
  query.lists = {list_a};
  query.include_count = true;
  auto outcome = contacts().list(query);
  ASSERT_TRUE(outcome.ok()) << outcome.reason.value_or("");
  ASSERT_EQ(outcome.value->items.size(), 1u);
  EXPECT_EQ(outcome.value->items[0].contact_id, contact_a);
  EXPECT_EQ(outcome.value->count, 1);
  EXPECT_FALSE(outcome.value->next);

  query = {};
  query.email = "nora@example.com";
  outcome = contacts().list(query);
  ASSERT_TRUE(outcome.ok()) << outcome.reason.value_or("");
  ASSERT_EQ(outcome.value->items.size(), 1u);
  EXPECT_EQ(outcome.value->items[0].first_name, "Nora");
}

// Query values are percent-encoded but for the unreserved characters, which go as they are:
// a raw '+' would reach the server as a space, a raw '&' would end the value.
TEST_F(ContactsTest, ListFindsAnEmailWhoseCharactersMustBeEncoded) {
  for (const std::string email : {"nora+news@example.com", "o'neil&co@example.com", "plain.name-1_~@example.com"}) {
    SCOPED_TRACE(email);
    ASSERT_TRUE(contacts().create(new_contact(email)).ok());
    ContactQuery query;
    query.email = email;
    const auto outcome = contacts().list(query);
    ASSERT_TRUE(outcome.ok()) << outcome.reason.value_or("");
    ASSERT_EQ(outcome.value->items.size(), 1u);
    EXPECT_EQ(outcome.value->items[0].email_address->address, email);
  }
}

// What the lead queue's listing relies on: the contacts updated after a date-time.
TEST_F(ContactsTest, ListFiltersByUpdatedAfter) {
  ASSERT_TRUE(contacts().create(new_contact("nora@example.com")).ok());
  const auto listed = [&](const std::string& instant) {
    ContactQuery query;
    query.updated_after = instant;
    return contacts().list(query);
  };
  EXPECT_EQ(listed("2000-01-01T00:00:00Z").value->items.size(), 2u);  // contact_a and Nora
  EXPECT_EQ(listed("2999-01-01T00:00:00.000Z").value->items.size(), 0u);
  auto refused = listed("2000-01-01");  // a date alone is not the spec's date-time
  EXPECT_EQ(refused.status, 400);
  EXPECT_TRUE(has(refused.reason, "updated_after"));
}

TEST_F(ContactsTest, ListRefusesQueriesOutOfBounds) {
  ContactQuery query;
  query.limit = 501;
  expect_refused(contacts().list(query), "limit");
  query = {};
  query.lists.assign(26, list_a);
  expect_refused(contacts().list(query), "lists");
  query = {};
  query.status = "active,gone";
  expect_refused(contacts().list(query), "status");
  query = {};
  query.tags = {"tag"};
  expect_refused(contacts().list(query), "tags");
}

TEST_F(ContactsTest, SegmentStillProcessingIsAnErrorToRetry) {
  fault(R"({"method":"GET","path":"/v3/contacts","status":202,"body":"{\"contacts\":[]}"})");
  ContactQuery query;
  query.segment_id = "14";
  auto outcome = contacts().list(query);
  EXPECT_EQ(outcome.outcome, Kind::error);
  EXPECT_EQ(outcome.status, 202);
  EXPECT_TRUE(has(outcome.reason, "retry"));
  EXPECT_FALSE(outcome.value);
}

TEST_F(ContactsTest, PagesVisitEverySeededContactOnce) {
  emulator().control("POST", "reset");
  std::string body = R"({"contacts":[)";
  for (int i = 0; i < 1234; ++i) {
    if (i) body += ',';
    body += R"({"email_address":{"address":"person)" + std::to_string(i) + R"(@example.com"}})";
  }
  seed(body + "]}");

  ContactQuery query;
  query.limit = 500;
  auto pages = contacts().pages(query);
  std::set<std::string> seen;
  std::size_t visited = 0;
  int count = 0;
  while (auto page = pages.next()) {
    ASSERT_TRUE(page->ok()) << page->reason.value_or("");
    ++count;
    for (const auto& contact : page->value->items) {
      seen.insert(*contact.contact_id);
      ++visited;
    }
  }
  EXPECT_TRUE(pages.done());
  EXPECT_EQ(count, 3);
  EXPECT_EQ(visited, 1234u);
  EXPECT_EQ(seen.size(), 1234u);
}

// Each answer's body is sized from its own Content-Length: pages of very different sizes one after
// another on one kept-alive connection are each read whole.
TEST_F(ContactsTest, BigAndSmallPagesInTurnOnOneConnectionAreReadWhole) {
  emulator().control("POST", "reset");
  std::string body = R"({"contacts":[)";
  for (int i = 0; i < 500; ++i) {
    if (i) body += ',';
    body += R"({"email_address":{"address":"person)" + std::to_string(i) + R"(@example.com"},"first_name":"P"})";
  }
  seed(body + "]}");
  const auto connections = [this] {
    simdjson::dom::parser parser;
    const simdjson::padded_string text(emulator().control("GET", "stats"));
    return parser.parse(text)["connections"].get_int64().value();
  };
  ASSERT_TRUE(contacts().list({.limit = 1}).ok());  // the connection the pages below share
  const auto before = connections();
  for (int limit : {1, 500, 2, 500, 1}) {
    auto outcome = contacts().list({.limit = limit});
    ASSERT_TRUE(outcome.ok()) << outcome.reason.value_or("");
    ASSERT_EQ(outcome.value->items.size(), static_cast<std::size_t>(limit));
    std::set<std::string> addresses;
    for (const auto& contact : outcome.value->items) {
      EXPECT_EQ(contact.first_name, "P");
      addresses.insert(contact.email_address.value().address.value());
    }
    EXPECT_EQ(addresses.size(), static_cast<std::size_t>(limit));
  }
  EXPECT_EQ(connections(), before);
}

TEST_F(ContactsTest, UpdateReplacesTheContact) {
  Contact contact;
  contact.email_address = EmailAddress{};
  contact.email_address->address = "ada@example.com";
  contact.first_name = "Augusta";
  contact.update_source = "Account";
  auto outcome = contacts().update(contact_a, contact);
  ASSERT_TRUE(outcome.ok()) << outcome.reason.value_or("");
  EXPECT_EQ(outcome.status, 200);
  EXPECT_EQ(outcome.value->first_name, "Augusta");
  EXPECT_EQ(contacts().get(contact_a).value->first_name, "Augusta");

  contact.update_source.reset();
  expect_refused(contacts().update(contact_a, contact), "contact.update_source");
}

TEST_F(ContactsTest, RemoveDeletesTheContact) {
  auto outcome = contacts().remove(contact_a);
  ASSERT_TRUE(outcome.ok()) << outcome.reason.value_or("");
  EXPECT_EQ(outcome.status, 204);
  EXPECT_EQ(outcome.value, Empty{});
  EXPECT_EQ(contacts().remove(unknown_id).status, 404);
}

TEST_F(ContactsTest, CountsAnswerTheTotals) {
  auto outcome = contacts().counts(true);
  ASSERT_TRUE(outcome.ok()) << outcome.reason.value_or("");
  EXPECT_EQ(outcome.value->total, 1);
  EXPECT_TRUE(outcome.value->new_subscriber);
}

TEST_F(ContactsTest, ResubscribeSendsTheLists) {
  emulator().control("POST", "reset");
  seed(std::string(R"({"lists":[{"list_id":")") + list_a + R"("}],"contacts":[{"contact_id":")" + contact_a +
       R"(","email_address":{"address":"ada@example.com","permission_to_send":"unsubscribed"}}]})");
  auto outcome = contacts().resubscribe(contact_a, {list_a});
  ASSERT_TRUE(outcome.ok()) << outcome.reason.value_or("");
  EXPECT_EQ(outcome.attempts, 1);
  expect_refused(contacts().resubscribe(contact_a, {}), "list_ids");
  expect_refused(contacts().resubscribe(contact_a, {"x"}), "list_ids[0]");
}

}  // namespace
}  // namespace ctct::testing
