// `ctct export [--list ID] [--out FILE]`: contacts as CSV, through the bulk contact export
// (an activity, then its file); where that is not offered (404), or with --pages, by listing
// contacts in pages of 500 and writing each page as it comes, so memory stays flat.
#include <iostream>
#include <memory>

#include "commands.hpp"
#include "connection.hpp"
#include "csv_file.hpp"
#include "ctct/bulk.hpp"
#include "progress.hpp"
#include "status.hpp"

namespace ctct::cli {

namespace {

struct ExportArgs {
  Connection connection;
  std::string list_id, out = "-";
  bool pages = false;
};

// The summary goes where the CSV does not.
std::ostream& summary(const ExportArgs& args) { return args.out == "-" ? std::cerr : std::cout; }

std::string target(const ExportArgs& args) { return args.out == "-" ? "standard output" : args.out; }

// The bulk export: answers false when the API does not offer it (404), having written nothing.
bool export_by_activity(Client& client, const ExportArgs& args, Progress& progress) {
  ContactExport input;
  if (!args.list_id.empty()) input.list_ids = {args.list_id};
  BulkOptions options;
  options.on_progress = [&progress](const BulkProgress& p) { progress.update("exporting", p.done, p.total); };
  auto outcome = client.bulk().export_contacts(input, options);
  progress.finish();
  if (outcome.status == 404 && (!outcome.value || outcome.value->chunks.empty())) return false;
  if (!outcome.ok()) fail(*outcome.reason);
  CsvWriter out(args.out);
  if (!out.ok()) fail("cannot write to " + args.out + ".");
  long files = 0;
  for (const auto& chunk : outcome.value->chunks) {
    auto file = client.bulk().download_export(*chunk.activity_id);
    if (!file.ok()) fail(*file.reason);
    auto& csv = file.value->csv;
    if (files++ > 0) csv.erase(0, csv.find('\n') == std::string::npos ? csv.size() : csv.find('\n') + 1);
    out.write_raw(csv);
  }
  if (!out.close()) fail("could not write every contact to " + args.out + ".");
  summary(args) << "Exported the contacts" << (args.list_id.empty() ? "" : " of list " + args.list_id) << " to "
                << target(args) << " (" << files << " export file" << (files == 1 ? "" : "s") << ")\n";
  return true;
}

Record row_of(const Contact& contact) {
  const auto& email = contact.email_address;
  return {email ? email->address.value_or("") : "", contact.first_name.value_or(""), contact.last_name.value_or(""),
      contact.job_title.value_or(""), contact.company_name.value_or(""),
      email ? email->permission_to_send.value_or("") : "", contact.contact_id.value_or(""),
      contact.created_at.value_or(""), contact.updated_at.value_or("")};
}

void export_by_pages(Client& client, const ExportArgs& args, Progress& progress) {
  ContactQuery query;
  if (!args.list_id.empty()) query.lists = {args.list_id};
  // The total, for the progress, in a request of its own: pages asking for it would each count.
  auto counting = query;
  counting.limit = 1;
  counting.include_count = true;
  auto counted = client.contacts().list(counting);
  if (!counted.ok()) fail(*counted.reason);
  const long total = counted.value->count.value_or(0);

  CsvWriter out(args.out);
  if (!out.ok()) fail("cannot write to " + args.out + ".");
  // Column names of the import where there is one, so an export can be imported again.
  out.write({"email", "first_name", "last_name", "job_title", "company_name", "permission_to_send", "contact_id",
      "created_at", "updated_at"});
  query.limit = 500;
  auto pages = client.contacts().pages(query);
  long written = 0;
  progress.update("exporting", 0, total);
  while (auto page = pages.next()) {
    if (!page->ok()) {
      progress.finish();
      out.close();
      fail(*page->reason + " The file holds the " + std::to_string(written) + " contacts listed before.");
    }
    for (const auto& contact : page->value->items) out.write(row_of(contact));
    written += static_cast<long>(page->value->items.size());
    progress.update("exporting", written, std::max(total, written));
  }
  progress.finish();
  if (!out.close()) fail("could not write every contact to " + args.out + ".");
  summary(args) << "Exported " << written << " contacts" << (args.list_id.empty() ? "" : " of list " + args.list_id)
                << " to " << target(args) << "\n";
}

void run_export(const ExportArgs& args) {
  auto client = connect(args.connection);
  auto progress = Progress::for_stderr();
  if (!args.pages && export_by_activity(*client, args, progress)) return;
  if (!args.pages)
    std::cerr << "ctct: the bulk export is not offered here (404); listing contacts page by page instead\n";
  export_by_pages(*client, args, progress);
}

}  // namespace

void add_export_command(CLI::App& app) {
  auto args = std::make_shared<ExportArgs>();
  auto* command = app.add_subcommand("export", "Export contacts (all, or one list's) as CSV");
  command->add_option("--list", args->list_id, "Only the contacts of this list");
  command->add_option("--out", args->out, "The CSV file to write (default: standard output)");
  command->add_flag("--pages", args->pages, "List contacts page by page instead of the bulk export");
  add_connection_options(*command, args->connection);
  command->callback([args] { run_export(*args); });
}

}  // namespace ctct::cli
