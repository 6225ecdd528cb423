#include "json/json_write.hpp"

#include "ctct/internal/utf8.hpp"

#include <cstdint>
#include <cstring>

#include <simdjson.h>

namespace ctct::json {

namespace {

// Reads the multi-byte sequence at `p` (lead byte >= 0x80). Returns how many bytes of it are
// well-formed; `length` is set to the length the lead byte announces (0 for an invalid lead).
// Ranges from Table 3-7 of the Unicode standard: the second byte's range depends on the lead
// byte, which rules out overlongs, surrogates and code points past U+10FFFF.
std::size_t well_formed_prefix(const unsigned char* p, const unsigned char* end, int& length) {
  const unsigned char lead = *p;
  unsigned char low = 0x80, high = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    if (lead == 0xE0) low = 0xA0;
    if (lead == 0xED) high = 0x9F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    if (lead == 0xF0) low = 0x90;
    if (lead == 0xF4) high = 0x8F;
  } else {
    length = 0;
    return 0;
  }
  std::size_t good = 1;
  for (int i = 1; i < length && p + i < end; ++i, ++good) {
    const unsigned char c = p[i];
    if (i == 1 ? (c < low || c > high) : (c & 0xC0) != 0x80) break;
  }
  return good;
}

// Eight bytes at a time: most text is short ASCII with nothing to escape, and looking at it
// byte by byte was most of the time spent writing a page of contacts.
constexpr std::uint64_t ones = 0x0101010101010101ULL, high_bits = 0x8080808080808080ULL;

std::uint64_t word_at(const char* p) {
  std::uint64_t word;
  std::memcpy(&word, p, sizeof word);
  return word;
}

// Non-zero when some byte of `word` is a control character, '"' or '\\' (what JSON escapes).
// Bytes >= 0x80 are never flagged, so UTF-8 text passes as it is.
std::uint64_t needs_escape(std::uint64_t word) {
  const auto zero_byte = [](std::uint64_t x) { return (x - ones) & ~x & high_bits; };
  return ((word - ones * 0x20) & ~word & high_bits) | zero_byte(word ^ (ones * '"')) | zero_byte(word ^ (ones * '\\'));
}

}  // namespace

// simdjson's validator: the same rules (Unicode Table 3-7), checked many bytes at a time.
bool valid_utf8(std::string_view text) {
  // ASCII is valid: checked here first, cheaper for short text than the call.
  return is_ascii(text) || simdjson::validate_utf8(text.data(), text.size());
}

std::string repair_utf8(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 8);
  auto p = reinterpret_cast<const unsigned char*>(text.data());
  const auto end = p + text.size();
  while (p < end) {
    if (*p < 0x80) {
      out += static_cast<char>(*p++);
      continue;
    }
    int length;
    const std::size_t good = well_formed_prefix(p, end, length);
    if (length && good == static_cast<std::size_t>(length)) {
      out.append(reinterpret_cast<const char*>(p), good);
      p += good;
    } else {
      out += "\xEF\xBF\xBD";  // U+FFFD for the maximal ill-formed subpart
      p += good ? good : 1;
    }
  }
  return out;
}

void write_string(std::string& out, std::string_view text) {
  static constexpr char hex[] = "0123456789abcdef";
  out.reserve(out.size() + text.size() + 2);
  out += '"';
  std::size_t run = 0;  // start of the bytes not yet copied
  for (std::size_t i = 0; i < text.size();) {
    if (i + 8 <= text.size() && !needs_escape(word_at(text.data() + i))) {
      i += 8;
      continue;
    }
    const auto c = static_cast<unsigned char>(text[i++]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out.append(text, run, i - 1 - run);
    run = i;
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default: {
        const char escape[] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xF]};
        out.append(escape, sizeof escape);
      }
    }
  }
  out.append(text, run, text.size() - run);
  out += '"';
}

}  // namespace ctct::json
