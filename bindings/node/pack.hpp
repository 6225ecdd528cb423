// Results handed to JS packed, for node/unpack.js to build the objects from: every string of the
// result back to back in one JS string, and everything else (which fields are present, numbers,
// booleans, enum values, array lengths, where each string ends) in one array of doubles, in the
// order the fields are described. JS reads both in one pass with object literals it generates
// once per model and per set of present fields: for a page of 500 contacts a fifth of what
// writing JSON text and JSON.parse reading it back cost. The objects are those JSON.parse gave:
// the same keys in the same order, the same omissions and nulls as ctct::to_json.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "ctct/describe.hpp"
#include "ctct/internal/utf8.hpp"
#include "ctct/outcome.hpp"

namespace ctct::node::pack {

// Kept from result to result, so its room is reused: adding is a bounds check and a copy, inlined
// (a page of 500 contacts adds about 7,500 strings and 10,000 numbers).
class Packed {
 public:
  bool ascii = true;      // the text has no byte above 0x7F
  std::size_t units = 0;  // the text's length in UTF-16 code units, as JS counts it

  std::string_view text() const { return {text_.data(), text_end_}; }
  std::span<const double> numbers() const { return {numbers_.data(), numbers_end_}; }

  void clear() {
    ascii = true;
    units = 0;
    text_end_ = numbers_end_ = 0;
  }
  void add_text(std::string_view bytes) {
    if (text_.size() - text_end_ < bytes.size()) text_.resize(std::max(2 * text_.size(), text_end_ + bytes.size()));
    std::memcpy(text_.data() + text_end_, bytes.data(), bytes.size());
    text_end_ += bytes.size();
  }
  void add_number(double value) {
    if (numbers_end_ == numbers_.size()) numbers_.resize(std::max<std::size_t>(2 * numbers_.size(), 256));
    numbers_[numbers_end_++] = value;
  }
  // Where the next number goes, for one set after what follows it (an object's mask).
  std::size_t next_number() const { return numbers_end_; }
  void set_number(std::size_t at, double value) { numbers_[at] = value; }

