#include "emulator/state/tagging.hpp"
#include "emulator/state/ids.hpp"

#include <algorithm>

namespace ctct::emulator {

std::optional<Response> check_tags_exist(Store& store, const std::vector<Text>& tag_ids) {
  for (const auto& id : tag_ids)
    if (!store.tagging.tag(id))
      return error_array(400, "json.field.taggings.value.invalid", "The tag " + id + " does not exist.");
  return std::nullopt;
}

std::optional<Response> check_custom_fields_exist(Store& store, const std::vector<CustomFieldValue>& values) {
  for (const auto& value : values)
    if (value.custom_field_id && !store.tagging.custom_field(*value.custom_field_id))
      return error_array(400, "json.field.custom_fields.value.invalid",
          "The custom field " + *value.custom_field_id + " does not exist.");
  return std::nullopt;
}

long tagged_contacts(const Store& store, const std::string& tag_id) {
  return static_cast<long>(std::count_if(store.contacts.begin(), store.contacts.end(),
      [&](const Contact& contact) { return !is_deleted(contact) && holds(contact.taggings, tag_id); }));
}

void delete_tag(Store& store, const std::string& tag_id) {
  store.tagging.remove_tag(tag_id);
  for (auto& contact : store.contacts) std::erase(contact.taggings, tag_id);
}

void delete_custom_field(Store& store, const std::string& custom_field_id) {
  store.tagging.remove_custom_field(custom_field_id);
  for (auto& contact : store.contacts)
    std::erase_if(contact.custom_fields,
        [&](const CustomFieldValue& value) { return value.custom_field_id == custom_field_id; });
}

bool add_tags(Contact& contact, const std::vector<std::string>& tag_ids) {
  bool changed = false;
  for (const auto& id : tag_ids)
    if (!holds(contact.taggings, id)) {
      contact.taggings.push_back(id);
      changed = true;
    }
  return changed;
}

bool remove_tags(Contact& contact, const std::vector<std::string>& tag_ids) {
  const auto before = contact.taggings.size();
  std::erase_if(contact.taggings, [&](const Text& id) { return holds(tag_ids, id); });
  return contact.taggings.size() != before;
}

}  // namespace ctct::emulator
