#include "emulator/state/ids.hpp"

#include <cctype>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <random>

namespace ctct::emulator {

namespace {

std::mt19937_64& generator() {
  thread_local std::mt19937_64 engine{std::random_device{}()};
  return engine;
}

std::string iso(std::chrono::system_clock::time_point when, bool millis) {
  const std::time_t seconds = std::chrono::system_clock::to_time_t(when);
  std::tm utc{};
  gmtime_r(&seconds, &utc);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%S", &utc);
  std::string out = text;
  if (millis) {
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(when.time_since_epoch()).count() % 1000;
    char fraction[8];
    std::snprintf(fraction, sizeof fraction, ".%03d", static_cast<int>(ms));
    out += fraction;
  }
  return out + "Z";
}

}  // namespace

std::string new_uuid() {
  std::uniform_int_distribution<int> nibble(0, 15);
  static constexpr char hex[] = "0123456789abcdef";
  std::string id = "xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx";
  for (auto& c : id) {
    if (c == 'x') c = hex[nibble(generator())];
    else if (c == 'y') c = hex[8 + nibble(generator()) % 4];  // the RFC 4122 variant bits
  }
  return id;
}

std::string random_token(std::size_t bytes) {
  std::uniform_int_distribution<int> nibble(0, 15);
  static constexpr char hex[] = "0123456789abcdef";
  std::string token(bytes * 2, '0');
  for (auto& c : token) c = hex[nibble(generator())];
  return token;
}

std::string now_iso() { return iso(std::chrono::system_clock::now(), false); }

std::string today_iso() { return now_iso().substr(0, 10); }

std::string now_iso_millis() { return iso(std::chrono::system_clock::now(), true); }

std::string days_ago_iso(int days) {
  return iso(std::chrono::system_clock::now() - std::chrono::hours(24 * days), false);
}

std::string lower(std::string_view text) {
  std::string out(text);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace ctct::emulator
