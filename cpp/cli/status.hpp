// Exit statuses of `ctct`: 0 success, 1 failures present, 2 usage error (CLI11's parse errors),
// 3 error (no usable answer: network, 5xx, credentials). The hand-written commands (lists,
// contacts get|add|find, import, export) report errors as failures, with status 1.
#pragma once

#include <string>

namespace ctct::cli {

inline constexpr int exit_failures = 1;
inline constexpr int exit_usage = 2;
inline constexpr int exit_error = 3;

// Prints "ctct: <reason>" on stderr and ends the command with exit status 1.
[[noreturn]] void fail(const std::string& reason);

// Ends the command with exit status 1, its summary already printed.
[[noreturn]] void exit_with_failures();

// Ends the command with `status`, everything already printed.
[[noreturn]] void throw_exit(int status);

}  // namespace ctct::cli
