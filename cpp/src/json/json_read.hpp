// Reading JSON straight into described structs with simdjson On-Demand (no intermediate tree).
// Unknown keys are skipped; a value of the wrong type is an error naming the field.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace ctct::json {

struct ReadError {
  std::string message;  // e.g. "contact_id: expected a string"; never contains the input text
};

template <class T>
struct ReadResult {
  std::optional<T> value;
  std::optional<ReadError> error;
  explicit operator bool() const { return value.has_value(); }
};

// Parses `text` as T (a described struct, a vector of them, or a scalar). Reuses a per-thread
// parser and copies into padded storage only when `text` lacks simdjson's padding.
template <class T>
ReadResult<T> read(std::string_view text);

// Parses `text` as T, taking the object found at `key` of the top-level object, e.g.
// read_member<std::vector<Contact>>(body, "contacts").
template <class T>
ReadResult<T> read_member(std::string_view text, std::string_view key);

}  // namespace ctct::json
