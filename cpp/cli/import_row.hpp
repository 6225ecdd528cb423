// One data row of an import file made into a contact to send, or the reason it cannot be sent.
#pragma once

#include <optional>
#include <string>

#include "column_map.hpp"
#include "ctct/bulk_models.hpp"

namespace ctct::cli {

struct RowCheck {
  std::optional<ImportContact> contact;
  std::string reason;  // set when contact is not
};

// Empty cells are left out; values are checked against the import's limits (lengths, email
// format, ranges), with reasons that name the file's own column, e.g.
// `First Name is 57 characters long; Constant Contact allows at most 50.`
RowCheck check_row(const Record& header, const ColumnMap& map, const Record& row);

}  // namespace ctct::cli
