// What the emulator counts of API traffic (control calls excluded): requests, distinct client
// connections (a client that keeps connections alive opens few), requests per route, and the
// token endpoint's grants by grant type, issued and refused (a rotating refresh token spent twice
// is one refused refresh_token grant).
#pragma once

#include <map>
#include <set>
#include <string>

namespace ctct::emulator {

struct Stats {
  long requests = 0;
  std::set<std::string> connections;                   // "address:port" of each client connection seen
  std::map<std::string, long> by_route;                // "METHOD /pattern" -> requests
  long throttled = 0;                                  // requests the limits answered 429 (throttled or quota_exceeded)
  std::map<std::string, long> grants, refused_grants;  // grant_type -> token requests answered 200 / 4xx

  void record(const std::string& connection, const std::string& route);
  void record_grant(const std::string& grant_type, bool issued);
  // {"requests":N,"connections":N,"by_route":{"GET /v3/contacts":N,...},"throttled":N,
  //  "grants":{"refresh_token":N,...},"refused_grants":{...}}
  std::string json() const;
};

}  // namespace ctct::emulator
