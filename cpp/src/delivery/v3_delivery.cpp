// The v3 delivery: sign-up form (create or update) or POST /contacts (new contacts only), then
// the append fields. Each step starts the next from its callback: nothing blocks the I/O thread.
#include <memory>

#include "api/core.hpp"
#include "api/id_translator.hpp"
#include "ctct/client.hpp"
#include "delivery/append_fields.hpp"
#include "delivery/blocking.hpp"
#include "delivery/lead_check.hpp"
#include "delivery/lead_mapping.hpp"

namespace ctct {
namespace {

using delivery::record_step;
using Shared = std::shared_ptr<DeliveryOutcome>;

// The lead is on the list whatever the read-back gives: a failed read-back leaves the append
// fields it would have filled null, says why in a warning, and the outcome stays a success.
void read_back(detail::Core& core, Shared out, DeliveryCallback done) {
  const auto not_read = [](DeliveryOutcome& outcome, const std::string& why) {
    outcome.warnings.push_back(
        "The lead is on the list, but its contact could not be read back for the append fields: " + why);
  };
  if (!out->contact_id) {
    not_read(*out, "Constant Contact did not answer with its contact_id.");
    return done(std::move(*out));
  }
  const auto contact_id = *out->contact_id;
  try {
    Contacts(core).get(contact_id, {"list_memberships"}, [out, done, not_read](Outcome<Contact> read) {
      out->status = read.status;
      out->attempts += read.attempts;
      if (read.ok()) delivery::append_v3(*out, *read.value, *out->list_id);
      else not_read(*out, read.reason.value_or("no reason given."));
      done(std::move(*out));
    });
  } catch (const UsageError&) {
    not_read(*out, "the client was closed.");
    done(std::move(*out));
  }
}

void sign_up(detail::Core& core, const std::string& list_id, const Lead& lead, const DeliveryOptions& options,
    DeliveryCallback done) {
  auto mapping = delivery::to_sign_up(list_id, lead, options);
  if (mapping.refused) return done(delivery::refused_delivery("v3", *mapping.refused));
  auto out = std::make_shared<DeliveryOutcome>();
  out->api_version = "v3";
  out->warnings = std::move(mapping.warnings);
  Contacts(core).create_or_update(mapping.body,
      [&core, out, list_id, read = options.read_back, done](Outcome<SignUpResult> added) {
        record_step(*out, added);
        if (!added.ok()) {
          // On the sign-up form a 409 means another request changed this contact at that
          // moment: a retry succeeds, so it is an error, not a failure.
          if (added.status == 409) {
            out->outcome = Kind::error;
            out->reason = "Constant Contact was changing this contact for another request at the "
                          "same moment (409); retry the delivery.";
          }
          return done(std::move(*out));
        }
        out->contact_id = added.value->contact_id;
        out->action = added.value->action;
        out->list_id = list_id;
        if (read) read_back(core, out, done);
        else done(std::move(*out));
      });
}

// POST /contacts answers with the contact and its list memberships: no read-back needed.
void create_new(detail::Core& core, const std::string& list_id, const Lead& lead, const DeliveryOptions& options,
    DeliveryCallback done) {
  auto mapping = delivery::to_contact(list_id, lead, options);
  if (mapping.refused) return done(delivery::refused_delivery("v3", *mapping.refused));
  auto out = std::make_shared<DeliveryOutcome>();
  out->api_version = "v3";
  out->warnings = std::move(mapping.warnings);
  Contacts(core).create(mapping.body, [out, list_id, email = *lead.email, done](Outcome<Contact> created) {
    record_step(*out, created);
    if (created.ok()) {
      out->action = "created";
      delivery::append_v3(*out, *created.value, list_id);
    } else if (created.status == 409) {
      out->reason = "A contact with email " + email +
                    " already exists in Constant Contact; set fail_on_duplicate to false to update "
                    "it and add it to the list instead.";
    }
    done(std::move(*out));
  });
}

}  // namespace

void Client::add_contact_to_list(const std::string& list_id, const Lead& lead, const DeliveryOptions& options,
    DeliveryCallback callback) {
  detail::require(callback);
  core_->check_open();
  if (auto problem = delivery::check_v3_delivery(list_id, lead, options))
    return callback(delivery::refused_delivery("v3", *problem));
  auto& core = *core_;
  detail::V2Ids ids;
  ids.add(meta::IdOf::list, list_id);
  detail::translate_ids(core, ids,
      [&core, list_id, lead, options, callback = std::move(callback)](Outcome<detail::Translation> translation) {
        if (!translation.ok()) {
          DeliveryOutcome out;
          out.api_version = "v3";
          record_step(out, translation);
          return callback(std::move(out));
        }
        // The translation's request and warning join the delivery's outcome.
        auto done = [callback, translation](DeliveryOutcome out) {
          out.attempts += translation.attempts;
          const auto& warnings = translation.value->warnings;
          out.warnings.insert(out.warnings.begin(), warnings.begin(), warnings.end());
          callback(std::move(out));
        };
        const auto& v3_id = translation.value->v3(meta::IdOf::list, list_id);
        if (options.fail_on_duplicate) create_new(core, v3_id, lead, options, std::move(done));
        else sign_up(core, v3_id, lead, options, std::move(done));
      });
}

DeliveryOutcome Client::add_contact_to_list(const std::string& list_id, const Lead& lead,
    const DeliveryOptions& options) {
  return delivery::wait_for_delivery([&](DeliveryCallback done) {
    add_contact_to_list(list_id, lead, options, std::move(done));
  });
}

}  // namespace ctct
