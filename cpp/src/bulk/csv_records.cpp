#include "bulk/csv_records.hpp"

namespace ctct::bulk {

std::vector<std::size_t> record_ends(std::string_view csv) {
  std::vector<std::size_t> ends;
  bool quoted = false;
  for (std::size_t i = 0; i < csv.size(); ++i) {
    const char c = csv[i];
    if (c == '"') quoted = !quoted;  // a doubled quote toggles twice: still inside
    else if (c == '\n' && !quoted) ends.push_back(i + 1);
  }
  if (ends.empty() ? !csv.empty() : ends.back() != csv.size()) ends.push_back(csv.size());
  return ends;
}

}  // namespace ctct::bulk
