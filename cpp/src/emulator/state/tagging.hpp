// How tags and custom fields reach contacts in the emulator: checks of the ids a contact
// carries, counts, and deletes that take a tag or a field off every contact.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "emulator/server/exchange.hpp"
#include "emulator/state/store.hpp"

namespace ctct::emulator {

// The 400 naming the first tag id, or custom field id, that is not stored, if any.
std::optional<Response> check_tags_exist(Store& store, const std::vector<Text>& tag_ids);
std::optional<Response> check_custom_fields_exist(Store& store, const std::vector<CustomFieldValue>& values);

// Contacts (deleted ones left out) that carry the tag.
long tagged_contacts(const Store& store, const std::string& tag_id);

// Deletes the tag, or the custom field, and takes it off every contact.
void delete_tag(Store& store, const std::string& tag_id);
void delete_custom_field(Store& store, const std::string& custom_field_id);

// Adds (once each) or removes tags on one contact; true when the contact changed.
bool add_tags(Contact& contact, const std::vector<std::string>& tag_ids);
bool remove_tags(Contact& contact, const std::vector<std::string>& tag_ids);

}  // namespace ctct::emulator
