#include "column_map.hpp"

#include <algorithm>
#include <cctype>
#include <map>

#include <CLI/CLI.hpp>

#include "ctct/bulk_models.hpp"

namespace ctct::cli {

namespace {

// Letters and digits only, lower case: "E-mail Address" and "email_address" read alike.
std::string key_of(const std::string& text) {
  std::string key;
  for (unsigned char c : text)
    if (std::isalnum(c)) key += static_cast<char>(std::tolower(c));
  return key;
}

// The import's own fields; custom fields are columns "cf:<name>" (see is_custom_field).
std::vector<std::string> field_names() {
  std::vector<std::string> names;
  meta::for_each_field<ImportContact>([&](const auto& field) {
    if constexpr (!meta::is_keyed_list_v<std::decay_t<decltype(ImportContact{}.*(field.member))>>)
      names.emplace_back(field.name);
  });
  return names;
}

// Header keys that name a field: every field's own name, and the synonyms people use.
const std::map<std::string, std::string>& known_headers() {
  static const auto headers = [] {
    std::map<std::string, std::string> map;
    for (const auto& name : field_names()) map[key_of(name)] = name;
    const std::vector<std::pair<const char*, std::vector<const char*>>> synonyms = {
        {"email", {"emailaddress", "e-mail", "e-mail address", "mail", "email addr"}},
        {"first_name", {"first", "given name", "fname", "forename"}},
        {"last_name", {"last", "surname", "family name", "lname"}},
        {"job_title", {"title", "position"}},
        {"company_name", {"company", "organization", "organisation", "employer"}},
        {"phone", {"phone number", "telephone", "tel"}},
        {"mobile_phone", {"mobile", "mobile number", "cell", "cell phone"}},
        {"work_phone", {"business phone", "office phone"}},
        {"street", {"address", "street address", "address 1", "address line 1"}},
        {"street2", {"address 2", "address line 2"}},
        {"city", {"town"}},
        {"state", {"province", "region", "state/province"}},
        {"zip", {"zip code", "postal code", "postcode"}},
    };
    for (const auto& [field, names] : synonyms)
      for (const char* name : names) map[key_of(name)] = field;
    return map;
  }();
  return headers;
}

std::string quoted_list(const std::vector<std::string>& names) {
  std::string out;
  for (const auto& name : names) out += (out.empty() ? "" : ", ") + name;
  return out;
}

std::size_t column_named(const Record& header, const std::string& name) {
  for (std::size_t i = 0; i < header.size(); ++i)
    if (header[i] == name) return i;
  for (std::size_t i = 0; i < header.size(); ++i)
    if (key_of(header[i]) == key_of(name)) return i;
  throw CLI::ValidationError("--map",
      "the file has no column \"" + name + "\"; its columns are " + quoted_list(header));
}

}  // namespace

bool is_custom_field(const std::string& field) { return field.size() > 3 && field.rfind("cf:", 0) == 0; }

ColumnMap map_columns(const Record& header, const std::vector<std::string>& overrides) {
  ColumnMap map;
  map.fields.resize(header.size());
  std::vector<bool> overridden(header.size(), false);
  const auto names = field_names();
  for (const auto& text : overrides) {
    const auto equals = text.rfind('=');
    if (equals == std::string::npos) throw CLI::ValidationError("--map", "\"" + text + "\" is not COLUMN=FIELD");
    const auto column = column_named(header, text.substr(0, equals));
    const auto field = text.substr(equals + 1);
    if (field != "ignore" && !is_custom_field(field) && std::find(names.begin(), names.end(), field) == names.end())
      throw CLI::ValidationError("--map",
          "\"" + field + "\" is not a field; use ignore, cf:<custom field name> or one of " + quoted_list(names));
    overridden[column] = true;
    if (field != "ignore") map.fields[column] = field;
  }
  const auto& known = known_headers();
  for (std::size_t i = 0; i < header.size(); ++i) {
    if (overridden[i]) continue;
    if (is_custom_field(header[i])) {
      map.fields[i] = header[i];
      continue;
    }
    auto found = known.find(key_of(header[i]));
    if (found != known.end()) map.fields[i] = found->second;
  }
  for (std::size_t i = 0; i < header.size(); ++i) {
    if (!map.fields[i]) {
      if (!overridden[i]) map.ignored.push_back(header[i]);
      continue;
    }
    for (std::size_t j = i + 1; j < header.size(); ++j)
      if (map.fields[j] == map.fields[i])
        throw CLI::ValidationError("--map", "columns \"" + header[i] + "\" and \"" + header[j] + "\" both map to " +
                                                *map.fields[i] + "; leave one out with --map \"" + header[j] +
                                                "=ignore\"");
  }
  if (std::find(map.fields.begin(), map.fields.end(), std::optional<std::string>("email")) == map.fields.end())
    throw CLI::ValidationError("--map", "no column holds the email address; name it with --map COLUMN=email");
  return map;
}

}  // namespace ctct::cli
