// v2 list and contact ids on v3 calls against the emulator over HTTP: the delivery, path ids,
// ids in bodies and queries, and many ids at once; translated through the id cross-reference
// once per client, named in a warning; an id without a v3 counterpart refused, nothing sent.
#include <algorithm>
#include <future>
#include <string>
#include <vector>

#include "ctct/bulk.hpp"
#include "ctct/client.hpp"
#include "ctct/contact_reports.hpp"
#include "ctct/tags.hpp"
#include "delivery_fixture.hpp"

namespace ctct::testing {
namespace {

inline constexpr const char* other_list = "11111111-1111-4111-8111-000000000002";
inline constexpr const char* ada = "cccccccc-cccc-4ccc-8ccc-000000000001";
inline constexpr const char* list_xrefs = "GET /v3/contact_lists/list_id_xrefs";
inline constexpr const char* contact_xrefs = "GET /v3/contacts/contact_id_xrefs";

class V2IdsOnV3 : public DeliveryTest {
 protected:
  void SetUp() override {
    DeliveryTest::SetUp();
    // The seeded v2 list 1700 maps to the v3 list of its name, Newsletter.
    // The v2 contact 1001 maps to the v3 contact of its address, Ada; 1002 to no v3 contact.
    seed(std::string(R"({"lists":[{"list_id":")") + other_list + R"(","name":"Other"},{"list_id":")" + newsletter +
         R"(","name":"Newsletter"}],"v2_lists":[{"id":"1700","name":"Newsletter"},)" +
         R"({"id":"1701","name":"Only on v2"}],"contacts":[{"contact_id":")" + ada +
         R"(","email_address":{"address":"ada@example.com"},"list_memberships":[")" + other_list +
         R"("]}],"v2_contacts":[{"id":"1001","email_addresses":[{"email_address":"ada@example.com"}]},)" +
         R"({"id":"1002","email_addresses":[{"email_address":"nobody@example.com"}]}]})");
    emulator_.control("POST", "activities", R"({"duration_ms":0,"polls_to_complete":0})");  // no waiting
  }

  Client client(LogOptions log = {}) {
    return Client(ClientOptions{.access_token = emulator_.access_token(),
        .base_url = emulator_.v3_url(),
        .rate_limit = {.per_second = 0},
        .log = std::move(log)});
  }

  // Requests the emulator served on `route` (the list id cross-reference by default).
  long requests(const std::string& route = list_xrefs) {
    const auto stats = emulator_.control("GET", "stats");
    const auto at = stats.find("\"" + route + "\":");
    return at == std::string::npos ? 0 : std::stol(stats.substr(at + route.size() + 3));
  }
  long xref_requests() { return requests(list_xrefs); }

  static bool names(const std::string& warning, const std::string& v2_id, const std::string& v3_id) {
    return warning.find("v2 ") != std::string::npos && warning.find(" " + v2_id + " ") != std::string::npos &&
           warning.find(v3_id) != std::string::npos;
  }

  static Lead lead(std::string email = "lead@example.com") {
    Lead lead;
    lead.email = std::move(email);
    return lead;
  }
};

TEST_F(V2IdsOnV3, V2ListIdDeliversToItsV3ListWithAWarningNamingBoth) {
  auto out = client().add_contact_to_list("1700", lead());
  ASSERT_EQ(out.outcome, Kind::success) << out.reason.value_or("");
  EXPECT_EQ(out.list_id, newsletter);
  EXPECT_EQ(out.attempts, 3);  // the xref, the sign-up form, the read-back
  ASSERT_EQ(out.warnings.size(), 1u);
  EXPECT_NE(out.warnings[0].find("1700"), std::string::npos);
  EXPECT_NE(out.warnings[0].find(newsletter), std::string::npos);
  EXPECT_EQ(state().contacts.back().list_memberships, std::vector<std::string>{newsletter});  // after Ada
  EXPECT_EQ(xref_requests(), 1);
}

TEST_F(V2IdsOnV3, SecondDeliveryWithTheSameIdSendsNoXrefRequest) {
  auto ctct = client();
  ASSERT_TRUE(ctct.add_contact_to_list("1700", lead()).ok());
  auto second = ctct.add_contact_to_list("01700", lead("other@example.com"));  // the same v2 id
  ASSERT_EQ(second.outcome, Kind::success) << second.reason.value_or("");
  EXPECT_EQ(second.list_id, newsletter);
  EXPECT_EQ(second.attempts, 2);
  ASSERT_EQ(second.warnings.size(), 1u);
  EXPECT_EQ(xref_requests(), 1);
}

TEST_F(V2IdsOnV3, ConcurrentDeliveriesWithTheSameIdShareOneXrefRequest) {
  auto ctct = client();
  std::promise<DeliveryOutcome> first, second;
  ctct.add_contact_to_list("1700", lead("a@example.com"), {}, [&](DeliveryOutcome out) { first.set_value(out); });
  ctct.add_contact_to_list("1700", lead("b@example.com"), {}, [&](DeliveryOutcome out) { second.set_value(out); });
  EXPECT_TRUE(first.get_future().get().ok());
  EXPECT_TRUE(second.get_future().get().ok());
  EXPECT_EQ(xref_requests(), 1);
}

