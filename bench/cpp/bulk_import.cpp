// S5 of the benchmarks: imports COUNT contacts into a list through client.bulk() on ctct's
// emulator (in this process) with Constant Contact's 4 requests a second switched on. The
// client runs with its defaults (4/s, retries) and waits for the activities with progress.
// Prints one JSON line: the outcome, its activities, the wall time, and the emulator's counts.
//   ctct_bulk_import COUNT
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>

#include <ctct/bulk.hpp>
#include <ctct/ctct.hpp>
#include <ctct/testing/emulator.hpp>

#include "json/json_write.hpp"

namespace {

std::string json_string(const std::optional<std::string>& text) {
  if (!text) return "null";
  std::string out;
  ctct::json::write_string(out, *text);
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: ctct_bulk_import COUNT\n");
    return 2;
  }
  const long count = std::atol(argv[1]);

  ctct::testing::Emulator emulator;
  emulator.start();
  const std::string seeded = emulator.control("POST", "seed", R"({"lists":[{"name":"Imported"}]})");
  const auto quote = seeded.find('"', seeded.find('[')) + 1;
  const std::string list_id = seeded.substr(quote, seeded.find('"', quote) - quote);
  emulator.control("POST", "limits", R"({"per_second":4})");

  ctct::ContactsImport input;
  input.list_ids = {list_id};
  input.import_data.reserve(static_cast<std::size_t>(count));
  for (long i = 0; i < count; ++i) {
    ctct::ImportContact row;
    row.email = "contact." + std::to_string(i) + "@example.com";
    row.first_name = "Ada";
    row.last_name = "Lovelace";
    row.company_name = "Analytical Engines Ltd";
    input.import_data.push_back(std::move(row));
  }

  // The client's defaults: 4 requests a second, retries; only where to send them is set.
  ctct::Client client({.access_token = emulator.access_token(), .base_url = emulator.v3_url()});
  ctct::BulkOptions options;
  options.on_progress = [](const ctct::BulkProgress& p) {
    std::fprintf(stderr, "import: chunk %ld/%ld %s, %ld of %ld contacts\n", p.chunk + 1, p.chunks,
        p.state.value_or("?").c_str(), p.done, p.total);
  };
  const auto start = std::chrono::steady_clock::now();
  const auto outcome = client.bulk().import_contacts(input, options);
  const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  const std::string stats = emulator.control("GET", "stats");  // before the check below adds one

  // How many contacts the list holds now, read back through the API.
  emulator.control("POST", "limits", R"({"per_second":0})");
  const auto members = client.contacts().list({.lists = {list_id}, .include_count = true, .limit = 1});
  const long in_list = members.ok() && members.value->count ? *members.value->count : -1;

  const auto& value = outcome.value;
  std::printf("{\"wall_s\":%.3f,\"outcome\":\"%s\",\"reason\":%s,\"attempts\":%d,\"activities\":%zu,"
              "\"completed\":%ld,\"error_count\":%ld,\"in_list\":%ld,\"stats\":%s}\n",
      wall, ctct::to_string(outcome.outcome), json_string(outcome.reason).c_str(), outcome.attempts,
      value ? value->chunks.size() : 0, value ? value->completed : 0L, value ? value->error_count : 0L, in_list,
      stats.c_str());
  return 0;
}
