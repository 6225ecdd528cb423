// `ctct`: Constant Contact from the command line.
// Exit statuses (status.hpp): 0 success, 1 failures present, 2 usage error, 3 error.
#include <exception>
#include <iostream>

#include "commands.hpp"
#include "parse_errors.hpp"
#include "status.hpp"

int main(int argc, char** argv) {
  CLI::App app{"ctct: Constant Contact from the command line.\n"
               "Credentials come from --token or CTCT_ACCESS_TOKEN (and --base-url or CTCT_BASE_URL)."};
  app.require_subcommand(1);
  ctct::cli::hide_values_in_errors(app, argc, argv);  // before the subcommands, which inherit it
  ctct::cli::add_lists_command(app);
  ctct::cli::add_contacts_command(app);
  ctct::cli::add_import_command(app);
  ctct::cli::add_export_command(app);
  ctct::cli::add_emulator_command(app);
  ctct::cli::add_xref_command(app);
  ctct::cli::add_deliver_command(app);
  ctct::cli::add_registry_commands(app);
  try {
    app.parse(argc, argv);                       // runs the chosen subcommand
  } catch (const CLI::RuntimeError& failures) {  // a command's own failures, already reported
    return failures.get_exit_code();
  } catch (const CLI::ParseError& error) {
    const int code = app.exit(error);  // prints help, or the error and a hint
    return code == 0 ? 0 : ctct::cli::exit_usage;
  } catch (const std::exception& error) {
    std::cerr << "ctct: " << error.what() << "\n";
    return ctct::cli::exit_failures;
  }
  return 0;
}
