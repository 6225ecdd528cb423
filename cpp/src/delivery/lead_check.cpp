#include "delivery/lead_check.hpp"

#include <algorithm>

#include "api/validate.hpp"

namespace ctct::delivery {

using detail::validation::check_string;
using detail::validation::Path;

std::optional<std::string> check_lead(const Lead& lead) {
  // Lead's description requires email and marks it as an email address.
  return detail::validate(lead, "");
}

std::optional<std::string> check_v3_list_id(const std::string& list_id) {
  if (auto problem = check_string(list_id, {.format = meta::Format::uuid}, Path{nullptr, "list_id"}))
    return *problem + " API v3 list ids are UUIDs: list them with lists().";
  return std::nullopt;
}

std::optional<std::string> check_v2_list_id(const std::string& list_id) {
  if (auto problem = check_string(list_id, {.max_len = 20}, Path{nullptr, "list_id"})) return problem;
  const bool digits = !list_id.empty() &&
                      std::all_of(list_id.begin(), list_id.end(), [](char c) { return c >= '0' && c <= '9'; });
  if (!digits)
    return "list_id \"" + list_id + "\" is not a v2 list id: API v2 list ids are digits (list them with lists()).";
  return std::nullopt;
}

std::optional<std::string> check_custom_field_ids(const std::map<std::string, std::string>& ids) {
  for (const auto& [key, id] : ids) {
    const std::string& name = key;  // clang 14 cannot capture a structured binding in a lambda
    bool known = false;
    meta::for_each_field<Lead>([&](const auto& field) { known = known || name == field.name; });
    if (!known) {
      const Path path{nullptr, "custom_field_ids"};
      if (auto problem = check_string(name, {.max_len = 40}, path)) return problem;
      return "custom_field_ids names \"" + name + "\", which is not a lead field (e.g. middle_name).";
    }
    const std::string field = "custom_field_ids[\"" + name + "\"]";
    if (auto problem = check_string(id, {.format = meta::Format::uuid}, Path{nullptr, field})) return problem;
  }
  return std::nullopt;
}

std::optional<std::string> check_v3_delivery(const std::string& list_id, const Lead& lead,
    const DeliveryOptions& options) {
  // A v2 list id (digits) is translated to its v3 list later (api/id_translator.hpp).
  auto problem = detail::is_sequence_id(list_id) ? std::nullopt : check_v3_list_id(list_id);
  if (!problem) problem = check_lead(lead);
  if (!problem) problem = check_custom_field_ids(options.custom_field_ids);
  return problem;
}

}  // namespace ctct::delivery
