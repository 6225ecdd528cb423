// The options every command that talks to Constant Contact shares, and the client they make.
#pragma once

#include <memory>
#include <string>

#include <CLI/CLI.hpp>

#include "ctct/client.hpp"

namespace ctct::cli {

struct Connection {
  std::string token;  // never printed: not in help, errors or progress
  std::string base_url = default_base_url;
  // The API key's limits, shared by every process using rate_limiter's Redis URL.
  std::string api_key;
  std::string rate_limiter;  // a Redis URL, or empty: this process paces the key by itself
  RateLimit rate_limit;
};

// --token (or CTCT_ACCESS_TOKEN), --base-url (or CTCT_BASE_URL), and the key's limits:
// --api-key, --rate-limiter, --per-second, --per-day (or CTCT_API_KEY, CTCT_RATE_LIMITER, ...).
void add_connection_options(CLI::App& command, Connection& connection);

// A client for the connection; a missing token or an unusable URL is a usage error (exit 2).
std::unique_ptr<Client> connect(const Connection& connection);

}  // namespace ctct::cli
