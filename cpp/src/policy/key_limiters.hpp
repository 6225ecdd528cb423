// The process-wide registry of API keys' rate limiters: Constant Contact's limits belong to the
// API key (the application), so every client of one key in a process shares one limiter.
#pragma once

#include <memory>
#include <string_view>

#include "ctct/policy.hpp"

namespace ctct::policy {

// The limiter of `api_key` with `limit`, made on first use. The registry holds it weakly, so it
// ends with the last client of the key. Clients of one key with different limits get their own.
std::shared_ptr<RateLimiter> key_limiter(std::string_view api_key, const RateLimit& limit);

}  // namespace ctct::policy
