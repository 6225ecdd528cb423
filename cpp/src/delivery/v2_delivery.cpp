// The delivery on API v2, as the original delivery made it: one POST /contacts with the list,
// whose answer carries every append field.
#include "ctct/v2.hpp"

#include "api/v2_impl.hpp"
#include "delivery/append_fields.hpp"
#include "delivery/blocking.hpp"
#include "delivery/lead_check.hpp"
#include "delivery/lead_mapping.hpp"

namespace ctct::v2 {

void Client::add_contact_to_list(const std::string& list_id, const Lead& lead, ActionBy action_by,
    DeliveryCallback callback) {
  ctct::detail::require(callback);
  auto problem = delivery::check_v2_list_id(list_id);
  if (!problem) problem = delivery::check_lead(lead);
  auto mapping = problem ? delivery::Mapping<Contact>{} : delivery::to_v2_contact(list_id, lead);
  if (!problem) problem = mapping.refused;
  if (problem) {
    impl_->core.check_open();
    return callback(delivery::refused_delivery("v2", *problem));
  }
  create_contact(mapping.body, action_by,
      [list_id, email = *lead.email, warnings = std::move(mapping.warnings),
          callback = std::move(callback)](Outcome<Contact> created) mutable {
        DeliveryOutcome out;
        out.api_version = "v2";
        out.warnings = std::move(warnings);
        delivery::record_step(out, created);
        if (created.ok()) {
          out.action = "created";
          delivery::append_v2(out, *created.value, list_id);
        } else if (created.status == 409) {
          out.reason = "A contact with email " + email +
                       " already exists in Constant Contact (API v2 refuses an existing address "
                       "in any state, unsubscribed or removed included).";
        }
        callback(std::move(out));
      });
}

DeliveryOutcome Client::add_contact_to_list(const std::string& list_id, const Lead& lead, ActionBy action_by) {
  return delivery::wait_for_delivery([&](DeliveryCallback done) {
    add_contact_to_list(list_id, lead, action_by, std::move(done));
  });
}

}  // namespace ctct::v2
