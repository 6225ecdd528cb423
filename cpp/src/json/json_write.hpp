// A small JSON writer: compact output in described field order, RFC 8259 escaping exactly as
// JavaScript's JSON.stringify does it, and UTF-8 validated (invalid text is refused, not fixed).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace ctct::json {

// True when `text` is well-formed UTF-8 (no overlongs, no surrogates, nothing past U+10FFFF).
bool valid_utf8(std::string_view text);

// Appends `text` as a quoted JSON string. Precondition: valid_utf8(text).
void write_string(std::string& out, std::string_view text);

// JSON of a described struct (or vector, optional, scalar). Returns nullopt with `bad_field`
// set to the dotted path of the first string that is not valid UTF-8.
template <class T>
std::optional<std::string> write(const T& value, std::string* bad_field = nullptr);

}  // namespace ctct::json
