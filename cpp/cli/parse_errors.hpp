// Command-line mistakes reported without the values typed: an unexpected argument, or an option
// value that could not be read, may be a token typed in the wrong place.
#pragma once

#include <CLI/CLI.hpp>

namespace ctct::cli {

// Said in place of a value that an error leaves out.
inline constexpr const char* value_not_shown = "(not shown, in case it is a secret such as a token)";

// Makes `app` report unexpected arguments by position and unreadable values by option name;
// other parse errors, which hold no value, as CLI11 words them.
void hide_values_in_errors(CLI::App& app, int argc, char** argv);

}  // namespace ctct::cli
