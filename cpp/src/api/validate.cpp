#include "api/validate.hpp"

#include <algorithm>
#include <array>
#include <cctype>

#include "json/json_write.hpp"

namespace ctct::detail {

namespace {

bool is_hex(char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Length in code points of valid UTF-8 text.
std::size_t characters(std::string_view text) {
  return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) { return !is_continuation(c); }));
}

// The value quoted for a reason, cut after 40 characters so long input is not echoed whole.
std::string quoted(std::string_view text) {
  constexpr std::size_t shown = 40;
  std::size_t end = 0, count = 0;
  while (end < text.size() && count < shown) {
    ++end;
    while (end < text.size() && is_continuation(text[end])) ++end;
    ++count;
  }
  std::string out = "\"";
  out.append(text.substr(0, end));
  if (end < text.size()) out += "...";
  out += '"';
  return out;
}

bool is_ascii_alnum(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

// RFC 5322 atext, and the non-ASCII bytes of UTF-8 text (RFC 6531 internationalised addresses).
bool is_atext(unsigned char c) {
  constexpr std::string_view symbols = "!#$%&'*+-/=?^_`{|}~";
  return is_ascii_alnum(c) || c >= 0x80 || symbols.find(static_cast<char>(c)) != std::string_view::npos;
}

// Runs of characters accepted by `is_part`, one dot between runs, none at either end.
template <class IsPart>
bool dot_separated(std::string_view text, IsPart is_part) {
  std::size_t start = 0;
  while (true) {
    const auto dot = std::min(text.find('.', start), text.size());
    const auto run = text.substr(start, dot - start);
    if (run.empty() || !is_part(run)) return false;
    if (dot == text.size()) return true;
    start = dot + 1;
  }
}

// A host name label: letters, digits and hyphens (or UTF-8, internationalised), not starting or
// ending with a hyphen.
bool is_label(std::string_view label) {
  return label.front() != '-' && label.back() != '-' && std::all_of(label.begin(), label.end(), [](unsigned char c) {
    return is_ascii_alnum(c) || c == '-' || c >= 0x80;
  });
}

// addr-spec with a dot-atom local part (no quoted strings, no comments) and a domain of two or
// more labels: "a@example.com?x=1" or "a@b=c.com" would change the meaning of a URL or a header.
bool is_email(std::string_view text) {
  const auto at = text.rfind('@');
  if (at == std::string_view::npos) return false;
  const auto local = text.substr(0, at), domain = text.substr(at + 1);
  const bool local_ok = dot_separated(local, [](std::string_view run) {
    return std::all_of(run.begin(), run.end(), [](unsigned char c) { return is_atext(c); });
  });
  return local_ok && domain.find('.') != std::string_view::npos && dot_separated(domain, is_label);
}

// Parses 1 to `max_digits` digits at `pos`, advancing it.
std::optional<int> number(std::string_view text, std::size_t& pos, std::size_t min_digits, std::size_t max_digits) {
  int value = 0;
  std::size_t digits = 0;
  while (pos < text.size() && is_digit(text[pos]) && digits < max_digits) {
    value = value * 10 + (text[pos++] - '0');
    ++digits;
  }
  if (digits < min_digits) return std::nullopt;
  return value;
}

// The formats Constant Contact accepts for dates: YYYY-M-D or M-D-YYYY, with '-' or '/'
// (one separator throughout), months and days with or without a leading zero.
bool is_date(std::string_view text) {
  const bool year_first = text.size() > 4 && std::all_of(text.begin(), text.begin() + 4, is_digit) &&
                          !is_digit(text[4]);
  std::size_t pos = 0;
  std::array<std::optional<int>, 3> parts;
  char separator = 0;
  for (std::size_t i = 0; i < 3; ++i) {
    const bool year = year_first ? i == 0 : i == 2;
    parts[i] = year ? number(text, pos, 4, 4) : number(text, pos, 1, 2);
    if (!parts[i]) return false;
    if (i == 2) break;
    if (pos >= text.size() || (text[pos] != '-' && text[pos] != '/')) return false;
    if (separator && text[pos] != separator) return false;
    separator = text[pos++];
  }
  if (pos != text.size()) return false;
  const int year = year_first ? *parts[0] : *parts[2];
  const int month = year_first ? *parts[1] : *parts[0];
  const int day = year_first ? *parts[2] : *parts[1];
  if (month < 1 || month > 12 || day < 1) return false;
  static constexpr int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return day <= days[month - 1] && !(month == 2 && day == 29 && !leap);
}

std::string one_of_list(const char* const* values) {
  std::string out;
  for (auto value = values; *value; ++value) {
    if (value != values) out += ", ";
    out += *value;
  }
  return out;
}

}  // namespace

