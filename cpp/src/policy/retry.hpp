// When a response is worth another attempt, and how long to wait before it.
#pragma once

#include <chrono>
#include <optional>

#include "ctct/policy.hpp"
#include "http/engine.hpp"

namespace ctct::policy {

enum class Retry {
  no,         // final: success, a refusal, quota_exceeded, 401/403, ...
  refused,    // the server refused without acting (429 throttled): safe to send again
  ambiguous,  // 5xx, no answer or a timeout: the server may have acted on the request
};

Retry retry_kind(const http::Response& response);

// The wait before attempt `attempt` + 1 after `response`: its Retry-After when present, else
// full jitter over the capped exponential. nullopt when Retry-After asks for longer than
// max_delay_ms: retrying sooner would be refused again, waiting longer is the caller's choice.
std::optional<std::chrono::milliseconds> retry_delay(const RetryOptions& options, int attempt,
    const http::Response& response);

}  // namespace ctct::policy
