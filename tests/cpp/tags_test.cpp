// The v3 tag operations against the emulator over HTTP, and tags on contacts.
#include <cstdio>
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
    // Activities complete at the first poll: waits end at once, on any machine.
    emulator().control("POST", "activities", R"({"duration_ms":0,"polls_to_complete":1})");
    options_.poll_interval_ms = std::chrono::milliseconds(1);
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
  BulkOptions options_;
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
  for (auto outcome : {tags().create(Tag{}), tags().create(named("")), tags().create(named(std::string(256, 'x'))),
           tags().get("tag-1"), tags().update("", named("New")), tags().update(tag_a, Tag{})}) {
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

TEST_F(TagsTest, RemoveAnswersTheActivityThatUntagsContacts) {
  auto outcome = tags().remove(tag_a);
  ASSERT_TRUE(outcome.ok()) << outcome.reason.value_or("");
  EXPECT_EQ(outcome.status, 202);
  EXPECT_EQ(outcome.value->state, "initialized");
  ASSERT_TRUE(outcome.value->activity_id);
  EXPECT_TRUE(tags().get(tag_a).ok());  // the activity has not run yet

  auto waited = client().bulk().wait({*outcome.value->activity_id}, options_);
  ASSERT_TRUE(waited.ok()) << waited.reason.value_or("");
  EXPECT_EQ(waited.value->completed, 1);
  EXPECT_EQ(tags().get(tag_a).status, 404);
  auto contact = client().contacts().get(contact_a, {"taggings"});
  ASSERT_TRUE(contact.ok()) << contact.reason.value_or("");
  EXPECT_TRUE(contact.value->taggings.empty());
  EXPECT_EQ(tags().remove(tag_a).status, 404);
}

// Well-formed ids that name no contact.
std::vector<std::string> unknown_contacts(std::size_t count) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < count; ++i) {
    char id[40];
    std::snprintf(id, sizeof id, "aaaaaaaa-aaaa-4aaa-8aaa-%012zu", i);
    out.emplace_back(id);
  }
  return out;
}

TEST_F(TagsTest, AddToContactsSplitsBy500AndWaits) {
  ContactTagging input;
  input.source.contact_ids = unknown_contacts(500);
  input.source.contact_ids.push_back(contact_a);
  input.tag_ids = {tag_b};
  std::vector<BulkProgress> seen;
  options_.on_progress = [&](const BulkProgress& progress) { seen.push_back(progress); };
  auto outcome = tags().add_to_contacts(input, options_);
  ASSERT_TRUE(outcome.ok()) << outcome.reason.value_or("");
  EXPECT_EQ(outcome.value->activity, "contacts_taggings_add");
  ASSERT_EQ(outcome.value->chunks.size(), 2u);
  EXPECT_EQ(outcome.value->chunks[0].items, 500);
  EXPECT_EQ(outcome.value->chunks[1].items, 1);
  EXPECT_EQ(outcome.value->completed, 2);
  EXPECT_EQ(outcome.value->error_count, 500);  // the unknown contacts
  EXPECT_FALSE(seen.empty());
  auto contact = client().contacts().get(contact_a, {"taggings"});
  EXPECT_EQ(contact.value->taggings, (std::vector<std::string>{tag_a, tag_b}));
}

TEST_F(TagsTest, RemoveFromContactsByTagSource) {
  ContactTagging input;
  input.source.tag_ids = {tag_a};
  input.tag_ids = {tag_a};
  auto outcome = tags().remove_from_contacts(input, options_);
  ASSERT_TRUE(outcome.ok()) << outcome.reason.value_or("");
  ASSERT_EQ(outcome.value->chunks.size(), 1u);
  EXPECT_EQ(outcome.value->chunks[0].items_total_count, 1);
  EXPECT_EQ(tags().get(tag_a, true).value->contacts_count, 0);
}

TEST_F(TagsTest, DeleteManyDeletesEveryTag) {
  auto outcome = tags().delete_many(TagDelete{{tag_a, tag_b}}, options_);
  ASSERT_TRUE(outcome.ok()) << outcome.reason.value_or("");
  EXPECT_EQ(outcome.value->activity, "contacts_tags_delete");
  EXPECT_EQ(outcome.value->items, 2);
  auto left = tags().list();
  ASSERT_TRUE(left.ok()) << left.reason.value_or("");
  ASSERT_EQ(left.value->items.size(), 1u);
  EXPECT_EQ(left.value->items[0].name, "Webinar");
  auto unknown = tags().delete_many(TagDelete{{unknown_id}}, options_);
  EXPECT_EQ(unknown.outcome, Kind::failure);
  EXPECT_EQ(unknown.status, 400);
}

TEST_F(TagsTest, TagActivitiesRefuseInvalidInputBeforeSending) {
  ContactTagging no_source;
  no_source.tag_ids = {tag_a};
  ContactTagging two_sources = no_source;
  two_sources.source.contact_ids = {contact_a};
  two_sources.source.all_active_contacts = true;
  ContactTagging no_tags;
  no_tags.source.all_active_contacts = true;
  ContactTagging bad_id = no_tags;
  bad_id.tag_ids = {"vip"};
  for (const auto& input : {no_source, two_sources, no_tags, bad_id}) {
    auto outcome = tags().add_to_contacts(input, options_);
    EXPECT_EQ(outcome.outcome, Kind::failure);
    EXPECT_EQ(outcome.attempts, 0);
  }
  EXPECT_TRUE(has(tags().add_to_contacts(no_source, options_).reason, "tagging.source needs exactly one"));
  EXPECT_TRUE(has(tags().remove_from_contacts(no_tags, options_).reason, "tagging.tag_ids"));
  EXPECT_TRUE(has(tags().add_to_contacts(bad_id, options_).reason, "tagging.tag_ids[0]"));
  auto refused = tags().delete_many(TagDelete{}, options_);
  EXPECT_EQ(refused.attempts, 0);
  EXPECT_TRUE(has(refused.reason, "tag_delete.tag_ids"));
}

TEST_F(TagsTest, UnknownTagInATaggingIsNotFound) {
  ContactTagging input;
  input.source.all_active_contacts = true;
  input.tag_ids = {unknown_id};
  auto outcome = tags().add_to_contacts(input, options_);
  EXPECT_EQ(outcome.outcome, Kind::failure);
  EXPECT_EQ(outcome.status, 404);
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
