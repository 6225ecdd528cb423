// What the emulator counts of API traffic (control calls excluded): requests, distinct client
// connections (a client that keeps connections alive opens few), and requests per route.
#pragma once

#include <map>
#include <set>
#include <string>

namespace ctct::emulator {

struct Stats {
  long requests = 0;
  std::set<std::string> connections;     // "address:port" of each client connection seen
  std::map<std::string, long> by_route;  // "METHOD /pattern" -> requests
  long throttled = 0;                    // requests the limits answered 429 (throttled or quota_exceeded)

  void record(const std::string& connection, const std::string& route);
  // {"requests":N,"connections":N,"by_route":{"GET /v3/contacts":N,...},"throttled":N}
  std::string json() const;
};

}  // namespace ctct::emulator
