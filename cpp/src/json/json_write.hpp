// A small JSON writer: compact output in described field order, RFC 8259 escaping exactly as
// JavaScript's JSON.stringify does it, and UTF-8 validated (invalid text is refused, not fixed).
#pragma once

#include <charconv>
#include <cmath>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "ctct/describe.hpp"
#include "ctct/outcome.hpp"
#include "json/walk.hpp"

namespace ctct::json {

// True when `text` is well-formed UTF-8 (no overlongs, no surrogates, nothing past U+10FFFF).
bool valid_utf8(std::string_view text);

// Appends `text` as a quoted JSON string. Precondition: valid_utf8(text).
void write_string(std::string& out, std::string_view text);

// JSON of a described struct (or vector, optional, scalar). Returns nullopt with `bad_field`
// set to the dotted path of the first string that is not valid UTF-8.
template <class T>
std::optional<std::string> write(const T& value, std::string* bad_field = nullptr);

// `text` with each ill-formed sequence replaced by U+FFFD (maximal subparts, as Python's
// errors="replace" and JavaScript's TextDecoder do).
std::string repair_utf8(std::string_view text);

// JSON of `value` even when some string is not valid UTF-8 (repaired as by repair_utf8): for
// showing results, never for requests.
template <class T>
std::string write_repaired(const T& value);

namespace detail {

struct Sink {
  std::string out;
  std::string path;     // set on failure: the failing value's path relative to the written one
  bool repair = false;  // replace invalid UTF-8 instead of failing
};

// Each writer appends `value` to `sink.out`; false means invalid UTF-8.
template <class T>
bool write_value(Sink& sink, const T& value);

// Appends a keyed list's items as members "<prefix><name>": value of the object being written.
template <class List>
bool write_keyed(Sink& sink, const List& items, const char* field_name, const char* prefix, bool& first) {
  auto& out = sink.out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    const std::string& name = items[i].name;
    const std::string& value = items[i].value;
    const char* bad = !valid_utf8(name) ? "].name" : !valid_utf8(value) ? "].value" : nullptr;
    if (bad && !sink.repair) {
      sink.path = std::string(field_name) + "[" + std::to_string(i) + bad;
      return false;
    }
    if (!first) out += ',';
    first = false;
    write_string(out, prefix + (bad ? repair_utf8(name) : name));
    out += ':';
    write_string(out, bad ? repair_utf8(value) : value);
  }
  return true;
}

template <class T>
bool write_object(Sink& sink, const T& value) {
  auto& out = sink.out;
  out += '{';
  bool first = true, ok = true;
  meta::for_each_field<T>([&](const auto& field) {
    if (!ok) return;
    const auto& member = value.*(field.member);
    if constexpr (meta::is_keyed_list_v<std::decay_t<decltype(member)>>) {
      if (field.limits.key_prefix) {
        ok = write_keyed(sink, member, field.name, field.limits.key_prefix, first);
        return;
      }
    }
    if (!meta::is_shown<T>(member)) return;
    if (!first) out += ',';
    first = false;
    out += '"';
    out.append(field.key());  // described names are plain ASCII identifiers, their lengths known
    out += "\":";
    if (!write_value(sink, member)) {
      meta::prefix_path(sink.path, field.name);
      ok = false;
    }
  });
  out += '}';
  return ok;
}

template <class T>
bool write_value(Sink& sink, const T& value) {
  auto& out = sink.out;
  if constexpr (meta::is_text_v<T>) {
    if (valid_utf8(value)) {
      write_string(out, value);
    } else if (sink.repair) {
      write_string(out, repair_utf8(value));
    } else {
      return false;
    }
  } else if constexpr (std::is_same_v<T, bool>) {
    out += value ? "true" : "false";
  } else if constexpr (std::is_integral_v<T>) {
    char buffer[24];
    auto end = std::to_chars(buffer, buffer + sizeof buffer, value).ptr;
    out.append(buffer, end);
  } else if constexpr (std::is_floating_point_v<T>) {
    // The shortest text that reads back as the same number; JSON has no NaN or infinity.
    if (!std::isfinite(value)) {
      out += "null";
      return true;
    }
    char buffer[32];
    auto end = std::to_chars(buffer, buffer + sizeof buffer, value).ptr;
    out.append(buffer, end);
  } else if constexpr (std::is_same_v<T, Kind>) {
    out += '"';
    out += to_string(value);
    out += '"';
  } else if constexpr (meta::is_optional_v<T>) {
    if (!value) {
      out += "null";
      return true;
    }
    return write_value(sink, *value);
  } else if constexpr (meta::is_vector_v<T>) {
    out += '[';
    for (std::size_t i = 0; i < value.size(); ++i) {
      if (i) out += ',';
      if (!write_value(sink, value[i])) {
        meta::prefix_path(sink.path, "[" + std::to_string(i) + "]");
        return false;
      }
    }
    out += ']';
  } else {
    static_assert(meta::is_described_v<T>, "json::write supports described structs only");
    return write_object(sink, value);
  }
  return true;
}

}  // namespace detail

template <class T>
std::optional<std::string> write(const T& value, std::string* bad_field) {
  detail::Sink sink;
  if (!detail::write_value(sink, value)) {
    if (bad_field) *bad_field = std::move(sink.path);
    return std::nullopt;
  }
  return std::move(sink.out);
}

template <class T>
std::string write_repaired(const T& value) {
  detail::Sink sink;
  sink.repair = true;
  detail::write_value(sink, value);
  return std::move(sink.out);
}

}  // namespace ctct::json
