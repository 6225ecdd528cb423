// The v3 custom field operations against the emulator over HTTP, and their values on contacts.
#include <set>

#include "ctct/bulk.hpp"
#include "ctct/tags.hpp"
#include "v3_fixture.hpp"

namespace ctct::testing {
namespace {

constexpr const char* field_a = "cf000000-0000-4000-8000-000000000001";

class CustomFieldsTest : public V3Test {
 protected:
  void SetUp() override {
    V3Test::SetUp();
    seed(std::string(R"({"custom_fields":[{"custom_field_id":")") + field_a +
         R"(","label":"Favorite fruit","type":"string"},{"label":"Shoe size","type":"number"},)"
         R"({"label":"Member since","type":"date"}],"contacts":[{"contact_id":")" +
         contact_a + R"(","email_address":{"address":"ada@example.com"},"custom_fields":[{"custom_field_id":")" +
         field_a + R"(","value":"Mango"}]}]})");
  }
  CustomFields& fields() { return client().custom_fields(); }
  static CustomField labelled(const std::string& label, const std::string& type = "string") {
    CustomField field;
    field.label = label;
    field.type = type;
    return field;
  }
  static CustomFieldChoice choice(const std::string& label, int order) {
    CustomFieldChoice out;
    out.choice_label = label;
    out.display_order = order;
    return out;
  }
};

TEST_F(CustomFieldsTest, CreateAnswersTheNewFieldWithItsChoices) {
  CustomField field = labelled("Preferred contact", "single_select");
  field.metadata = CustomFieldMetadata{};
  field.metadata->display_type = "radio";
  field.choices = {choice("Email", 1), choice("Phone", 2)};
  field.name = "ignored";  // read-only: not sent
  auto outcome = fields().create(field);
  ASSERT_TRUE(outcome.ok()) << outcome.reason.value_or("");
  EXPECT_EQ(outcome.status, 201);
  EXPECT_EQ(outcome.attempts, 1);
  ASSERT_TRUE(outcome.value->custom_field_id);
  EXPECT_EQ(outcome.value->name, "Preferred_contact");
  EXPECT_EQ(outcome.value->type, "single_select");
  EXPECT_EQ(outcome.value->metadata->display_type, "radio");
  ASSERT_EQ(outcome.value->choices.size(), 2u);
  EXPECT_EQ(outcome.value->choices[0].choice_id, 1);
  EXPECT_EQ(outcome.value->choices[1].choice_label, "Phone");
  EXPECT_EQ(outcome.value->choices[1].custom_field_id, outcome.value->custom_field_id);
}

TEST_F(CustomFieldsTest, TakenLabelIsAConflictFailure) {
  auto outcome = fields().create(labelled("Favorite fruit"));
  EXPECT_EQ(outcome.outcome, Kind::failure);
  EXPECT_EQ(outcome.status, 409);
  EXPECT_EQ(outcome.error_key, "contact_custom_fields.api.conflict");
  EXPECT_TRUE(has(outcome.reason, "Constant Contact refused the custom field (409", true));
}

TEST_F(CustomFieldsTest, InvalidInputIsRefusedBeforeSending) {
  CustomField untyped;
  untyped.label = "Size";
  CustomField too_many_choices = labelled("Colour", "single_select");
  too_many_choices.choices.assign(101, choice("Red", 1));
  CustomFieldQuery query;
  query.limit = 101;
  for (auto outcome :
      {fields().create(CustomField{}), fields().create(untyped), fields().create(labelled(std::string(51, 'x'))),
          fields().create(labelled("Size", std::string(21, 't'))), fields().create(labelled("")),
          fields().create(too_many_choices), fields().get("1"), fields().update("field", labelled("New"))}) {
    EXPECT_EQ(outcome.outcome, Kind::failure);
    EXPECT_EQ(outcome.attempts, 0);
    EXPECT_EQ(outcome.status, 0);
  }
  EXPECT_TRUE(has(fields().create(CustomField{}).reason, "custom_field.label is required"));
  EXPECT_TRUE(has(fields().create(untyped).reason, "custom_field.type is required"));
  EXPECT_TRUE(has(fields().create(labelled("")).reason, "must not be empty"));
  EXPECT_TRUE(has(fields().create(too_many_choices).reason, "custom_field.choices has 101 items"));
  EXPECT_TRUE(has(fields().get("1").reason, "custom_field_id"));
  EXPECT_TRUE(has(fields().list(query).reason, "limit"));
  EXPECT_EQ(fields().remove("").attempts, 0);
}

TEST_F(CustomFieldsTest, GetReadsTheField) {
  auto outcome = fields().get(field_a);
  ASSERT_TRUE(outcome.ok()) << outcome.reason.value_or("");
  EXPECT_EQ(outcome.value->label, "Favorite fruit");
  EXPECT_EQ(outcome.value->name, "Favorite_fruit");
  auto missing = fields().get(unknown_id);
  EXPECT_EQ(missing.outcome, Kind::failure);
  EXPECT_EQ(missing.status, 404);
  EXPECT_TRUE(has(missing.reason, "the custom field"));
}

TEST_F(CustomFieldsTest, ListAndPagesFollowTheNextLink) {
  CustomFieldQuery query;
  query.limit = 2;
  auto first = fields().list(query);
  ASSERT_TRUE(first.ok()) << first.reason.value_or("");
  EXPECT_EQ(first.value->items.size(), 2u);
  EXPECT_TRUE(first.value->next);

  auto pages = fields().pages(query);
  std::set<std::string> labels;
  while (auto page = pages.next()) {
    ASSERT_TRUE(page->ok()) << page->reason.value_or("");
    for (const auto& field : page->value->items) labels.insert(*field.label);
  }
  EXPECT_EQ(labels, (std::set<std::string>{"Favorite fruit", "Shoe size", "Member since"}));
  EXPECT_FALSE(pages.next());
}

