// What the code walking described structs (JSON reading and writing, validation) shares.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace ctct::meta {

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

// Prefixes the path of a failing value with the segment that led to it ("address", "[2]"),
// as the failure unwinds: paths cost nothing unless something fails.
inline void prefix_path(std::string& path, std::string_view segment) {
  if (!path.empty() && path.front() != '[') path.insert(0, 1, '.');
  path.insert(0, segment);
}

}  // namespace ctct::meta
