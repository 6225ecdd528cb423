// Where a Redis server is and how to talk to it, from a URL:
//   redis://[[user]:password@]host[:port][/db][?timeout_ms=N&on_outage=fallback|error&max_ahead_ms=N]
//   unix://[[user]:password@]/path/to/redis.sock[?db=N&...]
#pragma once

#include <string>
#include <string_view>

namespace ctct::redis {

struct Endpoint {
  std::string host;  // empty for a Unix socket
  int port = 6379;
  std::string socket_path;  // unix://
  int db = 0;
  std::string user, password;   // AUTH when the password is set (user: Redis 6 ACL)
  long timeout_ms = 500;        // one command, connecting included
  bool fail_on_outage = false;  // on_outage=error: error outcomes instead of the in-process limiter
  long max_ahead_ms = 2000;     // how far ahead of Redis's clock one call may reserve a slot
  // The URL without the password, for reasons and logs.
  std::string display() const;
  bool operator==(const Endpoint&) const = default;
};

// Throws UsageError naming `option`, the option the URL was given as (rate_limiter,
// shared_store), and what is wrong (never the password).
Endpoint parse_endpoint(std::string_view url, std::string_view option);

}  // namespace ctct::redis