TEST_F(CustomFieldsTest, UpdateRelabelsAndKeepsChoicesById) {
  auto created = fields().create([] {
    auto field = labelled("Plan", "single_select");
    field.choices = {choice("Basic", 1), choice("Pro", 2)};
    return field;
  }());
  ASSERT_TRUE(created.ok()) << created.reason.value_or("");
  CustomField change = *created.value;  // read-only fields and type are not sent
  change.label = "Plan level";
  change.choices[1].choice_label = "Professional";
  change.choices.push_back(choice("Enterprise", 3));
  auto outcome = fields().update(*created.value->custom_field_id, change);
  ASSERT_TRUE(outcome.ok()) << outcome.reason.value_or("");
  EXPECT_EQ(outcome.value->label, "Plan level");
  EXPECT_EQ(outcome.value->name, "Plan_level");
  EXPECT_EQ(outcome.value->type, "single_select");
  ASSERT_EQ(outcome.value->choices.size(), 3u);
  EXPECT_EQ(outcome.value->choices[1].choice_id, 2);
  EXPECT_EQ(outcome.value->choices[1].choice_label, "Professional");
  EXPECT_EQ(outcome.value->choices[2].choice_id, 3);
  EXPECT_EQ(fields().update(unknown_id, labelled("Other")).status, 404);
}

TEST_F(CustomFieldsTest, RemoveTakesTheValuesOffContacts) {
  auto outcome = fields().remove(field_a);
  ASSERT_TRUE(outcome.ok()) << outcome.reason.value_or("");
  EXPECT_EQ(outcome.status, 204);
  EXPECT_EQ(fields().get(field_a).status, 404);
  auto contact = client().contacts().get(contact_a, {"custom_fields"});
  ASSERT_TRUE(contact.ok()) << contact.reason.value_or("");
  EXPECT_TRUE(contact.value->custom_fields.empty());
  EXPECT_EQ(fields().remove(field_a).status, 404);
}

TEST_F(CustomFieldsTest, BulkDeleteSplitsBy100AndTakesTheValuesOffContacts) {
  std::string more = R"({"custom_fields":[)";
  for (int i = 0; i < 200; ++i) more += std::string(i ? "," : "") + R"({"label":"Extra )" + std::to_string(i) + "\"}";
  seed(more + "]}");
  std::vector<std::string> ids;
  auto pages = fields().pages();
  while (auto page = pages.next()) {
    ASSERT_TRUE(page->ok()) << page->reason.value_or("");
    for (const auto& field : page->value->items) ids.push_back(*field.custom_field_id);
  }
  ASSERT_EQ(ids.size(), 203u);
  emulator().control("POST", "activities", R"({"duration_ms":0,"polls_to_complete":0})");
  std::vector<BulkProgress> seen;
  BulkOptions options;
  options.on_progress = [&](const BulkProgress& progress) { seen.push_back(progress); };
  auto outcome = client().bulk().delete_custom_fields({ids}, options);
  ASSERT_TRUE(outcome.ok()) << outcome.reason.value_or("");
  EXPECT_EQ(outcome.value->activity, "custom_fields_delete");
  ASSERT_EQ(outcome.value->chunks.size(), 3u);
  EXPECT_EQ(outcome.value->chunks[2].items, 3);
  EXPECT_EQ(outcome.value->completed, 3);
  ASSERT_FALSE(seen.empty());
  EXPECT_EQ(seen.back().done, 203);
  EXPECT_EQ(fields().get(field_a).status, 404);
  auto contact = client().contacts().get(contact_a, {"custom_fields"});
  ASSERT_TRUE(contact.ok()) << contact.reason.value_or("");
  EXPECT_TRUE(contact.value->custom_fields.empty());
}

TEST_F(CustomFieldsTest, BulkDeleteRefusesBadIdsBeforeSendingAndUnknownOnesAtTheApi) {
  auto refused = client().bulk().delete_custom_fields({{"shoe_size"}});
  EXPECT_EQ(refused.outcome, Kind::failure);
  EXPECT_EQ(refused.attempts, 0);
  EXPECT_TRUE(has(refused.reason, "custom_field_delete.custom_field_ids[0]", true));
  auto unknown = client().bulk().delete_custom_fields({{unknown_id}});
  EXPECT_EQ(unknown.outcome, Kind::failure);
  EXPECT_EQ(unknown.status, 400);
  EXPECT_TRUE(has(unknown.reason, "Activity 1 of 1 was not started", true));
  EXPECT_TRUE(fields().get(field_a).ok());
}

TEST_F(CustomFieldsTest, ContactsCarryValuesOfStoredFieldsOnly) {
  auto read = client().contacts().get(contact_a, {"custom_fields"});
  ASSERT_TRUE(read.ok()) << read.reason.value_or("");
  ASSERT_EQ(read.value->custom_fields.size(), 1u);
  EXPECT_EQ(read.value->custom_fields[0].value, "Mango");

  Contact unknown = new_contact("unknown@example.com");
  unknown.custom_fields = {CustomFieldValue{unknown_id, "x"}};
  auto refused = client().contacts().create(unknown);
  EXPECT_EQ(refused.outcome, Kind::failure);
  EXPECT_EQ(refused.status, 400);
  EXPECT_EQ(refused.error_key, "json.field.custom_fields.value.invalid");
}

}  // namespace
}  // namespace ctct::testing
