#include "bulk/csv_records.hpp"

namespace ctct::bulk {

std::size_t read_record(std::string_view csv, std::size_t start, CsvRecord* fields) {
  std::string field;
  auto keep = [&](char c) {
    if (fields) field += c;
  };  // only the end may be asked for
  bool quoted = false;
  std::size_t i = start;
  for (; i < csv.size(); ++i) {
    const char c = csv[i];
    if (quoted) {
      if (c != '"') keep(c);
      else if (i + 1 < csv.size() && csv[i + 1] == '"') keep(csv[++i]);
      else quoted = false;
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      if (fields) fields->push_back(std::move(field));
      field.clear();
    } else if (c == '\n') {
      ++i;
      break;
    } else if (c != '\r') {
      keep(c);
    }
  }
  if (fields) fields->push_back(std::move(field));
  return i;
}

std::vector<std::size_t> record_ends(std::string_view csv) {
  std::vector<std::size_t> ends;
  for (std::size_t start = 0; start < csv.size();) ends.push_back(start = read_record(csv, start, nullptr));
  return ends;
}

std::vector<CsvRecord> read_csv(std::string_view csv) {
  std::vector<CsvRecord> records;
  for (std::size_t start = 0; start < csv.size();) {
    CsvRecord fields;
    const std::size_t end = read_record(csv, start, &fields);
    if (csv.substr(start, end - start).find_first_not_of("\r\n") != std::string_view::npos)
      records.push_back(std::move(fields));
    start = end;
  }
  return records;
}

std::string csv_record(const CsvRecord& fields) {
  std::string out;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i) out += ',';
    const auto& f = fields[i];
    if (f.find_first_of(",\"\r\n") == std::string::npos) {
      out += f;
      continue;
    }
    out += '"';
    for (char c : f) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    out += '"';
  }
  return out + "\r\n";
}

}  // namespace ctct::bulk
