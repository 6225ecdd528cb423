// JS strings as the UTF-8 text the core takes. A JS string may hold a lone surrogate, which
// UTF-8 cannot encode (Node-API would put U+FFFD in its place and the core would send a changed
// value): such a string is passed as WTF-8 instead, so that the core refuses it with the same
// outcome as in C++ and Python.
#pragma once

#include <string>

#include <napi.h>

namespace ctct::node {

// `value`'s text: UTF-8, or WTF-8 (a lone surrogate as its 3-byte form) when it holds one.
inline std::string text_of(const Napi::String& value) {
  // A short string (an id, an option) is read in one call, not one for its length and one for its
  // text. V8 writes no partial character: a string cut short fills the buffer to within 4 bytes.
  char buffer[128];
  std::size_t length = 0;
  const napi_status status = napi_get_value_string_utf8(value.Env(), value, buffer, sizeof buffer, &length);
  NAPI_THROW_IF_FAILED(value.Env(), status, std::string());
  std::string utf8 = length + 4 < sizeof buffer ? std::string(buffer, length) : value.Utf8Value();
  // Only a string whose UTF-8 holds U+FFFD can have had a lone surrogate replaced; the UTF-16
  // form tells a real U+FFFD from a replaced one.
  if (utf8.find("\xEF\xBF\xBD") == std::string::npos) return utf8;
  std::u16string units = value.Utf16Value();
  std::string out;
  out.reserve(utf8.size());
  for (std::size_t i = 0; i < units.size(); ++i) {
    char32_t code = units[i];
    if (code >= 0xD800 && code <= 0xDBFF && i + 1 < units.size() && units[i + 1] >= 0xDC00 && units[i + 1] <= 0xDFFF)
      code = 0x10000 + ((code - 0xD800) << 10) + (units[++i] - 0xDC00);
    if (code < 0x80) {
      out += static_cast<char>(code);
    } else if (code < 0x800) {
      out += static_cast<char>(0xC0 | (code >> 6));
      out += static_cast<char>(0x80 | (code & 0x3F));
    } else if (code < 0x10000) {  // a lone surrogate too: ED A0..BF xx
      out += static_cast<char>(0xE0 | (code >> 12));
      out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (code & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (code >> 18));
      out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (code & 0x3F));
    }
  }
  return out;
}

}  // namespace ctct::node
