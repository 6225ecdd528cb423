// Load: one client shared by 8 threads, 5,000 calls each in rounds, against the emulator with no
// rate limit. Every outcome is accounted for (the injected 404s exactly), the emulator counts
// the same requests, and memory stays flat from round to round.
#include <gtest/gtest.h>
#include <simdjson.h>

#include <atomic>
#include <fstream>
#include <iostream>
#include <string>
#include <thread>
#include <vector>

#include "ctct/client.hpp"
#include "ctct/testing/emulator.hpp"

namespace {

constexpr int threads = 8;
constexpr int rounds = 5;
constexpr int calls_per_round = 1000;   // per thread: 5 rounds of 1,000 make 5,000 calls each
constexpr int injected_per_round = 25;  // 404s the emulator answers on purpose each round
constexpr long allowed_growth_kb = 10 * 1024;

constexpr const char* list_id = "11111111-1111-4111-8111-00000000a0ad";
constexpr const char* contact_id = "cccccccc-cccc-4ccc-8ccc-00000000a0ad";

// Resident memory of this process, from /proc (Linux).
long rss_kb() {
  std::ifstream status("/proc/self/status");
  for (std::string line; std::getline(status, line);)
    if (line.rfind("VmRSS:", 0) == 0) return std::stol(line.substr(6));
  return -1;
}

struct Counts {
  std::atomic<long> success{0}, failure{0}, error{0}, attempts{0}, not_found{0}, other{0};

  template <class T>
  void add(const ctct::Outcome<T>& outcome) {
    attempts += outcome.attempts;
    switch (outcome.outcome) {
      case ctct::Kind::success: ++success; break;
      case ctct::Kind::failure:
        ++(outcome.status == 404 ? not_found : other);
        ++failure;
        break;
      case ctct::Kind::error: ++error; break;
    }
  }
};

long emulator_requests(ctct::testing::Emulator& emulator, const std::string& route) {
  simdjson::dom::parser parser;
  const simdjson::padded_string text(emulator.control("GET", "stats"));
  auto count = parser.parse(text)["by_route"][route].get_int64();
  return count.error() ? 0 : static_cast<long>(count.value());
}

TEST(Load, EightThreadsShareOneClientWithEveryOutcomeAccountedForAndFlatMemory) {
  ctct::testing::Emulator emulator;
  emulator.start();
  emulator.control("POST", "seed",
      std::string(R"({"lists":[{"list_id":")") + list_id + R"(","name":"Load"}],"contacts":[{"contact_id":")" +
          contact_id + R"(","email_address":{"address":"load@example.com"}}]})");
  ctct::ClientOptions options;
  options.access_token = emulator.access_token();
  options.base_url = emulator.v3_url();
  options.rate_limit.per_second = 0;
  ctct::Client client(options);

  const std::string list_route = "GET /v3/contact_lists/{list_id}";
  const std::string contact_route = "GET /v3/contacts/{contact_id}";
  std::vector<long> rss;
  for (int round = 0; round < rounds; ++round) {
    emulator.control("POST", "faults",
        std::string(R"({"method":"GET","path":"/v3/contact_lists/)") + list_id +
            R"(","status":404,"body":"[{\"error_key\":\"not_found\",\"error_message\":\"Injected.\"}]","times":)" +
            std::to_string(injected_per_round) + "}");
    const long lists_before = emulator_requests(emulator, list_route);
    const long contacts_before = emulator_requests(emulator, contact_route);
    Counts counts;
    std::vector<std::thread> workers;
    for (int t = 0; t < threads; ++t)
      workers.emplace_back([&] {
        for (int i = 0; i < calls_per_round; ++i) {
          if (i % 2 == 0) counts.add(client.lists().get(list_id));
          else counts.add(client.contacts().get(contact_id));
        }
      });
    for (auto& worker : workers) worker.join();

    const long calls = threads * calls_per_round;
    SCOPED_TRACE("round " + std::to_string(round + 1));
    EXPECT_EQ(counts.success + counts.failure + counts.error, calls);
    EXPECT_EQ(counts.success, calls - injected_per_round);
    EXPECT_EQ(counts.not_found, injected_per_round);
    EXPECT_EQ(counts.other, 0);
    EXPECT_EQ(counts.error, 0);
    EXPECT_EQ(counts.attempts, calls);  // nothing was retried: a 404 is final
    EXPECT_EQ(emulator_requests(emulator, list_route) - lists_before, calls / 2);
    EXPECT_EQ(emulator_requests(emulator, contact_route) - contacts_before, calls / 2);
    rss.push_back(rss_kb());
  }
  std::string figures;
  for (const long kb : rss) figures += std::to_string(kb) + " ";
  std::cout << "RSS per round (kB): " << figures << "\n";
  // Round 1 and 2 warm pools and allocator arenas; after that, memory must not grow.
  EXPECT_LT(rss.back() - rss[1], allowed_growth_kb) << "RSS per round (kB): " << figures;
}

}  // namespace
