// Checks input against its description (required fields, lengths, enums, formats, ranges)
// before a request is sent, so the caller gets one sentence naming the field instead of a
// round trip and a 400.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <type_traits>

#include "ctct/describe.hpp"
#include "json/walk.hpp"

namespace ctct::detail {

// True for 8-4-4-4-12 hexadecimal digits, the form of every Constant Contact v3 id.
bool is_uuid(std::string_view text);
// A v2 id (a "sequence id" of the xref endpoints): decimal digits.
bool is_sequence_id(std::string_view text);
// Its digits without leading zeros: "0987" and "987" name the same v2 resource.
std::string_view sequence_digits(std::string_view id);
// Whether sequence id a is below b as numbers (the order the xref endpoints answer in).
bool sequence_id_less(std::string_view a, std::string_view b);

// The reason for text that is not valid UTF-8, named `field`: a lone surrogate from Python or
// JavaScript reaches the core as WTF-8, so every language refuses it with this same sentence.
std::string not_unicode(std::string_view field);

// The reason `value` cannot be sent (e.g. "contact.first_name is 57 characters long; Constant
// Contact allows at most 50."), or nullopt when it can. `root` prefixes every field path.
template <class T>
std::optional<std::string> validate(const T& value, std::string_view root);

namespace validation {

// A field path kept on the stack while walking and only spelled out for a reason.
struct Path {
  const Path* parent = nullptr;
  std::string_view name;  // a field name, or empty for an array index
  std::size_t index = 0;
  std::string str() const;
};

using Reason = std::optional<std::string>;

Reason check_string(std::string_view text, const meta::Limits& limits, const Path& path);
Reason check_integer(long long value, const meta::Limits& limits, const Path& path);
Reason required(const Path& path, bool list);
Reason too_many(std::size_t count, const meta::Limits& limits, const Path& path);

template <class T>
Reason check_struct(const T& value, const Path& path);

// Checks one value against the limits of the field that holds it.
template <class M>
Reason check(const M& member, const meta::Limits& limits, const Path& path) {
  if constexpr (meta::is_text_v<M>) {
    return check_string(member, limits, path);
  } else if constexpr (std::is_same_v<M, bool>) {
    return std::nullopt;
  } else if constexpr (std::is_integral_v<M>) {
    return check_integer(member, limits, path);
  } else if constexpr (meta::is_optional_v<M>) {
    if (!member) return limits.required ? required(path, false) : std::nullopt;
    return check(*member, limits, path);
  } else if constexpr (meta::is_vector_v<M>) {
    if (member.empty()) return limits.required ? required(path, true) : std::nullopt;
    if (limits.max_items && member.size() > limits.max_items) return too_many(member.size(), limits, path);
    for (std::size_t i = 0; i < member.size(); ++i) {
      // Items carry the field's string limits (lengths, formats); `required` concerns the list.
      auto item_limits = limits;
      item_limits.required = false;
      if (auto reason = check(member[i], item_limits, Path{&path, {}, i})) return reason;
    }
    return std::nullopt;
  } else if constexpr (meta::is_described_v<M>) {
    return check_struct(member, path);
  } else {
    return std::nullopt;  // enums such as Kind hold only valid values
  }
}

template <class T>
Reason check_struct(const T& value, const Path& path) {
  Reason reason;
  meta::for_each_field<T>([&](const auto& field) {
    if (!reason) reason = check(value.*(field.member), field.limits, Path{&path, field.name});
  });
  return reason;
}

}  // namespace validation

template <class T>
std::optional<std::string> validate(const T& value, std::string_view root) {
  const validation::Path path{nullptr, root};
  if constexpr (meta::is_described_v<T>) return validation::check_struct(value, path);
  else return validation::check(value, meta::Limits{}, path);
}

}  // namespace ctct::detail
