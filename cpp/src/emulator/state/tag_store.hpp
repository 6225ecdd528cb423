// The tags and custom fields the emulator holds, part of its Store. Both are removed by a
// delete; `seq` orders them for pagination cursors across removals.
#pragma once

#include <string>
#include <vector>

#include "ctct/tag_models.hpp"

namespace ctct::emulator {

struct TagStore {
  template <class T>
  struct Entry {
    T value;
    long seq = 0;
  };
  std::vector<Entry<Tag>> tags;
  std::vector<Entry<CustomField>> custom_fields;

  Tag* tag(const std::string& id);
  Tag* tag_by_name(const std::string& name);  // case-insensitive
  Tag& add_tag(Tag tag);
  void remove_tag(const std::string& id);

  CustomField* custom_field(const std::string& id);
  CustomField* custom_field_by_name(const std::string& name);  // case-insensitive
  CustomField& add_custom_field(CustomField field);
  void remove_custom_field(const std::string& id);

 private:
  long next_seq_ = 0;
};

// The name the service makes from a custom field's label: blanks become underscores.
std::string custom_field_name(const std::string& label);

}  // namespace ctct::emulator
