// Turns a failed libcurl transfer into one sentence a user can act on. Only the host and port are
// named: URLs carry credentials (v2 sends api_key in the query string), headers carry tokens.
#pragma once

#include <cstddef>
#include <string>

#include <curl/curl.h>

namespace ctct::http {

struct FailureContext {
  std::string host_port;   // "127.0.0.1:8080", never the path or query
  long os_errno = 0;       // CURLINFO_OS_ERRNO
  bool connected = false;  // a connection was established before the failure
  long connect_timeout_ms = 0;
  long timeout_ms = 0;
  std::size_t max_response_bytes = 0;
  bool response_too_large = false;  // the write callback refused bytes over the cap
  bool headers_ended = false;       // the response's header block ended (its blank line came)
};

// The longest response header line libcurl takes (CURL_MAX_HTTP_HEADER): a longer one ends the
// transfer with CURLE_OUT_OF_MEMORY.
inline constexpr std::size_t max_header_bytes = 100 * 1024;

std::string describe_failure(CURLcode code, const FailureContext& context);

// The error of every request that close() cut short or that came after it.
inline constexpr const char* closed_error = "the client was closed before the request completed";

}  // namespace ctct::http
