// Bulk file import (multipart CSV), exports and their download, deletes, and the limits the
// emulator itself enforces on requests sent around the client.
#include <curl/curl.h>

#include "bulk_fixture.hpp"

namespace ctct::testing {
namespace {

std::string csv_of(std::size_t count) {
  std::string csv = "email,first_name,last_name\n";
  for (std::size_t i = 0; i < count; ++i) csv += "row" + std::to_string(i) + "@example.com,Row,Number\n";
  return csv;
}

TEST_F(BulkTest, FileImportSendsMultipartAndQuotedFieldsSurvive) {
  FileImport file;
  file.csv =
      "email,first_name,company_name\r\nann@example.com,Ann,\"Acme, Inc.\"\r\nbo@example.com,\"Bo \"\"B\"\"\",Beta\r\n";
  file.list_ids = {list_a};
  auto outcome = bulk().import_file(file, options_);
  ASSERT_TRUE(outcome.ok()) << outcome.reason.value_or("");
  EXPECT_EQ(outcome.value->activity, "contacts_file_import");
  EXPECT_EQ(outcome.value->items, 2);
  EXPECT_EQ(members(list_a), 2);
  ContactQuery query;
  query.email = "ann@example.com";
  EXPECT_EQ(client().contacts().list(query).value->items.at(0).company_name, "Acme, Inc.");
  query.email = "bo@example.com";
  EXPECT_EQ(client().contacts().list(query).value->items.at(0).first_name, "Bo \"B\"");
}

TEST_F(BulkTest, FileOf40000ContactsTakesTwoImportsWithTheHeaderEach) {
  FileImport file;
  file.csv = csv_of(40000);
  file.list_ids = {list_b};
  auto outcome = bulk().import_file(file, options_);
  ASSERT_TRUE(outcome.ok()) << outcome.reason.value_or("");
  ASSERT_EQ(outcome.value->chunks.size(), 2u);
  EXPECT_EQ(outcome.value->chunks[0].items, 39999);
  EXPECT_EQ(outcome.value->chunks[1].items, 1);
  EXPECT_EQ(members(list_b), 40000);
}

TEST_F(BulkTest, FileWithoutRowsIsRefused) {
  FileImport file;
  file.csv = "email\n";
  file.list_ids = {list_a};
  auto outcome = bulk().import_file(file, options_);
  EXPECT_EQ(outcome.outcome, Kind::failure);
  EXPECT_EQ(outcome.attempts, 0);
}

TEST_F(BulkTest, ExportIsDownloadedAsCsv) {
  ASSERT_TRUE(bulk().import_contacts({rows(3), {list_a}, std::nullopt}, options_).ok());
  ContactExport query;
  query.list_ids = {list_a};
  query.fields_ = {"email_address", "first_name"};
  auto outcome = bulk().export_contacts(query, options_);
  ASSERT_TRUE(outcome.ok()) << outcome.reason.value_or("");
  auto file = bulk().download_export(*outcome.value->chunks.at(0).activity_id);
  ASSERT_TRUE(file.ok()) << file.reason.value_or("");
  EXPECT_EQ(file.value->csv.rfind("email_address,first_name\r\n", 0), 0u);
  EXPECT_NE(file.value->csv.find("lead2@example.com,Lead\r\n"), std::string::npos);
  EXPECT_EQ(bulk().download_export(unknown_id).status, 404);
}

TEST_F(BulkTest, ExportOfManyContactIdsIsSplit) {
  ContactExport query;
  query.contact_ids = unknown_ids(501);
  BulkOptions started;
  started.wait = false;
  auto outcome = bulk().export_contacts(query, started);
  ASSERT_TRUE(outcome.ok()) << outcome.reason.value_or("");
  EXPECT_EQ(outcome.value->chunks.size(), 2u);
}

TEST_F(BulkTest, DeletesApply) {
  ASSERT_TRUE(bulk().import_contacts({rows(3), {list_a}, std::nullopt}, options_).ok());
  ContactDelete contacts;
  contacts.list_ids = {list_a};
  auto deleted = bulk().delete_contacts(contacts, options_);
  ASSERT_TRUE(deleted.ok()) << deleted.reason.value_or("");
  EXPECT_EQ(deleted.value->chunks.at(0).items_completed_count, 3);
  EXPECT_EQ(members(list_a), 0);

  auto lists = bulk().delete_lists({{list_a, list_b}}, options_);
  ASSERT_TRUE(lists.ok()) << lists.reason.value_or("");
  EXPECT_EQ(client().lists().get(list_a).status, 404);
}

TEST_F(BulkTest, ContactDeleteNeedsOneKindOfIds) {
  auto outcome = bulk().delete_contacts({}, options_);
  EXPECT_EQ(outcome.outcome, Kind::failure);
  EXPECT_EQ(outcome.attempts, 0);
  auto many = bulk().delete_lists({unknown_ids(101)}, BulkOptions{.wait = false});
  ASSERT_TRUE(many.ok()) << many.reason.value_or("");
  EXPECT_EQ(many.value->chunks.size(), 2u);
}

size_t append(char* data, size_t size, size_t count, void* out) {
  static_cast<std::string*>(out)->append(data, size * count);
  return size * count;
}

// A request sent around the client, to see what the emulator itself refuses.
long post(const std::string& url, const std::string& token, const std::string& body, std::string& answer) {
  CURL* curl = curl_easy_init();
  curl_slist* headers = curl_slist_append(nullptr, ("Authorization: Bearer " + token).c_str());
  headers = curl_slist_append(headers, "Content-Type: application/json");
  curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
  curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
  curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body.c_str());
  curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE, static_cast<long>(body.size()));
  curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, append);
  curl_easy_setopt(curl, CURLOPT_WRITEDATA, &answer);
  long status = 0;
  if (curl_easy_perform(curl) == CURLE_OK) curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
  curl_slist_free_all(headers);
  curl_easy_cleanup(curl);
  return status;
}

TEST_F(BulkTest, EmulatorRefusesRequestsOverTheLimits) {
  const auto base = emulator().v3_url() + "/activities/";
  std::string rows_json;
  for (int i = 0; i < 40001; ++i)
    rows_json += std::string(i ? "," : "") + R"({"email":"x)" + std::to_string(i) + R"(@example.com"})";
  std::string answer;
  EXPECT_EQ(post(base + "contacts_json_import", emulator().access_token(),
                R"({"import_data":[)" + rows_json + R"(],"list_ids":[")" + list_a + R"("]})", answer),
      400);
  EXPECT_NE(answer.find("40,000"), std::string::npos) << answer;

  std::string ids;
  for (const auto& id : unknown_ids(501)) ids += (ids.empty() ? "\"" : ",\"") + id + "\"";
  answer.clear();
  EXPECT_EQ(post(base + "contact_delete", emulator().access_token(), R"({"contact_ids":[)" + ids + "]}", answer), 400);
  EXPECT_NE(answer.find("error_key"), std::string::npos) << answer;
}

}  // namespace
}  // namespace ctct::testing
