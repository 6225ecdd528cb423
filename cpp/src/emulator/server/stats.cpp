#include "emulator/server/stats.hpp"

#include "json/json_write.hpp"

namespace ctct::emulator {

void Stats::record(const std::string& connection, const std::string& route) {
  ++requests;
  if (!connection.empty()) connections.insert(connection);
  ++by_route[route];
}

void Stats::record_grant(const std::string& grant_type, bool issued) {
  ++(issued ? grants : refused_grants)[grant_type];
}

namespace {

// Written here rather than by json::write, which knows described structs but not maps.
void write_counts(std::string& out, const std::map<std::string, long>& counts) {
  out += '{';
  bool first = true;
  for (const auto& [name, count] : counts) {
    if (!first) out += ',';
    first = false;
    json::write_string(out, json::repair_utf8(name));  // unmatched paths and grant types are client text
    out += ':' + std::to_string(count);
  }
  out += '}';
}

}  // namespace

std::string Stats::json() const {
  std::string out = "{\"requests\":" + std::to_string(requests) +
                    ",\"connections\":" + std::to_string(connections.size()) + ",\"by_route\":";
  write_counts(out, by_route);
  out += ",\"throttled\":" + std::to_string(throttled) + ",\"grants\":";
  write_counts(out, grants);
  out += ",\"refused_grants\":";
  write_counts(out, refused_grants);
  return out + "}";
}

}  // namespace ctct::emulator
