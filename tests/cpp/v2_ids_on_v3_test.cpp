// v2 list ids on the v3 delivery against the emulator over HTTP: translated through the list
// id cross-reference once per client, named in a warning; an id without a v3 list refused.
#include <future>
#include <string>
#include <vector>

#include "ctct/client.hpp"
#include "delivery_fixture.hpp"

namespace ctct::testing {
namespace {

inline constexpr const char* other_list = "11111111-1111-4111-8111-000000000002";

class V2IdsOnV3 : public DeliveryTest {
 protected:
  void SetUp() override {
    DeliveryTest::SetUp();
    // The seeded v2 list 1700 maps to the v3 list of its name, Newsletter.
    seed(std::string(R"({"lists":[{"list_id":")") + other_list + R"(","name":"Other"},{"list_id":")" + newsletter +
         R"(","name":"Newsletter"}],"v2_lists":[{"id":"1700","name":"Newsletter"},)" +
         R"({"id":"1701","name":"Only on v2"}]})");
  }

  Client client() {
    return Client(ClientOptions{.access_token = emulator_.access_token(), .base_url = emulator_.v3_url()});
  }

  // Requests the emulator served on the list id cross-reference route.
  long xref_requests() {
    const auto stats = emulator_.control("GET", "stats");
    const std::string route = "\"GET /v3/contact_lists/list_id_xrefs\":";
    const auto at = stats.find(route);
    return at == std::string::npos ? 0 : std::stol(stats.substr(at + route.size()));
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
  EXPECT_EQ(state().contacts.at(0).list_memberships, std::vector<std::string>{newsletter});
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
  EXPECT_TRUE(state().contacts.empty());
}

TEST_F(V2IdsOnV3, AUuidSendsNoXrefRequest) {
  auto out = client().add_contact_to_list(newsletter, lead());
  ASSERT_TRUE(out.ok()) << out.reason.value_or("");
  EXPECT_TRUE(out.warnings.empty());
  EXPECT_EQ(xref_requests(), 0);
}

}  // namespace
}  // namespace ctct::testing
