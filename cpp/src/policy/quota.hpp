// An API key's daily quota: telling Constant Contact's quota_exceeded answer apart, and the
// outcome of a call its limiter refuses because the day's requests are used up.
#pragma once

#include "ctct/models.hpp"
#include "ctct/outcome.hpp"
#include "ctct/policy.hpp"
#include "http/engine.hpp"

namespace ctct::policy {

// 429 with error_key quota_exceeded: the key's requests for the UTC day are used up.
bool quota_exceeded(const http::Response& response);

// The failure of a call refused by `slot` (resets set): nothing sent, error_key quota_exceeded,
// a reason naming the reset time in UTC and what to do.
Outcome<Empty> quota_refusal(const RateLimiter::Slot& slot, const RateLimit& limit);

}  // namespace ctct::policy
