// The v3 tag operations against the emulator over HTTP, and tags on contacts.
#include <future>
#include <set>

#include "ctct/tags.hpp"
#include "v3_fixture.hpp"

namespace ctct::testing {
namespace {

constexpr const char* tag_a = "7a700000-0000-4000-8000-000000000001";
constexpr const char* tag_b = "7a700000-0000-4000-8000-000000000002";

class TagsTest : public V3Test {
 protected:
  void SetUp() override {
    V3Test::SetUp();
    seed(std::string(R"({"tags":[{"tag_id":")") + tag_a + R"(","name":"VIP"},{"tag_id":")" + tag_b +
         R"(","name":"Trade show"},{"name":"Webinar"}],"contacts":[{"contact_id":")" + contact_a +
         R"(","email_address":{"address":"ada@example.com"},"taggings":[")" + tag_a + R"("]}]})");
  }
  Tags& tags() { return client().tags(); }
  static Tag named(const std::string& name) {
    Tag tag;
    tag.name = name;
    return tag;
  }
};

TEST_F(TagsTest, CreateAnswersTheNewTag) {
  Tag tag = named("Spring sale");
  tag.tag_source = "Contact";
  tag.contacts_count = 3;  // read-only: not sent
  auto outcome = tags().create(tag);
  ASSERT_TRUE(outcome.ok()) << outcome.reason.value_or("");
  EXPECT_EQ(outcome.status, 201);
  EXPECT_EQ(outcome.attempts, 1);
  EXPECT_TRUE(outcome.value->tag_id);
  EXPECT_EQ(outcome.value->name, "Spring sale");
  EXPECT_EQ(outcome.value->tag_source, "Contact");
  EXPECT_FALSE(outcome.value->contacts_count);
  EXPECT_TRUE(outcome.value->created_at);
}

TEST_F(TagsTest, TakenNameIsAConflictFailure) {
  auto outcome = tags().create(named("vip"));
  EXPECT_EQ(outcome.outcome, Kind::failure);
  EXPECT_EQ(outcome.status, 409);
  EXPECT_EQ(outcome.error_key, "contact_tags.api.conflict");
  EXPECT_TRUE(has(outcome.reason, "Constant Contact refused the tag (409", true));
  auto renamed = tags().update(tag_b, named("VIP"));
  EXPECT_EQ(renamed.status, 409);
}

TEST_F(TagsTest, InvalidInputIsRefusedBeforeSending) {
  TagQuery too_many;
  too_many.limit = 501;
  TagQuery none;
  none.limit = 0;
  for (auto outcome : {tags().create(Tag{}), tags().create(named("")),
           tags().create(named(std::string(256, 'x'))), tags().get("tag-1"),
           tags().update("", named("New")), tags().update(tag_a, Tag{})}) {
    EXPECT_EQ(outcome.outcome, Kind::failure);
    EXPECT_EQ(outcome.attempts, 0);
    EXPECT_EQ(outcome.status, 0);
  }
  EXPECT_TRUE(has(tags().create(Tag{}).reason, "tag.name is required"));
  EXPECT_TRUE(has(tags().create(named("")).reason, "tag.name must not be empty"));
  EXPECT_TRUE(has(tags().create(named(std::string(256, 'x'))).reason, "at most 255"));
  EXPECT_TRUE(has(tags().get("tag-1").reason, "tag_id"));
  EXPECT_TRUE(has(tags().list(too_many).reason, "limit"));
  EXPECT_EQ(tags().list(none).attempts, 0);
  auto removed = tags().remove("x");
  EXPECT_EQ(removed.attempts, 0);
  EXPECT_TRUE(has(removed.reason, "tag_id"));
}

TEST_F(TagsTest, GetReadsTheTagAndCountsItsContactsWhenAsked) {
  auto plain = tags().get(tag_a);
  ASSERT_TRUE(plain.ok()) << plain.reason.value_or("");
  EXPECT_EQ(plain.value->name, "VIP");
  EXPECT_FALSE(plain.value->contacts_count);
  auto counted = tags().get(tag_a, true);
  ASSERT_TRUE(counted.ok()) << counted.reason.value_or("");
  EXPECT_EQ(counted.value->contacts_count, 1);
  auto missing = tags().get(unknown_id);
  EXPECT_EQ(missing.outcome, Kind::failure);
  EXPECT_EQ(missing.status, 404);
  EXPECT_TRUE(has(missing.reason, "the tag"));
}

