// `ctct xref lists|contacts [V2_ID]... [--from FILE|-] [--json]`: the v3 id of each v2 id, for
// moving stored v2 ids to v3 in bulk. CSV (v2_id,v3_id; an id with no v3 counterpart has an
// empty v3_id) or, with --json, the outcome of lists.id_xrefs / contacts.id_xrefs as every
// language gives it. The core asks 500 ids per request, so any number may be given.
#include <iostream>
#include <memory>
#include <set>
#include <string_view>
#include <unordered_map>

#include "answer.hpp"
#include "api/validate.hpp"
#include "commands.hpp"
#include "connection.hpp"
#include "csv_file.hpp"
#include "ctct/json.hpp"
#include "parse_errors.hpp"
#include "status.hpp"

namespace ctct::cli {

namespace {

struct XrefArgs {
  Connection connection;
  std::vector<std::string> ids;
  std::string from;
  bool json = false;
};

std::string canonical(std::string_view id) { return std::string(detail::sequence_digits(id)); }

// The entry is named by its place, not its value: a token pasted in the wrong place is not shown.
void refuse_unless_v2(const std::string& id, std::size_t entry, const std::string& source) {
  if (!detail::is_sequence_id(id))
    fail("entry " + std::to_string(entry) + " of " + source + " " + value_not_shown +
         " is not a v2 id: v2 ids are decimal digits, like 1234567890.");
}

// The ids given as arguments, then those of --from: the first column of each line; blank lines
// are skipped, and a first line that is not an id is a header (v2_id,v3_id of an earlier run).
// Each id once (0987 and 987 are one id), in the order given.
std::vector<std::string> given_ids(const XrefArgs& args) {
  std::vector<std::string> ids;
  for (const auto& id : args.ids) {
    refuse_unless_v2(id, ids.size() + 1, "the arguments");
    ids.push_back(id);
  }
  if (!args.from.empty()) {
    const std::string source = args.from == "-" ? std::string("standard input") : args.from;
    std::size_t entry = 0, found = 0;
    auto unreadable = read_csv(args.from, [&](Record& record) {
      if (record.empty() || record[0].empty()) return;
      if (++entry == 1 && !detail::is_sequence_id(record[0])) return;  // a header
      refuse_unless_v2(record[0], entry, source + " (blank lines not counted)");
      ids.push_back(std::move(record[0]));
      ++found;
    });
    if (unreadable) fail(*unreadable);
    if (found == 0) fail("no v2 ids in " + source + ": give one per line, or as the first column of a CSV file.");
  }
  std::set<std::string> seen;
  std::erase_if(ids, [&seen](const std::string& id) { return !seen.insert(canonical(id)).second; });
  return ids;
}

// Asks for the v3 ids and prints them; `v3_id` is the xref's v3 member (list_id, contact_id).
template <class Group, class Xref>
void translate(Group& group, std::optional<Text> Xref::*v3_id, const XrefArgs& args, const char* noun) {
  const auto ids = given_ids(args);
  const auto outcome = group.id_xrefs(ids);
  if (args.json || !outcome.ok()) report(to_json(outcome), args.json);  // ends the command unless a success

  const auto& unmatched = outcome.value->unmatched;
  if (!args.json) {
    std::unordered_map<std::string, std::string> v3_of;
    for (const auto& xref : outcome.value->xrefs)
      v3_of[canonical(xref.sequence_id.value_or(""))] = (xref.*v3_id).value_or("");
    CsvWriter out("-");
    out.write({"v2_id", "v3_id"});
    for (const auto& id : ids) out.write({id, v3_of[canonical(id)]});
    if (!out.close()) fail("could not write every id to standard output.");
  }
  const std::string kind = std::string(" v2 ") + noun + " id" + (ids.size() == 1 ? "" : "s");
  if (unmatched.empty()) {
    std::cerr << "Translated " << ids.size() << kind << " to v3.\n";
    return;
  }
  std::cerr << unmatched.size() << " of " << ids.size() << kind << " ha" << (unmatched.size() == 1 ? "s" : "ve")
            << " no v3 " << noun << (args.json ? " (unmatched)" : ": their v3_id is empty") << ".\n";
  exit_with_failures();
}

void add_xref_subcommand(CLI::App& xref, const char* name, const char* noun,
    void (*run)(Client& client, const XrefArgs& args)) {
  auto args = std::make_shared<XrefArgs>();
  auto* command = xref.add_subcommand(name, std::string("The v3 id of each v2 ") + noun + " id");
  command->add_option("v2_ids", args->ids, "v2 ids (decimal digits)")->type_name("V2_ID");
  command
      ->add_option("--from", args->from,
          "Also the ids of FILE (- for standard input): one per line, or a CSV file's first column")
      ->type_name("FILE");
  command->add_flag("--json", args->json, "Print the outcome of " + std::string(name) + ".id_xrefs as JSON");
  add_connection_options(*command, args->connection);
  command->callback([args, run] {
    if (args->ids.empty() && args->from.empty())
      throw CLI::ValidationError("v2_ids", "no ids: give v2 ids, or --from FILE (- for standard input)");
    auto client = connect(args->connection);
    run(*client, *args);
  });
}

}  // namespace

void add_xref_command(CLI::App& app) {
  auto* xref = app.add_subcommand("xref", "v2 ids to v3 ids (CSV v2_id,v3_id), for moving stored ids to v3");
  xref->require_subcommand(1);
  add_xref_subcommand(*xref, "lists", "list",
      [](Client& client, const XrefArgs& args) { translate(client.lists(), &ListIdXref::list_id, args, "list"); });
  add_xref_subcommand(*xref, "contacts", "contact", [](Client& client, const XrefArgs& args) {
    translate(client.contacts(), &ContactIdXref::contact_id, args, "contact");
  });
}

}  // namespace ctct::cli
