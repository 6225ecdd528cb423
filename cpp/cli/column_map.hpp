// Which import field (ctct::ImportContact) each column of a CSV file fills.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "csv_file.hpp"

namespace ctct::cli {

struct ColumnMap {
  std::vector<std::optional<std::string>> fields;  // per column: its field, or nullopt when ignored
  std::vector<std::string> ignored;                // the headers of columns no field matched
};

// True for "cf:<name>": the value of the account's custom field <name>.
bool is_custom_field(const std::string& field);

// Each column's field: a --map override ("COLUMN=FIELD", FIELD "ignore" leaves it out), else
// the header read as a field name or a common synonym ("E-mail Address", "First Name",
// "Zip Code", ...), ignoring case, spaces and punctuation; a header "cf:<name>" is that custom
// field. Throws CLI::ValidationError (a usage
// error) for an override naming no column or no field, two columns for one field, or no email.
ColumnMap map_columns(const Record& header, const std::vector<std::string>& overrides);

}  // namespace ctct::cli