TEST_F(TagsTest, ListAndPagesFollowTheNextLink) {
  TagQuery query;
  query.limit = 2;
  query.include_count = true;
  auto first = tags().list(query);
  ASSERT_TRUE(first.ok()) << first.reason.value_or("");
  ASSERT_EQ(first.value->items.size(), 2u);
  EXPECT_EQ(first.value->items[0].contacts_count, 1);
  EXPECT_EQ(first.value->items[1].contacts_count, 0);
  EXPECT_TRUE(first.value->next);

  auto pages = tags().pages(query);
  std::set<std::string> names;
  int count = 0;
  while (auto page = pages.next()) {
    ASSERT_TRUE(page->ok()) << page->reason.value_or("");
    for (const auto& tag : page->value->items) names.insert(*tag.name);
    ++count;
  }
  EXPECT_EQ(count, 2);
  EXPECT_EQ(names, (std::set<std::string>{"VIP", "Trade show", "Webinar"}));
  EXPECT_FALSE(pages.next());
}

TEST_F(TagsTest, UpdateRenamesTheTag) {
  auto outcome = tags().update(tag_b, named("Trade show 2026"));
  ASSERT_TRUE(outcome.ok()) << outcome.reason.value_or("");
  EXPECT_EQ(outcome.value->name, "Trade show 2026");
  EXPECT_EQ(tags().get(tag_b).value->name, "Trade show 2026");
  EXPECT_EQ(tags().update(unknown_id, named("Other")).status, 404);
}

TEST_F(TagsTest, RemoveUntagsContactsAndAnswersAnActivity) {
  auto outcome = tags().remove(tag_a);
  ASSERT_TRUE(outcome.ok()) << outcome.reason.value_or("");
  EXPECT_EQ(outcome.status, 202);
  ASSERT_TRUE(outcome.value->activity_id);
  auto activity = client().activities().get(*outcome.value->activity_id);
  ASSERT_TRUE(activity.ok()) << activity.reason.value_or("");
  EXPECT_EQ(activity.value->state, "completed");

  EXPECT_EQ(tags().get(tag_a).status, 404);
  auto contact = client().contacts().get(contact_a, {"taggings"});
  ASSERT_TRUE(contact.ok()) << contact.reason.value_or("");
  EXPECT_TRUE(contact.value->taggings.empty());
  EXPECT_EQ(tags().remove(tag_a).status, 404);
}

TEST_F(TagsTest, ContactsCarryTheirTagsAndFilterByThem) {
  Contact tagged = new_contact("tagged@example.com");
  tagged.taggings = {tag_b};
  auto created = client().contacts().create(tagged);
  ASSERT_TRUE(created.ok()) << created.reason.value_or("");
  EXPECT_EQ(created.value->taggings, std::vector<std::string>{tag_b});

  ContactQuery query;
  query.tags = {tag_b};
  query.include = {"taggings"};
  auto listed = client().contacts().list(query);
  ASSERT_TRUE(listed.ok()) << listed.reason.value_or("");
  ASSERT_EQ(listed.value->items.size(), 1u);
  EXPECT_EQ(listed.value->items[0].email_address->address, "tagged@example.com");
  EXPECT_EQ(listed.value->items[0].taggings, std::vector<std::string>{tag_b});
  EXPECT_EQ(tags().get(tag_b, true).value->contacts_count, 1);

  Contact unknown = new_contact("unknown@example.com");
  unknown.taggings = {unknown_id};
  auto refused = client().contacts().create(unknown);
  EXPECT_EQ(refused.outcome, Kind::failure);
  EXPECT_EQ(refused.status, 400);
  EXPECT_EQ(refused.error_key, "json.field.taggings.value.invalid");
}

TEST_F(TagsTest, CallbackFormAnswersOnTheIoThread) {
  std::promise<Outcome<Page<Tag>>> answered;
  tags().list(TagQuery{}, [&](Outcome<Page<Tag>> outcome) { answered.set_value(std::move(outcome)); });
  auto outcome = answered.get_future().get();
  ASSERT_TRUE(outcome.ok()) << outcome.reason.value_or("");
  EXPECT_EQ(outcome.value->items.size(), 3u);
  EXPECT_FALSE(outcome.value->next);
}

}  // namespace
}  // namespace ctct::testing
