// LeadQueue (ctct/lead_queue.hpp): leads wait per list until their batch is full or due, then
// go out as one batch (delivery/lead_batch.hpp); leads a batch cannot carry go one by one.
#include "ctct/lead_queue.hpp"

#include <map>
#include <mutex>

#include "api/core.hpp"
#include "api/validate.hpp"
#include "ctct/client.hpp"
#include "delivery/append_fields.hpp"
#include "delivery/lead_batch.hpp"
#include "delivery/lead_check.hpp"
#include "delivery/lead_mapping.hpp"

namespace ctct {
namespace delivery {

class QueueState : public std::enable_shared_from_this<QueueState> {
 public:
  QueueState(Client& client, detail::Core& core, LeadQueueOptions options)
      : client_(client), core_(core), options_(options) {}

  void submit(const Lead& lead, const std::string& list_id, const DeliveryOptions& options, DeliveryCallback done) {
    detail::require(done);
    {
      std::lock_guard lock(mutex_);
      if (closed_) throw UsageError("the lead queue is closed; make a new one to deliver more leads");
    }
    core_.check_open();
    if (auto problem = check_v3_delivery(list_id, lead, options)) return done(refused_delivery("v3", *problem));
    auto mapping = to_import_row(lead, options);
    auto answer = counted(std::move(done));
    // What the import cannot carry as add_contact_to_list would send it goes on its own.
    if (options.fail_on_duplicate || detail::is_sequence_id(list_id) || mapping.refused)
      return deliver_one(client_, list_id, lead, options, std::move(answer));
    QueuedLead queued{lead, options, std::move(mapping.body), std::move(mapping.warnings), std::move(answer)};
    std::vector<QueuedLead> full;
    std::uint64_t opened = 0;
    {
      std::lock_guard lock(mutex_);
      auto& open = open_[list_id];
      if (open.leads.empty()) opened = open.id = ++next_id_;
      open.leads.push_back(std::move(queued));
      if (open.leads.size() >= static_cast<std::size_t>(options_.max_leads) || options_.max_wait_ms == 0) {
        full = std::move(open.leads);
        open_.erase(list_id);
      }
    }
    if (!full.empty()) return send(list_id, std::move(full));
    if (opened) due_later(list_id, opened);
  }

  void flush(std::function<void()> drained) {
    std::map<std::string, Open> taken;
    bool idle = false;
    {
      std::lock_guard lock(mutex_);
      taken.swap(open_);
      idle = outstanding_ == 0;
      if (!idle && drained) waiters_.push_back(std::move(drained));
    }
    for (auto& [list_id, open] : taken) send(list_id, std::move(open.leads));
    if (idle && drained) drained();
  }

  void close_intake() {
    std::lock_guard lock(mutex_);
    closed_ = true;
  }

 private:
  struct Open {
    std::vector<QueuedLead> leads;
    std::uint64_t id = 0;  // tells a batch due by its timer from a later one of the same list
  };

  // The lead's callback, counted among the outstanding until it has run.
  DeliveryCallback counted(DeliveryCallback done) {
    {
      std::lock_guard lock(mutex_);
      ++outstanding_;
    }
    return [self = shared_from_this(), done = std::move(done)](DeliveryOutcome outcome) {
      struct Answered {
        QueueState& state;
        ~Answered() { state.answered(); }
      } answered{*self};
      done(std::move(outcome));
    };
  }

  void answered() {
    std::vector<std::function<void()>> drained;
    {
      std::lock_guard lock(mutex_);
      if (--outstanding_ == 0) drained.swap(waiters_);
    }
    for (auto& waiter : drained) waiter();
  }

  // The batch goes after max_wait_ms unless it went full before. A timer the closing client
  // drops unrun still sends it, so that its leads are answered (with the client's closed error).
  void due_later(const std::string& list_id, std::uint64_t id) {
    struct Timer {
      std::shared_ptr<QueueState> state;
      std::string list_id;
      std::uint64_t id;
      ~Timer() { state->due(list_id, id); }
    };
    auto timer = std::shared_ptr<Timer>(new Timer{shared_from_this(), list_id, id});
    core_.engine().schedule(std::chrono::milliseconds(options_.max_wait_ms), [timer] {});
  }

  void due(const std::string& list_id, std::uint64_t id) {
    std::vector<QueuedLead> leads;
    {
      std::lock_guard lock(mutex_);
      const auto open = open_.find(list_id);
      if (open == open_.end() || open->second.id != id) return;
      leads = std::move(open->second.leads);
      open_.erase(open);
    }
    send(list_id, std::move(leads));
  }

  void send(const std::string& list_id, std::vector<QueuedLead> leads) {
    if (leads.empty()) return;
    send_batch(client_, list_id, std::move(leads), std::chrono::milliseconds(options_.poll_interval_ms));
  }

  Client& client_;
  detail::Core& core_;
  const LeadQueueOptions options_;
  std::mutex mutex_;
  std::map<std::string, Open> open_;  // per list id
  std::uint64_t next_id_ = 0;
  long outstanding_ = 0;  // leads submitted and not answered yet
  std::vector<std::function<void()>> waiters_;
  bool closed_ = false;
};

}  // namespace delivery

namespace {

void check_range(int value, int low, int high, const char* name) {
  if (value < low || value > high)
    throw UsageError(std::string("LeadQueueOptions.") + name + " must be from " + std::to_string(low) + " to " +
                     std::to_string(high) + "; got " + std::to_string(value) + ".");
}

}  // namespace

LeadQueue::LeadQueue(Client& client, LeadQueueOptions options) {
  check_range(options.max_leads, 1, static_cast<int>(bulk_limits::import_rows), "max_leads");
  check_range(options.max_wait_ms, 0, 3'600'000, "max_wait_ms");
  check_range(options.poll_interval_ms, 1, 60'000, "poll_interval_ms");
  state_ = std::make_shared<delivery::QueueState>(client, *client.core_, options);
}

LeadQueue::~LeadQueue() {
  try {
    if (BlockingWait::inside_loop()) {
      state_->close_intake();
      state_->flush(nullptr);
    } else {
      close();
    }
  } catch (const std::exception&) {
    // A client closed meanwhile: its batches answer their leads with its closed error.
  }
}

void LeadQueue::submit(const Lead& lead, const std::string& list_id, const DeliveryOptions& options,
    DeliveryCallback callback) {
  state_->submit(lead, list_id, options, std::move(callback));
}

std::future<DeliveryOutcome> LeadQueue::submit(const Lead& lead, const std::string& list_id,
    const DeliveryOptions& options) {
  auto promise = std::make_shared<std::promise<DeliveryOutcome>>();
  auto future = promise->get_future();
  submit(lead, list_id, options, [promise](DeliveryOutcome outcome) { promise->set_value(std::move(outcome)); });
  return future;
}

void LeadQueue::flush(std::function<void()> drained) {
  detail::require(drained);
  state_->flush(std::move(drained));
}

void LeadQueue::flush() {
  detail::wait_for<Empty>([&](Callback<Empty> done) {
    state_->flush([done = std::move(done)] { done(Outcome<Empty>{}); });
  });
}

void LeadQueue::close(std::function<void()> drained) {
  state_->close_intake();
  flush(std::move(drained));
}

void LeadQueue::close() {
  state_->close_intake();
  flush();
}

}  // namespace ctct
