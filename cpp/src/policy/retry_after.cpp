#include "policy/retry_after.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <ctime>

namespace ctct::policy {
namespace {

std::string_view trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

std::optional<long> number(std::string_view text) {
  long value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

// "Sun, 06 Nov 1994 08:49:37 GMT" (IMF-fixdate, the form servers must send).
std::optional<std::chrono::system_clock::time_point> http_date(std::string_view text) {
  static constexpr std::array<std::string_view, 12> months = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug",
      "Sep", "Oct", "Nov", "Dec"};
  if (text.size() != 29 || text[3] != ',' || text.substr(26) != "GMT") return std::nullopt;
  auto day = number(text.substr(5, 2)), year = number(text.substr(12, 4)), hour = number(text.substr(17, 2)),
       minute = number(text.substr(20, 2)), second = number(text.substr(23, 2));
  int month = -1;
  for (int i = 0; i < 12; ++i)
    if (months[i] == text.substr(8, 3)) month = i;
  if (!day || !year || !hour || !minute || !second || month < 0) return std::nullopt;
  std::tm tm{};
  tm.tm_year = static_cast<int>(*year) - 1900;
  tm.tm_mon = month;
  tm.tm_mday = static_cast<int>(*day);
  tm.tm_hour = static_cast<int>(*hour);
  tm.tm_min = static_cast<int>(*minute);
  tm.tm_sec = static_cast<int>(*second);
  const std::time_t seconds = timegm(&tm);
  // The clock counts nanoseconds, about 292 years either side of 1970: a date beyond half of
  // that (so that subtracting now cannot overflow either) is not one a server means.
  constexpr auto reach =
      std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::duration::max()).count() / 2;
  if (seconds == -1 || seconds > reach || seconds < -reach) return std::nullopt;
  return std::chrono::system_clock::from_time_t(seconds);
}

}  // namespace

std::optional<std::chrono::milliseconds> parse_retry_after(std::string_view value,
    std::chrono::system_clock::time_point now) {
  value = trim(value);
  if (value.empty()) return std::nullopt;
  if (auto seconds = number(value)) {
    if (*seconds < 0) return std::nullopt;
    // More seconds than milliseconds can count is as long a wait as can be.
    constexpr long most = std::chrono::milliseconds::max().count() / 1000;
    return std::chrono::milliseconds(std::min(*seconds, most) * 1000);
  }
  auto when = http_date(value);
  if (!when) return std::nullopt;
  if (*when <= now) return std::chrono::milliseconds(0);
  return std::chrono::ceil<std::chrono::milliseconds>(*when - now);
}

}  // namespace ctct::policy
