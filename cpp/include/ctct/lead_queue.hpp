// The delivery queue: one lead at a time in, each lead's own DeliveryOutcome out, while the
// leads travel to Constant Contact in batches per list, a hundred or more per request.
//
// A batch goes when it holds max_leads leads or when its oldest lead has waited max_wait_ms. It
// is sent as one contacts_json_import activity (polled until it ends, as Bulk::import_contacts
// does), then read back by listing the list's contacts updated since just before the import
// (GET /contacts?lists=...&updated_after=...&include=list_memberships&limit=500, page after page
// until every lead of the batch is found). Each lead is matched by its email address, case
// apart, and answered:
//   success  found in the listing: the append fields as add_contact_to_list gives them, with
//            action "created" when the contact was created after the batch's updated_after
//            instant, "updated" otherwise (an inference from created_at, which the listing gives);
//   failure  the activity rejected its row: the reason is the activity's own activity_errors
//            message for that row (matched by its "Row N" or by the email address it names);
//   anything else goes through add_contact_to_list, one lead at a time (its answer is the lead's):
//            leads not found in the listing, every lead of a batch whose import or listing failed
//            as a whole (after the client's retries), and leads the import cannot carry as
//            add_contact_to_list would send them: fail_on_duplicate true, a custom field of
//            custom_field_ids that the lead fills (the import names custom fields, not ids), a v2
//            list id, or a value longer than the import allows.
// So no lead is answered success unless Constant Contact listed it on the list afterwards, or
// add_contact_to_list succeeded for it.
//
// Every outcome's attempts are the requests its batch cost (the import, its polls and the listing
// pages), plus its own single delivery's when it had one; api_version is "v3". Input that
// add_contact_to_list would refuse before sending is refused the same way, at once, by submit.
//
// Outcomes arrive on the client's I/O thread (or on the thread of a blocking flush, which drives
// the loop). The client must outlive the queue. A process that ends (or crashes) loses the leads
// whose outcome was not answered yet: those queued, and those of batches in flight, which
// Constant Contact may or may not have taken. close() (or the destructor) before exiting answers
// every one of them.
//
//   ctct::LeadQueue queue(client, {.max_leads = 500, .max_wait_ms = 1000});
//   queue.submit(lead, list_id, {}, [](ctct::DeliveryOutcome outcome) { record(outcome); });
//   queue.close();  // sends what is queued and waits for every outcome
#pragma once

#include <functional>
#include <future>
#include <memory>
#include <string>

#include "ctct/delivery.hpp"

namespace ctct {

class Client;

struct LeadQueueOptions {
  int max_leads = 500;     // leads per batch, 1 to 40,000 (one import's limit)
  int max_wait_ms = 1000;  // the longest a lead waits for its batch to fill, 0 to 3,600,000
  // Between polls of a batch's import activity, 1 to 60,000.
  int poll_interval_ms = 1000;
  bool operator==(const LeadQueueOptions&) const = default;
  static constexpr auto fields() {
    using T = LeadQueueOptions;
    return std::make_tuple(field("max_leads", &T::max_leads), field("max_wait_ms", &T::max_wait_ms),
        field("poll_interval_ms", &T::poll_interval_ms));
  }
};

namespace delivery {
class QueueState;
}

class LeadQueue {
 public:
  // Uses the client's engine, credentials, retries and rate limiter. Throws UsageError for
  // options out of their ranges.
  LeadQueue(Client& client, LeadQueueOptions options = {});
  ~LeadQueue();  // close(); inside a ctct callback it sends what is queued without waiting
  LeadQueue(const LeadQueue&) = delete;
  LeadQueue& operator=(const LeadQueue&) = delete;

  // Queues the lead for the list; `callback` receives its outcome exactly once. Throws
  // UsageError after close() or without a callback.
  void submit(const Lead& lead, const std::string& list_id, const DeliveryOptions& options, DeliveryCallback callback);
  std::future<DeliveryOutcome> submit(const Lead& lead, const std::string& list_id,
      const DeliveryOptions& options = {});

  // Sends every batch queued now; `drained` runs once every lead submitted so far is answered.
  void flush(std::function<void()> drained);
  // The same, waiting. Throws UsageError inside a ctct callback (it would wait for itself).
  void flush();

  // Refuses new leads, then flush(): nothing queued is dropped. Safe to call twice.
  void close(std::function<void()> drained);
  void close();

 private:
  std::shared_ptr<delivery::QueueState> state_;
};

}  // namespace ctct
