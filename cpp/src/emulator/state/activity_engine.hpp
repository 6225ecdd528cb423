// Bulk activities, run asynchronously as the service runs them: POST /v3/activities/<kind>
// answers 201 "initialized"; the activity then advances (processing, percent_done) with time
// and with each poll, as set by the control API, and when it reaches 100% its effect is
// applied to the store and it ends completed or failed.
//
// Generic: a kind registers a Starter that checks the request and answers either an error
// Response or the Work to run. Other resource families (tags, custom fields) add their own
// kinds with add_kind() or start activities from their own routes with start().
#pragma once

#include <chrono>
#include <functional>
#include <optional>
#include <string>
#include <unordered_map>
#include <variant>
#include <vector>

#include "ctct/models.hpp"
#include "emulator/routes/router.hpp"
#include "emulator/server/exchange.hpp"
#include "emulator/state/store.hpp"

namespace ctct::emulator {

// What an activity did, once applied.
struct Effect {
  ActivityStatus status;            // counts shown once it ends (items_total_count is set for you)
  std::vector<std::string> errors;  // activity_errors messages
  bool failed = false;              // ends "failed" instead of "completed"
  std::optional<std::string> file;  // an export's CSV, served at /v3/contact_exports/{id}
};

struct Work {
  long items = 0;                       // items_total_count
  std::optional<long> list_count;       // shown in status from the start, when set
  std::function<Effect(Store&)> apply;  // runs under the service lock when it reaches 100%
};

using Starter = std::function<std::variant<Response, Work>(Store&, const Request&)>;

class ActivityEngine {
 public:
  // POST /v3/activities/<kind> runs `starter`, then start().
  void add_kind(Router& api, Store& store, const std::string& kind, Starter starter);
  // Queues `work`: 201 with the activity, or 429 when 1,000 are already queued.
  Response start(Store& store, Work work);

  // Moves every activity on by the time elapsed (call before handling any API request).
  void advance(Store& store);
  // GET /v3/activities/{id}: one poll, which also moves it on.
  Response get(Store& store, const std::string& id);
  // GET /v3/activities?limit&state: newest first.
  Response list(Store& store, const Request& request);
  // GET /v3/contact_exports/{id}.
  Response file(const std::string& id) const;

  // Control: a run takes duration_ms, or polls_to_complete polls, whichever comes first
  // (0 switches either off; both 0: done at the first look).
  void configure(long duration_ms, long polls_to_complete);
  std::string describe() const;
  void reset() { *this = ActivityEngine{}; }

 private:
  using Clock = std::chrono::steady_clock;
  struct Run {
    std::size_t index = 0;  // in Store::activities
    Work work;
    Clock::time_point started;
    long polls = 0;
  };
  void move_on(Store& store, const std::string& id, Run& run);

  long duration_ms_ = 2000, polls_to_complete_ = 0;
  std::unordered_map<std::string, Run> running_;
  std::unordered_map<std::string, std::size_t> index_;  // every activity id to its place
  std::unordered_map<std::string, std::string> files_;
};

// The routes of the bulk activity kinds of the contacts family, GET /v3/activities[/{id}],
// /v3/contact_exports/{id}, and the control route /__emulator/activities.
void add_v3_activity_routes(Router& api, Router& control, Store& store, ActivityEngine& engine);

}  // namespace ctct::emulator
