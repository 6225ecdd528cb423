// Builds an API body from a lead: copies each field to its place, refusing values longer than
// the place allows (limits come from the models' descriptions), and collects a warning for each
// field that has no place on the chosen API path.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "ctct/delivery.hpp"
#include "ctct/models.hpp"

namespace ctct::delivery {

// A member's described JSON name and limits.
struct Described {
  const char* name = "";
  meta::Limits limits;
};

template <class T, class M>
constexpr Described described(M T::*member) {
  Described found;
  meta::for_each_field<T>([&](const auto& field) {
    if constexpr (std::is_same_v<std::remove_cv_t<decltype(field.member)>, M T::*>) {
      if (field.member == member) found = {field.name, field.limits};
    }
  });
  return found;
}

// A lead, mapped for one API path: the body, and the refusal or the warnings.
template <class Body>
struct Mapping {
  Body body;
  std::optional<std::string> refused;  // a value too long for its place
  std::vector<std::string> warnings;   // fields not sent, and why
};

class LeadPlacer {
 public:
  using LeadField = std::optional<std::string> Lead::*;

  // `api` names the target in reasons: "API v3" or "API v2". `custom_ids` (v3 only) maps lead
  // field names to custom field ids.
  LeadPlacer(const Lead& lead, std::string api, const std::map<std::string, std::string>* custom_ids = nullptr)
      : lead_(lead), api_(std::move(api)), custom_ids_(custom_ids) {}

  bool has(LeadField from) const { return !(lead_.*from).value_or("").empty(); }

  // Copies lead field `from` (when set and not empty) into `to` of `body`.
  // `to` holds Text (a v3 model) or std::string (a v2 one).
  template <class Body, class Held>
  void put(LeadField from, Body& body, std::optional<Held> Body::*to) {
    const auto target = described(to);
    if (has(from) && fits(*(lead_.*from), name_of(from), target.name, target.limits.max_len)) body.*to = *(lead_.*from);
  }

  // Copies address_1 and address_2 (or the company's), joined by ", ", into one street.
  template <class Body, class Held>
  void put_street(LeadField line_1, LeadField line_2, Body& body, std::optional<Held> Body::*to) {
    std::string street = (lead_.*line_1).value_or("");
    const std::string second = (lead_.*line_2).value_or("");
    if (!street.empty() && !second.empty()) street += ", ";
    street += second;
    if (street.empty()) return;
    const auto target = described(to);
    const std::string source = !has(line_2)   ? name_of(line_1)
                               : !has(line_1) ? name_of(line_2)
                                              : name_of(line_1) + " and " + name_of(line_2) + " together";
    if (fits(street, source, target.name, target.limits.max_len)) body.*to = street;
  }

  // A set field the path has no place for becomes the warning "<field> was not sent: <why>...",
  // unless the custom field ids send it to a custom field.
  void no_place(LeadField from, std::string_view why);

  // The set lead fields the custom field ids name, as custom field values.
  std::vector<CustomFieldValue> custom_fields();

  // Moves the refusal and warnings into `mapping`.
  template <class Body>
  Mapping<Body> finish(Body body) {
    return Mapping<Body>{std::move(body), std::move(refused_), std::move(warnings_)};
  }

  static std::string name_of(LeadField field);

 private:
  // Whether `value` may go to its place; the first refusal is kept, and nothing is placed after it.
  bool fits(const std::string& value, const std::string& source, const char* place_name, std::size_t max_len);

  const Lead& lead_;
  std::string api_;
  const std::map<std::string, std::string>* custom_ids_ = nullptr;
  std::optional<std::string> refused_;
  std::vector<std::string> warnings_;
};

}  // namespace ctct::delivery
