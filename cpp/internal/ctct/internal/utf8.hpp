// The UTF-8 checks of the JSON writer (defined in cpp/src/json/json_write.cpp), which a binding
// handing text to its language without JSON uses too, to repair it as to_json does.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace ctct::json {

// True when no byte of `text` is above 0x7F. Short text is most of what is asked about (ids,
// names, timestamps): it is read in at most three loads, never byte by byte.
inline bool is_ascii(std::string_view text) {
  constexpr std::uint64_t high_bits = 0x8080808080808080ULL;
  const char* p = text.data();
  const std::size_t n = text.size();
  const auto load8 = [](const char* at) {
    std::uint64_t word;
    std::memcpy(&word, at, sizeof word);
    return word;
  };
  if (n >= 8) {
    std::uint64_t seen = load8(p + n - 8);  // the last eight, overlapping the loop's last word
    for (std::size_t i = 0; i + 8 <= n; i += 8) seen |= load8(p + i);
    return !(seen & high_bits);
  }
  if (n >= 4) {
    std::uint32_t first, last;
    std::memcpy(&first, p, 4);
    std::memcpy(&last, p + n - 4, 4);
    return !((first | last) & 0x80808080U);
  }
  unsigned char seen = 0;
  for (std::size_t i = 0; i < n; ++i) seen |= static_cast<unsigned char>(p[i]);
  return !(seen & 0x80);
}

// True when `text` is well-formed UTF-8 (no overlongs, no surrogates, nothing past U+10FFFF).
bool valid_utf8(std::string_view text);

// `text` with each ill-formed sequence replaced by U+FFFD (maximal subparts, as Python's
// errors="replace" and JavaScript's TextDecoder do).
std::string repair_utf8(std::string_view text);

}  // namespace ctct::json
