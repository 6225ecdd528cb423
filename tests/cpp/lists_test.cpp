// The v3 contact list and activity operations against the emulator over HTTP.
#include <set>

#include "v3_fixture.hpp"

namespace ctct::testing {
namespace {

class ListsTest : public V3Test {
 protected:
  void SetUp() override {
    V3Test::SetUp();
    seed(std::string(R"({"lists":[{"list_id":")") + list_a + R"(","name":"Newsletter"},{"list_id":")" + list_b +
         R"(","name":"Customers"},{"name":"Partners"}]})");
  }
  ContactLists& lists() { return client().lists(); }
  static ContactList named(const std::string& name) {
    ContactList list;
    list.name = name;
    list.description = "People who asked for news";
    return list;
  }
};

TEST_F(ListsTest, CreateAnswersTheNewList) {
  auto outcome = lists().create(named("Weekly"));
  ASSERT_TRUE(outcome.ok()) << outcome.reason.value_or("");
  EXPECT_EQ(outcome.status, 201);
  EXPECT_EQ(outcome.attempts, 1);
  EXPECT_TRUE(outcome.value->list_id);
  EXPECT_EQ(outcome.value->name, "Weekly");
}

TEST_F(ListsTest, TakenNameIsAConflictFailure) {
  auto outcome = lists().create(named("Newsletter"));
  EXPECT_EQ(outcome.outcome, Kind::failure);
  EXPECT_EQ(outcome.status, 409);
  EXPECT_TRUE(has(outcome.reason, "Constant Contact refused the list (409", true));
}

TEST_F(ListsTest, InvalidInputIsRefusedBeforeSending) {
  for (auto outcome : {lists().create(ContactList{}), lists().create(named(std::string(256, 'x'))),
           lists().update("list-1", named("Weekly"))}) {
    EXPECT_EQ(outcome.outcome, Kind::failure);
    EXPECT_EQ(outcome.attempts, 0);
    EXPECT_EQ(outcome.status, 0);
  }
  EXPECT_TRUE(has(lists().create(ContactList{}).reason, "list.name"));
  EXPECT_TRUE(has(lists().get("1a").reason, "list_id"));  // digits alone are a v2 id
  EXPECT_TRUE(has(lists().remove("").reason, "list_id"));
  ListQuery query;
  query.limit = 1001;
  EXPECT_TRUE(has(lists().list(query).reason, "limit"));
  query = {};
  query.status = "hidden";
  EXPECT_TRUE(has(lists().list(query).reason, "status"));
}

TEST_F(ListsTest, GetReadsTheList) {
  auto outcome = lists().get(list_a);
  ASSERT_TRUE(outcome.ok()) << outcome.reason.value_or("");
  EXPECT_EQ(outcome.value->name, "Newsletter");
  auto missing = lists().get(unknown_id);
  EXPECT_EQ(missing.outcome, Kind::failure);
  EXPECT_EQ(missing.status, 404);
}

TEST_F(ListsTest, ListAndPagesFollowTheNextLink) {
  ListQuery query;
  query.limit = 2;
  query.include_count = true;
  auto first = lists().list(query);
  ASSERT_TRUE(first.ok()) << first.reason.value_or("");
  EXPECT_EQ(first.value->items.size(), 2u);
  EXPECT_EQ(first.value->count, 3);
  EXPECT_TRUE(first.value->next);

  auto pages = lists().pages(query);
  std::set<std::string> names;
  while (auto page = pages.next()) {
    ASSERT_TRUE(page->ok()) << page->reason.value_or("");
    for (const auto& list : page->value->items) names.insert(*list.name);
  }
  EXPECT_EQ(names, (std::set<std::string>{"Newsletter", "Customers", "Partners"}));
  EXPECT_FALSE(pages.next());
}

TEST_F(ListsTest, UpdateRenamesTheList) {
  auto outcome = lists().update(list_a, named("Monthly"));
  ASSERT_TRUE(outcome.ok()) << outcome.reason.value_or("");
  EXPECT_EQ(outcome.value->name, "Monthly");
  EXPECT_EQ(lists().get(list_a).value->name, "Monthly");
}

TEST_F(ListsTest, RemoveAnswersAnActivityThatCanBeRead) {
  auto outcome = lists().remove(list_b);
  ASSERT_TRUE(outcome.ok()) << outcome.reason.value_or("");
  EXPECT_EQ(outcome.status, 202);
  ASSERT_TRUE(outcome.value->activity_id);

  auto activity = client().activities().get(*outcome.value->activity_id);
  ASSERT_TRUE(activity.ok()) << activity.reason.value_or("");
  EXPECT_EQ(activity.value->activity_id, outcome.value->activity_id);
  EXPECT_TRUE(activity.value->state);
}

TEST_F(ListsTest, UnknownActivityIsNotFound) {
  auto outcome = client().activities().get(unknown_id);
  EXPECT_EQ(outcome.outcome, Kind::failure);
  EXPECT_EQ(outcome.status, 404);
  EXPECT_TRUE(has(outcome.reason, "the activity"));
  auto refused = client().activities().get("latest");
  EXPECT_EQ(refused.attempts, 0);
  EXPECT_TRUE(has(refused.reason, "activity_id"));
}

}  // namespace
}  // namespace ctct::testing
