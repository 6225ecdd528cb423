// The Retry-After header: delay-seconds or an HTTP-date (RFC 9110 section 10.2.3).
#pragma once

#include <chrono>
#include <optional>
#include <string_view>

namespace ctct::policy {

// The wait the header asks for, measured from `now`; nullopt when it is neither form. A date
// in the past asks for no wait.
std::optional<std::chrono::milliseconds> parse_retry_after(std::string_view value,
    std::chrono::system_clock::time_point now = std::chrono::system_clock::now());

}  // namespace ctct::policy
