// Lone surrogates in a vector's arguments. simdjson refuses a JSON escape of one ("\ud800" with
// no pair), which Python's and JavaScript's parsers accept and their bindings pass to the core
// as WTF-8. So that the C++ runner gives the core the same bytes, it parses the vector with
// each such escape turned into the plain text "\ud800" (escape_lone_surrogates) and turns that
// text in the arguments it reads into the surrogate's WTF-8 bytes (restore_lone_surrogates). A
// vector therefore cannot hold the plain text "\ud800" itself.
#pragma once

#include <string>
#include <type_traits>

#include "ctct/describe.hpp"

namespace vectors {

// `vector_text` with the backslash of every unpaired \uD800-\uDFFF escape escaped.
std::string escape_lone_surrogates(const std::string& vector_text);

// Each plain-text "\uDxxx" (a surrogate) of `text` replaced by its three WTF-8 bytes.
void restore_lone_surrogates(std::string& text);

// Every string of a described value, as above.
template <class T>
void restore_lone_surrogates(T& value) {
  if constexpr (std::is_same_v<T, ctct::Text>) {
    std::string text(value);
    restore_lone_surrogates(text);
    value = text;
  } else if constexpr (ctct::meta::is_optional_v<T>) {
    if (value) restore_lone_surrogates(*value);
  } else if constexpr (ctct::meta::is_vector_v<T>) {
    for (auto& item : value) restore_lone_surrogates(item);
  } else if constexpr (ctct::meta::is_described_v<T>) {
    ctct::meta::for_each_field<T>([&](const auto& field) { restore_lone_surrogates(value.*(field.member)); });
  }
}

}  // namespace vectors
