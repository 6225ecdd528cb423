#include "delivery/append_fields.hpp"

#include <algorithm>

namespace ctct::delivery {

void append_v3(DeliveryOutcome& out, const Contact& contact, const std::string& list_id) {
  out.contact_id = contact.contact_id;
  out.source = contact.create_source;
  out.list_id = list_id;
  const auto& lists = contact.list_memberships;
  out.list_status = std::find(lists.begin(), lists.end(), list_id) != lists.end() ? "active" : "not_member";
  if (const auto& email = contact.email_address) {
    out.email_address = email->address;
    out.contact_status = email->permission_to_send;
    if (email->confirm_status) out.confirmed = *email->confirm_status == "confirmed";
    out.opt_in_date = email->opt_in_date;
    out.opt_in_source = email->opt_in_source;
  }
}

void append_v2(DeliveryOutcome& out, const v2::Contact& contact, const std::string& list_id) {
  out.contact_id = contact.id;
  out.contact_status = contact.status;
  out.source = contact.source;
  out.confirmed = contact.confirmed;
  out.source_details = contact.source_details;
  out.list_id = list_id;
  if (!contact.email_addresses.empty()) {
    const auto& email = contact.email_addresses.front();
    out.email_address = email.email_address;
    out.email_address_id = email.id;
    out.opt_in_date = email.opt_in_date;
    out.opt_in_source = email.opt_in_source;
  }
  for (const auto& list : contact.lists)
    if (list.id == list_id) out.list_status = list.status;
}

DeliveryOutcome refused_delivery(std::string api_version, std::string reason) {
  DeliveryOutcome out;
  out.outcome = Kind::failure;
  out.reason = std::move(reason);
  out.api_version = std::move(api_version);
  return out;
}

}  // namespace ctct::delivery
