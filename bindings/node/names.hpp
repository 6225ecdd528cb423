// JS names of the core's snake_case names (operations, groups, their options and argument fields):
// the one place they are made camelCase, so a method, an options key and the .d.ts agree.
#pragma once

#include <string>
#include <string_view>

namespace ctct::node {

// include_count -> includeCount, refresh_margin_s -> refreshMarginS, add_to_lists -> addToLists.
inline std::string js_name(std::string_view snake) {
  std::string out;
  out.reserve(snake.size());
  bool upper = false;
  for (char c : snake) {
    if (c == '_' && !out.empty()) {
      upper = true;
      continue;
    }
    out += upper && c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
    upper = false;
  }
  return out;
}

// Whether Node took this operation option under its snake_case name before 0.1 made the keys
// camelCase: those spellings are still read, with CTCT_DEP0003, until the next minor version.
// Options added since never had one; the list is closed.
inline bool had_snake_case_spelling(std::string_view core) {
  constexpr std::string_view taken[] = {"action_by", "contact_ids", "created_after", "created_before",
      "custom_field_ids", "fail_on_duplicate", "file_name", "include_count", "include_membership_count",
      "include_new_subscriber", "list_ids", "new_subscriber", "optout_after", "optout_before", "segment_id",
      "sms_permission_to_send", "sms_status", "tag_ids", "updated_after", "updated_before"};
  for (auto name : taken)
    if (name == core) return true;
  return false;
}

// The class of a group: custom_fields -> CustomFields.
inline std::string js_class_name(std::string_view snake) {
  std::string out = js_name(snake);
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
  return out;
}

}  // namespace ctct::node
