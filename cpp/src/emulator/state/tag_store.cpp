#include "emulator/state/tag_store.hpp"

#include <algorithm>

#include "emulator/state/ids.hpp"

namespace ctct::emulator {

namespace {

template <class T, class Id>
T* find(std::vector<TagStore::Entry<T>>& entries, Id T::*member, const std::string& id) {
  for (auto& entry : entries)
    if (entry.value.*member == id) return &entry.value;
  return nullptr;
}

template <class T, class Name>
T* find_name(std::vector<TagStore::Entry<T>>& entries, Name T::*member, const std::string& name) {
  const auto wanted = lower(name);
  for (auto& entry : entries)
    if ((entry.value.*member) && lower(*(entry.value.*member)) == wanted) return &entry.value;
  return nullptr;
}

}  // namespace

Tag* TagStore::tag(const std::string& id) { return find(tags, &Tag::tag_id, id); }
Tag* TagStore::tag_by_name(const std::string& name) { return find_name(tags, &Tag::name, name); }

Tag& TagStore::add_tag(Tag tag) {
  tags.push_back({std::move(tag), next_seq_++});
  return tags.back().value;
}

void TagStore::remove_tag(const std::string& id) {
  std::erase_if(tags, [&](const Entry<Tag>& entry) { return entry.value.tag_id == id; });
}

CustomField* TagStore::custom_field(const std::string& id) {
  return find(custom_fields, &CustomField::custom_field_id, id);
}
CustomField* TagStore::custom_field_by_name(const std::string& name) {
  return find_name(custom_fields, &CustomField::name, name);
}

CustomField& TagStore::add_custom_field(CustomField field) {
  custom_fields.push_back({std::move(field), next_seq_++});
  return custom_fields.back().value;
}

void TagStore::remove_custom_field(const std::string& id) {
  std::erase_if(custom_fields, [&](const Entry<CustomField>& entry) { return entry.value.custom_field_id == id; });
}

std::string custom_field_name(const std::string& label) {
  std::string name = label;
  std::replace(name.begin(), name.end(), ' ', '_');
  return name;
}

}  // namespace ctct::emulator
