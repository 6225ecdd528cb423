// `ctct deliver FILE.csv --list ID`: every row of a CSV file delivered as a lead through the
// LeadQueue (batches of up to --max-leads leads per import), each lead's outcome written to a
// result file as soon as it is answered: CSV, or JSON lines when the file ends in .jsonl.
#include <atomic>
#include <cctype>
#include <iostream>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <type_traits>
#include <vector>

#include "commands.hpp"
#include "connection.hpp"
#include "csv_file.hpp"
#include "ctct/json.hpp"
#include "ctct/lead_queue.hpp"
#include "progress.hpp"
#include "status.hpp"

namespace ctct::cli {

namespace {

struct DeliverArgs {
  Connection connection;
  std::string file, list_id, results;
  std::vector<std::string> overrides;
  int max_leads = LeadQueueOptions{}.max_leads;
  int max_wait_ms = LeadQueueOptions{}.max_wait_ms;
  bool fail_on_duplicate = false;
};

using LeadText = std::optional<std::string> Lead::*;

// "First Name", "first_name" and "FIRST-NAME" all read as "firstname".
std::string folded(const std::string& name) {
  std::string out;
  for (const unsigned char c : name)
    if (std::isalnum(c)) out.push_back(static_cast<char>(std::tolower(c)));
  return out;
}

// The Lead fields by folded name; "emailaddress" and "e-mail" are the email too.
std::map<std::string, LeadText> lead_fields() {
  std::map<std::string, LeadText> fields;
  meta::for_each_field<Lead>([&](const auto& field) { fields[folded(field.name)] = field.member; });
  fields["emailaddress"] = &Lead::email;
  return fields;
}

// Per column, the Lead field it fills: a --map COLUMN=FIELD override, else the header read as a
// field name. Unknown fields, unknown columns and no email column are usage errors.
std::vector<std::optional<LeadText>> lead_columns(const Record& header, const std::vector<std::string>& overrides) {
  const auto fields = lead_fields();
  std::vector<std::optional<LeadText>> columns(header.size());
  for (std::size_t i = 0; i < header.size(); ++i)
    if (auto found = fields.find(folded(header[i])); found != fields.end()) columns[i] = found->second;
  for (const auto& override : overrides) {
    const auto equals = override.find('=');
    if (equals == std::string::npos) throw CLI::ValidationError("--map", "expected COLUMN=FIELD, got " + override);
    const auto column = override.substr(0, equals), field = override.substr(equals + 1);
    std::size_t i = 0;
    while (i < header.size() && header[i] != column) ++i;
    if (i == header.size()) throw CLI::ValidationError("--map", "no column is named " + column);
    if (folded(field) == "ignore") {
      columns[i].reset();
    } else if (auto found = fields.find(folded(field)); found != fields.end()) {
      columns[i] = found->second;
    } else {
      throw CLI::ValidationError("--map", field + " is not a lead field");
    }
  }
  for (const auto& column : columns)
    if (column == &Lead::email) return columns;
  throw CLI::ValidationError("file", "no column holds the email address (name one with --map COLUMN=email)");
}

bool ends_with(const std::string& text, const std::string& end) {
  return text.size() >= end.size() && text.compare(text.size() - end.size(), end.size(), end) == 0;
}

template <class T>
std::string text_of(const T& value) {
  if constexpr (std::is_same_v<T, Kind>) return to_string(value);
  else if constexpr (std::is_same_v<T, int>) return std::to_string(value);
  else if constexpr (std::is_same_v<T, std::string>) return value;
  else if constexpr (std::is_same_v<T, std::optional<std::string>>) return value.value_or("");
  else if constexpr (std::is_same_v<T, std::optional<bool>>) return value ? (*value ? "true" : "false") : "";
  else {
    static_assert(std::is_same_v<T, std::vector<std::string>>);
    std::string joined;
    for (const auto& item : value) joined += (joined.empty() ? "" : "; ") + item;
    return joined;
  }
}

// Each answered lead, written at once: the file holds every outcome answered, whatever happens.
class Results {
 public:
  explicit Results(std::string path) : path_(std::move(path)), json_lines_(ends_with(path_, ".jsonl")), out_(path_) {
    if (!out_.ok()) fail("cannot write the results to " + path_ + ".");
    if (json_lines_) return;
    Record header{"row"};
    meta::for_each_field<DeliveryOutcome>([&](const auto& field) { header.push_back(field.name); });
    out_.write(header);
  }

