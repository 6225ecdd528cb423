#include "connection.hpp"

#include <string_view>

#include "ctct/outcome.hpp"

namespace ctct::cli {

void add_connection_options(CLI::App& command, Connection& connection) {
  command.add_option("--token", connection.token, "Access token (default: $CTCT_ACCESS_TOKEN)")
      ->envname("CTCT_ACCESS_TOKEN");
  command
      .add_option("--base-url", connection.base_url,
          std::string("API base URL (default: $CTCT_BASE_URL, else ") + default_base_url + ")")
      ->envname("CTCT_BASE_URL");
  command
      .add_option("--api-key", connection.api_key,
          "The application's client id, whose limits the calls count against (default: $CTCT_API_KEY)")
      ->envname("CTCT_API_KEY");
  command
      .add_option("--rate-limiter", connection.rate_limiter,
          "redis://[user:password@]host[:port][/db] or unix:///path: pace the API key together with every "
          "process using this Redis (default: $CTCT_RATE_LIMITER; needs --api-key)")
      ->envname("CTCT_RATE_LIMITER");
  command
      .add_option("--per-second", connection.rate_limit.per_second,
          "The API key's requests a second (default: $CTCT_PER_SECOND, else 4; partner keys 10)")
      ->envname("CTCT_PER_SECOND")
      ->check(CLI::NonNegativeNumber);
  command
      .add_option("--per-day", connection.rate_limit.per_day,
          "Requests a UTC day to stop at (default: $CTCT_PER_DAY, else 0: until Constant Contact's quota)")
      ->envname("CTCT_PER_DAY")
      ->check(CLI::NonNegativeNumber);
}

std::unique_ptr<Client> connect(const Connection& connection) {
  if (connection.token.empty())
    throw CLI::ValidationError("--token", "no access token: give --token or set CTCT_ACCESS_TOKEN");
  ClientOptions options;
  options.access_token = connection.token;
  options.base_url = connection.base_url;
  options.api_key = connection.api_key;
  options.rate_limit = connection.rate_limit;
  options.rate_limiter = connection.rate_limiter;
  try {
    return std::make_unique<Client>(std::move(options));
  } catch (const UsageError& refused) {  // names no secret: a URL's password is never repeated
    // The core names the option it refuses; the others are the base URL's.
    const bool limiter = std::string_view(refused.what()).find("rate_limiter") != std::string_view::npos;
    throw CLI::ValidationError(limiter ? "--rate-limiter" : "--base-url", refused.what());
  }
}

}  // namespace ctct::cli
