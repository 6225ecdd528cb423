// Field descriptions: each model lists its fields once (JSON name, member, limits).
// The one list drives JSON reading and writing, input validation, and the Python and
// Node conversions and type files, so the three languages cannot drift apart.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <tuple>
#include <utility>

namespace ctct::meta {

// Value formats checked before a request is sent.
enum class Format { none, uuid, email, date };

struct Limits {
  std::size_t max_len = 0;      // strings: maximum length in characters (0: no limit)
  std::size_t max_items = 0;    // arrays: maximum number of items (0: no limit)
  const char* const* one_of = nullptr;  // strings: allowed values, nullptr-terminated
  Format format = Format::none;
  bool required = false;        // required whenever this struct is sent
  long min_value = 0, max_value = 0;    // integers: inclusive range when max_value > min_value
  bool secret = false;          // a credential: written to JSON (token stores need it), never shown in a repr
};

template <class Class, class Member>
struct Field {
  const char* name;
  Member Class::*member;
  Limits limits;
};

template <class Class, class Member>
constexpr Field<Class, Member> field(const char* name, Member Class::*member, Limits limits = {}) {
  return {name, member, limits};
}

// A type is described when it has `static constexpr auto fields()` returning a tuple of Field.
template <class T, class = void>
struct is_described : std::false_type {};
template <class T>
struct is_described<T, std::void_t<decltype(T::fields())>> : std::true_type {};
template <class T>
inline constexpr bool is_described_v = is_described<T>::value;

// Calls fn(field) for each field of T, in declaration order.
template <class T, class Fn>
constexpr void for_each_field(Fn&& fn) {
  std::apply([&](const auto&... f) { (fn(f), ...); }, T::fields());
}

// Types whose missing values are written as null (outcomes) rather than left out (resources).
template <class T, class = void>
struct writes_nulls : std::false_type {};
template <class T>
struct writes_nulls<T, std::void_t<decltype(T::write_nulls)>> : std::bool_constant<T::write_nulls> {};

}  // namespace ctct::meta
