// The child of answer_memory_test: reads one contacts page from the v3 base URL in argv[1], in
// a process of its own so that its peak resident memory is the read's alone, and prints
// "<peak growth in KiB> <outcome kind>".
#include <sys/resource.h>

#include <cstdio>

#include "ctct/client.hpp"

namespace {

long peak_kib() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) return 2;
  ctct::ClientOptions options{"probe-token", argv[1]};
  options.retry.max_attempts = 1;
  options.rate_limit.per_second = 0;
  ctct::Client client(std::move(options));
  const long before = peak_kib();
  auto outcome = client.contacts().list();
  const long after = peak_kib();
  std::printf("%ld %s\n", after - before, ctct::to_string(outcome.outcome));
  return 0;
}
