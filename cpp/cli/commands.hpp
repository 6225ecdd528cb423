// The subcommands of `ctct`, one file each; main.cpp registers them all.
#pragma once

#include <CLI/CLI.hpp>

namespace ctct::cli {

// `ctct emulator`: serves the emulator standalone until SIGINT or SIGTERM.
void add_emulator_command(CLI::App& app);

}  // namespace ctct::cli
