// contacts_json_import split by 40,000 contacts and 4 MB: rows are written once to learn their
// size, and each chunk's body is written again only when it is sent.
#include <memory>

#include "api/validate.hpp"
#include "bulk/plan.hpp"
#include "json/json_write.hpp"

namespace ctct::bulk {
namespace {

constexpr char kind[] = "contacts_json_import";

// `{"import_data":[` + rows + `],` + the rest of the body without its opening brace.
struct Frame {
  std::string head = "{\"import_data\":[", tail;
  std::size_t bytes() const { return head.size() + tail.size(); }
};

}  // namespace

Plan plan_json_import(const ContactsImport& input) {
  if (auto reason = detail::validate(input, "import")) return refuse(kind, *reason);
  auto shared = std::make_shared<const ContactsImport>(input);
  ContactsImport rest{{}, input.list_ids, input.sms_permission_to_send};
  auto frame = std::make_shared<Frame>();
  frame->tail = "]," + json::write(rest).value().substr(1);

  Plan plan{kind, {}, std::nullopt};
  std::size_t begin = 0, bytes = frame->bytes();
  auto close_chunk = [&](std::size_t end) {
    plan.chunks.push_back({static_cast<long>(end - begin), [shared, frame, begin, end] {
                             Body body;
                             body.text = frame->head;
                             for (auto i = begin; i < end; ++i) {
                               if (i > begin) body.text += ',';
                               body.text += json::write(shared->import_data[i]).value();
                             }
                             body.text += frame->tail;
                             return body;
                           }});
  };
  for (std::size_t i = 0; i < input.import_data.size(); ++i) {
    const auto& row = input.import_data[i];
    if (!row.email && !row.sms_number)
      return refuse(kind, "import.import_data[" + std::to_string(i) +
                              "] needs an email or an sms_number; Constant Contact imports no contact without one.");
    std::string bad_field;
    auto text = json::write(row, &bad_field);
    if (!text) return refuse(kind, detail::not_unicode("import.import_data[" + std::to_string(i) + "]." + bad_field));
    const auto row_bytes = text->size() + 1;  // and its comma
    if (frame->bytes() + row_bytes > bulk_limits::import_bytes)
      return refuse(kind, "import.import_data[" + std::to_string(i) + "] is too large for one import request of 4 MB.");
    const bool full = i - begin == bulk_limits::import_rows;
    if (full || bytes + row_bytes > bulk_limits::import_bytes) {
      close_chunk(i);
      begin = i;
      bytes = frame->bytes();
    }
    bytes += row_bytes;
  }
  if (begin < input.import_data.size()) close_chunk(input.import_data.size());
  return plan;
}

}  // namespace ctct::bulk
