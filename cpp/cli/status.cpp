#include "status.hpp"

#include <iostream>

#include <CLI/CLI.hpp>

namespace ctct::cli {

void exit_with_failures() { throw_exit(exit_failures); }

// CLI11 answers a RuntimeError with its exit code and prints nothing more.
void throw_exit(int status) { throw CLI::RuntimeError(status); }

void fail(const std::string& reason) {
  std::cerr << "ctct: " << reason << "\n";
  exit_with_failures();
}

}  // namespace ctct::cli
