// Runs a plan: sends its requests one after another, then polls every activity started until
// each ends (timers on the I/O thread), and answers one combined Outcome<BulkResult>.
#pragma once

#include <string>
#include <vector>

#include "api/core.hpp"
#include "api/v2_ids.hpp"
#include "bulk/plan.hpp"
#include "ctct/bulk.hpp"

namespace ctct::bulk {

// Answers the refusal at once (attempts 0) when the plan has one.
void run(detail::Core& core, Plan plan, const BulkOptions& options, Callback<BulkResult> callback);

// Plans the input and runs the plan, once its v2 list and contact ids are translated: refused
// input is answered first, with no translation sent.
template <class Input, class Planner>
void run_planned(detail::Core& core, const Input& input, const BulkOptions& options, Callback<BulkResult> callback,
    Planner plan) {
  auto first = plan(input);
  if (first.refusal || detail::v2_ids_of(input).empty())
    return run(core, std::move(first), options, std::move(callback));
  detail::with_v3_ids(core, input, std::move(callback),
      [&core, plan, options](const Input& v3, auto done) { run(core, plan(v3), options, std::move(done)); });
}

// Follows activities already started.
void follow(detail::Core& core, const std::vector<std::string>& activity_ids, const BulkOptions& options,
    Callback<BulkResult> callback);

// Whether an activity in `state` will not change any more.
bool is_final(const std::optional<std::string>& state);

}  // namespace ctct::bulk
