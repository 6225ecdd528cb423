#include "emulator/state/store.hpp"

#include <algorithm>

#include "emulator/state/ids.hpp"

namespace ctct::emulator {

bool is_deleted(const Contact& contact) { return contact.deleted_at.has_value(); }

std::string contact_status(const Contact& contact) {
  if (is_deleted(contact)) return "deleted";
  const auto permission = contact.email_address && contact.email_address->permission_to_send
                              ? contact.email_address->permission_to_send->view()
                              : std::string_view("not_set");
  if (permission == "implicit" || permission == "explicit") return "active";
  return std::string(permission);
}

Contact* Store::contact(const std::string& id) {
  auto found = contact_ids_.find(id);
  return found == contact_ids_.end() ? nullptr : &contacts[found->second];
}

Contact* Store::contact_by_email(const std::string& address) {
  auto found = contact_emails_.find(lower(address));
  return found == contact_emails_.end() ? nullptr : &contacts[found->second];
}

Contact& Store::add_contact(Contact contact) {
  const auto index = contacts.size();
  contact_ids_[*contact.contact_id] = index;
  if (contact.email_address && contact.email_address->address)
    contact_emails_[lower(*contact.email_address->address)] = index;
  contacts.push_back(std::move(contact));
  return contacts.back();
}

void Store::reserve_contacts(std::size_t more) {
  contacts.reserve(contacts.size() + more);
  contact_ids_.reserve(contacts.size() + more);
  contact_emails_.reserve(contacts.size() + more);
}

void Store::set_email(Contact& contact, std::optional<EmailAddress> address) {
  if (contact.email_address && contact.email_address->address)
    contact_emails_.erase(lower(*contact.email_address->address));
  contact.email_address = std::move(address);
  if (contact.email_address && contact.email_address->address)
    contact_emails_[lower(*contact.email_address->address)] = contact_ids_.at(*contact.contact_id);
}

ContactList* Store::list(const std::string& id) {
  for (auto& stored : lists)
    if (stored.list.list_id == id) return &stored.list;
  return nullptr;
}

ContactList* Store::list_by_name(const std::string& name) {
  const auto wanted = lower(name);
  for (auto& stored : lists)
    if (stored.list.name && lower(*stored.list.name) == wanted) return &stored.list;
  return nullptr;
}

ContactList& Store::add_list(ContactList list) {
  lists.push_back({std::move(list), next_list_seq_++});
  return lists.back().list;
}

void Store::remove_list(const std::string& id) {
  std::erase_if(lists, [&](const StoredList& stored) { return stored.list.list_id == id; });
  for (auto& contact : contacts) std::erase(contact.list_memberships, id);
}

long Store::membership_count(const std::string& list_id, bool active_only) const {
  return static_cast<long>(std::count_if(contacts.begin(), contacts.end(), [&](const Contact& c) {
    if (is_deleted(c) || (active_only && contact_status(c) != "active")) return false;
    return std::find(c.list_memberships.begin(), c.list_memberships.end(), list_id) != c.list_memberships.end();
  }));
}

Activity* Store::activity(const std::string& id) {
  for (auto& activity : activities)
    if (activity.activity_id == id) return &activity;
  return nullptr;
}

v2::ContactList* Store::v2_list(const std::string& id) {
  for (auto& list : v2_lists)
    if (list.id == id) return &list;
  return nullptr;
}

bool Store::v2_email_taken(const std::string& address) const {
  const auto wanted = lower(address);
  return std::any_of(v2_contacts.begin(), v2_contacts.end(), [&](const v2::Contact& c) {
    return std::any_of(c.email_addresses.begin(), c.email_addresses.end(),
        [&](const v2::EmailAddress& e) { return e.email_address && lower(*e.email_address) == wanted; });
  });
}

// v2 ids are decimal numbers as strings; seeded ids are kept, so skip the ones in use.
std::string Store::next_v2_list_id() {
  std::string id;
  do id = std::to_string(++v2_list_counter_);
  while (v2_list(id));
  return id;
}

std::string Store::next_v2_contact_id() {
  std::string id;
  do id = std::to_string(++v2_contact_counter_);
  while (std::any_of(v2_contacts.begin(), v2_contacts.end(), [&](const v2::Contact& c) { return c.id == id; }));
  return id;
}

void Store::clear() { *this = Store{}; }

}  // namespace ctct::emulator
