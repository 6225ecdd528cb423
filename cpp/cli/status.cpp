#include "status.hpp"

#include <iostream>

#include <CLI/CLI.hpp>

namespace ctct::cli {

// CLI11 answers a RuntimeError with its exit code and prints nothing more.
void exit_with_failures() { throw CLI::RuntimeError(exit_failures); }

void fail(const std::string& reason) {
  std::cerr << "ctct: " << reason << "\n";
  exit_with_failures();
}

}  // namespace ctct::cli
