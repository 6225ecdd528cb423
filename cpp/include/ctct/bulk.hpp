// Bulk activities, reached as `client.bulk()`: move many contacts in the fewest requests.
//
// Each operation takes input of any size, checks it against the spec, splits it into the fewest
// requests one activity allows (bulk_limits in bulk_models.hpp), sends them one after another,
// then (unless BulkOptions.wait is false) polls every activity started until each ends, with
// timers on the client's I/O thread, reporting progress after every poll. It answers ONE
// Outcome<BulkResult> holding each activity's id, state, counts and errors:
//   success  every activity completed;
//   failure  the input was refused (attempts 0), the API refused a request, or an activity ended
//            failed, cancelled or timed out (the reason names which);
//   error    a request could not complete (network, 5xx, credentials).
// When a later request fails, the value still lists the activities already started, so they can
// be followed with wait().
//
//   ctct::BulkOptions options;
//   options.on_progress = [](const ctct::BulkProgress& p) { show(p.done, p.total); };
//   auto outcome = client.bulk().import_contacts({rows, {list_id}}, options);
#pragma once

#include <chrono>
#include <functional>
#include <string>
#include <vector>

#include "ctct/bulk_models.hpp"
#include "ctct/operation.hpp"
#include "ctct/outcome.hpp"

namespace ctct {

namespace detail {
class Core;
}

// The pragmas keep the implicit copy and move of BulkOptions from warning about the deprecated
// member; only code that names poll_interval warns.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
struct BulkOptions {
  bool wait = true;                                  // false: answer once every activity is started
  std::chrono::milliseconds poll_interval_ms{1000};  // between rounds of polls (named as in Python and Node)
  // Runs after each poll on the thread running the loop: the I/O thread, or the caller of a
  // blocking bulk call, which runs its own transfers. Keep it short; no blocking ctct calls in it.
  std::function<void(const BulkProgress&)> on_progress;
  // The old name of poll_interval_ms, until 0.2; when set (non-zero) it is the one used.
  [[deprecated("use poll_interval_ms")]] std::chrono::milliseconds poll_interval{0};
};
#pragma GCC diagnostic pop

class Bulk {
 public:
  explicit Bulk(detail::Core& core) : core_(core) {}

  // contacts_json_import: at most 40,000 contacts and 4 MB per activity.
  void import_contacts(const ContactsImport& input, const BulkOptions& options, Callback<BulkResult> callback);
  Outcome<BulkResult> import_contacts(const ContactsImport& input, const BulkOptions& options = {});

  // contacts_file_import (multipart CSV): at most 40,000 lines and 4 MB per activity; each
  // part repeats the header row.
  void import_file(const FileImport& input, const BulkOptions& options, Callback<BulkResult> callback);
  Outcome<BulkResult> import_file(const FileImport& input, const BulkOptions& options = {});

  // add_list_memberships: source ids split by 500 contacts or 50 lists; at most 50 target lists.
  void add_to_lists(const ListMemberships& input, const BulkOptions& options, Callback<BulkResult> callback);
  Outcome<BulkResult> add_to_lists(const ListMemberships& input, const BulkOptions& options = {});

  // remove_list_memberships: source ids and target lists both split (500 contacts, 50 lists).
  void remove_from_lists(const ListMemberships& input, const BulkOptions& options, Callback<BulkResult> callback);
  Outcome<BulkResult> remove_from_lists(const ListMemberships& input, const BulkOptions& options = {});

  // contact_delete: contact_ids split by 500, or list_ids by 50.
  void delete_contacts(const ContactDelete& input, const BulkOptions& options, Callback<BulkResult> callback);
  Outcome<BulkResult> delete_contacts(const ContactDelete& input, const BulkOptions& options = {});

  // list_delete: split by 100 lists.
  void delete_lists(const ListDelete& input, const BulkOptions& options, Callback<BulkResult> callback);
  Outcome<BulkResult> delete_lists(const ListDelete& input, const BulkOptions& options = {});

  // custom_fields_delete: split by 100 custom fields; their values leave every contact.
  void delete_custom_fields(const CustomFieldDelete& input, const BulkOptions& options, Callback<BulkResult> callback);
  Outcome<BulkResult> delete_custom_fields(const CustomFieldDelete& input, const BulkOptions& options = {});

  // contact_exports: contact_ids split by 500 (one file per activity). Download each completed
  // activity's file with download_export.
  void export_contacts(const ContactExport& input, const BulkOptions& options, Callback<BulkResult> callback);
  Outcome<BulkResult> export_contacts(const ContactExport& input, const BulkOptions& options = {});

  // GET /contact_exports/{activity_id}: the CSV file of a completed export.
  void download_export(const std::string& activity_id, Callback<ExportFile> callback);
  Outcome<ExportFile> download_export(const std::string& activity_id);

  // Polls activities already started (e.g. by another process) until each ends.
  void wait(const std::vector<std::string>& activity_ids, const BulkOptions& options, Callback<BulkResult> callback);
  Outcome<BulkResult> wait(const std::vector<std::string>& activity_ids, const BulkOptions& options = {});

  // The operations as the bindings and the parity test see them (ctct/operation.hpp). Every
  // BulkOptions parameter becomes the keywords wait, poll_interval_ms and on_progress.
  static constexpr auto operations() {
    using G = Bulk;
    using namespace meta;
    return std::make_tuple(
        operation("import_contacts", &G::import_contacts,
            "POST /activities/contacts_json_import, 40,000 rows (4 MB) per activity; every row joins the lists.",
            fields("input", "rows", "lists"), option("options")),
        operation("import_file", &G::import_file,
            "POST /activities/contacts_file_import: CSV text with a header row, split by 40,000 lines (4 MB).",
            fields("input", "csv", "lists"), option("options")),
        operation("add_to_lists", &G::add_to_lists,
            "POST /activities/add_list_memberships: the source's contacts join the lists (at most 50).",
            fields("input", "source", "lists"), option("options")),
        operation("remove_from_lists", &G::remove_from_lists,
            "POST /activities/remove_list_memberships: the source's contacts leave the lists.",
            fields("input", "source", "lists"), option("options")),
        operation("delete_contacts", &G::delete_contacts,
            "POST /activities/contact_delete: these contacts, or every member of these lists.", fields("input"),
            option("options")),
        operation("delete_lists", &G::delete_lists, "POST /activities/list_delete, 100 lists per activity.",
            fields("input", "lists"), option("options")),
        operation("delete_custom_fields", &G::delete_custom_fields,
            "POST /activities/custom_fields_delete, 100 custom fields per activity; their values leave every contact.",
            fields("input", "custom_field_ids"), option("options")),
        operation("export_contacts", &G::export_contacts,
            "POST /activities/contact_exports: one CSV file per activity; fetch each with download_export.",
            fields("query"), option("options")),
        operation("download_export", &G::download_export,
            "GET /contact_exports/{activity_id}: the CSV of a completed export.", arg("activity_id")),
        operation("wait", &G::wait, "Polls activities already started until each ends.", arg("activity_ids"),
            option("options")));
  }

 private:
  detail::Core& core_;
};

}  // namespace ctct
