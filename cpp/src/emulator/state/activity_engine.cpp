#include "emulator/state/activity_engine.hpp"

#include <algorithm>

#include "emulator/activity_wire.hpp"
#include "emulator/state/ids.hpp"

namespace ctct::emulator {

namespace {

constexpr std::size_t max_queued = 1000;

bool ended(const Activity& activity) {
  return activity.state == "completed" || activity.state == "failed" || activity.state == "cancelled" ||
         activity.state == "timed_out";
}

ActivityAnswer linked(const Activity& activity, bool has_file) {
  ActivityAnswer out;
  static_cast<Activity&>(out) = activity;
  for (auto& error : out.activity_errors) out.messages.push_back(error.message.value_or(""));
  out.activity_errors.clear();
  out._links = ActivityLinks{Link{"/v3/activities/" + *activity.activity_id}, std::nullopt};
  if (has_file) out._links->results = Link{"/v3/contact_exports/" + *activity.activity_id};
  return out;
}

}  // namespace

void ActivityEngine::add_kind(Router& api, Store& store, const std::string& kind, Starter starter) {
  api.add("POST", "/v3/activities/" + kind,
      [this, &store, starter = std::move(starter)](const Request& request, const Params&) {
        auto started = starter(store, request);
        if (auto* refusal = std::get_if<Response>(&started)) return std::move(*refusal);
        return start(store, std::move(std::get<Work>(started)));
      });
}

Response ActivityEngine::start(Store& store, Work work) {
  if (running_.size() >= max_queued)
    return error_array(429, "too_many_requests", "This account already has 1,000 activities queued.");
  Activity activity;
  activity.activity_id = new_uuid();
  activity.state = "initialized";
  activity.created_at = activity.updated_at = now_iso();
  activity.percent_done = 0;
  activity.status = ActivityStatus{};
  activity.status->items_total_count = work.items;
  activity.status->items_completed_count = 0;
  activity.status->list_count = work.list_count;
  const auto id = *activity.activity_id;
  index_[id] = store.activities.size();
  store.activities.push_back(activity);
  running_[id] = Run{store.activities.size() - 1, std::move(work), Clock::now(), 0};
  return json_response(201, linked(activity, false));
}

void ActivityEngine::move_on(Store& store, const std::string& id, Run& run) {
  Activity& activity = store.activities[run.index];
  double fraction = 1;
  if (duration_ms_ > 0 || polls_to_complete_ > 0) {
    fraction = 0;
    if (duration_ms_ > 0) {
      const auto elapsed = std::chrono::duration<double, std::milli>(Clock::now() - run.started).count();
      fraction = std::max(fraction, elapsed / static_cast<double>(duration_ms_));
    }
    if (polls_to_complete_ > 0)
      fraction = std::max(fraction, static_cast<double>(run.polls) / static_cast<double>(polls_to_complete_));
  }
  const auto now = now_iso();
  if (fraction < 1) {
    if (fraction <= 0) return;
    const long percent = std::min(99L, static_cast<long>(fraction * 100));
    if (activity.state != "processing") activity.started_at = now;
    activity.state = "processing";
    activity.percent_done = percent;
    activity.status->items_completed_count = run.work.items * percent / 100;
    activity.updated_at = now;
    return;
  }
  if (!activity.started_at) activity.started_at = now;
  Effect effect = run.work.apply ? run.work.apply(store) : Effect{};
  Activity& done = store.activities[run.index];  // apply may have grown the vector
  done.state = effect.failed ? "failed" : "completed";
  done.percent_done = 100;
  done.completed_at = done.updated_at = now;
  if (!effect.status.items_total_count) effect.status.items_total_count = run.work.items;
  if (!effect.status.items_completed_count) effect.status.items_completed_count = effect.failed ? 0 : run.work.items;
  if (!effect.status.list_count) effect.status.list_count = run.work.list_count;
  done.status = effect.status;
  for (auto& message : effect.errors) done.activity_errors.push_back(ActivityError{std::move(message)});
  if (effect.file && !effect.failed) files_[id] = std::move(*effect.file);
}

void ActivityEngine::advance(Store& store) {
  if (duration_ms_ <= 0 && polls_to_complete_ > 0) return;  // only polls move them on
  for (auto it = running_.begin(); it != running_.end();) {
    move_on(store, it->first, it->second);
    it = ended(store.activities[it->second.index]) ? running_.erase(it) : std::next(it);
  }
}

Response ActivityEngine::get(Store& store, const std::string& id) {
  if (auto run = running_.find(id); run != running_.end()) {
    ++run->second.polls;
    move_on(store, id, run->second);
    if (ended(store.activities[run->second.index])) running_.erase(run);
  }
  const auto found = index_.find(id);
  const Activity* activity = found != index_.end() ? &store.activities[found->second] : store.activity(id);
  if (!activity) return not_found("Activity " + id);
  return json_response(200, linked(*activity, files_.count(id) > 0));
}

Response ActivityEngine::list(Store& store, const Request& request) {
  long limit = 50;
  if (request.has_param("limit")) {
    try {
      limit = std::stol(request.param("limit"));
    } catch (const std::exception&) {
      limit = 0;
    }
    if (limit < 1 || limit > 500) return error_array(400, "query.param.invalid", "limit must be 1 to 500.");
  }
  const auto state = request.param("state");
  static constexpr const char* states[] = {"processing", "completed", "cancelled", "failed", "timed_out"};
  if (!state.empty() && std::find(std::begin(states), std::end(states), state) == std::end(states))
    return error_array(400, "query.param.invalid",
        "state takes processing, completed, cancelled, failed or timed_out.");
  ActivitiesPage page;
  page.activities.emplace();
  for (auto it = store.activities.rbegin(); it != store.activities.rend(); ++it) {
    if (!state.empty() && it->state != state) continue;
    if (static_cast<long>(page.activities->size()) == limit) break;
    page.activities->push_back(linked(*it, files_.count(*it->activity_id) > 0));
  }
  return json_response(200, page);
}

Response ActivityEngine::file(const std::string& id) const {
  const auto found = files_.find(id);
  if (found == files_.end()) return not_found("Export file " + id);
  return Response{200, found->second, "text/csv"};
}

void ActivityEngine::configure(long duration_ms, long polls_to_complete) {
  duration_ms_ = std::max(0L, duration_ms);
  polls_to_complete_ = std::max(0L, polls_to_complete);
}

std::string ActivityEngine::describe() const {
  return json::write_repaired(ActivitySettings{duration_ms_, polls_to_complete_});
}

}  // namespace ctct::emulator
