// Runs a plan: sends its requests one after another, then polls every activity started until
// each ends (timers on the I/O thread), and answers one combined Outcome<BulkResult>.
#pragma once

#include <string>
#include <vector>

#include "api/core.hpp"
#include "bulk/plan.hpp"
#include "ctct/bulk.hpp"

namespace ctct::bulk {

// Answers the refusal at once (attempts 0) when the plan has one.
void run(detail::Core& core, Plan plan, const BulkOptions& options, Callback<BulkResult> callback);

// Follows activities already started.
void follow(detail::Core& core, const std::vector<std::string>& activity_ids, const BulkOptions& options,
    Callback<BulkResult> callback);

// Whether an activity in `state` will not change any more.
bool is_final(const std::optional<std::string>& state);

}  // namespace ctct::bulk
