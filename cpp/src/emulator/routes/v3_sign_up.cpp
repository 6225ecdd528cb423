// POST /v3/contacts/sign_up_form (create or update by address), GET /v3/contacts/counts,
// PUT /v3/contacts/resubscribe/{contact_id}.
#include <algorithm>

#include "api/validate.hpp"
#include "emulator/routes/routes.hpp"
#include "emulator/state/contact_rules.hpp"
#include "emulator/state/ids.hpp"
#include "emulator/wire.hpp"
#include "json/json_read.hpp"

namespace ctct::emulator {

namespace {

// A partial update: only the fields given change; lists and custom fields are added to.
void apply(Contact& contact, const ContactSignUp& form, const std::string& now) {
  auto set_given = [](auto& kept, const auto& given) {
    if (given) kept = given;
  };
  set_given(contact.first_name, form.first_name);
  set_given(contact.last_name, form.last_name);
  set_given(contact.job_title, form.job_title);
  set_given(contact.company_name, form.company_name);
  set_given(contact.anniversary, form.anniversary);
  set_given(contact.birthday_month, form.birthday_month);
  set_given(contact.birthday_day, form.birthday_day);
  add_memberships(contact, form.list_memberships);
  for (const auto& field : form.custom_fields) {
    auto same = std::find_if(contact.custom_fields.begin(), contact.custom_fields.end(),
        [&](const CustomFieldValue& kept) { return kept.custom_field_id == field.custom_field_id; });
    if (same != contact.custom_fields.end()) *same = field;
    else contact.custom_fields.push_back(field);
  }
  if (form.phone_number && std::none_of(contact.phone_numbers.begin(), contact.phone_numbers.end(),
                               [&](const PhoneNumber& kept) { return kept.phone_number == form.phone_number; })) {
    PhoneNumber phone;
    phone.phone_number = form.phone_number;
    phone.kind = "other";
    if (contact.phone_numbers.size() == 3) contact.phone_numbers.pop_back();  // at most 3
    contact.phone_numbers.push_back(phone);
  }
  if (form.street_address) {
    const auto& given = *form.street_address;
    StreetAddress address;
    address.kind = given.kind;
    address.street = given.street;
    address.city = given.city;
    address.state = given.state;
    address.postal_code = given.postal_code;
    address.country = given.country;
    auto same = std::find_if(contact.street_addresses.begin(), contact.street_addresses.end(),
        [&](const StreetAddress& kept) { return kept.kind == given.kind; });
    if (same != contact.street_addresses.end()) *same = address;
    else if (contact.street_addresses.size() < 3) contact.street_addresses.push_back(address);
  }
  if (contact.email_address) {
    contact.email_address->permission_to_send = "explicit";
    contact.email_address->updated_at = now;
  }
  contact.updated_at = now;
  contact.deleted_at.reset();  // signing up again restores a deleted contact
  stamp_sub_resources(contact, now);
}

Response sign_up(Store& store, const Request& request) {
  if (!request.is_json()) return unsupported_media_type();
  auto read = json::read<ContactSignUp>(request.body);
  if (!read) return unreadable_body(read.error->message);
  const auto& form = *read.value;
  if (auto reason = detail::validate(form, "sign_up")) return invalid_field(*reason);
  if (!form.email_address) return error_array(400, "json.field.required", "sign_up.email_address is required.");
  for (const auto& id : form.list_memberships)
    if (!store.list(id)) return not_found("Contact list " + id);
  const auto now = now_iso();
  if (Contact* existing = store.contact_by_email(*form.email_address)) {
    apply(*existing, form, now);
    return json_response(200, SignUpResult{existing->contact_id, "updated"});
  }
  Contact contact;
  contact.contact_id = new_uuid();
  contact.email_address = new_email_address(*form.email_address, "explicit", "Contact", now);
  contact.create_source = contact.update_source = "Contact";
  contact.created_at = now;
  apply(contact, form, now);
  return json_response(201, SignUpResult{store.add_contact(std::move(contact)).contact_id, "created"});
}

Response counts(Store& store, const Request& request) {
  const auto include = request.param("include");
  if (!include.empty() && include != "new_subscriber")
    return error_array(400, "query.param.invalid", "include takes only new_subscriber.");
  ContactsCounts counts{0, 0, 0, 0, 0, std::nullopt};
  const auto month_ago = days_ago_iso(30);
  long recent = 0;
  for (const auto& contact : store.contacts) {
    if (is_deleted(contact)) continue;
    ++*counts.total;
    const auto permission = contact.email_address ? contact.email_address->permission_to_send : std::nullopt;
    if (permission == "explicit") ++*counts.explicit_;
    else if (permission == "implicit") ++*counts.implicit;
    else if (permission == "pending_confirmation") ++*counts.pending;
    else if (permission == "unsubscribed") ++*counts.unsubscribed;
    if (contact_status(contact) == "active" && contact.created_at >= month_ago) ++recent;
  }
  if (!include.empty()) counts.new_subscriber = recent;
  return json_response(200, counts);
}

// Asks an unsubscribed contact to confirm coming back: pending until they do.
Response resubscribe(Store& store, const Request& request, const std::string& id) {
  Contact* stored = detail::is_uuid(id) ? store.contact(id) : nullptr;
  if (!stored || is_deleted(*stored)) return not_found("Contact " + id);
  if (!request.is_json()) return unsupported_media_type();
  auto read = json::read<Resubscribe>(request.body);
  if (!read) return unreadable_body(read.error->message);
  if (auto reason = detail::validate(*read.value, "resubscribe")) return invalid_field(*reason);
  if (auto refused = check_lists_exist(store, read.value->list_ids)) return *refused;
  if (!stored->email_address || stored->email_address->permission_to_send != "unsubscribed")
    return error_array(409, "contacts.api.conflict", "Only an unsubscribed contact can be resubscribed.");
  const auto now = now_iso();
  stored->email_address->permission_to_send = "pending_confirmation";
  stored->email_address->confirm_status = "pending";
  stored->email_address->updated_at = stored->updated_at = now;
  add_memberships(*stored, read.value->list_ids);
  return Response{200, "", ""};
}

}  // namespace

void add_v3_sign_up_routes(Router& router, Store& store) {
  router.add("POST", "/v3/contacts/sign_up_form",
      [&store](const Request& r, const Params&) { return sign_up(store, r); });
  router.add("GET", "/v3/contacts/counts", [&store](const Request& r, const Params&) { return counts(store, r); });
  router.add("PUT", "/v3/contacts/resubscribe/{contact_id}",
      [&store](const Request& r, const Params& p) { return resubscribe(store, r, p[0]); });
}

}  // namespace ctct::emulator
