// LeadQueue for JS: new LeadQueue(client, { maxLeads, maxWaitMs, pollIntervalMs }); submit(lead,
// listId, options) answers a Promise of the lead's own DeliveryOutcome; flush() and close() a
// Promise settled once every lead submitted is answered. The queue is ctct/lead_queue.hpp's.
#include <memory>
#include <string>

#include "addon.hpp"
#include "ctct/client.hpp"
#include "ctct/lead_queue.hpp"
#include "options.hpp"

namespace ctct::node {
namespace {

class LeadQueueWrap : public Napi::ObjectWrap<LeadQueueWrap>, public WrapInFlight<LeadQueueWrap> {
 public:
  explicit LeadQueueWrap(const Napi::CallbackInfo& info) : Napi::ObjectWrap<LeadQueueWrap>(info) {
    client_ = core_client(info[0], "client");
    Options options(info, 1, "LeadQueue");
    LeadQueueOptions queue_options;
    options.read("maxLeads", queue_options.max_leads);
    options.read("maxWaitMs", queue_options.max_wait_ms);
    options.read("pollIntervalMs", queue_options.poll_interval_ms);
    options.finish();
    try {
      queue_ = std::make_unique<LeadQueue>(*client_, queue_options);
    } catch (const std::invalid_argument& e) {
      throw Napi::TypeError::New(info.Env(), e.what());
    }
  }

  static Napi::Function define(Napi::Env env) {
    return DefineClass(env, "NativeLeadQueue",
        {InstanceMethod("submit", &LeadQueueWrap::submit), InstanceMethod("flush", &LeadQueueWrap::flush),
            InstanceMethod("close", &LeadQueueWrap::close)});
  }

 private:
  Napi::Value submit(const Napi::CallbackInfo& info) {
    auto lead = from_js<Lead>(info[0], "lead");
    auto list_id = from_js<std::string>(info[1], "listId");
    Options options(info, 2, "LeadQueue.submit");
    DeliveryOptions delivery;
    options.read("failOnDuplicate", delivery.fail_on_duplicate);
    options.read("customFieldIds", delivery.custom_field_ids);
    options.read("readBack", delivery.read_back);
    options.finish();
    return later<DeliveryOutcome>(info, *this,
        [this, &lead, &list_id, &delivery](auto done) { queue_->submit(lead, list_id, delivery, std::move(done)); });
  }

  // Settled with undefined once every lead submitted so far is answered.
  template <void (LeadQueue::*Drain)(std::function<void()>)>
  Napi::Value drained(const Napi::CallbackInfo& info) {
    return later<Empty>(info, *this, [this](auto done) { (queue_.get()->*Drain)([done] { done(Empty{}); }); });
  }
  Napi::Value flush(const Napi::CallbackInfo& info) { return drained<&LeadQueue::flush>(info); }
  Napi::Value close(const Napi::CallbackInfo& info) { return drained<&LeadQueue::close>(info); }

  std::shared_ptr<Client> client_;  // outlives the queue: members go in reverse order
  std::unique_ptr<LeadQueue> queue_;
};

}  // namespace

void init_lead_queue(Napi::Env env, Napi::Object exports) { exports.Set("LeadQueue", LeadQueueWrap::define(env)); }

}  // namespace ctct::node
