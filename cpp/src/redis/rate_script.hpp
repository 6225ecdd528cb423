// The shared limiter's one script (rate_script.cpp): every reservation, 429 throttled and 429
// quota_exceeded of an API key is one atomic call of it on the key's hash.
#pragma once

#include "redis/connection.hpp"

namespace ctct::redis {

// KEYS[1]: the key's hash. ARGV: the operation ("take", "throttled" or "quota"), the interval
// between slots (microseconds; 0: no pace), the burst, the daily budget (0: none), how far
// ahead a slot may be reserved and how far a 429 throttled pushes the schedule (microseconds).
// Answers {wait_us, reserved (1 or 0: ask again after wait_us), resets (epoch seconds; 0: not
// out of requests), over_budget (1: per_day, 0: Constant Contact's quota_exceeded)}.
const Script& rate_script();

}  // namespace ctct::redis
