// CSV text (RFC 4180) in memory, for the file imports the library cuts into parts and the
// emulator reads, and the exports the emulator writes. Quoted fields may hold commas, quotes ("")
// and line breaks; a quote in an unquoted field starts quoting, as the service reads it.
// (The ctct command streams its files through libcsv instead, cpp/cli/csv_file.hpp: libcsv is
// LGPL, a shared library, which the core linked into the wheel and the addon cannot carry.)
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace ctct::bulk {

using CsvRecord = std::vector<std::string>;

// The offset just past the record that starts at `start` (its line break included), and its
// fields into `fields` unless that is null. Carriage returns outside quotes are dropped.
std::size_t read_record(std::string_view csv, std::size_t start, CsvRecord* fields);

// The offset just past each record; the last record may lack its line break. Empty lines are
// records too: the service skips them, so a file is cut anywhere between records.
std::vector<std::size_t> record_ends(std::string_view csv);

// Every record's fields, blank lines skipped.
std::vector<CsvRecord> read_csv(std::string_view csv);

// One record, quoting the fields that need it, ended by CRLF.
std::string csv_record(const CsvRecord& fields);

}  // namespace ctct::bulk
