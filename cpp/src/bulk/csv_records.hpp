// Where the records of a CSV text (RFC 4180) end: line breaks inside quoted fields belong to
// their record, so a file is never cut in the middle of one.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace ctct::bulk {

// The offset just past each record (its line break included); the last record may lack one.
// Empty lines are records too: the service skips them, so they need no special care here.
std::vector<std::size_t> record_ends(std::string_view csv);

}  // namespace ctct::bulk
