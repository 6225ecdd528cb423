// `ctct`: Constant Contact from the command line.
#include <exception>
#include <iostream>

#include "commands.hpp"

int main(int argc, char** argv) {
  CLI::App app{"ctct: Constant Contact from the command line"};
  app.require_subcommand(1);
  ctct::cli::add_emulator_command(app);
  try {
    app.parse(argc, argv);  // runs the chosen subcommand
  } catch (const CLI::ParseError& error) {
    return app.exit(error);
  } catch (const std::exception& error) {
    std::cerr << "ctct: " << error.what() << "\n";
    return 1;
  }
  return 0;
}
