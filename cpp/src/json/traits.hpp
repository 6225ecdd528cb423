// Type traits shared by the code that walks described structs (JSON, validation).
#pragma once

#include <optional>
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

}  // namespace ctct::meta
