#include "csv_file.hpp"

#include <cerrno>
#include <cstring>
#include <exception>
#include <memory>

#include <csv.h>

namespace ctct::cli {

std::string beside(const std::string& file, const std::string& suffix) {
  const auto dot = file.rfind('.');
  const auto slash = file.find_last_of('/');
  const bool has_extension = dot != std::string::npos && (slash == std::string::npos || dot > slash);
  return (has_extension ? file.substr(0, dot) : file) + suffix;
}

namespace {

struct Reading {
  Record record;
  const std::function<void(Record&)>* on_record;
  bool first = true;
  // What on_record threw: kept here and thrown again once libcsv (C) has returned, since an
  // exception must not unwind through C frames.
  std::exception_ptr thrown;
};

void end_field(void* text, std::size_t length, void* data) {
  auto& reading = *static_cast<Reading*>(data);
  std::string field = text ? std::string(static_cast<const char*>(text), length) : std::string();
  if (reading.first && reading.record.empty() && field.rfind("\xEF\xBB\xBF", 0) == 0) field.erase(0, 3);
  reading.record.push_back(std::move(field));
}

void end_record(int, void* data) {
  auto& reading = *static_cast<Reading*>(data);
  reading.first = false;
  if (!reading.thrown) {
    try {
      (*reading.on_record)(reading.record);
    } catch (...) {
      reading.thrown = std::current_exception();
    }
  }
  reading.record.clear();
}

}  // namespace

std::optional<std::string> read_csv(const std::string& path, const std::function<void(Record&)>& on_record) {
  // Standard input is read, not closed.
  const bool standard_input = path == "-";
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(standard_input ? stdin : std::fopen(path.c_str(), "rb"),
      standard_input ? +[](std::FILE*) { return 0; } : std::fclose);
  if (!file) return "cannot read " + path + ": " + std::strerror(errno);
  csv_parser parser;
  // Lenient parsing (no CSV_STRICT): a stray quote is kept as text, as spreadsheets do.
  if (csv_init(&parser, 0) != 0) return std::string("out of memory reading ") + path;
  std::unique_ptr<csv_parser, void (*)(csv_parser*)> owned(&parser, csv_free);
  Reading reading{{}, &on_record, true, nullptr};
  char chunk[64 * 1024];
  std::size_t got;
  while ((got = std::fread(chunk, 1, sizeof chunk, file.get())) > 0) {
    const auto parsed = csv_parse(&parser, chunk, got, end_field, end_record, &reading);
    if (reading.thrown) std::rethrow_exception(reading.thrown);
    if (parsed != got) return "cannot read " + path + ": " + csv_strerror(csv_error(&parser));
  }
  if (std::ferror(file.get())) return "cannot read " + path + ": " + std::strerror(errno);
  csv_fini(&parser, end_field, end_record, &reading);
  if (reading.thrown) std::rethrow_exception(reading.thrown);
  return std::nullopt;
}

CsvWriter::CsvWriter(const std::string& path) {
  if (path == "-") {
    file_ = stdout;
  } else {
    file_ = std::fopen(path.c_str(), "wb");
    owned_ = true;
  }
}

CsvWriter::~CsvWriter() { close(); }

void CsvWriter::write(const Record& record) {
  if (!ok()) return;
  for (std::size_t i = 0; i < record.size(); ++i) {
    if (i > 0 && std::fputc(',', file_) == EOF) failed_ = true;
    if (csv_fwrite(file_, record[i].data(), record[i].size()) != 0) failed_ = true;
  }
  if (std::fputc('\n', file_) == EOF) failed_ = true;
}

void CsvWriter::write_raw(const std::string& text) {
  if (ok() && std::fwrite(text.data(), 1, text.size(), file_) != text.size()) failed_ = true;
}

bool CsvWriter::close() {
  if (!file_) return !failed_;
  if (std::fflush(file_) != 0) failed_ = true;
  if (owned_ && std::fclose(file_) != 0) failed_ = true;
  file_ = nullptr;
  return !failed_;
}

}  // namespace ctct::cli
