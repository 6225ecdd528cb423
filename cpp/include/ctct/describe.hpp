// Field descriptions: each model lists its fields once (JSON name, member, limits).
// The one list drives JSON reading and writing, input validation, and the Python and
// Node conversions and type files, so the three languages cannot drift apart.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include "ctct/text.hpp"

namespace ctct::meta {

// Value formats checked before a request is sent.
enum class Format { none, uuid, email, date };

// What an id field names, where a v2 id (decimal digits) is taken as well as the v3 one: the
// client translates it through Constant Contact's id cross-reference before sending.
enum class IdOf { none, list, contact };

struct Limits {
  std::size_t max_len = 0;              // strings: maximum length in characters (0: no limit)
  std::size_t max_items = 0;            // arrays: maximum number of items (0: no limit)
  const char* const* one_of = nullptr;  // strings: allowed values, nullptr-terminated
  Format format = Format::none;
  bool required = false;              // required whenever this struct is sent
  long min_value = 0, max_value = 0;  // integers: inclusive range when max_value > min_value
  bool secret = false;                // a credential: written to JSON (token stores need it), never shown in a repr
  // A list of {name, value} (a keyed list) spread into the containing object's JSON as
  // "<key_prefix><name>": value members, as the imports' "cf:<custom field name>" properties.
  const char* key_prefix = nullptr;
  // The field's name as an argument, where an operation takes its struct field by field
  // (meta::fields in operation.hpp) under another name: `lists` for list_ids. nullptr: its own name.
  const char* argument = nullptr;
  IdOf id_of = IdOf::none;  // a list or contact id (Format::uuid): a v2 id is taken too
};

template <class Class, class Member>
struct Field {
  const char* name;
  Member Class::*member;
  Limits limits;
  std::size_t name_length;
  // The name as JSON keys are compared with it: the length is known, so no strlen per key.
  constexpr std::string_view key() const { return {name, name_length}; }
};

// The name a field has as an argument (Limits::argument, else its JSON name).
template <class Class, class Member>
constexpr const char* argument_name(const Field<Class, Member>& field) {
  return field.limits.argument ? field.limits.argument : field.name;
}

template <class Class, class Member>
constexpr Field<Class, Member> field(const char* name, Member Class::*member, Limits limits = {}) {
  return {name, member, limits, std::char_traits<char>::length(name)};
}

// A type is described when it has `static constexpr auto fields()` returning a tuple of Field.
template <class T, class = void>
struct is_described : std::false_type {};
template <class T>
struct is_described<T, std::void_t<decltype(T::fields())>> : std::true_type {};
template <class T>
inline constexpr bool is_described_v = is_described<T>::value;

// An enum that crosses into JSON, Python and Node as strings: specialize enum_names<E> with
// `static constexpr const char* names[]`, one per value in the order of E's values.
template <class E>
struct enum_names;
template <class E>
concept named_enum = std::is_enum_v<E> && requires {
  enum_names<E>::names;
};
template <named_enum E>
constexpr const char* enum_name(E value) {
  return enum_names<E>::names[static_cast<std::size_t>(value)];
}

// T's fields as a constant: built once at compile time, not by a call of T::fields() per use.
template <class T>
inline constexpr auto fields_of = T::fields();

// Calls fn(field) for each field of T, in declaration order.
template <class T, class Fn>
constexpr void for_each_field(Fn&& fn) {
  std::apply([&](const auto&... f) { (fn(f), ...); }, fields_of<T>);
}

// Types whose missing values are written as null (outcomes) rather than left out (resources).
template <class T, class = void>
struct writes_nulls : std::false_type {};
template <class T>
struct writes_nulls<T, std::void_t<decltype(T::write_nulls)>> : std::bool_constant<T::write_nulls> {};

// Types the API sends either as an object or as one bare string, which fills the member named by
// `static constexpr auto from_text` (ActivityError: a message, or {"message": ...}).
template <class T, class = void>
struct reads_from_text : std::false_type {};
template <class T>
struct reads_from_text<T, std::void_t<decltype(T::from_text)>> : std::true_type {};
template <class T>
inline constexpr bool reads_from_text_v = reads_from_text<T>::value;

// Text as a field holds it: a model's Text or an argument's std::string.
template <class T>
inline constexpr bool is_text_v = std::is_same_v<T, std::string> || std::is_same_v<T, Text>;

template <class T>
struct is_optional : std::false_type {};
template <class T>
struct is_optional<std::optional<T>> : std::true_type {};
template <class T>
inline constexpr bool is_optional_v = is_optional<T>::value;

template <class T>
struct is_vector : std::false_type {};
template <class T, class A>
struct is_vector<std::vector<T, A>> : std::true_type {};
template <class T>
inline constexpr bool is_vector_v = is_vector<T>::value;

// A vector of structs with string members name and value: what a key_prefix field holds.
template <class T, class = void>
struct is_keyed_list : std::false_type {};
template <class T>
struct is_keyed_list<std::vector<T>,
    std::enable_if_t<std::is_same_v<decltype(T::name), std::string> && std::is_same_v<decltype(T::value), std::string>>>
    : std::true_type {};
template <class T>
inline constexpr bool is_keyed_list_v = is_keyed_list<T>::value;

// The key prefix of a field that spreads a keyed list, or nullptr for any other field.
template <class Class, class Member>
constexpr const char* key_prefix(const Field<Class, Member>& field) {
  if constexpr (is_keyed_list_v<Member>) return field.limits.key_prefix;
  else return nullptr;
}

// A key's name within a keyed list (the key without the prefix), when the key has the prefix.
inline std::optional<std::string_view> keyed_name(std::string_view key, const char* prefix) {
  if (!prefix) return std::nullopt;
  const std::string_view start(prefix);
  if (key.substr(0, start.size()) != start) return std::nullopt;
  return key.substr(start.size());
}

// Whether `key` spreads into one of T's keyed lists.
template <class T>
bool is_keyed_key(std::string_view key) {
  bool keyed = false;
  for_each_field<T>([&](const auto& field) { keyed = keyed || keyed_name(key, key_prefix(field)); });
  return keyed;
}

// Whether a field of Parent appears in its JSON (and its Python dict and JS object):
// resources leave out missing optionals and empty arrays; outcomes show every field.
template <class Parent, class Member>
constexpr bool is_shown(const Member& member) {
  if constexpr (writes_nulls<Parent>::value) {
    return true;
  } else if constexpr (is_optional_v<Member>) {
    return member.has_value();
  } else if constexpr (is_vector_v<Member>) {
    return !member.empty();
  } else {
    return true;
  }
}

}  // namespace ctct::meta
