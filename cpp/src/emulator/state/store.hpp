// Everything the emulator holds. Not thread-safe: the Service locks around every use.
#pragma once

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "ctct/models.hpp"
#include "ctct/v2.hpp"
#include "emulator/state/segment_store.hpp"
#include "emulator/state/tag_store.hpp"

namespace ctct::emulator {

struct Store {
  // Contacts are never removed (a delete sets deleted_at), so a contact's index is its place
  // in every listing and pagination cursors can name it.
  std::vector<Contact> contacts;
  // Lists are removed by a delete; `seq` orders them for cursors across removals.
  struct StoredList {
    ContactList list;
    long seq = 0;
  };
  std::vector<StoredList> lists;
  std::vector<Activity> activities;
  TagStore tagging;  // tags and custom fields
  std::vector<v2::ContactList> v2_lists;
  std::vector<v2::Contact> v2_contacts;
  SegmentStore segments;

  Contact* contact(const std::string& id);
  Contact* contact_by_email(const std::string& address);  // case-insensitive, deleted included
  // Adds a contact (its id and address must be set or empty) and indexes it.
  Contact& add_contact(Contact contact);
  // Room for `more` contacts (and their index entries) before adding many at once.
  void reserve_contacts(std::size_t more);
  // Changes a stored contact's address, keeping the index true.
  void set_email(Contact& contact, std::optional<EmailAddress> address);

  ContactList* list(const std::string& id);
  ContactList* list_by_name(const std::string& name);  // case-insensitive
  ContactList& add_list(ContactList list);
  void remove_list(const std::string& id);  // and every membership of it
  long membership_count(const std::string& list_id, bool active_only) const;

  Activity* activity(const std::string& id);

  v2::ContactList* v2_list(const std::string& id);
  bool v2_email_taken(const std::string& address) const;
  std::string next_v2_list_id();
  std::string next_v2_contact_id();

  void clear();

 private:
  std::unordered_map<std::string, std::size_t> contact_ids_, contact_emails_;
  long next_list_seq_ = 0;
  long v2_list_counter_ = 0, v2_contact_counter_ = 0;
};

// A contact counts as deleted once deleted_at is set, as active while it may be e-mailed.
bool is_deleted(const Contact& contact);
// The status GET /contacts filters on: deleted, active, or the permission_to_send value.
std::string contact_status(const Contact& contact);

}  // namespace ctct::emulator
