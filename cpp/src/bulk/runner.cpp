#include "bulk/runner.hpp"

#include <memory>

#include "api/call.hpp"

namespace ctct::bulk {

bool is_final(const std::optional<std::string>& state) {
  return state == "completed" || state == "failed" || state == "cancelled" || state == "timed_out";
}

namespace {

void take(BulkChunk& chunk, const Activity& activity) {
  if (activity.activity_id) chunk.activity_id = activity.activity_id;
  chunk.state = activity.state;
  chunk.percent_done = activity.percent_done;
  if (activity.status) {
    chunk.items_total_count = activity.status->items_total_count;
    chunk.items_completed_count = activity.status->items_completed_count;
    chunk.error_count = activity.status->error_count;
  }
  chunk.errors.clear();
  for (const auto& error : activity.activity_errors)
    if (error.message) chunk.errors.push_back(*error.message);
}

// One bulk operation in flight, kept alive by the callbacks that continue it.
class Run : public std::enable_shared_from_this<Run> {
 public:
  Run(detail::Core& core, Plan plan, BulkOptions options, Callback<BulkResult> callback)
      : core_(core), plan_(std::move(plan)), options_(std::move(options)), callback_(std::move(callback)) {
    result_.activity = plan_.activity;
  }

  void start(std::size_t index) {
    if (index == plan_.chunks.size()) return options_.wait ? poll_round() : finish_started();
    auto body = plan_.chunks[index].body();
    http::Request request{"POST", core_.url("/activities/" + plan_.activity), {}, std::move(body.text)};
    request.headers.emplace_back("Content-Type", std::move(body.content_type));
    guarded([&] {
      core_.send<Activity>(
          std::move(request), detail::json_body<Activity>(),
          [self = shared_from_this(), index](Outcome<Activity> outcome) { self->started(index, std::move(outcome)); },
          "the " + plan_.activity + " activity");
    });
  }

  // Follows activities already started instead of starting any.
  void adopt(const std::vector<std::string>& ids) {
    for (const auto& id : ids) {
      BulkChunk chunk;
      chunk.index = static_cast<long>(result_.chunks.size());
      chunk.items = 1;
      chunk.activity_id = id;
      result_.chunks.push_back(std::move(chunk));
      result_.items += 1;
    }
    poll_round();
  }

 private:
  void started(std::size_t index, Outcome<Activity> outcome) {
    last_ = outcome.with_value<BulkResult>(std::nullopt);
    attempts_ += outcome.attempts;
    if (!outcome.ok()) {
      auto reason = "Activity " + std::to_string(index + 1) + " of " + std::to_string(plan_.chunks.size()) +
                    " was not started: " + outcome.reason.value_or("");
      return finish(outcome.outcome, std::move(reason));
    }
    BulkChunk chunk;
    chunk.index = static_cast<long>(index);
    chunk.items = plan_.chunks[index].items;
    take(chunk, *outcome.value);
    result_.items += chunk.items;
    result_.chunks.push_back(std::move(chunk));
    if (!result_.chunks.back().activity_id)
      return finish(Kind::error, "Constant Contact started an activity without an activity_id.");
    start(index + 1);
  }

  void finish_started() { finish(Kind::success, std::nullopt); }

  // Polls every unfinished chunk in order, then waits poll_interval_ms for the next round.
  void poll_round() { poll_from(0); }

  void poll_from(std::size_t index) {
    while (index < result_.chunks.size() && is_final(result_.chunks[index].state)) ++index;
    if (index == result_.chunks.size()) {
      if (all_final()) return conclude();
      return later();
    }
    guarded([&] {
      detail::Call("GET", "/activities", "the activity")
          .id("activity_id", *result_.chunks[index].activity_id)
          .send<Activity>(core_, detail::json_body<Activity>(),
              [self = shared_from_this(), index](Outcome<Activity> outcome) {
                self->polled(index, std::move(outcome));
              });
    });
  }

  std::chrono::milliseconds poll_interval() const {
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
    return options_.poll_interval.count() > 0 ? options_.poll_interval : options_.poll_interval_ms;
#pragma GCC diagnostic pop
  }

  // The next round after poll_interval_ms. A timer dropped unrun (the client closed) still ends
  // the operation, so that nobody waits for it forever.
  void later() {
    struct Timer {
      std::shared_ptr<Run> run;
      bool fired = false;
      ~Timer() {
        if (!fired) run->finish(Kind::error, closed_reason);
      }
    };
    auto timer = std::make_shared<Timer>();
    timer->run = shared_from_this();
    core_.engine().schedule(poll_interval(), [timer] {
      timer->fired = true;
      timer->run->poll_round();
    });
  }