  void add(long row, const DeliveryOutcome& outcome) {
    std::lock_guard lock(mutex_);
    ++counts_[outcome.outcome];
    if (json_lines_) {
      out_.write_raw("{\"row\":" + std::to_string(row) + ",\"result\":" + to_json(outcome) + "}\n");
      return;
    }
    Record record{std::to_string(row)};
    meta::for_each_field<DeliveryOutcome>([&](const auto& field) { record.push_back(text_of(outcome.*field.member)); });
    out_.write(record);
  }

  long count(Kind kind) {
    std::lock_guard lock(mutex_);
    return counts_[kind];
  }

  void close() {
    if (!out_.close()) fail("could not write every result to " + path_ + ".");
  }

  const std::string& path() const { return path_; }

 private:
  std::string path_;
  bool json_lines_;
  CsvWriter out_;
  std::mutex mutex_;
  std::map<Kind, long> counts_;
};

void run_deliver(const DeliverArgs& args) {
  auto client = connect(args.connection);
  LeadQueue queue(*client, {.max_leads = args.max_leads, .max_wait_ms = args.max_wait_ms});
  std::optional<Results> results;  // opened once the header is read: a usage error leaves no file
  auto progress = Progress::for_stderr();
  DeliveryOptions options;
  options.fail_on_duplicate = args.fail_on_duplicate;

  std::optional<Record> header;
  std::vector<std::optional<LeadText>> columns;
  long row_number = 0;  // as a spreadsheet numbers rows: the header is row 1
  std::atomic<long> submitted = 0, answered = 0;
  auto error = read_csv(args.file, [&](Record& row) {
    ++row_number;
    if (!header) {
      header = row;
      columns = lead_columns(*header, args.overrides);
      results.emplace(args.results.empty() ? beside(args.file, ".results.csv") : args.results);
      return;
    }
    Lead lead;
    for (std::size_t i = 0; i < row.size() && i < columns.size(); ++i)
      if (columns[i] && !row[i].empty()) lead.*(*columns[i]) = row[i];
    ++submitted;
    queue.submit(lead, args.list_id, options, [&, row = row_number](DeliveryOutcome outcome) {
      results->add(row, outcome);
      progress.update("delivering", ++answered, submitted);
    });
  });
  queue.close();  // every lead queued is sent and answered
  progress.finish();
  if (results) results->close();
  if (error) fail(*error);
  if (!header) fail(args.file + " is empty; it needs a header row and a row per lead.");

  const long delivered = results->count(Kind::success);
  std::cout << "Delivered " << delivered << " of " << submitted.load() << " leads from " << args.file << " to list "
            << args.list_id << "; each lead's outcome is in " << results->path() << ".\n";
  if (const long failed = results->count(Kind::failure)) std::cout << "  failed    " << failed << "\n";
  if (const long errors = results->count(Kind::error)) std::cout << "  errors    " << errors << "\n";
  if (delivered != submitted) exit_with_failures();
}

}  // namespace

void add_deliver_command(CLI::App& app) {
  auto args = std::make_shared<DeliverArgs>();
  auto* command = app.add_subcommand("deliver",
      "Deliver each row of a CSV file as a lead to a list, in batches, with each lead's outcome in a result file");
  command->add_option("file", args->file, "CSV file with a header row naming lead fields")
      ->required()
      ->check(CLI::ExistingFile);
  command->add_option("--list", args->list_id, "The list every lead joins")->required();
  command->add_option("--map", args->overrides,
      "COLUMN=FIELD: the lead field a column fills (FIELD ignore leaves it out); repeatable");
  command->add_option("--results", args->results,
      "Where each lead's outcome goes: CSV, or JSON lines when it ends in .jsonl (default: FILE.results.csv)");
  command->add_option("--max-leads", args->max_leads, "Leads per batch (one import each)")
      ->check(CLI::Range(1, 40'000));
  command->add_option("--max-wait-ms", args->max_wait_ms, "The longest a lead waits for its batch to fill")
      ->check(CLI::Range(0, 3'600'000));
  command->add_flag("--fail-on-duplicate", args->fail_on_duplicate,
      "An address already stored is a failure (each such lead is sent alone)");
  add_connection_options(*command, args->connection);
  command->callback([args] { run_deliver(*args); });
}

}  // namespace ctct::cli
