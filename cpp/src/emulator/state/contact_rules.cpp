#include "emulator/state/contact_rules.hpp"

#include <algorithm>
#include <cstring>

#include "emulator/state/ids.hpp"

namespace ctct::emulator {

std::vector<std::string> split_csv(const std::string& text) {
  std::vector<std::string> items;
  std::size_t start = 0;
  while (start <= text.size()) {
    auto end = text.find(',', start);
    if (end == std::string::npos) end = text.size();
    if (end > start) items.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return items;
}

std::optional<Response> check_include(const std::string& include) {
  for (const auto& item : split_csv(include)) {
    bool known = false;
    for (auto name = enums::contact_include; *name; ++name) known = known || item == *name;
    if (!known)
      return error_array(400, "query.param.invalid",
          "include \"" + item +
              "\" is not one of custom_fields, list_memberships, phone_numbers, "
              "street_addresses, taggings, notes.");
  }
  return std::nullopt;
}

Contact with_includes(const Contact& contact, const std::string& include) {
  const auto items = split_csv(include);
  auto wanted = [&](const char* name) { return std::find(items.begin(), items.end(), name) != items.end(); };
  Contact out = contact;
  if (!wanted("custom_fields")) out.custom_fields.clear();
  if (!wanted("list_memberships")) out.list_memberships.clear();
  if (!wanted("phone_numbers")) out.phone_numbers.clear();
  if (!wanted("street_addresses")) out.street_addresses.clear();
  if (!wanted("taggings")) out.taggings.clear();
  if (!wanted("notes")) out.notes.clear();
  return out;
}

template <class Ids>
std::optional<Response> check_lists_exist(Store& store, const Ids& list_ids) {
  for (const auto& id : list_ids)
    if (!store.list(id))
      return error_array(400, "json.field.lists.value.invalid", "The contact list " + id + " does not exist.");
  return std::nullopt;
}
template std::optional<Response> check_lists_exist(Store&, const std::vector<Text>&);
template std::optional<Response> check_lists_exist(Store&, const std::vector<std::string>&);

std::optional<Response> check_email_free(Store& store, const std::optional<EmailAddress>& address,
    const std::string& self) {
  if (!address || !address->address) return std::nullopt;
  const Contact* owner = store.contact_by_email(*address->address);
  if (!owner || owner->contact_id == self) return std::nullopt;
  return error_array(409, "contacts.api.conflict",
      "Validation failed: Email already exists for contact " + *owner->contact_id);
}

EmailAddress new_email_address(const std::string& address, const std::string& permission,
    const std::string& opt_in_source, const std::string& now) {
  EmailAddress email;
  email.address = address;
  email.permission_to_send = permission;
  email.created_at = email.updated_at = now;
  email.opt_in_source = opt_in_source;
  email.opt_in_date = now;
  email.confirm_status = "off";
  return email;
}

void stamp_sub_resources(Contact& contact, const std::string& now) {
  for (auto& phone : contact.phone_numbers) {
    if (!phone.phone_number_id) phone.phone_number_id = new_uuid();
    if (!phone.created_at) phone.created_at = now;
    phone.updated_at = now;
  }
  for (auto& address : contact.street_addresses) {
    if (!address.street_address_id) address.street_address_id = new_uuid();
    if (!address.created_at) address.created_at = now;
    address.updated_at = now;
  }
  for (auto& note : contact.notes) {
    if (!note.note_id) note.note_id = new_uuid();
    if (!note.created_at) note.created_at = now;
  }
}

template <class Ids>
void add_memberships(Contact& contact, const Ids& list_ids) {
  for (const auto& id : list_ids)
    if (!holds(contact.list_memberships, id)) contact.list_memberships.push_back(id);
}
template void add_memberships(Contact&, const std::vector<Text>&);
template void add_memberships(Contact&, const std::vector<std::string>&);

}  // namespace ctct::emulator
