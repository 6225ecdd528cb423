// Exit statuses of `ctct`: 0 success, 1 failures present, 2 usage error (CLI11's parse errors).
#pragma once

#include <string>

namespace ctct::cli {

inline constexpr int exit_failures = 1;
inline constexpr int exit_usage = 2;

// Prints "ctct: <reason>" on stderr and ends the command with exit status 1.
[[noreturn]] void fail(const std::string& reason);

// Ends the command with exit status 1, its summary already printed.
[[noreturn]] void exit_with_failures();

}  // namespace ctct::cli
