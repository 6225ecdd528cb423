#include "connection.hpp"

#include "ctct/outcome.hpp"

namespace ctct::cli {

void add_connection_options(CLI::App& command, Connection& connection) {
  command.add_option("--token", connection.token, "Access token (default: $CTCT_ACCESS_TOKEN)")
      ->envname("CTCT_ACCESS_TOKEN");
  command
      .add_option("--base-url", connection.base_url,
          std::string("API base URL (default: $CTCT_BASE_URL, else ") + default_base_url + ")")
      ->envname("CTCT_BASE_URL");
}

std::unique_ptr<Client> connect(const Connection& connection) {
  if (connection.token.empty())
    throw CLI::ValidationError("--token", "no access token: give --token or set CTCT_ACCESS_TOKEN");
  try {
    ClientOptions options;
    options.access_token = connection.token;
    options.base_url = connection.base_url;
    return std::make_unique<Client>(std::move(options));
  } catch (const UsageError& refused) {  // e.g. plain http to a remote host; names no secret
    throw CLI::ValidationError("--base-url", refused.what());
  }
}

}  // namespace ctct::cli
