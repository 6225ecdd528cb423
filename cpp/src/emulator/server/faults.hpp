// Faults injected on request through /__emulator/faults: a status and body, a delay, a dropped
// or reset connection, a malformed, truncated, dripped or oversized body, for the next N
// matching requests.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "emulator/server/exchange.hpp"
#include "emulator/wire.hpp"

namespace ctct::emulator {

struct Fault {
  std::string method;  // upper case; empty matches every method
  std::string path;    // exact path without query, or a prefix when it ends in '*'
  int status = 0;      // 0: no answer of its own (a delay only, or the action's default)
  std::string body;    // sent as application/json
  long delay_ms = 0;
  std::string action;      // "", "drop", "drop_after", "malformed", "truncate", "reset", "drip", "large"
  long times = 1;          // requests left to fault; 0: every request until cleared
  long interval_ms = 100;  // drip: the wait after each byte
  long bytes = 1 << 20;    // large: the body's size
  std::string location;    // sent as the Location header of a `status` answer (redirects)

  bool matches(const std::string& request_method, const std::string& request_path) const;
  // The answer this fault gives, or nullopt when it only delays the normal answer.
  std::optional<Response> response() const;
  FaultSpec spec() const;
};

// Reads a posted fault; nullopt with `why` set when it is not a valid one.
std::optional<Fault> read_fault(std::string_view body, std::string& why);

class Faults {
 public:
  void add(Fault fault) { faults_.push_back(std::move(fault)); }
  void clear() { faults_.clear(); }
  std::vector<FaultSpec> specs() const;
  // The first fault matching the request, counted as used (removed when its times run out).
  std::optional<Fault> take(const std::string& method, const std::string& path);

 private:
  std::vector<Fault> faults_;
};

}  // namespace ctct::emulator
