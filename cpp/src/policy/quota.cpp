#include "policy/quota.hpp"

#include <cstdio>

#include "api/classify.hpp"

namespace ctct::policy {
namespace {

// "2026-12-07 00:00 UTC".
std::string utc_day_start(std::chrono::system_clock::time_point when) {
  const std::chrono::year_month_day day{std::chrono::floor<std::chrono::days>(when)};
  char text[32];
  std::snprintf(text, sizeof text, "%04d-%02u-%02u 00:00 UTC", static_cast<int>(day.year()),
      static_cast<unsigned>(day.month()), static_cast<unsigned>(day.day()));
  return text;
}

}  // namespace

bool quota_exceeded(const http::Response& response) {
  return response.status == 429 && detail::classify(response, "", 0).error_key == "quota_exceeded";
}

Outcome<Empty> quota_refusal(const RateLimiter::Slot& slot, const RateLimit& limit) {
  Outcome<Empty> outcome;
  outcome.outcome = Kind::failure;
  outcome.error_key = "quota_exceeded";
  const std::string resets = "; it resets at " + utc_day_start(*slot.resets) + ": wait until then or ";
  outcome.reason = slot.over_budget ? "The daily budget of " + std::to_string(limit.per_day) +
                                          " requests for this API key (the rate limit's per_day) is used up, so "
                                          "nothing was sent" +
                                          resets + "raise per_day."
                                    : "Constant Contact's daily limit of requests for this API key is used up (429 "
                                      "quota_exceeded to an earlier request), so nothing was sent" +
                                          resets + "ask Constant Contact for a higher limit.";
  return outcome;
}

}  // namespace ctct::policy
