// `ctct import FILE.csv --list ID`: every row of a CSV file onto a list with the bulk import.
// Rows are checked here first; the ones refused go to a rejects file with their reason.
#include <iostream>
#include <memory>
#include <unordered_map>
#include <unordered_set>

#include "column_map.hpp"
#include "commands.hpp"
#include "connection.hpp"
#include "csv_file.hpp"
#include "ctct/bulk.hpp"
#include "existing_addresses.hpp"
#include "import_row.hpp"
#include "progress.hpp"
#include "status.hpp"

namespace ctct::cli {

namespace {

struct ImportArgs {
  Connection connection;
  std::string file, list_id, rejects;
  std::vector<std::string> overrides;
};

// What reading the file gave: the contacts to send, and the rows refused (already written).
struct ReadRows {
  std::vector<ImportContact> contacts;
  std::unordered_set<std::string> addresses;  // address keys
  long rejected = 0;
  std::vector<std::string> first_reasons;  // "row N: reason", a few for the screen
};

class Rejects {
 public:
  Rejects(std::string path, Record header) : path_(std::move(path)), header_(std::move(header)) {
    header_.push_back("reject_reason");
  }
  // Opened at the first rejected row, so a clean import leaves no file behind.
  void add(Record row, const std::string& reason) {
    if (!writer_) {
      writer_ = std::make_unique<CsvWriter>(path_);
      if (!writer_->ok()) fail("cannot write the rejected rows to " + path_ + ".");
      writer_->write(header_);
    }
    row.push_back(reason);
    writer_->write(row);
  }
  void close() {
    if (writer_ && !writer_->close()) fail("could not write every rejected row to " + path_ + ".");
  }

 private:
  std::string path_;
  Record header_;
  std::unique_ptr<CsvWriter> writer_;
};

ReadRows read_rows(const ImportArgs& args, const std::string& rejects_path) {
  ReadRows read;
  std::optional<Record> header;
  std::optional<ColumnMap> map;
  std::unique_ptr<Rejects> rejects;
  std::unordered_map<std::string, long> first_row_of;  // address -> row it was first seen on
  long row_number = 0;                                 // as a spreadsheet numbers them: the header is row 1
  auto error = read_csv(args.file, [&](Record& row) {
    ++row_number;
    if (!header) {
      header = row;
      map = map_columns(*header, args.overrides);
      if (!map->ignored.empty()) {
        std::string names;
        for (const auto& name : map->ignored) names += (names.empty() ? "" : ", ") + name;
        std::cerr << "ctct: ignoring columns " << names << " (name a field with --map COLUMN=FIELD)\n";
      }
      rejects = std::make_unique<Rejects>(rejects_path, *header);
      return;
    }
    auto checked = check_row(*header, *map, row);
    if (checked.contact) {
      const auto address = address_key(*checked.contact->email);
      auto [seen, added] = first_row_of.emplace(address, row_number);
      if (added) {
        read.addresses.insert(address);
        read.contacts.push_back(std::move(*checked.contact));
        return;
      }
      checked.reason = "the address is also on row " + std::to_string(seen->second) + "; each address may appear once.";
    }
    ++read.rejected;
    if (read.first_reasons.size() < 5)
      read.first_reasons.push_back("row " + std::to_string(row_number) + ": " + checked.reason);
    rejects->add(std::move(row), checked.reason);
  });
  if (error) fail(*error);
  if (!header) fail(args.file + " is empty; it needs a header row and a row per contact.");
  rejects->close();
  return read;
}

void print_count(const char* label, long count, const std::string& note = {}) {
  std::cout << "  " << label << std::string(10 - std::string(label).size(), ' ') << count
            << (note.empty() ? "" : "  (" + note + ")") << "\n";
}

void run_import(const ImportArgs& args) {
  auto client = connect(args.connection);
  const auto rejects_path = args.rejects.empty() ? beside(args.file, ".rejects.csv") : args.rejects;
  auto read = read_rows(args, rejects_path);
  const auto rejected_note = read.rejected ? "written to " + rejects_path : std::string();

  auto progress = Progress::for_stderr();
  std::optional<Outcome<BulkResult>> outcome;
  ExistingAddresses existing;
  if (!read.contacts.empty()) {
    existing = find_existing(*client, read.addresses, progress);
    BulkOptions options;
    options.on_progress = [&progress](const BulkProgress& p) { progress.update("importing", p.done, p.total); };
    progress.update("importing", 0, static_cast<long>(read.contacts.size()));
    const long total = static_cast<long>(read.contacts.size());
    ContactsImport input;
    input.import_data = std::move(read.contacts);
    input.list_ids = {args.list_id};
    outcome = client->bulk().import_contacts(input, options);
    if (outcome->ok()) progress.update("importing", total, total);  // every activity completed
    progress.finish();
  }

  const long sent = static_cast<long>(read.addresses.size());
  const long updated = static_cast<long>(existing.addresses.size());
  const long server_errors = outcome && outcome->value ? outcome->value->error_count : 0;
  const bool imported = outcome && outcome->ok() && server_errors == 0;
  if (!outcome) {
    std::cout << "Nothing imported from " << args.file << ": no row could be sent.\n";
  } else if (imported) {
    std::cout << "Imported " << args.file << " into list " << args.list_id << ":\n";
    if (existing.failure) {
      print_count("imported", sent, "created and updated could not be told apart: " + *existing.failure);
    } else {
      print_count("created", sent - updated);
      print_count("updated", updated, "addresses already stored before the import");
    }
  } else {
    std::cout << "The import of " << args.file << " into list " << args.list_id
              << " did not complete: " << outcome->reason.value_or("Constant Contact reported errors for some rows.")
              << "\n";
    print_count("sent", sent,
        existing.failure
            ? ""
            : std::to_string(sent - updated) + " new addresses, " + std::to_string(updated) + " already stored");
    if (server_errors) print_count("errors", server_errors, "reported by Constant Contact for rows sent");
  }
  print_count("rejected", read.rejected, rejected_note);
  for (const auto& reason : read.first_reasons) std::cout << "    " << reason << "\n";
  if (outcome && outcome->value)
    for (const auto& chunk : outcome->value->chunks)
      for (const auto& message : chunk.errors) std::cout << "    Constant Contact: " << message << "\n";
  if (!imported || read.rejected) exit_with_failures();
}

}  // namespace

void add_import_command(CLI::App& app) {
  auto args = std::make_shared<ImportArgs>();
  auto* command = app.add_subcommand("import", "Import the contacts of a CSV file onto a list (bulk import)");
  command->add_option("file", args->file, "CSV file with a header row")->required()->check(CLI::ExistingFile);
  command->add_option("--list", args->list_id, "The list every contact joins")->required();
  command->add_option("--map", args->overrides,
      "COLUMN=FIELD: the field a column fills (FIELD ignore leaves it out); repeatable");
  command->add_option("--rejects", args->rejects, "Where rejected rows go (default: FILE.rejects.csv beside FILE)");
  add_connection_options(*command, args->connection);
  command->callback([args] { run_import(*args); });
}

}  // namespace ctct::cli