bool is_uuid(std::string_view text) {
  if (text.size() != 36) return false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
    if (dash ? text[i] != '-' : !is_hex(text[i])) return false;
  }
  return true;
}

bool is_sequence_id(std::string_view text) {
  return !text.empty() && text.find_first_not_of("0123456789") == std::string_view::npos;
}

std::string_view sequence_digits(std::string_view id) {
  const auto first = id.find_first_not_of('0');
  return first != std::string_view::npos ? id.substr(first) : id.empty() ? id : id.substr(id.size() - 1);
}

bool sequence_id_less(std::string_view a, std::string_view b) {
  const auto x = sequence_digits(a), y = sequence_digits(b);
  return x.size() != y.size() ? x.size() < y.size() : x < y;
}

std::string not_unicode(std::string_view field) {
  return std::string(field) + " must be Unicode text; it holds an unpaired surrogate or bytes that are not UTF-8.";
}

namespace validation {

std::string Path::str() const {
  std::string prefix = parent ? parent->str() : std::string();
  if (name.empty() && parent) return prefix + "[" + std::to_string(index) + "]";
  if (!prefix.empty() && !name.empty()) prefix += '.';
  return prefix.append(name);
}

Reason check_string(std::string_view text, const meta::Limits& limits, const Path& path) {
  // A UUID is short ASCII with no line break: unless a length or a list of values applies, it
  // passes every check below, and most ids a call checks are UUIDs.
  if (limits.format == meta::Format::uuid && !limits.max_len && !limits.one_of && is_uuid(text)) return std::nullopt;
  if (limits.required && text.empty()) return required(path, false);
  if (!json::valid_utf8(text)) return not_unicode(path.str());
  if (text.find_first_of(std::string_view("\r\n\0", 3)) != std::string_view::npos)
    return path.str() + " contains a line break or NUL, which Constant Contact cannot store.";
  if (limits.max_len) {
    if (const auto length = characters(text); length > limits.max_len)
      return path.str() + " is " + std::to_string(length) + " characters long; Constant Contact allows at most " +
             std::to_string(limits.max_len) + ".";
  }
  if (limits.one_of) {
    const auto* value = limits.one_of;
    while (*value && text != *value) ++value;
    if (!*value) return path.str() + " must be one of " + one_of_list(limits.one_of) + "; got " + quoted(text) + ".";
  }
  switch (limits.format) {
    case meta::Format::none: break;
    case meta::Format::uuid:
      // A list or contact id may be a v2 id, translated before sending (api/v2_ids.hpp).
      if (limits.id_of != meta::IdOf::none && is_sequence_id(text)) break;
      if (!is_uuid(text))
        return path.str() + " must be an id of 8-4-4-4-12 hexadecimal digits" +
               (limits.id_of != meta::IdOf::none ? " (or a v2 id of decimal digits)" : "") + "; got " + quoted(text) +
               ".";
      break;
    case meta::Format::email:
      if (!is_email(text))
        return path.str() + " must be an email address like name@example.com; got " + quoted(text) + ".";
      break;
    case meta::Format::date:
      if (!is_date(text))
        return path.str() + " must be a date like 2006-11-15 or 11/15/2006; got " + quoted(text) + ".";
      break;
  }
  return std::nullopt;
}

Reason check_integer(long long value, const meta::Limits& limits, const Path& path) {
  if (limits.max_value <= limits.min_value) return std::nullopt;
  if (value >= limits.min_value && value <= limits.max_value) return std::nullopt;
  return path.str() + " is " + std::to_string(value) + "; Constant Contact accepts " +
         std::to_string(limits.min_value) + " to " + std::to_string(limits.max_value) + ".";
}

Reason required(const Path& path, bool list) {
  return path.str() + (list ? " needs at least one item." : " is required.");
}

Reason too_many(std::size_t count, const meta::Limits& limits, const Path& path) {
  return path.str() + " has " + std::to_string(count) + " items; Constant Contact allows at most " +
         std::to_string(limits.max_items) + ".";
}

}  // namespace validation

}  // namespace ctct::detail
