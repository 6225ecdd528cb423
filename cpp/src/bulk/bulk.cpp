// client.bulk(): each operation plans its requests and runs them (bulk/runner.hpp).
#include "ctct/bulk.hpp"

#include "api/call.hpp"
#include "bulk/runner.hpp"

namespace ctct {

void Bulk::import_contacts(const ContactsImport& input, const BulkOptions& options, Callback<BulkResult> callback) {
  bulk::run_planned(core_, input, options, std::move(callback), bulk::plan_json_import);
}
void Bulk::import_file(const FileImport& input, const BulkOptions& options, Callback<BulkResult> callback) {
  bulk::run_planned(core_, input, options, std::move(callback), bulk::plan_file_import);
}
void Bulk::add_to_lists(const ListMemberships& input, const BulkOptions& options, Callback<BulkResult> callback) {
  bulk::run_planned(core_, input, options, std::move(callback),
      [](const auto& in) { return bulk::plan_memberships(in, true); });
}
void Bulk::remove_from_lists(const ListMemberships& input, const BulkOptions& options, Callback<BulkResult> callback) {
  bulk::run_planned(core_, input, options, std::move(callback),
      [](const auto& in) { return bulk::plan_memberships(in, false); });
}
void Bulk::delete_contacts(const ContactDelete& input, const BulkOptions& options, Callback<BulkResult> callback) {
  bulk::run_planned(core_, input, options, std::move(callback), bulk::plan_contact_delete);
}
void Bulk::delete_lists(const ListDelete& input, const BulkOptions& options, Callback<BulkResult> callback) {
  bulk::run_planned(core_, input, options, std::move(callback), bulk::plan_list_delete);
}
void Bulk::delete_custom_fields(const CustomFieldDelete& input, const BulkOptions& options,
    Callback<BulkResult> callback) {
  bulk::run_planned(core_, input, options, std::move(callback), bulk::plan_custom_field_delete);
}
void Bulk::export_contacts(const ContactExport& input, const BulkOptions& options, Callback<BulkResult> callback) {
  bulk::run_planned(core_, input, options, std::move(callback), bulk::plan_export);
}
void Bulk::wait(const std::vector<std::string>& activity_ids, const BulkOptions& options,
    Callback<BulkResult> callback) {
  bulk::follow(core_, activity_ids, options, std::move(callback));
}

// The file is CSV, so the request asks for text/csv rather than the usual JSON.
void Bulk::download_export(const std::string& activity_id, Callback<ExportFile> callback) {
  if (auto reason = detail::validation::check_string(activity_id, {.format = meta::Format::uuid},
          {nullptr, "activity_id"})) {
    core_.check_open();
    detail::require(callback);
    return callback(detail::refused<ExportFile>(*reason));
  }
  http::Request request{"GET", core_.url("/contact_exports/" + activity_id), {{"Accept", "text/csv"}}, {}};
  core_.send<ExportFile>(
      std::move(request),
      [](const http::Response& response, std::string&) { return std::optional<ExportFile>(ExportFile{response.body}); },
      std::move(callback), "the export file");
}

// Blocking forms.

Outcome<BulkResult> Bulk::import_contacts(const ContactsImport& input, const BulkOptions& options) {
  return detail::wait_for<BulkResult>([&](auto done) { import_contacts(input, options, std::move(done)); });
}
Outcome<BulkResult> Bulk::import_file(const FileImport& input, const BulkOptions& options) {
  return detail::wait_for<BulkResult>([&](auto done) { import_file(input, options, std::move(done)); });
}
Outcome<BulkResult> Bulk::add_to_lists(const ListMemberships& input, const BulkOptions& options) {
  return detail::wait_for<BulkResult>([&](auto done) { add_to_lists(input, options, std::move(done)); });
}
Outcome<BulkResult> Bulk::remove_from_lists(const ListMemberships& input, const BulkOptions& options) {
  return detail::wait_for<BulkResult>([&](auto done) { remove_from_lists(input, options, std::move(done)); });
}
Outcome<BulkResult> Bulk::delete_contacts(const ContactDelete& input, const BulkOptions& options) {
  return detail::wait_for<BulkResult>([&](auto done) { delete_contacts(input, options, std::move(done)); });
}
Outcome<BulkResult> Bulk::delete_lists(const ListDelete& input, const BulkOptions& options) {
  return detail::wait_for<BulkResult>([&](auto done) { delete_lists(input, options, std::move(done)); });
}
Outcome<BulkResult> Bulk::delete_custom_fields(const CustomFieldDelete& input, const BulkOptions& options) {
  return detail::wait_for<BulkResult>([&](auto done) { delete_custom_fields(input, options, std::move(done)); });
}
Outcome<BulkResult> Bulk::export_contacts(const ContactExport& input, const BulkOptions& options) {
  return detail::wait_for<BulkResult>([&](auto done) { export_contacts(input, options, std::move(done)); });
}
Outcome<BulkResult> Bulk::wait(const std::vector<std::string>& activity_ids, const BulkOptions& options) {
  return detail::wait_for<BulkResult>([&](auto done) { wait(activity_ids, options, std::move(done)); });
}
Outcome<ExportFile> Bulk::download_export(const std::string& activity_id) {
  return detail::wait_for<ExportFile>([&](auto done) { download_export(activity_id, std::move(done)); });
}

}  // namespace ctct
