#include "emulator/server/limits.hpp"

#include <algorithm>

namespace ctct::emulator {

void Limits::configure(double per_second, long daily) {
  per_second_ = per_second;
  daily_ = daily;
  tokens_ = per_second;  // a full bucket: as many requests at once as in one second
  updated_ = Clock::now();
  used_today_ = 0;
  throttled_ = quota_exceeded_ = 0;
}

std::optional<Response> Limits::take() {
  if (daily_ > 0 && used_today_ >= daily_) {
    ++quota_exceeded_;
    return error_object(429, "quota_exceeded", "Limit Exceeded");
  }
  if (per_second_ > 0) {
    const auto now = Clock::now();
    tokens_ = std::min(per_second_, tokens_ + std::chrono::duration<double>(now - updated_).count() * per_second_);
    updated_ = now;
    if (tokens_ < 1) {
      ++throttled_;
      return error_object(429, "throttled", "Too Many Requests");
    }
    tokens_ -= 1;
  }
  ++used_today_;
  return std::nullopt;
}

std::string Limits::describe() const {
  return "{\"per_second\":" + std::to_string(static_cast<long>(per_second_)) + ",\"daily\":" + std::to_string(daily_) +
         ",\"used_today\":" + std::to_string(used_today_) + ",\"throttled\":" + std::to_string(throttled_) +
         ",\"quota_exceeded\":" + std::to_string(quota_exceeded_) + "}";
}

}  // namespace ctct::emulator
