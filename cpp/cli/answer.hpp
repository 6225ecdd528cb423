// What a registry command prints of its outcome, and its exit status (status.hpp): with --json
// the outcome's JSON, byte for byte what to_json gives in every language; otherwise the value
// as tables (a success) or "ctct: <reason>" on standard error.
#pragma once

#include <string>

namespace ctct::cli {

// Prints the outcome (the JSON text of an Outcome<T> or a DeliveryOutcome) and ends the command
// with its status: 0 success, 1 failure, 3 error.
void report(const std::string& outcome_json, bool as_json);

}  // namespace ctct::cli
