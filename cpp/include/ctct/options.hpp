// Transport settings shared by the v3 and v2 clients.
#pragma once

#include <cstddef>
#include <string>

namespace ctct {

struct HttpOptions {
  long connect_timeout_ms = 10'000;
  long timeout_ms = 30'000;  // whole request, connect included
  // CA bundle file that verifies https servers. Empty: SSL_CERT_FILE, then CURL_CA_BUNDLE, then
  // the first system bundle that exists (/etc/ssl/certs/ca-certificates.crt, the Fedora/RHEL,
  // OpenSUSE and Alpine ones), then the directory SSL_CERT_DIR. With none, every https request is
  // an error outcome saying so (attempts 0, nothing sent); plain http is unaffected.
  std::string ca_bundle;
  std::size_t max_response_bytes = 64u << 20;  // larger bodies are an error outcome
  // Plain http:// to a host that is not loopback (127.0.0.0/8, ::1, localhost) is refused when
  // the client is built, since tokens would cross the network readable; true allows it.
  bool allow_insecure_http = false;
  // Requests sent at once, each on its own kept-alive connection; more wait in the client's
  // queue. The API's 4 requests a second need few; 1 to 256.
  std::size_t max_connections = 8;
  // Clients with equal options share one I/O thread and connection pool (http/engine.hpp).
  bool operator==(const HttpOptions&) const = default;
};

}  // namespace ctct
