// One client process of the benchmarks: runs one scenario against base_url until `seconds` have
// passed and prints its figures as one JSON line (bench/run.py adds peak memory and ratios).
//   ctct_bench get|create|inflight|page BASE_URL CONTACT_ID SECONDS WARMUP [IN_FLIGHT]
//   ctct_bench iterate BASE_URL COUNT   (contacts read page by page, pages of 500, up to COUNT)
#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <string>

#include <ctct/ctct.hpp>

#include "figures.hpp"

namespace {

using namespace bench;

// Keeps `in_flight` GETs going through the callback form: each completion starts the next call
// on the client's I/O thread until the deadline, so figures are touched by that thread only.
class InFlight {
 public:
  InFlight(ctct::Client& client, std::string id) : client_(client), id_(std::move(id)) {}

  Figures run(int in_flight, double seconds) {
    const double cpu0 = cpu_seconds();
    const auto start = Clock::now();
    deadline_ = start + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(seconds));
    active_ = in_flight;
    for (int i = 0; i < in_flight; ++i) next();
    std::unique_lock lock(mutex_);
    done_.wait(lock, [&] { return active_ == 0; });
    figures_.wall_s = ms_since(start) / 1000;
    figures_.cpu_s = cpu_seconds() - cpu0;
    return figures_;
  }

 private:
  void next() {
    const auto sent = Clock::now();
    client_.contacts().get(id_, {}, [this, sent](ctct::Outcome<ctct::Contact> outcome) {
      if (!outcome.ok() || !outcome.value->email_address) ++figures_.errors;
      figures_.latencies_ms.push_back(ms_since(sent));
      if (Clock::now() < deadline_) return next();
      std::lock_guard lock(mutex_);
      if (--active_ == 0) done_.notify_one();
    });
  }

  ctct::Client& client_;
  std::string id_;
  Clock::time_point deadline_;
  Figures figures_;
  std::mutex mutex_;
  std::condition_variable done_;
  int active_ = 0;
};

// The process's peak resident memory in MB (VmHWM), read by the process itself at its end: a
// run of a few milliseconds ends before run.py's sampling sees it.
double peak_rss_mb() {
  std::FILE* status = std::fopen("/proc/self/status", "r");
  char line[256];
  long kib = 0;
  while (status && std::fgets(line, sizeof line, status))
    if (std::sscanf(line, "VmHWM: %ld", &kib) == 1) break;
  if (status) std::fclose(status);
  return kib / 1024.0;
}

// Reads contacts page by page, as a sync job does, up to `count`; each page is dropped before
// the next is read, so the process's peak RSS (run.py) shows whether memory stays flat.
int iterate(const char* base_url, std::size_t count) {
  ctct::Client client({.access_token = bench::token(), .base_url = base_url, .rate_limit = {.per_second = 0}});
  const double cpu0 = cpu_seconds();
  const auto start = Clock::now();
  std::size_t contacts = 0, errors = 0;
  auto pages = client.contacts().pages({.limit = 500});
  while (contacts < count && !pages.done()) {
    auto page = pages.next();
    if (!page->ok()) return std::fprintf(stderr, "ctct_bench: %s\n", page->reason.value_or("").c_str()), 1;
    for (const auto& item : page->value->items) {
      errors += !(item.email_address && item.email_address->address);
      if (++contacts == count) break;
    }
  }
  std::printf("{\"contacts\":%zu,\"errors\":%zu,\"wall_s\":%.6f,\"cpu_s\":%.6f,\"rss_mb\":%.1f}\n", contacts, errors,
      ms_since(start) / 1000, cpu_seconds() - cpu0, peak_rss_mb());
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc == 4 && std::string(argv[1]) == "iterate") return iterate(argv[2], std::strtoul(argv[3], nullptr, 10));
  if (argc < 6) {
    std::fprintf(stderr, "usage: ctct_bench get|create|inflight|page BASE_URL CONTACT_ID SECONDS WARMUP [IN_FLIGHT]\n");
    return 2;
  }
  const std::string scenario = argv[1], id = argv[3];
  const double seconds = std::atof(argv[4]);
  const int warmup = std::atoi(argv[5]);
  const int in_flight = argc > 6 ? std::atoi(argv[6]) : 64;

  // No client-side rate limit: the benchmark measures the client, not Constant Contact's 4/s.
  // One connection per request in flight, as the other clients of S3 open (undici's Pool sized
  // to it, aiohttp's default of 100).
  ctct::HttpOptions http;
  http.max_connections = static_cast<std::size_t>(std::max(in_flight, 1));
  ctct::Client client(
      {.access_token = bench::token(), .base_url = argv[2], .http = http, .rate_limit = {.per_second = 0}});

  ctct::Contact contact;
  contact.email_address = ctct::EmailAddress{.address = "ada.lovelace@example.com"};
  contact.first_name = "Ada";
  contact.last_name = "Lovelace";
  contact.create_source = "Contact";

  Figures figures;
  if (scenario == "get") {
    figures = sequential(
        [&] {
          auto outcome = client.contacts().get(id);
          return outcome.ok() && outcome.value->email_address.has_value();
        },
        seconds, warmup);
  } else if (scenario == "create") {
    figures = sequential(
        [&] {
          auto outcome = client.contacts().create(contact);
          return outcome.ok() && outcome.status == 201 && outcome.value->contact_id.has_value();
        },
        seconds, warmup);
  } else if (scenario == "page") {
    figures = sequential(
        [&] {
          auto outcome = client.contacts().list({.limit = 500});
          if (!outcome.ok()) return false;
          std::size_t emails = 0;
          for (const auto& item : outcome.value->items)
            emails += item.email_address && item.email_address->address && !item.email_address->address->empty();
          return emails == 500;
        },
        seconds, warmup);
  } else if (scenario == "inflight") {
    sequential([&] { return client.contacts().get(id).ok(); }, 0, warmup);
    figures = InFlight(client, id).run(in_flight, seconds);
  } else {
    std::fprintf(stderr, "ctct_bench: unknown scenario %s\n", scenario.c_str());
    return 2;
  }
  print(figures);
  return 0;
}
