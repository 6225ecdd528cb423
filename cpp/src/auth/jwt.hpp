// Claims read from a JWT access token's payload. Nothing is verified: the server does that; the
// client only reads when the token expires and which application it was issued to.
#pragma once

#include <chrono>
#include <optional>
#include <string>

namespace ctct::auth {

// Seconds the clock can count from 1970 (it counts nanoseconds, about 292 years either way),
// halved so that subtracting now from such a time cannot overflow either.
inline constexpr long long clock_reach_s =
    std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::duration::max()).count() / 2;

// The `exp` claim; nullopt when the token is not a readable JWT or has none.
std::optional<std::chrono::system_clock::time_point> jwt_expiry(const std::string& token);

// The application (API key) the token was issued to: Okta's `cid`, else RFC 9068's
// `client_id`; empty when the token is not a readable JWT or names none.
std::string jwt_client_id(const std::string& token);

}  // namespace ctct::auth
