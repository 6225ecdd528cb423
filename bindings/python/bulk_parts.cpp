// client.bulk: each bulk operation bound once for Client and AsyncClient, each ending with the
// keywords of bulk_options.hpp.
#include "bulk_parts.hpp"

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "bulk_options.hpp"
#include "outcomes.hpp"

namespace ctct::python {

namespace {
using Strings = std::vector<std::string>;
}  // namespace

[[gnu::cold]] void bind_bulk_models(py::module_& m) {
  bind_model<ImportCustomField>(m, "ImportCustomField");
  bind_model<ImportContact>(m, "ImportContact");
  bind_model<ExcludeContacts>(m, "ExcludeContacts");
  bind_model<MembershipSource>(m, "MembershipSource");
  bind_model<ExportFile>(m, "ExportFile");
  bind_model<BulkChunk>(m, "BulkChunk");
  bind_model<BulkResult>(m, "BulkResult");
  bind_model<BulkProgress>(m, "BulkProgress");
  bind_model<Page<Activity>>(m, "ActivityPage");
  bind_outcome<BulkResult>(m, "BulkResultOutcome");
  bind_outcome<ExportFile>(m, "ExportFileOutcome");
  bind_outcome<Page<Activity>>(m, "ActivityPageOutcome");
}

template <class Mode>
[[gnu::cold]] void bind_bulk(py::module_& m, const std::string& prefix) {
  Class<Handle<Bulk, Mode>> cls(m, (prefix + "Bulk").c_str(),
      "Bulk activities: any amount of input split into the fewest activities, polled until each "
      "ends, answered as one BulkResultOutcome. progress(BulkProgress) runs after each poll on the "
      "client's I/O thread; an exception it raises goes to sys.unraisablehook.");
  def_bulk_op(cls, "import_contacts",
      [](Bulk& api, Callback<BulkResult> done, const std::vector<ImportContact>& rows, const Strings& lists,
          const std::optional<std::string>& sms_permission_to_send, bool wait, long poll_interval_ms,
          const std::optional<Progress>& progress) {
        api.import_contacts({rows, lists, sms_permission_to_send}, bulk_options(wait, poll_interval_ms, progress),
            std::move(done));
      },
      "POST /activities/contacts_json_import, 40,000 rows (4 MB) per activity; every row joins the lists.",
      py::arg("rows"), py::arg("lists"), py::kw_only(), py::arg("sms_permission_to_send") = py::none());
  def_bulk_op(cls, "import_file",
      [](Bulk& api, Callback<BulkResult> done, const std::string& csv, const Strings& lists,
          const std::string& file_name, const std::optional<std::string>& sms_permission_to_send, bool wait,
          long poll_interval_ms, const std::optional<Progress>& progress) {
        api.import_file({csv, file_name, lists, sms_permission_to_send},
            bulk_options(wait, poll_interval_ms, progress), std::move(done));
      },
      "POST /activities/contacts_file_import: CSV text with a header row, split by 40,000 lines (4 MB).",
      py::arg("csv"), py::arg("lists"), py::kw_only(), py::arg("file_name") = "contacts.csv",
      py::arg("sms_permission_to_send") = py::none());
  def_bulk_op(cls, "add_to_lists",
      [](Bulk& api, Callback<BulkResult> done, const MembershipSource& source, const Strings& lists,
          const std::optional<ExcludeContacts>& exclude, bool wait, long poll_interval_ms, const std::optional<Progress>& progress) {
        api.add_to_lists({source, exclude, lists}, bulk_options(wait, poll_interval_ms, progress), std::move(done));
      },
      "POST /activities/add_list_memberships: the source's contacts join the lists (at most 50).",
      py::arg("source"), py::arg("lists"), py::kw_only(), py::arg("exclude") = py::none());
  def_bulk_op(cls, "remove_from_lists",
      [](Bulk& api, Callback<BulkResult> done, const MembershipSource& source, const Strings& lists,
          const std::optional<ExcludeContacts>& exclude, bool wait, long poll_interval_ms, const std::optional<Progress>& progress) {
        api.remove_from_lists({source, exclude, lists}, bulk_options(wait, poll_interval_ms, progress),
            std::move(done));
      },
      "POST /activities/remove_list_memberships: the source's contacts leave the lists.",
      py::arg("source"), py::arg("lists"), py::kw_only(), py::arg("exclude") = py::none());
  def_bulk_op(cls, "delete_contacts",
      [](Bulk& api, Callback<BulkResult> done, const Strings& contact_ids, const Strings& list_ids, bool wait,
          long poll_interval_ms, const std::optional<Progress>& progress) {
        api.delete_contacts({contact_ids, list_ids}, bulk_options(wait, poll_interval_ms, progress), std::move(done));
      },
      "POST /activities/contact_delete: these contacts, or every member of these lists.",
      py::kw_only(), py::arg("contact_ids") = Strings{}, py::arg("list_ids") = Strings{});
  def_bulk_op(cls, "delete_lists",
      [](Bulk& api, Callback<BulkResult> done, const Strings& lists, bool wait, long poll_interval_ms,
          const std::optional<Progress>& progress) {
        api.delete_lists({lists}, bulk_options(wait, poll_interval_ms, progress), std::move(done));
      },
      "POST /activities/list_delete, 100 lists per activity.", py::arg("lists"), py::kw_only());
  def_bulk_op(cls, "export_contacts",
      [](Bulk& api, Callback<BulkResult> done, Fields<ContactExport> query, bool wait, long poll_interval_ms,
          const std::optional<Progress>& progress) {
        api.export_contacts(query.value, bulk_options(wait, poll_interval_ms, progress), std::move(done));
      },
      "POST /activities/contact_exports: one CSV file per activity; fetch each with download_export.",
      py::kw_only());
  def_op(cls, "download_export", [](Bulk& api, Callback<ExportFile> done, const std::string& activity_id) {
    api.download_export(activity_id, std::move(done));
  }, "GET /contact_exports/{activity_id}: the CSV of a completed export.", py::arg("activity_id"));
  def_op(cls, "wait",
      [](Bulk& api, Callback<BulkResult> done, const Strings& activity_ids, long poll_interval_ms,
          const std::optional<Progress>& progress) {
        api.wait(activity_ids, bulk_options(true, poll_interval_ms, progress), std::move(done));
      },
      "Polls activities already started until each ends.", py::arg("activity_ids"), py::kw_only(),
      py::arg("poll_interval_ms") = 1000L, py::arg("progress") = py::none());
}

template void bind_bulk<Sync>(py::module_& m, const std::string& prefix);
template void bind_bulk<Async>(py::module_& m, const std::string& prefix);

}  // namespace ctct::python
