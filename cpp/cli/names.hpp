// The command line's names: kebab-case of the registry's snake_case (custom_fields ->
// custom-fields, first_name -> --first-name).
#pragma once

#include <algorithm>
#include <string>
#include <string_view>

namespace ctct::cli {

inline std::string kebab(std::string_view snake) {
  std::string out(snake);
  std::replace(out.begin(), out.end(), '_', '-');
  return out;
}

}  // namespace ctct::cli