TEST_F(V2IdsOnV3, V2IdWithoutAV3ListIsAFailureAndNothingIsDelivered) {
  auto out = client().add_contact_to_list("1701", lead());
  EXPECT_EQ(out.outcome, Kind::failure);
  EXPECT_NE(out.reason.value_or("").find("1701 has no v3 counterpart"), std::string::npos) << out.reason.value_or("");
  EXPECT_EQ(out.attempts, 1);
  EXPECT_EQ(state().contacts.size(), 1u);  // Ada only
}

TEST_F(V2IdsOnV3, AUuidSendsNoXrefRequest) {
  auto out = client().add_contact_to_list(newsletter, lead());
  ASSERT_TRUE(out.ok()) << out.reason.value_or("");
  EXPECT_TRUE(out.warnings.empty());
  EXPECT_EQ(xref_requests(), 0);
}

TEST_F(V2IdsOnV3, PathListIdIsTranslatedAndTheWarningNamesBoth) {
  auto out = client().lists().get("1700");
  ASSERT_EQ(out.outcome, Kind::success) << out.reason.value_or("");
  EXPECT_EQ(out.value->list_id, newsletter);
  EXPECT_EQ(out.attempts, 2);  // the xref, the list
  ASSERT_EQ(out.warnings.size(), 1u);
  EXPECT_TRUE(names(out.warnings[0], "1700", newsletter)) << out.warnings[0];
}

TEST_F(V2IdsOnV3, PathContactIdIsTranslated) {
  auto out = client().contacts().get("1001");
  ASSERT_EQ(out.outcome, Kind::success) << out.reason.value_or("");
  EXPECT_EQ(out.value->contact_id, ada);
  ASSERT_EQ(out.warnings.size(), 1u);
  EXPECT_TRUE(names(out.warnings[0], "1001", ada)) << out.warnings[0];
  EXPECT_EQ(requests(contact_xrefs), 1);
}

TEST_F(V2IdsOnV3, ContactIdOfAReportQueryIsTranslated) {
  auto out = client().contact_reports().open_and_click_rates(
      {.contact_id = "1001", .start = "2026-01-01T00:00:00Z", .end = "2026-02-01T00:00:00Z"});
  ASSERT_EQ(out.outcome, Kind::success) << out.reason.value_or("");
  EXPECT_EQ(out.value->contact_id, ada);
  EXPECT_EQ(out.warnings.size(), 1u);
}

TEST_F(V2IdsOnV3, PathAndBodyIdsOfOneCallAreTranslatedTogether) {
  // Bob unsubscribed; his v2 contact is 1005.
  seed(R"({"contacts":[{"contact_id":"cccccccc-cccc-4ccc-8ccc-000000000005","email_address":)"
       R"({"address":"bob@example.com","permission_to_send":"unsubscribed"}}],)"
       R"("v2_contacts":[{"id":"1005","email_addresses":[{"email_address":"bob@example.com"}]}]})");
  auto out = client().contacts().resubscribe("1005", {"1700"});
  ASSERT_EQ(out.outcome, Kind::success) << out.reason.value_or("");
  EXPECT_EQ(out.attempts, 3);  // a list xref, a contact xref, the resubscription
  ASSERT_EQ(out.warnings.size(), 2u);
  EXPECT_TRUE(names(out.warnings[0], "1700", newsletter)) << out.warnings[0];
  EXPECT_TRUE(names(out.warnings[1], "1005", "cccccccc-cccc-4ccc-8ccc-000000000005")) << out.warnings[1];
  EXPECT_EQ(state().contacts.back().list_memberships, std::vector<std::string>{newsletter});
}

TEST_F(V2IdsOnV3, BodyListIdsAreTranslated) {
  ContactSignUp sign_up;
  sign_up.email_address = "new@example.com";
  sign_up.list_memberships = {"1700", other_list};
  auto out = client().contacts().create_or_update(sign_up);
  ASSERT_EQ(out.outcome, Kind::success) << out.reason.value_or("");
  EXPECT_EQ(out.warnings.size(), 1u);  // the UUID needs none
  EXPECT_EQ(state().contacts.back().list_memberships, (std::vector<std::string>{newsletter, other_list}));
}

TEST_F(V2IdsOnV3, QueryListIdsAreTranslated) {
  auto out = client().contacts().list({.lists = {"1700"}});
  ASSERT_EQ(out.outcome, Kind::success) << out.reason.value_or("");
  EXPECT_TRUE(out.value->items.empty());  // Ada is on the other list only
  EXPECT_EQ(out.warnings.size(), 1u);
  auto other = client().contacts().list({.lists = {other_list}});
  ASSERT_EQ(other.value->items.size(), 1u);
  EXPECT_TRUE(other.warnings.empty());
}

