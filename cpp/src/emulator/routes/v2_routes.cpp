// The legacy API v2: GET /v2/lists and POST /v2/contacts?action_by=..., kept apart from v3.
#include "api/validate.hpp"
#include "emulator/routes/routes.hpp"
#include "emulator/state/ids.hpp"
#include "emulator/wire.hpp"
#include "json/json_read.hpp"

namespace ctct::emulator {

namespace {

Response lists(Store& store) { return json_response(200, store.v2_lists); }

Response create_contact(Store& store, const Request& request) {
  const auto action_by = request.has_param("action_by") ? request.param("action_by") : "ACTION_BY_OWNER";
  if (action_by != "ACTION_BY_OWNER" && action_by != "ACTION_BY_VISITOR")
    return error_array(400, "query.param.invalid", "action_by takes ACTION_BY_OWNER or ACTION_BY_VISITOR.");
  if (!request.is_json()) return unsupported_media_type();
  auto read = json::read<v2::Contact>(request.body);
  if (!read) return unreadable_body(read.error->message);
  auto& given = *read.value;
  if (auto reason = detail::validate(given, "contact")) return invalid_field(*reason);
  if (given.email_addresses.empty() || !given.email_addresses[0].email_address)
    return error_array(400, "json.field.required", "contact.email_addresses needs one email_address.");
  if (given.lists.empty()) return error_array(400, "json.field.required", "contact.lists needs at least one list.");
  for (const auto& list : given.lists)
    if (!list.id || !store.v2_list(*list.id))
      return error_array(400, "json.field.lists.value.invalid",
          "The contact list " + list.id.value_or("") + " does not exist.");
  const auto& address = *given.email_addresses[0].email_address;
  if (store.v2_email_taken(address))
    return error_array(409, "http.status.email_address.conflict", "Email address " + address + " is already in use.");

  const auto now = now_iso_millis();
  v2::Contact contact = given;
  contact.id = store.next_v2_contact_id();
  contact.status = "ACTIVE";
  contact.confirmed = false;
  // The service records who added the contact: the account's application or a site visitor.
  contact.source = action_by == "ACTION_BY_OWNER" ? "API" : "Website";
  contact.source_details = "ctct";
  contact.email_addresses = {{new_uuid(), "ACTIVE", "NO_CONFIRMATION_REQUIRED", action_by, now, address}};
  for (auto& list : contact.lists) {
    list.status = "ACTIVE";
    v2::ContactList* stored = store.v2_list(*list.id);
    stored->contact_count = stored->contact_count.value_or(0) + 1;
    stored->modified_date = now;
  }
  store.v2_contacts.push_back(contact);
  return json_response(201, contact);
}

}  // namespace

void add_v2_routes(Router& router, Store& store) {
  router.add("GET", "/v2/lists", [&store](const Request&, const Params&) { return lists(store); });
  router.add("POST", "/v2/contacts", [&store](const Request& r, const Params&) { return create_contact(store, r); });
}

}  // namespace ctct::emulator
