// What the C++ client programs of the benchmarks share: the clock, CPU time, the figures they
// print as one JSON line (the same keys and percentile rule as the Python and Node clients) and
// the sequential loop.
#pragma once

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace bench {

using Clock = std::chrono::steady_clock;

inline double cpu_seconds() {  // user + system time of every thread of this process
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  auto seconds = [](timeval t) { return static_cast<double>(t.tv_sec) + t.tv_usec / 1e6; };
  return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

// The bearer token every client sends, from run.py (CTCT_BENCH_TOKEN); ends the program without it.
inline const char* token() {
  const char* value = std::getenv("CTCT_BENCH_TOKEN");
  if (!value || !*value) {
    std::fprintf(stderr, "CTCT_BENCH_TOKEN is not set: run the clients through bench/run.py\n");
    std::exit(2);
  }
  return value;
}

inline double ms_since(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

struct Figures {
  std::vector<double> latencies_ms;
  long errors = 0;
  double wall_s = 0, cpu_s = 0;
};

// Nearest-rank percentile, the same rule as the Python and Node clients.
inline double percentile(std::vector<double> values, double p) {
  if (values.empty()) return 0;
  std::sort(values.begin(), values.end());
  auto rank = static_cast<std::size_t>(std::ceil(p * static_cast<double>(values.size())));
  return values[std::max<std::size_t>(rank, 1) - 1];
}

inline void print(const Figures& f) {
  std::printf("{\"calls\":%zu,\"errors\":%ld,\"wall_s\":%.6f,\"cpu_s\":%.6f,\"p50_ms\":%.4f,\"p99_ms\":%.4f}\n",
      f.latencies_ms.size(), f.errors, f.wall_s, f.cpu_s, percentile(f.latencies_ms, 0.50),
      percentile(f.latencies_ms, 0.99));
}

// Calls `call` (true when the answer is what the scenario expects) one after another.
template <class Call>
Figures sequential(Call call, double seconds, int warmup) {
  Figures f;
  for (int i = 0; i < warmup; ++i) call();
  const double cpu0 = cpu_seconds();
  const auto start = Clock::now();
  const auto deadline = start + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(seconds));
  for (auto now = start; now < deadline; now = Clock::now()) {
    if (!call()) ++f.errors;
    f.latencies_ms.push_back(ms_since(now));
  }
  f.wall_s = ms_since(start) / 1000;
  f.cpu_s = cpu_seconds() - cpu0;
  return f;
}

}  // namespace bench
