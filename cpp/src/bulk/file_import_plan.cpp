// contacts_file_import split by 40,000 lines (header included) and 4 MB; every part repeats
// the header row.
#include <memory>

#include "api/validate.hpp"
#include "bulk/csv_records.hpp"
#include "bulk/multipart.hpp"
#include "bulk/plan.hpp"

namespace ctct::bulk {
namespace {

constexpr char kind[] = "contacts_file_import";
// Room left in 4 MB for the multipart framing and the list ids.
constexpr std::size_t framing = 4096;

std::string joined(const std::vector<std::string>& ids) {
  std::string out;
  for (const auto& id : ids) out += (out.empty() ? "" : ",") + id;
  return out;
}

}  // namespace

Plan plan_file_import(const FileImport& input) {
  // The CSV is checked as records below: as one string field its line breaks would be refused.
  const FileImport fields{"-", input.file_name, input.list_ids, input.sms_permission_to_send};
  if (auto reason = detail::validate(fields, "file_import")) return refuse(kind, *reason);
  if (input.file_name.find_first_of("\"\r\n") != std::string::npos)
    return refuse(kind, "file_import.file_name must not contain quotes or line breaks.");
  auto csv = std::make_shared<const std::string>(input.csv);
  const auto ends = record_ends(*csv);
  if (ends.size() < 2) return refuse(kind, "file_import.csv needs a header row and at least one contact row.");
  const std::size_t header = ends[0];
  const std::size_t room = bulk_limits::import_bytes - framing - header;
  auto parts_of = std::make_shared<std::vector<FormPart>>();
  parts_of->push_back({"list_ids", joined(input.list_ids), "", ""});
  if (input.sms_permission_to_send)
    parts_of->push_back({"sms_permission_to_send", *input.sms_permission_to_send, "", ""});
  const auto file_name = input.file_name.empty() ? std::string("contacts.csv") : input.file_name;

  Plan plan{kind, {}, std::nullopt};
  auto close_chunk = [&](std::size_t first, std::size_t row_begin, std::size_t row_end) {
    plan.chunks.push_back({static_cast<long>(first), [csv, parts_of, file_name, header, row_begin, row_end] {
                             std::vector<FormPart> parts{
                                 {"file", csv->substr(0, header) + csv->substr(row_begin, row_end - row_begin),
                                     file_name, "text/csv"}};
                             parts.insert(parts.end(), parts_of->begin(), parts_of->end());
                             return multipart(parts);
                           }});
  };
  std::size_t rows = 0, begin = header;
  for (std::size_t r = 1; r < ends.size(); ++r) {
    const auto start = ends[r - 1], end = ends[r];
    if (end - start > room)
      return refuse(kind, "file_import.csv row " + std::to_string(r) + " is too large for one 4 MB import.");
    if (rows + 1 == bulk_limits::file_import_lines || end - begin > room) {
      close_chunk(rows, begin, start);
      begin = start;
      rows = 0;
    }
    ++rows;
  }
  close_chunk(rows, begin, csv->size());
  return plan;
}

}  // namespace ctct::bulk
