// The CSV reader of `ctct import` (cpp/cli/csv_file.*) on any file, and its writer against it:
// the records read, written and read again are the same records.
#include <sys/mman.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "csv_file.hpp"
#include "models.hpp"

namespace {

// An in-memory file and a path that opens it, so that no run touches the disk.
struct MemoryFile {
  int fd = memfd_create("csv", 0);
  std::string path = "/proc/self/fd/" + std::to_string(fd);
};

std::vector<ctct::cli::Record> read_all(const std::string& path) {
  std::vector<ctct::cli::Record> records;
  if (ctct::cli::read_csv(path, [&](ctct::cli::Record& record) { records.push_back(record); }))
    ctct::fuzz::broken();  // a readable file is never refused: the reader is lenient
  return records;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static MemoryFile input, output;
  if (ftruncate(input.fd, 0) != 0 || pwrite(input.fd, data, size, 0) != static_cast<ssize_t>(size)) return 0;
  auto records = read_all(input.path);
  {
    ctct::cli::CsvWriter writer(output.path);
    for (const auto& record : records) writer.write(record);
    if (!writer.close()) ctct::fuzz::broken();
  }
  // A leading byte order mark is dropped on reading, so one the first field still starts with
  // cannot come back.
  if (!records.empty() && !records[0].empty() && records[0][0].rfind("\xEF\xBB\xBF", 0) == 0) return 0;
  if (read_all(output.path) != records) ctct::fuzz::broken();
  return 0;
}
