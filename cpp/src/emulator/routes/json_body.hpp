// A route's JSON request body: read as T and, when named, checked against T's description.
#pragma once

#include <optional>

#include "api/validate.hpp"
#include "emulator/server/exchange.hpp"
#include "json/json_read.hpp"

namespace ctct::emulator {

// The body as T, or nothing with the answer in `refusal`: 415 when it is not declared as JSON,
// 400 when the reader refuses it or (with `checked_as`, the name reasons use) a field breaks
// its description.
template <class T>
std::optional<T> read_json_body(const Request& request, Response& refusal, const char* checked_as = nullptr) {
  if (!request.is_json()) {
    refusal = unsupported_media_type();
    return std::nullopt;
  }
  auto read = json::read<T>(request.body);
  if (!read) {
    refusal = unreadable_body(read.error->message);
    return std::nullopt;
  }
  if (checked_as) {
    if (auto reason = detail::validate(*read.value, checked_as)) {
      refusal = invalid_field(*reason);
      return std::nullopt;
    }
  }
  return std::move(read.value);
}

}  // namespace ctct::emulator
