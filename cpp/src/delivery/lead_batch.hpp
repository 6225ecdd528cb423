// One batch of the delivery queue (ctct/lead_queue.hpp): its leads imported to one list in a
// contacts_json_import activity, read back with a listing, each answered once.
#pragma once

#include <chrono>
#include <string>
#include <vector>

#include "ctct/bulk_models.hpp"
#include "ctct/delivery.hpp"

namespace ctct {
class Client;
}

namespace ctct::delivery {

struct QueuedLead {
  Lead lead;
  DeliveryOptions options;
  ImportContact row;                  // the lead as the import sends it
  std::vector<std::string> warnings;  // the lead's fields the import does not send
  DeliveryCallback done;
};

// Sends the batch; every lead's `done` runs exactly once, on the client's I/O thread (or at once
// when the client is closed).
void send_batch(Client& client, std::string list_id, std::vector<QueuedLead> leads,
    std::chrono::milliseconds poll_interval);

// add_contact_to_list, answering the client's closed error instead of throwing it.
void deliver_one(Client& client, const std::string& list_id, const Lead& lead, const DeliveryOptions& options,
    DeliveryCallback done);

}  // namespace ctct::delivery
