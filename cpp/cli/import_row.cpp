#include "import_row.hpp"

#include <charconv>
#include <type_traits>

#include "api/validate.hpp"

namespace ctct::cli {

namespace {

// Puts `text` into the member; answers why it cannot (the reason names the column).
template <class Member>
std::optional<std::string> assign(Member& member, const std::string& text, const meta::Limits& limits,
    const std::string& column) {
  const detail::validation::Path path{nullptr, column};
  if constexpr (std::is_same_v<Member, std::optional<int>>) {
    int value = 0;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size())
      return column + " \"" + text + "\" is not a whole number.";
    member = value;
  } else {
    member = text;
  }
  return detail::validation::check(member, limits, path);
}

// Adds a custom field's value; answers why it cannot be sent (the reason names the column).
std::optional<std::string> add_custom_field(ImportContact& contact, const std::string& name, const std::string& text,
    const std::string& column) {
  ImportCustomField field{name, text};
  if (auto reason = detail::validate(field, column)) return reason;
  contact.custom_fields.push_back(std::move(field));
  if (contact.custom_fields.size() > bulk_limits::custom_fields_per_contact)
    return "the row has more than " + std::to_string(bulk_limits::custom_fields_per_contact) +
           " custom field values; Constant Contact takes no more.";
  return std::nullopt;
}

}  // namespace

RowCheck check_row(const Record& header, const ColumnMap& map, const Record& row) {
  if (row.size() != header.size())
    return {std::nullopt,
        "the row has " + std::to_string(row.size()) + " fields; the header has " + std::to_string(header.size()) + "."};
  ImportContact contact;
  std::optional<std::string> reason;
  for (std::size_t column = 0; column < row.size() && !reason; ++column) {
    if (!map.fields[column] || row[column].empty()) continue;
    if (is_custom_field(*map.fields[column])) {
      reason = add_custom_field(contact, map.fields[column]->substr(3), row[column], header[column]);
      continue;
    }
    meta::for_each_field<ImportContact>([&](const auto& field) {
      if constexpr (!meta::is_keyed_list_v<std::decay_t<decltype(contact.*(field.member))>>) {
        if (!reason && *map.fields[column] == field.name)
          reason = assign(contact.*(field.member), row[column], field.limits, header[column]);
      }
    });
  }
  if (!reason && !contact.email) reason = "the email address is empty.";
  if (!reason && contact.birthday_month.has_value() != contact.birthday_day.has_value())
    reason = "birthday_month and birthday_day go together; give both or neither.";
  if (reason) return {std::nullopt, *reason};
  return {std::move(contact), {}};
}

}  // namespace ctct::cli
