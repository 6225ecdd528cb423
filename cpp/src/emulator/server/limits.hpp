// Constant Contact's request limits, when switched on through POST /__emulator/limits: a
// per-second token bucket (429 throttled) and a daily count (429 quota_exceeded).
#pragma once

#include <chrono>
#include <optional>
#include <string>

#include "emulator/server/exchange.hpp"

namespace ctct::emulator {

class Limits {
 public:
  // per_second 0 and daily 0 switch that limit off.
  void configure(double per_second, long daily);
  void reset() { *this = Limits{}; }
  // The 429 for one more API request, or nullopt when it may go on (and is counted).
  std::optional<Response> take();
  // The settings, the requests accepted today and the 429s answered since they were set, as JSON.
  std::string describe() const;

 private:
  using Clock = std::chrono::steady_clock;
  double per_second_ = 0;
  long daily_ = 0;
  double tokens_ = 0;
  Clock::time_point updated_{};
  long used_today_ = 0;
  long throttled_ = 0, quota_exceeded_ = 0;  // 429s answered
};

}  // namespace ctct::emulator
