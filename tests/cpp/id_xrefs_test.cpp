// contacts.id_xrefs and lists.id_xrefs against the emulator over HTTP: v2 ids of seeded v2
// resources translated, any number of ids asked in parts of 500, parts that fail named.
#include <string>
#include <vector>

#include "v3_fixture.hpp"

namespace ctct::testing {
namespace {

class IdXrefsTest : public V3Test {
 protected:
  void SetUp() override {
    V3Test::SetUp();
    seed(std::string(R"({"lists":[{"list_id":")") + list_a + R"(","name":"Leads"}],"contacts":[{"contact_id":")" +
         contact_a +
         R"(","email_address":{"address":"ada@example.com"}}],)"
         R"("v2_lists":[{"id":"1700","name":"Leads"},{"id":"1701","name":"Only on v2"}],)"
         R"("v2_contacts":[{"id":"2900","email_addresses":[{"email_address":"ADA@example.com"}]}]})");
  }
  long requests() {
    const auto stats = emulator().control("GET", "stats");
    return std::stol(stats.substr(stats.find(':') + 1));
  }
};

// 1,200 ids: 1100..2299, with the seeded 1700 among them.
std::vector<std::string> many_ids() {
  std::vector<std::string> ids;
  for (int id = 1100; id < 2300; ++id) ids.push_back(std::to_string(id));
  return ids;
}

TEST_F(IdXrefsTest, ListIdsOfSeededV2ListsTranslateToTheV3ListsOfTheirNames) {
  auto outcome = client().lists().id_xrefs({"1701", "1700", "42"});
  ASSERT_TRUE(outcome.ok()) << outcome.reason.value_or("");
  ASSERT_EQ(outcome.value->xrefs.size(), 1u);
  EXPECT_EQ(outcome.value->xrefs[0].sequence_id, "1700");
  EXPECT_EQ(outcome.value->xrefs[0].list_id, list_a);
  EXPECT_EQ(outcome.value->unmatched, (std::vector<std::string>{"1701", "42"}));
  EXPECT_EQ(outcome.attempts, 1);
}

TEST_F(IdXrefsTest, ContactIdsTranslateByEmailAddress) {
  auto outcome = client().contacts().id_xrefs({"2900"});
  ASSERT_TRUE(outcome.ok()) << outcome.reason.value_or("");
  ASSERT_EQ(outcome.value->xrefs.size(), 1u);
  EXPECT_EQ(outcome.value->xrefs[0].contact_id, contact_a);
  EXPECT_TRUE(outcome.value->unmatched.empty());
}

TEST_F(IdXrefsTest, AnyNumberOfIdsIsAskedInPartsOf500AndJoined) {
  auto outcome = client().lists().id_xrefs(many_ids());
  ASSERT_TRUE(outcome.ok()) << outcome.reason.value_or("");
  EXPECT_EQ(outcome.attempts, 3);
  EXPECT_EQ(requests(), 3);
  ASSERT_EQ(outcome.value->xrefs.size(), 1u);
  EXPECT_EQ(outcome.value->xrefs[0].list_id, list_a);
  EXPECT_EQ(outcome.value->unmatched.size(), 1199u);
}

TEST_F(IdXrefsTest, RepeatedIdsAreAskedOnce) {
  auto outcome = client().lists().id_xrefs({"1700", "01700", "1700"});
  ASSERT_TRUE(outcome.ok()) << outcome.reason.value_or("");
  EXPECT_EQ(outcome.value->xrefs.size(), 1u);
  EXPECT_TRUE(outcome.value->unmatched.empty());
}

TEST_F(IdXrefsTest, AFailedPartIsTheOutcomeAndItsReasonNamesThePart) {
  emulator().limits(0, 2);  // the third request is over the daily quota
  auto outcome = client().lists().id_xrefs(many_ids());
  EXPECT_EQ(outcome.outcome, Kind::failure);
  EXPECT_TRUE(has(outcome.reason, "Part 3 of 3 (ids 1001 to 1200): ", true));
  EXPECT_EQ(outcome.status, 429);
  EXPECT_EQ(outcome.attempts, 3);
  EXPECT_FALSE(outcome.value);
}

TEST_F(IdXrefsTest, IdsThatAreNotV2IdsAreRefusedBeforeSending) {
  for (const auto& ids : {std::vector<std::string>{}, {"1700", ""}, {"17 00"}, {contact_a}, {"-1"}}) {
    auto outcome = client().contacts().id_xrefs(ids);
    EXPECT_EQ(outcome.outcome, Kind::failure);
    EXPECT_EQ(outcome.attempts, 0);
    EXPECT_TRUE(has(outcome.reason, "sequence_ids", true));
  }
  EXPECT_EQ(requests(), 0);
}

}  // namespace
}  // namespace ctct::testing
