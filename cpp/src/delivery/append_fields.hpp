// The delivery's append fields, read from the contact each API answers with.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "ctct/delivery.hpp"
#include "ctct/models.hpp"
#include "ctct/v2.hpp"

namespace ctct::delivery {

// v3 keeps no email address id and no application name: email_address_id and source_details
// stay null. list_status is "active" when the contact is on the list, else "not_member".
void append_v3(DeliveryOutcome& out, const Contact& contact, const std::string& list_id);

// v2's contact carries every append field; list_status is the list's own status (ACTIVE, ...).
void append_v2(DeliveryOutcome& out, const v2::Contact& contact, const std::string& list_id);

// Copies how a step went (kind, reason, status, error_key) onto the delivery's outcome and
// adds its requests to the attempts.
template <class T>
void record_step(DeliveryOutcome& out, const Outcome<T>& step) {
  out.outcome = step.outcome;
  out.reason = step.reason;
  out.status = step.status;
  out.error_key = step.error_key;
  out.attempts += step.attempts;
}

// An outcome refused before anything was sent.
DeliveryOutcome refused_delivery(std::string api_version, std::string reason);

}  // namespace ctct::delivery
