// The subcommands of `ctct`, one file each; main.cpp registers them all.
#pragma once

#include <CLI/CLI.hpp>

namespace ctct::cli {

// `ctct emulator`: serves the emulator standalone until SIGINT or SIGTERM.
void add_emulator_command(CLI::App& app);

// `ctct lists`: the contact lists as a table (with no subcommand).
void add_lists_command(CLI::App& app);

// `ctct contacts get ID | add --email ... --list ID | find EMAIL`.
void add_contacts_command(CLI::App& app);

// `ctct import FILE.csv --list ID [--map COLUMN=FIELD]... [--rejects FILE]`.
void add_import_command(CLI::App& app);

// `ctct export [--list ID] [--out FILE] [--pages]`.
void add_export_command(CLI::App& app);

// `ctct xref lists|contacts [V2_ID]... [--from FILE|-] [--json]`: v2 ids to v3 ids, as CSV.
void add_xref_command(CLI::App& app);

// `ctct deliver FILE.csv --list ID [--results FILE] [--map COLUMN=FIELD]...`: leads through the
// LeadQueue, each lead's outcome in a result file.
void add_deliver_command(CLI::App& app);

// `ctct <group> <operation>` and `ctct <operation>` for every operation of the registry
// (registry_commands.cpp); added after the hand-written commands, which keep their names.
void add_registry_commands(CLI::App& app);

}  // namespace ctct::cli
