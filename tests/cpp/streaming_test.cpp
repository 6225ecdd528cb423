// Listing every contact page by page keeps the client's memory flat: 200,000 contacts, 400
// pages of 500, and the process grows by far less than the contacts would take if kept.
#include <cstdio>
#include <fstream>
#include <string>

#include "v3_fixture.hpp"

namespace ctct::testing {
namespace {

// A "VmRSS:" or "VmHWM:" line of /proc/self/status, in kB (-1 when absent).
long status_kb(const std::string& key) {
  std::ifstream status("/proc/self/status");
  for (std::string line; std::getline(status, line);)
    if (line.rfind(key, 0) == 0) return std::stol(line.substr(key.size()));
  return -1;
}

// Writing 5 to clear_refs resets the peak (VmHWM) to the current RSS (Linux 4.0+), so the
// peak read later is the iteration's own, not the seeding's.
bool reset_peak() {
  std::ofstream clear_refs("/proc/self/clear_refs");
  return static_cast<bool>(clear_refs << "5" << std::flush);
}

class StreamingTest : public V3Test {};

TEST_F(StreamingTest, IteratingTwoHundredThousandContactsKeepsMemoryFlat) {
  constexpr long contacts = 200'000;
  const auto seeded = seed(R"({"generate":{"contacts":)" + std::to_string(contacts) + "}}");
  ASSERT_NE(seeded.find(R"("generated":200000)"), std::string::npos) << seeded;

  // The emulator shares this process: its contacts are stored now, and from here on only the
  // client and the pages being served grow the process.
  const bool peak_was_reset = reset_peak();
  const long baseline_kb = status_kb("VmRSS:");
  ASSERT_GT(baseline_kb, 0);
  long highest_kb = baseline_kb;

  ClientOptions options;
  options.access_token = emulator().access_token();
  options.base_url = emulator().v3_url();
  options.rate_limit.per_second = 0;  // the emulator has no limit on; pacing is not measured here
  Client client(options);
  ContactQuery query;
  query.limit = 500;
  auto pages = client.contacts().pages(query);
  long seen = 0, page_count = 0;
  std::string last_name;
  while (auto page = pages.next()) {
    ASSERT_TRUE(page->ok()) << page->reason.value_or("");
    seen += static_cast<long>(page->value->items.size());
    ++page_count;
    if (!page->value->items.empty()) last_name = page->value->items.back().last_name.value_or("");
    highest_kb = std::max(highest_kb, status_kb("VmRSS:"));
  }
  EXPECT_EQ(seen, contacts);
  EXPECT_EQ(page_count, contacts / 500);
  EXPECT_EQ(last_name, std::to_string(contacts - 1));  // creation order, nothing skipped

  if (peak_was_reset) highest_kb = std::max(highest_kb, status_kb("VmHWM:"));
  const long growth_mb = (highest_kb - baseline_kb) / 1024;
  std::printf("RSS baseline %ld MB, peak %ld MB, growth %ld MB over %ld pages\n", baseline_kb / 1024, highest_kb / 1024,
      growth_mb, page_count);
  EXPECT_LT(growth_mb, 50);
}

TEST_F(StreamingTest, GenerateSeedsContactsOnTheGivenLists) {
  const auto seeded = seed(std::string(R"({"lists":[{"list_id":")") + list_a +
                           R"(","name":"Leads"}],"generate":{"contacts":3,"list_memberships":[")" + list_a + R"("]}})");
  ASSERT_NE(seeded.find(R"("generated":3)"), std::string::npos) << seeded;
  ContactQuery query;
  query.lists = {list_a};
  auto page = client().contacts().list(query);
  ASSERT_TRUE(page.ok()) << page.reason.value_or("");
  ASSERT_EQ(page.value->items.size(), 3u);
  EXPECT_EQ(page.value->items[0].email_address->address, "c0@generated.example.com");
  EXPECT_EQ(page.value->items[2].first_name, "Contact");

  // A second generate continues the numbering; an unknown list is refused whole.
  seed(R"({"generate":{"contacts":2}})");
  query = {};
  query.email = "C4@generated.example.com";
  auto found = client().contacts().list(query);
  ASSERT_TRUE(found.ok()) << found.reason.value_or("");
  ASSERT_EQ(found.value->items.size(), 1u);
  EXPECT_EQ(found.value->items[0].last_name, "4");
  const auto refused = seed(std::string(R"({"generate":{"contacts":1,"list_memberships":[")") + unknown_id + R"("]}})");
  EXPECT_NE(refused.find("generate.invalid"), std::string::npos) << refused;
}

}  // namespace
}  // namespace ctct::testing
