// CSV (RFC 4180) as the emulator reads imported files and writes exports.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace ctct::emulator {

// Every record's fields; quoted fields may hold commas, quotes ("") and line breaks.
// Blank lines are skipped.
std::vector<std::vector<std::string>> read_csv(std::string_view text);

// One record, quoting the fields that need it, ended by CRLF.
std::string csv_record(const std::vector<std::string>& fields);

}  // namespace ctct::emulator
