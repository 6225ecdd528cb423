// Segments against the emulator over HTTP, and an export by segment that holds only the
// segment's contacts.
#include <string>

#include "bulk_fixture.hpp"
#include "ctct/segments.hpp"

namespace ctct::testing {
namespace {

// Criteria naming list_a, as the service's criteria name lists (a JSON string).
const std::string list_criteria = std::string(R"({"version":"1.0.0","criteria":{"type":"and","group":[)") +
                                  R"({"source":"list_membership","op":"contains-any","const_value":[")" + list_a +
                                  R"("]}]}})";

Segment segment_named(const std::string& name) {
  Segment segment;
  segment.name = name;
  segment.segment_criteria = list_criteria;
  return segment;
}

class SegmentsTest : public V3Test {
 protected:
  Segments& segments() { return client().segments(); }
};

TEST_F(SegmentsTest, LivesFromCreateToRemove) {
  auto created = segments().create(segment_named("Readers"));
  ASSERT_TRUE(created.ok()) << created.reason.value_or("");
  EXPECT_EQ(created.status, 201);
  const long id = created.value->segment_id.value_or(0);
  ASSERT_GT(id, 0);

  auto renamed = segments().rename(id, "Loyal readers");
  ASSERT_TRUE(renamed.ok()) << renamed.reason.value_or("");
  EXPECT_EQ(renamed.value->name, "Loyal readers");
  EXPECT_EQ(renamed.value->segment_criteria, list_criteria);

  Segment changed = segment_named("Everyone");
  changed.segment_criteria = R"({"version":"1.0.0","criteria":{"type":"and","group":[]}})";
  auto updated = segments().update(id, changed);
  ASSERT_TRUE(updated.ok()) << updated.reason.value_or("");
  EXPECT_EQ(segments().get(id).value->segment_criteria, changed.segment_criteria);

  EXPECT_EQ(segments().remove(id).status, 204);
  auto gone = segments().get(id);
  EXPECT_EQ(gone.outcome, Kind::failure);
  EXPECT_EQ(gone.status, 404);
}

TEST_F(SegmentsTest, PagesFollowEverySegmentByName) {
  for (const char* name : {"Cyclists", "Anglers", "Bakers"}) ASSERT_TRUE(segments().create(segment_named(name)).ok());
  SegmentQuery query;
  query.limit = 2;
  query.sort_by = "name";
  auto pages = segments().pages(query);
  std::vector<std::string> names;
  int count = 0;
  while (auto page = pages.next()) {
    ASSERT_TRUE(page->ok()) << page->reason.value_or("");
    ++count;
    for (const auto& segment : page->value->items) {
      names.push_back(segment.name.value_or(""));
      EXPECT_FALSE(segment.segment_criteria);  // listings leave the criteria out
    }
  }
  EXPECT_EQ(count, 2);
  EXPECT_EQ(names, (std::vector<std::string>{"Anglers", "Bakers", "Cyclists"}));
}

class SegmentExportTest : public BulkTest {};

TEST_F(SegmentExportTest, ExportBySegmentHoldsOnlyItsContacts) {
  ASSERT_TRUE(bulk().import_contacts({rows(2), {list_a}, std::nullopt}, options_).ok());
  ASSERT_TRUE(client().contacts().create(new_contact("outsider@example.com")).ok());
  auto segment = client().segments().create(segment_named("List A"));
  ASSERT_TRUE(segment.ok()) << segment.reason.value_or("");
  ContactExport query;
  query.segment_id = segment.value->segment_id;
  query.fields_ = {"email_address"};
  auto outcome = bulk().export_contacts(query, options_);
  ASSERT_TRUE(outcome.ok()) << outcome.reason.value_or("");
  auto file = bulk().download_export(*outcome.value->chunks.at(0).activity_id);
  ASSERT_TRUE(file.ok()) << file.reason.value_or("");
  EXPECT_EQ(file.value->csv, "email_address\r\nlead0@example.com\r\nlead1@example.com\r\n");
}

}  // namespace
}  // namespace ctct::testing
