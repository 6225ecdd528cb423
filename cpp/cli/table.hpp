// Plain text tables: one header row, columns padded to their widest cell.
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace ctct::cli {

using Row = std::vector<std::string>;

void print_table(std::ostream& out, const Row& header, const std::vector<Row>& rows);

}  // namespace ctct::cli
