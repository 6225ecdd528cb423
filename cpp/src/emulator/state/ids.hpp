// Ids, tokens and timestamps as the service makes them.
#pragma once

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

}  // namespace ctct::emulator
