#include "surrogates.hpp"

#include <cctype>
#include <optional>
#include <string_view>

namespace vectors {
namespace {

// The code point of the "\uXXXX" escape at `at` in `text`, or nullopt when there is none.
std::optional<unsigned> escape_at(std::string_view text, std::size_t at) {
  if (text.substr(at, 2) != "\\u" || text.size() < at + 6) return std::nullopt;
  const auto hex = text.substr(at + 2, 4);
  for (char c : hex)
    if (!std::isxdigit(static_cast<unsigned char>(c))) return std::nullopt;
  return static_cast<unsigned>(std::stoul(std::string(hex), nullptr, 16));
}

bool is_surrogate(unsigned code) { return code >= 0xD800 && code <= 0xDFFF; }
bool is_high(unsigned code) { return code >= 0xD800 && code <= 0xDBFF; }
bool is_low(unsigned code) { return code >= 0xDC00 && code <= 0xDFFF; }

}  // namespace

std::string escape_lone_surrogates(const std::string& vector_text) {
  std::string out;
  for (std::size_t i = 0; i < vector_text.size();) {
    if (vector_text[i] != '\\') {
      out += vector_text[i++];
      continue;
    }
    const auto code = escape_at(vector_text, i);
    std::size_t length = code ? 6 : 2;  // an escape, or a backslash and the character it escapes
    if (code && is_high(*code)) {
      if (const auto next = escape_at(vector_text, i + 6); next && is_low(*next)) length = 12;
    }
    if (code && is_surrogate(*code) && length == 6) out += '\\';
    out.append(vector_text, i, length);
    i += length;
  }
  return out;
}

void restore_lone_surrogates(std::string& text) {
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    const auto code = escape_at(text, i);
    if (!code || !is_surrogate(*code)) {
      out += text[i++];
      continue;
    }
    out += static_cast<char>(0xE0 | (*code >> 12));
    out += static_cast<char>(0x80 | ((*code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (*code & 0x3F));
    i += 6;
  }
  text = std::move(out);
}

}  // namespace vectors
