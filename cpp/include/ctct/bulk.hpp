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
#include "ctct/outcome.hpp"

namespace ctct {

namespace detail {
class Core;
}

struct BulkOptions {
  bool wait = true;  // false: answer once every activity is started
  std::chrono::milliseconds poll_interval{1000};  // between rounds of polls
  // Runs after each poll on the thread running the loop: the I/O thread, or the caller of a
  // blocking bulk call, which runs its own transfers. Keep it short; no blocking ctct calls in it.
  std::function<void(const BulkProgress&)> on_progress;
};

class Bulk {
 public:
  explicit Bulk(detail::Core& core) : core_(core) {}

  // contacts_json_import: at most 40,000 contacts and 4 MB per activity.
  void import_contacts(const ContactsImport& input, const BulkOptions& options,
      Callback<BulkResult> callback);
  Outcome<BulkResult> import_contacts(const ContactsImport& input, const BulkOptions& options = {});

  // contacts_file_import (multipart CSV): at most 40,000 lines and 4 MB per activity; each
  // part repeats the header row.
  void import_file(const FileImport& input, const BulkOptions& options, Callback<BulkResult> callback);
  Outcome<BulkResult> import_file(const FileImport& input, const BulkOptions& options = {});

  // add_list_memberships: source ids split by 500 contacts or 50 lists; at most 50 target lists.
  void add_to_lists(const ListMemberships& input, const BulkOptions& options,
      Callback<BulkResult> callback);
  Outcome<BulkResult> add_to_lists(const ListMemberships& input, const BulkOptions& options = {});

  // remove_list_memberships: source ids and target lists both split (500 contacts, 50 lists).
  void remove_from_lists(const ListMemberships& input, const BulkOptions& options,
      Callback<BulkResult> callback);
  Outcome<BulkResult> remove_from_lists(const ListMemberships& input, const BulkOptions& options = {});

  // contact_delete: contact_ids split by 500, or list_ids by 50.
  void delete_contacts(const ContactDelete& input, const BulkOptions& options,
      Callback<BulkResult> callback);
  Outcome<BulkResult> delete_contacts(const ContactDelete& input, const BulkOptions& options = {});

  // list_delete: split by 100 lists.
  void delete_lists(const ListDelete& input, const BulkOptions& options, Callback<BulkResult> callback);
  Outcome<BulkResult> delete_lists(const ListDelete& input, const BulkOptions& options = {});

  // contact_exports: contact_ids split by 500 (one file per activity). Download each completed
  // activity's file with download_export.
  void export_contacts(const ContactExport& input, const BulkOptions& options,
      Callback<BulkResult> callback);
  Outcome<BulkResult> export_contacts(const ContactExport& input, const BulkOptions& options = {});

  // GET /contact_exports/{activity_id}: the CSV file of a completed export.
  void download_export(const std::string& activity_id, Callback<ExportFile> callback);
  Outcome<ExportFile> download_export(const std::string& activity_id);

  // Polls activities already started (e.g. by another process) until each ends.
  void wait(const std::vector<std::string>& activity_ids, const BulkOptions& options,
      Callback<BulkResult> callback);
  Outcome<BulkResult> wait(const std::vector<std::string>& activity_ids, const BulkOptions& options = {});

 private:
  detail::Core& core_;
};

}  // namespace ctct
