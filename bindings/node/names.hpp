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

// The class of a group: custom_fields -> CustomFields.
inline std::string js_class_name(std::string_view snake) {
  std::string out = js_name(snake);
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
  return out;
}

}  // namespace ctct::node
