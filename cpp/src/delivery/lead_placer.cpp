#include "delivery/lead_placer.hpp"

#include "api/validate.hpp"

namespace ctct::delivery {

std::string LeadPlacer::name_of(LeadField field) {
  std::string name;
  meta::for_each_field<Lead>([&](const auto& f) {
    if (f.member == field) name = f.name;
  });
  return name;
}

bool LeadPlacer::fits(const std::string& value, const std::string& source, const char* place_name,
    std::size_t max_len) {
  if (refused_) return false;
  // Named "title (job_title)": the lead field, and where the API keeps it.
  const std::string path = source + " (" + api_ + " " + place_name + ")";
  refused_ = detail::validation::check_string(value, {.max_len = max_len}, detail::validation::Path{nullptr, path});
  return !refused_;
}

void LeadPlacer::no_place(LeadField from, std::string_view why) {
  if (!has(from)) return;
  const auto name = name_of(from);
  if (custom_ids_ && custom_ids_->count(name)) return;
  auto warning = name + " was not sent: " + std::string(why);
  warning += custom_ids_ ? "; map it to a custom field with custom_field_ids." : ".";
  warnings_.push_back(std::move(warning));
}

std::vector<CustomFieldValue> LeadPlacer::custom_fields() {
  std::vector<CustomFieldValue> out;
  if (!custom_ids_) return out;
  meta::for_each_field<Lead>([&](const auto& field) {
    const auto id = custom_ids_->find(field.name);
    if (id == custom_ids_->end() || !has(field.member)) return;
    CustomFieldValue value;
    value.custom_field_id = id->second;
    const std::string& text = *(lead_.*(field.member));
    if (fits(text, field.name, "custom field value", described(&CustomFieldValue::value).limits.max_len))
      value.value = text;
    out.push_back(std::move(value));
  });
  return out;
}

}  // namespace ctct::delivery
