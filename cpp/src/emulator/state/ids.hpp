// Ids, tokens and timestamps as the service makes them.
#pragma once

#include <algorithm>
#include <string>
#include <string_view>

namespace ctct::emulator {

std::string new_uuid();                       // random UUID version 4
std::string random_token(std::size_t bytes);  // lower-case hex, for generated credentials
std::string now_iso();                        // "2026-11-27T04:00:00Z" (UTC, seconds)
std::string today_iso();                      // "2026-11-27" (UTC): the spec's format "date"
std::string now_iso_millis();                 // "2026-11-27T04:00:00.000Z" (v2 style)
std::string days_ago_iso(int days);           // now_iso() of `days` days before now
std::string lower(std::string_view text);     // ASCII lower case, for e-mail and name matching

// Whether a list of ids (a model's Text or an input's std::string) holds `id`.
template <class Ids>
bool holds(const Ids& ids, std::string_view id) {
  return std::any_of(ids.begin(), ids.end(), [&](const auto& held) { return std::string_view(held) == id; });
}

// Whether `held` holds one of `wanted`.
template <class Held, class Wanted>
bool holds_any(const Held& held, const Wanted& wanted) {
  return std::any_of(wanted.begin(), wanted.end(), [&](const auto& id) { return holds(held, id); });
}

}  // namespace ctct::emulator
