// CSV files through libcsv: reading record by record (quoted fields may hold commas, quotes
// and line breaks, as spreadsheets write them) in fixed-size chunks, so a file of any size
// takes little memory; and writing records, quoted so that any text round-trips.
#pragma once

#include <cstdio>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace ctct::cli {

using Record = std::vector<std::string>;

// A file beside `file` named after it: people.csv with ".rejects.csv" gives people.rejects.csv.
std::string beside(const std::string& file, const std::string& suffix);

// Calls on_record for each record of the file ("-": standard input), in order; a UTF-8 byte
// order mark is dropped.
// Answers why the file could not be read, or nullopt. What on_record throws ends the reading
// and is thrown on.
std::optional<std::string> read_csv(const std::string& path, const std::function<void(Record&)>& on_record);

class CsvWriter {
 public:
  // Writes to `path` ("-": standard output); ok() is false when it cannot be opened.
  explicit CsvWriter(const std::string& path);
  ~CsvWriter();
  CsvWriter(const CsvWriter&) = delete;
  CsvWriter& operator=(const CsvWriter&) = delete;

  bool ok() const { return file_ != nullptr && !failed_; }
  void write(const Record& record);
  void write_raw(const std::string& text);  // text that is CSV already (a downloaded export)
  bool close();                             // flushes; false when anything could not be written

 private:
  std::FILE* file_ = nullptr;
  bool owned_ = false, failed_ = false;
};

}  // namespace ctct::cli