 private:
  std::string text_;  // sized by the room; text_end_ bytes in use
  std::size_t text_end_ = 0;
  std::vector<double> numbers_;
  std::size_t numbers_end_ = 0;
};

// The described types met so far, each with an id and a JSON description unpack.js reads:
// {"nulls":bool,"fields":[[name,type],...]}, a type being "s" (string), "i" (integer), "f"
// (floating), "b" (boolean), {"e":[names]} (enum), {"o":type} (optional), {"a":type} (array)
// or {"m":id} (described type).
std::uint32_t add_type(std::string (*describe)());
std::string type_description(std::uint32_t id);

template <class T>
std::string describe_type();

template <class T>
std::uint32_t type_id() {
  static const std::uint32_t id = add_type(&describe_type<T>);
  return id;
}

template <class T>
void describe_value(std::string& out) {
  if constexpr (meta::is_text_v<T>) {
    out += "\"s\"";
  } else if constexpr (std::is_same_v<T, bool>) {
    out += "\"b\"";
  } else if constexpr (std::is_integral_v<T>) {
    out += "\"i\"";
  } else if constexpr (std::is_floating_point_v<T>) {
    out += "\"f\"";
  } else if constexpr (meta::named_enum<T>) {
    out += "{\"e\":[";
    const auto& names = meta::enum_names<T>::names;
    for (std::size_t i = 0; i < std::size(names); ++i) out += std::string(i ? ",\"" : "\"") + names[i] + '"';
    out += "]}";
  } else if constexpr (meta::is_optional_v<T>) {
    out += "{\"o\":";
    describe_value<typename T::value_type>(out);
    out += '}';
  } else if constexpr (meta::is_vector_v<T>) {
    out += "{\"a\":";
    describe_value<typename T::value_type>(out);
    out += '}';
  } else {
    static_assert(meta::is_described_v<T>, "results hold described structs and their members");
    out += "{\"m\":" + std::to_string(type_id<T>()) + '}';
  }
}

template <class T>
std::string describe_type() {
  static_assert(std::tuple_size_v<decltype(meta::fields_of<T>)> <= std::numeric_limits<double>::digits,
      "a mask of present fields fits a double exactly");
  std::string out = std::string("{\"nulls\":") + (meta::writes_nulls<T>::value ? "true" : "false") + ",\"fields\":[";
  bool first = true;
  meta::for_each_field<T>([&](const auto& field) {
    using M = std::remove_cvref_t<decltype(std::declval<T>().*(field.member))>;
    out += std::string(first ? "" : ",") + "[\"" + field.name + "\",";
    first = false;
    // Keyed lists spread into their object only in request bodies, never in a result.
    static_assert(!meta::is_keyed_list_v<M>, "a keyed list in a result would need its spread packed");
    describe_value<M>(out);
    out += ']';
  });
  return out + "]}";
}

// Appends one string and where it ends. Text that is not valid UTF-8 (possible only for text
// the core made from bytes it was given) is repaired as to_json repairs it.
inline void pack_string(Packed& out, std::string_view text) {
  if (json::is_ascii(text)) {
    out.add_text(text);
    out.units += text.size();
  } else {
    const std::string repaired = json::valid_utf8(text) ? std::string() : json::repair_utf8(text);
    const std::string_view utf8 = repaired.empty() ? text : repaired;
    out.add_text(utf8);
    out.ascii = false;
    for (const char c : utf8) {
      const auto byte = static_cast<unsigned char>(c);
      out.units += (byte & 0xC0) != 0x80;  // a code point starts: one unit,
      out.units += byte >= 0xF0;           // two when it lies beyond U+FFFF
    }
  }
  out.add_number(static_cast<double>(out.units));
}

template <class T>
void pack_value(Packed& out, const T& value);

// A mask of the fields present, then each present field's value. A field is absent when to_json
// leaves it out, or when it is an empty optional (written as null where T writes nulls).
template <class T>
void pack_object(Packed& out, const T& value) {
  const std::size_t mask_at = out.next_number();
  out.add_number(0);
  std::uint64_t mask = 0, bit = 1;
  meta::for_each_field<T>([&](const auto& field) {
    const auto& member = value.*(field.member);
    using M = std::remove_cvref_t<decltype(member)>;
    if constexpr (meta::is_optional_v<M>) {
      if (member && meta::is_shown<T>(member)) {
        mask |= bit;
        pack_value(out, *member);
      }
    } else if (meta::is_shown<T>(member)) {
      mask |= bit;
      pack_value(out, member);
    }
    bit <<= 1;
  });
  out.set_number(mask_at, static_cast<double>(mask));
}

template <class T>
void pack_value(Packed& out, const T& value) {
  if constexpr (meta::is_text_v<T>) {
    pack_string(out, value);
  } else if constexpr (std::is_same_v<T, bool>) {
    out.add_number(value ? 1 : 0);
  } else if constexpr (std::is_integral_v<T>) {
    out.add_number(static_cast<double>(value));
  } else if constexpr (std::is_floating_point_v<T>) {
    // JSON has no NaN or infinity: to_json writes null, and so does unpack.js for NaN.
    out.add_number(std::isfinite(value) ? static_cast<double>(value) : std::nan(""));
  } else if constexpr (meta::named_enum<T>) {
    out.add_number(static_cast<double>(static_cast<std::size_t>(value)));
  } else if constexpr (meta::is_optional_v<T>) {
    out.add_number(value ? 1 : 0);
    if (value) pack_value(out, *value);
  } else if constexpr (meta::is_vector_v<T>) {
    out.add_number(static_cast<double>(value.size()));
    for (const auto& item : value) pack_value(out, item);
  } else {
    pack_object(out, value);
  }
}

// Packs `result` into `out` (emptied first, its room kept) and answers its type's id.
template <class T>
std::uint32_t pack(Packed& out, const T& result) {
  out.clear();
  pack_value(out, result);
  return type_id<T>();
}

}  // namespace ctct::node::pack
