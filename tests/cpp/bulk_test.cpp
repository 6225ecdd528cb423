// Bulk activities against the emulator: splitting into the fewest requests, polling with
// progress, one combined outcome, and the activities' effects.
#include <chrono>
#include <future>
#include <set>

#include "bulk_fixture.hpp"
#include "ctct/json.hpp"
#include "json/json_read.hpp"
#include "json/json_write.hpp"

namespace ctct::testing {
namespace {

TEST_F(BulkTest, ImportOf100001ContactsTakesThreeActivities) {
  auto outcome = bulk().import_contacts({rows(100001), {list_a}, std::nullopt}, options_);
  ASSERT_TRUE(outcome.ok()) << outcome.reason.value_or("");
  const auto& result = *outcome.value;
  EXPECT_EQ(result.activity, "contacts_json_import");
  ASSERT_EQ(result.chunks.size(), 3u);
  EXPECT_EQ(result.chunks[0].items, 40000);
  EXPECT_EQ(result.chunks[1].items, 40000);
  EXPECT_EQ(result.chunks[2].items, 20001);
  EXPECT_EQ(result.items, 100001);
  EXPECT_EQ(result.completed, 3);
  EXPECT_EQ(result.error_count, 0);
  std::set<std::string> ids;
  for (const auto& chunk : result.chunks) {
    EXPECT_EQ(chunk.state, "completed");
    EXPECT_EQ(chunk.percent_done, 100);
    ids.insert(chunk.activity_id.value_or(""));
  }
  EXPECT_EQ(ids.size(), 3u);
  EXPECT_EQ(members(list_a), 100001);
}

TEST_F(BulkTest, ProgressIsReportedInOrderUpToTheTotal) {
  std::vector<BulkProgress> seen;
  options_.on_progress = [&](const BulkProgress& p) { seen.push_back(p); };
  auto outcome = bulk().import_contacts({rows(80001), {list_a}, std::nullopt}, options_);
  ASSERT_TRUE(outcome.ok()) << outcome.reason.value_or("");
  // Two rounds of polls over three activities: 50% each, then completed each.
  ASSERT_EQ(seen.size(), 6u);
  for (std::size_t i = 0; i < seen.size(); ++i) {
    EXPECT_EQ(seen[i].chunk, static_cast<long>(i % 3));
    EXPECT_EQ(seen[i].chunks, 3);
    EXPECT_EQ(seen[i].total, 80001);
    EXPECT_EQ(seen[i].state, i < 3 ? "processing" : "completed");
    EXPECT_EQ(seen[i].percent_done, i < 3 ? 50 : 100);
    EXPECT_EQ(seen[i].activity_id, outcome.value->chunks[i % 3].activity_id);
    if (i) EXPECT_GE(seen[i].done, seen[i - 1].done);
  }
  EXPECT_EQ(seen.back().done, 80001);
}

// poll_interval, the 0.1 name of poll_interval_ms, is still read until 0.2: an hour under the
// new name and a millisecond under the old one ends in well under the test's patience.
TEST_F(BulkTest, TheOldPollIntervalNameIsStillRead) {
  options_.poll_interval_ms = std::chrono::hours(1);
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
  options_.poll_interval = std::chrono::milliseconds(1);
#pragma GCC diagnostic pop
  std::promise<Outcome<BulkResult>> ended;
  bulk().import_contacts({rows(1), {list_a}, std::nullopt}, options_,
      [&](Outcome<BulkResult> outcome) { ended.set_value(std::move(outcome)); });
  auto outcome = ended.get_future();
  const bool in_time = outcome.wait_for(std::chrono::seconds(20)) == std::future_status::ready;
  if (!in_time) client().close();  // settles it now, while `ended` still exists
  ASSERT_TRUE(in_time) << "the old name was not read";
  EXPECT_TRUE(outcome.get().ok());
}

TEST_F(BulkTest, ImportUpdatesExistingContactsByEmail) {
  ASSERT_TRUE(bulk().import_contacts({rows(3), {list_a}, std::nullopt}, options_).ok());
  auto again = rows(3);
  again[1].first_name = "Renamed";
  auto outcome = bulk().import_contacts({again, {list_b}, std::nullopt}, options_);
  ASSERT_TRUE(outcome.ok()) << outcome.reason.value_or("");
  EXPECT_EQ(members(list_a), 3);
  EXPECT_EQ(members(list_b), 3);
  ContactQuery query;
  query.email = "lead1@example.com";
  auto found = client().contacts().list(query);
  ASSERT_EQ(found.value->items.size(), 1u);
  EXPECT_EQ(found.value->items[0].first_name, "Renamed");
}

TEST(ImportCustomFieldsJson, AreWrittenAndReadAsCfKeys) {
  ImportContact row;
  row.email = "ann@example.com";
  row.custom_fields = {{"plan", "Gold"}, {"Lead \"score\"", "9"}};
  const auto text = json::write(row);
  ASSERT_TRUE(text);
  EXPECT_EQ(*text, R"({"email":"ann@example.com","cf:plan":"Gold","cf:Lead \"score\"":"9"})");
  auto back = json::read<ImportContact>(*text);
  ASSERT_TRUE(back) << back.error->message;
  EXPECT_EQ(*back.value, row);
  EXPECT_EQ(to_json(ImportContact{}), "{}");
  auto wrong = json::read<ImportContact>(R"({"email":"a@example.com","cf:plan":7})");
  ASSERT_FALSE(wrong);
  EXPECT_EQ(wrong.error->message, "cf:plan: expected a string");
}

TEST_F(BulkTest, ImportSetsCustomFieldsByName) {
  seed(
      R"({"custom_fields":[{"custom_field_id":"cf000000-0000-4000-8000-000000000001","label":"Plan level","type":"string"}]})");
  auto input = rows(2);
  input[0].custom_fields = {{"Plan_level", "Gold"}};
  input[1].custom_fields = {{"No_such_field", "x"}};
  auto outcome = bulk().import_contacts({input, {list_a}, std::nullopt}, options_);
  ASSERT_TRUE(outcome.ok()) << outcome.reason.value_or("");
  ASSERT_EQ(outcome.value->chunks.size(), 1u);
  EXPECT_EQ(outcome.value->error_count, 1);
  const auto& errors = outcome.value->chunks[0].errors;
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_TRUE(has(errors[0], "Row 2: cf:No_such_field names no custom field"));

  ContactQuery query;
  query.email = "lead0@example.com";
  query.include = {"custom_fields"};
  auto found = client().contacts().list(query);
  ASSERT_EQ(found.value->items.size(), 1u);
  const auto& values = found.value->items[0].custom_fields;
  ASSERT_EQ(values.size(), 1u);
  EXPECT_EQ(values[0].custom_field_id, "cf000000-0000-4000-8000-000000000001");
  EXPECT_EQ(values[0].value, "Gold");
  EXPECT_EQ(members(list_a), 1);  // the refused row was not imported
}

TEST_F(BulkTest, ImportCustomFieldsAreCheckedBeforeSending) {
  auto input = rows(1);
  input[0].custom_fields = {{"", "x"}};
  auto nameless = bulk().import_contacts({input, {list_a}, std::nullopt}, options_);
  EXPECT_EQ(nameless.attempts, 0);
  EXPECT_EQ(nameless.reason, "import.import_data[0].custom_fields[0].name is required.");
  input[0].custom_fields.assign(26, {"plan", "x"});
  auto too_many = bulk().import_contacts({input, {list_a}, std::nullopt}, options_);
  EXPECT_EQ(too_many.attempts, 0);
  EXPECT_TRUE(has(too_many.reason, "import.import_data[0].custom_fields")) << too_many.reason.value_or("");
  input[0].custom_fields = {{"plan", "a\nb"}};
  EXPECT_TRUE(has(bulk().import_contacts({input, {list_a}, std::nullopt}, options_).reason,
      "custom_fields[0].value contains a line break"));
  EXPECT_TRUE(has(emulator().control("GET", "stats"), R"({"requests":0,)", true));
}

TEST_F(BulkTest, InvalidRowIsRefusedBeforeSending) {
  auto input = rows(5);
  input[3].first_name = std::string(51, 'x');
  auto outcome = bulk().import_contacts({input, {list_a}, std::nullopt}, options_);
  EXPECT_EQ(outcome.outcome, Kind::failure);
  EXPECT_EQ(outcome.attempts, 0);
  EXPECT_TRUE(has(outcome.reason, "import.import_data[3].first_name"));
}

TEST_F(BulkTest, ImportToFiftyOneListsIsRefused) {
  auto outcome = bulk().import_contacts({rows(1), unknown_ids(51), std::nullopt}, options_);
  EXPECT_EQ(outcome.outcome, Kind::failure);
  EXPECT_EQ(outcome.attempts, 0);
  EXPECT_TRUE(has(outcome.reason, "import.list_ids"));
}

TEST_F(BulkTest, AddingTwelveHundredOneIdsTakesThreeRequests) {
  ListMemberships input;
  input.source.contact_ids = unknown_ids(1201);
  input.list_ids = {list_a};
  auto outcome = bulk().add_to_lists(input, options_);
  ASSERT_TRUE(outcome.ok()) << outcome.reason.value_or("");
  ASSERT_EQ(outcome.value->chunks.size(), 3u);
  EXPECT_EQ(outcome.value->chunks[0].items, 500);
  EXPECT_EQ(outcome.value->chunks[2].items, 201);
  // None of those contacts exists: each is an error of its activity.
  EXPECT_EQ(outcome.value->error_count, 1201);
  EXPECT_EQ(outcome.value->chunks[2].errors.size(), 201u);
}

TEST_F(BulkTest, AddingToFiftyOneListsIsRefusedAndRemovingIsSplit) {
  ListMemberships input;
  input.source.contact_ids = unknown_ids(2);
  input.list_ids = unknown_ids(51);
  auto add = bulk().add_to_lists(input, options_);
  EXPECT_EQ(add.outcome, Kind::failure);
  EXPECT_EQ(add.attempts, 0);
  EXPECT_TRUE(has(add.reason, "at most 50"));
  input.list_ids[0] = list_a;
  BulkOptions started;
  started.wait = false;
  auto remove = bulk().remove_from_lists(input, started);
  ASSERT_TRUE(remove.ok()) << remove.reason.value_or("");
  ASSERT_EQ(remove.value->chunks.size(), 2u);
  EXPECT_EQ(remove.value->chunks[0].state, "initialized");
}

TEST_F(BulkTest, MembershipChangesApply) {
  ASSERT_TRUE(bulk().import_contacts({rows(4), {list_a}, std::nullopt}, options_).ok());
  ListMemberships input;
  input.source.list_ids = {list_a};
  input.list_ids = {list_b};
  ASSERT_TRUE(bulk().add_to_lists(input, options_).ok());
  EXPECT_EQ(members(list_b), 4);
  auto removed = bulk().remove_from_lists(input, options_);
  ASSERT_TRUE(removed.ok()) << removed.reason.value_or("");
  EXPECT_EQ(members(list_b), 0);
  EXPECT_EQ(members(list_a), 4);
}

TEST_F(BulkTest, FailedActivityIsAFailureOutcome) {
  ListMemberships input;
  input.source.contact_ids = unknown_ids(1);
  input.list_ids = {unknown_id};
  auto outcome = bulk().add_to_lists(input, options_);
  EXPECT_EQ(outcome.outcome, Kind::failure);
  EXPECT_TRUE(has(outcome.reason, "1 of 1 activities did not complete"));
  EXPECT_TRUE(has(outcome.reason, "does not exist"));
  ASSERT_TRUE(outcome.value);
  EXPECT_EQ(outcome.value->chunks[0].state, "failed");
  EXPECT_EQ(outcome.value->completed, 0);
}

TEST_F(BulkTest, RefusedRequestKeepsTheActivitiesAlreadyStarted) {
  fault(R"({"method":"POST","path":"/v3/activities/contacts_json_import","status":400,"times":1})");
  auto first = bulk().import_contacts({rows(1), {list_a}, std::nullopt}, options_);
  EXPECT_EQ(first.outcome, Kind::failure);
  EXPECT_EQ(first.status, 400);
  EXPECT_TRUE(has(first.reason, "Activity 1 of 1 was not started", true));
  EXPECT_TRUE(first.value->chunks.empty());
}

TEST_F(BulkTest, ServerErrorWhilePollingIsAnError) {
  fault(R"({"method":"GET","path":"/v3/activities/*","status":503,"times":10})");
  RetryOptions no_retry;
  no_retry.max_attempts = 1;
  auto client = make_client(emulator().access_token(), {}, no_retry);
  auto outcome = client->bulk().import_contacts({rows(1), {list_a}, std::nullopt}, options_);
  EXPECT_EQ(outcome.outcome, Kind::error);
  EXPECT_EQ(outcome.status, 503);
  ASSERT_EQ(outcome.value->chunks.size(), 1u);
  EXPECT_EQ(outcome.value->chunks[0].state, "initialized");
}

TEST_F(BulkTest, WaitFollowsActivitiesStartedEarlier) {
  BulkOptions started;
  started.wait = false;
  auto start = bulk().import_contacts({rows(2), {list_a}, std::nullopt}, started);
  ASSERT_TRUE(start.ok()) << start.reason.value_or("");
  std::vector<std::string> ids{*start.value->chunks[0].activity_id};
  long reports = 0;
  options_.on_progress = [&](const BulkProgress&) { ++reports; };
  auto outcome = bulk().wait(ids, options_);
  ASSERT_TRUE(outcome.ok()) << outcome.reason.value_or("");
  EXPECT_EQ(outcome.value->chunks[0].state, "completed");
  EXPECT_EQ(reports, 2);
  EXPECT_EQ(members(list_a), 2);
}

TEST_F(BulkTest, ActivitiesAreListed) {
  ASSERT_TRUE(bulk().import_contacts({rows(2), {list_a}, std::nullopt}, options_).ok());
  ActivityQuery query;
  query.state = "completed";
  auto page = client().activities().list(query);
  ASSERT_TRUE(page.ok()) << page.reason.value_or("");
  ASSERT_EQ(page.value->items.size(), 1u);
  EXPECT_EQ(page.value->items[0].state, "completed");
  query.limit = 501;
  EXPECT_EQ(client().activities().list(query).attempts, 0);
}

}  // namespace
}  // namespace ctct::testing
