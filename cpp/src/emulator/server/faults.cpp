#include "emulator/server/faults.hpp"

#include <algorithm>
#include <array>
#include <cctype>

#include "json/json_read.hpp"

namespace ctct::emulator {

bool Fault::matches(const std::string& request_method, const std::string& request_path) const {
  if (!method.empty() && method != request_method) return false;
  if (!path.empty() && path.back() == '*')
    return request_path.compare(0, path.size() - 1, path, 0, path.size() - 1) == 0;
  return path == request_path;
}

namespace {

constexpr std::array actions{"drop", "drop_after", "malformed", "truncate", "reset", "drip", "large"};

// A whole, valid listing: what a dripped or reset body would have been.
constexpr const char* empty_listing = R"({"contacts":[],"contacts_count":0})";

}  // namespace

std::optional<Response> Fault::response() const {
  const int answered = status ? status : 200;
  if (action == "drop") return Response(0, "", "", Delivery::drop);
  // Cut inside an array, so no JSON reader can take it for a whole document.
  if (action == "malformed") return Response{answered, body.empty() ? R"({"contacts":[{"contact_id":)" : body};
  if (action == "truncate")
    return Response(answered, body.empty() ? R"({"contacts":[)" : body, "application/json", Delivery::truncate);
  if (action == "reset")
    return Response(answered, body.empty() ? empty_listing : body, "application/json", Delivery::reset);
  if (action == "drip") {
    Response dripped(answered, body.empty() ? empty_listing : body, "application/json", Delivery::drip);
    dripped.interval_ms = interval_ms;
    return dripped;
  }
  // Valid JSON padded with spaces, so only its size can be held against it.
  if (action == "large") {
    std::string padded = body.empty() ? empty_listing : body;
    if (padded.size() < static_cast<std::size_t>(bytes)) padded.append(bytes - padded.size(), ' ');
    return Response{answered, std::move(padded)};
  }
  if (!status) return std::nullopt;
  Response answer{status, body};
  if (!location.empty()) answer.headers.emplace_back("Location", location);
  return answer;
}

FaultSpec Fault::spec() const {
  FaultSpec spec;
  if (!method.empty()) spec.method = method;
  spec.path = path;
  if (status) spec.status = status;
  if (!body.empty()) spec.body = body;
  if (delay_ms) spec.delay_ms = delay_ms;
  if (!action.empty()) spec.action = action;
  spec.times = times;
  if (action == "drip") spec.interval_ms = interval_ms;
  if (action == "large") spec.bytes = bytes;
  if (!location.empty()) spec.location = location;
  return spec;
}

std::optional<Fault> read_fault(std::string_view body, std::string& why) {
  auto read = json::read<FaultSpec>(body);
  if (!read) {
    why = "The fault is not valid JSON of a fault: " + read.error->message + ".";
    return std::nullopt;
  }
  const auto& spec = *read.value;
  Fault fault;
  fault.method = spec.method.value_or("");
  for (auto& c : fault.method) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  fault.path = spec.path.value_or("");
  fault.status = spec.status.value_or(0);
  fault.body = spec.body.value_or("");
  fault.delay_ms = spec.delay_ms.value_or(0);
  fault.action = spec.action.value_or("");
  fault.times = spec.times.value_or(1);
  fault.interval_ms = spec.interval_ms.value_or(fault.interval_ms);
  fault.bytes = spec.bytes.value_or(fault.bytes);
  fault.location = spec.location.value_or("");
  if (fault.path.empty() || fault.path.front() != '/')
    why = "path is required: an exact path such as /v3/contacts, or a prefix ending in *.";
  else if (fault.status && (fault.status < 100 || fault.status > 599))
    why = "status must be an HTTP status from 100 to 599.";
  else if (!fault.action.empty() && std::find(actions.begin(), actions.end(), fault.action) == actions.end())
    why = "action takes drop, drop_after, malformed, truncate, reset, drip or large.";
  else if (fault.delay_ms < 0 || fault.times < 0 || fault.interval_ms < 0)
    why = "delay_ms, times and interval_ms must not be negative.";
  else if (fault.bytes < 0 || fault.bytes > (64L << 20)) why = "bytes must be from 0 to 67108864.";
  else if (!fault.status && fault.action.empty() && !fault.delay_ms)
    why = "A fault needs a status, an action or a delay_ms.";
  if (!why.empty()) return std::nullopt;
  return fault;
}

std::vector<FaultSpec> Faults::specs() const {
  std::vector<FaultSpec> out;
  for (const auto& fault : faults_) out.push_back(fault.spec());
  return out;
}

std::optional<Fault> Faults::take(const std::string& method, const std::string& path) {
  for (auto it = faults_.begin(); it != faults_.end(); ++it) {
    if (!it->matches(method, path)) continue;
    Fault taken = *it;
    if (it->times > 0 && --it->times == 0) faults_.erase(it);
    return taken;
  }
  return std::nullopt;
}

}  // namespace ctct::emulator
