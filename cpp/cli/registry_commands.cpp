// `ctct <group> <operation>` for every operation of the registry (ctct/operation.hpp), and
// `ctct <operation>` for the client's own: an operation added to the registry reaches the
// command line with no change here. A hand-written command of the same name (contacts get)
// is kept: it was there first, and its output is its own.
#include <string>
#include <string_view>
#include <type_traits>

#include "commands.hpp"
#include "ctct/bulk.hpp"
#include "ctct/client.hpp"
#include "ctct/tags.hpp"
#include "names.hpp"
#include "operation_command.hpp"

namespace ctct::cli {

namespace {

CLI::App* subcommand_named(CLI::App& app, const std::string& name) {
  auto found = app.get_subcommands([&name](CLI::App* command) { return command->get_name() == name; });
  return found.empty() ? nullptr : found.front();
}

}  // namespace

void add_registry_commands(CLI::App& app) {
  meta::for_each_group<Client>([&app](const auto& group) {
    using Group = typename std::remove_cvref_t<decltype(group)>::group;
    auto* command = subcommand_named(app, kebab(group.name));
    if (!command) {
      command = app.add_subcommand(kebab(group.name), group.doc);
      command->require_subcommand(1);
    }
    meta::for_each_operation<Group>([&](const auto& op) {
      if (subcommand_named(*command, kebab(op.name))) return;
      add_operation(*command, op, [get = group.get](Client& client) -> Group& { return (client.*get)(); });
    });
  });
  meta::for_each_operation<Client>([&app](const auto& op) {
    if (subcommand_named(app, kebab(op.name))) return;
    auto* command = add_operation(app, op, [](Client& client) -> Client& { return client; });
    // The credential check under the name people type for it.
    if (op.name == std::string_view("account")) command->alias("whoami");
  });
}

}  // namespace ctct::cli
