// `ctct lists`: every contact list as a table. Its subcommands (create, update, ...) come from
// the registry (registry_commands.cpp).
#include <iostream>
#include <memory>

#include "commands.hpp"
#include "connection.hpp"
#include "status.hpp"
#include "table.hpp"

namespace ctct::cli {

namespace {

void print_lists(const Connection& connection) {
  auto client = connect(connection);
  ListQuery query;
  query.limit = 1000;
  query.include_membership_count = "all";
  auto pages = client->lists().pages(query);
  std::vector<Row> rows;
  while (auto page = pages.next()) {
    if (!page->ok()) fail(*page->reason);
    for (const auto& list : page->value->items)
      rows.push_back({list.list_id.value_or(""), list.name.value_or(""),
          list.membership_count ? std::to_string(*list.membership_count) : "",
          list.favorite.value_or(false) ? "yes" : "", list.updated_at.value_or("")});
  }
  if (rows.empty()) {
    std::cout << "No contact lists.\n";
    return;
  }
  print_table(std::cout, {"LIST ID", "NAME", "MEMBERS", "FAVORITE", "UPDATED"}, rows);
}

}  // namespace

void add_lists_command(CLI::App& app) {
  auto connection = std::make_shared<Connection>();
  auto* command = app.add_subcommand("lists", "Contact lists; with no subcommand, every list: id, name, members");
  add_connection_options(*command, *connection);
  command->callback([command, connection] {
    if (command->get_subcommands().empty()) print_lists(*connection);
  });
}

}  // namespace ctct::cli