TEST_F(V2IdsOnV3, BulkSourceAndTargetIdsAreTranslatedBeforePlanning) {
  ListMemberships input;
  input.source.contact_ids = {"1001"};
  input.list_ids = {"1700"};
  auto out = client().bulk().add_to_lists(input, {});
  ASSERT_EQ(out.outcome, Kind::success) << out.reason.value_or("");
  EXPECT_EQ(out.warnings.size(), 2u);
  EXPECT_EQ(requests(list_xrefs), 1);
  EXPECT_EQ(requests(contact_xrefs), 1);
  auto memberships = state().contacts.at(0).list_memberships;
  EXPECT_NE(std::find(memberships.begin(), memberships.end(), newsletter), memberships.end());
}

TEST_F(V2IdsOnV3, TagSourceListIdsAreTranslated) {
  auto tag = client().tags().create(Tag{.name = "VIP"});
  ASSERT_TRUE(tag.ok()) << tag.reason.value_or("");
  ContactTagging input;
  input.source.list_ids = {"1700"};
  input.tag_ids = {*tag.value->tag_id};
  auto out = client().tags().add_to_contacts(input, {});
  ASSERT_EQ(out.outcome, Kind::success) << out.reason.value_or("");
  ASSERT_EQ(out.warnings.size(), 1u);
  EXPECT_TRUE(names(out.warnings[0], "1700", newsletter)) << out.warnings[0];
}

TEST_F(V2IdsOnV3, ManyIdsAreTranslatedInOneRequestPer500) {
  // 600 v2 contacts, each the v2 side of a v3 contact of the same address.
  std::string v3, v2;
  std::vector<std::string> ids;
  for (int i = 0; i < 600; ++i) {
    const auto address = "c" + std::to_string(i) + "@example.com";
    v3 += std::string(i ? "," : "") + R"({"email_address":{"address":")" + address + R"("}})";
    v2 += std::string(i ? "," : "") + R"({"id":")" + std::to_string(5000 + i) +
          R"(","email_addresses":[{"email_address":")" + address + R"("}]})";
    ids.push_back(std::to_string(5000 + i));
  }
  seed(R"({"contacts":[)" + v3 + R"(],"v2_contacts":[)" + v2 + "]}");
  auto out = client().bulk().delete_contacts(ContactDelete{.contact_ids = ids}, {});
  ASSERT_EQ(out.outcome, Kind::success) << out.reason.value_or("");
  EXPECT_EQ(requests(contact_xrefs), 2);  // 500 and 100 ids
  EXPECT_EQ(out.value->chunks.size(), 2u);
  EXPECT_EQ(out.value->items, 600);
  EXPECT_EQ(out.warnings.size(), 600u);
}

TEST_F(V2IdsOnV3, UnknownV2ContactIdIsAFailureAndNothingElseIsSent) {
  auto out = client().contacts().remove("1002");
  EXPECT_EQ(out.outcome, Kind::failure);
  EXPECT_NE(out.reason.value_or("").find("v2 contact id 1002 has no v3 counterpart"), std::string::npos)
      << out.reason.value_or("");
  EXPECT_EQ(out.attempts, 1);
  EXPECT_EQ(requests("DELETE /v3/contacts/{contact_id}"), 0);
  EXPECT_EQ(state().contacts.size(), 1u);
}

TEST_F(V2IdsOnV3, UnknownIdsOfABulkAreNamedAndNoActivityStarts) {
  ContactDelete input{.contact_ids = {"1001", "1002", "1003"}};
  auto out = client().bulk().delete_contacts(input, {});
  EXPECT_EQ(out.outcome, Kind::failure);
  EXPECT_NE(out.reason.value_or("").find("v2 contact ids 1002, 1003 have no v3 counterpart"), std::string::npos)
      << out.reason.value_or("");
  EXPECT_EQ(requests("POST /v3/activities/contact_delete"), 0);
}

TEST_F(V2IdsOnV3, SecondCallWithTheSameIdSendsNoXrefAndStillWarns) {
  auto ctct = client();
  ASSERT_TRUE(ctct.lists().get("1700").ok());
  auto second = ctct.lists().update("1700", ContactList{.name = "Newsletter"});
  ASSERT_EQ(second.outcome, Kind::success) << second.reason.value_or("");
  EXPECT_EQ(second.attempts, 1);
  EXPECT_EQ(second.warnings.size(), 1u);
  EXPECT_EQ(xref_requests(), 1);
}

TEST_F(V2IdsOnV3, EachTranslationIsLoggedOnce) {
  std::vector<std::string> lines;
  auto ctct = client({.level = LogLevel::info, .callback = [&](LogLevel, const std::string& line) {
                        if (line.find("1700") != std::string::npos) lines.push_back(line);
                      }});
  ASSERT_TRUE(ctct.lists().get("1700").ok());
  ASSERT_TRUE(ctct.lists().get("1700").ok());
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_NE(lines[0].find(newsletter), std::string::npos) << lines[0];
}

}  // namespace
}  // namespace ctct::testing
