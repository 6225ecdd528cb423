#include "emulator/server/stats.hpp"

#include "json/json_write.hpp"

namespace ctct::emulator {

void Stats::record(const std::string& connection, const std::string& route) {
  ++requests;
  if (!connection.empty()) connections.insert(connection);
  ++by_route[route];
}

// Written here rather than by json::write, which knows described structs but not maps.
std::string Stats::json() const {
  std::string out = "{\"requests\":" + std::to_string(requests) +
                    ",\"connections\":" + std::to_string(connections.size()) + ",\"by_route\":{";
  bool first = true;
  for (const auto& [route, count] : by_route) {
    if (!first) out += ',';
    first = false;
    json::write_string(out, json::repair_utf8(route));  // unmatched paths are client text
    out += ':' + std::to_string(count);
  }
  return out + "},\"throttled\":" + std::to_string(throttled) + "}";
}

}  // namespace ctct::emulator
