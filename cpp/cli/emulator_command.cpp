#include <csignal>
#include <cstdio>
#include <memory>
#include <string>

#include "commands.hpp"
#include "ctct/testing/emulator.hpp"
#include "parse_errors.hpp"

namespace ctct::cli {

namespace {

// Serves until SIGINT or SIGTERM. The signals are blocked before the server starts its threads
// (which inherit the mask), so only sigwait() here receives them.
void serve(const testing::EmulatorOptions& options) {
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

  testing::Emulator emulator(options);
  emulator.start();
  // One write, so a reader waiting for any line finds them all. Test credentials only.
  const std::string banner = "ctct emulator listening on " + emulator.url() + "\n" + "url: " + emulator.url() + "\n" +
                             "v3_url: " + emulator.v3_url() + "\n" + "v2_url: " + emulator.v2_url() + "\n" +
                             "api_key: " + emulator.api_key() + "\n" + "access_token: " + emulator.access_token() +
                             "\n";
  std::fwrite(banner.data(), 1, banner.size(), stdout);
  std::fflush(stdout);

  int received = 0;
  sigwait(&stop_signals, &received);
  emulator.stop();
}

// CLI::Range's check, without CLI::Range's message, which repeats the value.
const CLI::Validator port_number(
    [](std::string& text) {
      return CLI::Range(0, 65535)(text).empty()
                 ? std::string()
                 : std::string("the value given is not a number from 0 to 65535 ") + value_not_shown;
    },
    "INT in [0 - 65535]");

}  // namespace

void add_emulator_command(CLI::App& app) {
  auto options = std::make_shared<testing::EmulatorOptions>();
  auto* command = app.add_subcommand("emulator",
      "Serve an in-memory Constant Contact (/v3, /v2, /__emulator) on 127.0.0.1 until interrupted");
  command->add_option("--port", options->port, "Port to listen on; 0 picks a free one")
      ->capture_default_str()
      ->check(port_number);
  command->add_option("--token", options->access_token, "Access token to accept (default: generated)");
  command->add_option("--api-key", options->api_key, "v2 api_key to accept (default: generated)");
  command->callback([options] { serve(*options); });
}

}  // namespace ctct::cli