  // Sends through `send`, ending the operation if the client was closed meanwhile.
  template <class Send>
  void guarded(Send&& send) {
    try {
      send();
    } catch (const UsageError&) {
      finish(Kind::error, closed_reason);
    }
  }

  static constexpr const char* closed_reason = "The client was closed before the bulk operation ended.";

  void polled(std::size_t index, Outcome<Activity> outcome) {
    last_ = outcome.with_value<BulkResult>(std::nullopt);
    attempts_ += outcome.attempts;
    auto& chunk = result_.chunks[index];
    if (!outcome.ok()) {
      auto reason = "Activity " + chunk.activity_id.value_or("") + " could not be read: " + outcome.reason.value_or("");
      return finish(outcome.outcome, std::move(reason));
    }
    take(chunk, *outcome.value);
    report(chunk);
    poll_from(index + 1);
  }

  void report(const BulkChunk& chunk) {
    if (!options_.on_progress) return;
    BulkProgress progress;
    progress.chunk = chunk.index;
    progress.chunks = static_cast<long>(result_.chunks.size());
    progress.activity_id = chunk.activity_id;
    progress.state = chunk.state;
    progress.percent_done = chunk.percent_done.value_or(0);
    progress.total = result_.items;
    for (const auto& c : result_.chunks)
      progress.done += c.state == "completed" ? c.items : c.items * std::min(100L, c.percent_done.value_or(0)) / 100;
    options_.on_progress(progress);
  }

  bool all_final() const {
    for (const auto& chunk : result_.chunks)
      if (!is_final(chunk.state)) return false;
    return true;
  }

  void conclude() {
    long ended_badly = 0;
    const BulkChunk* first_bad = nullptr;
    for (const auto& chunk : result_.chunks) {
      if (chunk.state == "completed") ++result_.completed;
      else if (++ended_badly == 1) first_bad = &chunk;
      result_.error_count += chunk.error_count.value_or(0);
    }
    if (!first_bad) return finish(Kind::success, std::nullopt);
    auto reason = std::to_string(ended_badly) + " of " + std::to_string(result_.chunks.size()) +
                  " activities did not complete; activity " + first_bad->activity_id.value_or("") + " ended " +
                  first_bad->state.value_or("") + (first_bad->errors.empty() ? "." : ": " + first_bad->errors.front());
    finish(Kind::failure, std::move(reason));
  }

  void finish(Kind kind, std::optional<std::string> reason) {
    Outcome<BulkResult> outcome = last_;
    outcome.outcome = kind;
    outcome.reason = std::move(reason);
    outcome.attempts = attempts_;
    if (kind == Kind::success) outcome.error_key.reset();
    outcome.value = std::move(result_);
    callback_(std::move(outcome));
  }

  detail::Core& core_;
  Plan plan_;
  BulkOptions options_;
  Callback<BulkResult> callback_;
  BulkResult result_;
  Outcome<BulkResult> last_;  // the meta (status, error_key) of the latest request
  int attempts_ = 0;
};

}  // namespace

void run(detail::Core& core, Plan plan, const BulkOptions& options, Callback<BulkResult> callback) {
  detail::require(callback);
  core.check_open();
  if (plan.refusal) {
    auto refusal = detail::refused<BulkResult>(*plan.refusal);
    return callback(std::move(refusal));
  }
  std::make_shared<Run>(core, std::move(plan), options, std::move(callback))->start(0);
}

void follow(detail::Core& core, const std::vector<std::string>& activity_ids, const BulkOptions& options,
    Callback<BulkResult> callback) {
  detail::require(callback);
  core.check_open();
  const detail::validation::Path ids{nullptr, "activity_ids"};
  for (std::size_t i = 0; i < activity_ids.size(); ++i)
    if (auto reason = detail::validation::check_string(activity_ids[i], {.format = meta::Format::uuid}, {&ids, {}, i}))
      return callback(detail::refused<BulkResult>(*reason));
  if (activity_ids.empty())
    return callback(detail::refused<BulkResult>("activity_ids is empty; name at least one activity."));
  auto run = std::make_shared<Run>(core, Plan{"activities", {}, std::nullopt}, options, std::move(callback));
  run->adopt(activity_ids);
}

}  // namespace ctct::bulk
