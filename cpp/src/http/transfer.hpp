// One request on one pooled easy handle: sets the handle up (timeouts, TLS, headers, body) and
// collects the status, headers and capped body into a Response. Lives on the I/O thread only.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <curl/curl.h>

#include "ctct/options.hpp"
#include "http/ca_bundle.hpp"
#include "http/engine.hpp"

namespace ctct::http {

// Per-engine settings, resolved once when the engine starts.
struct TransferSettings {
  HttpOptions options;
  CaLocations ca;  // empty: https requests are refused (no_ca_error), http ones still go
  // Engines with equal settings share a loop: the CA found counts, as SSL_CERT_FILE may change.
  bool operator==(const TransferSettings&) const = default;
};

// The options, and the CA that find_ca finds for their ca_bundle.
TransferSettings resolve_settings(HttpOptions options);

// A new easy handle with the options every request of the engine shares, or nullptr with `why`.
CURL* make_handle(const TransferSettings& settings, std::string& why);

// Takes back what Transfer::attach set for one request: the handle then holds only the shared
// options again, ready for the next request (cheaper than curl_easy_reset and setting them all).
void clear_request(CURL* easy);

class Transfer {
 public:
  Transfer(Request request, Completion done);
  Transfer(const Transfer&) = delete;
  Transfer& operator=(const Transfer&) = delete;

  // Sets up `easy` (from make_handle, cleared since its last request) for this request. Answers
  // an empty string, or why the request cannot be sent (then nothing must be started): an https
  // URL with no CA to verify the server with, a header with a line break.
  std::string attach(CURL* easy, const TransferSettings& settings);

  // The response once libcurl reports `result` for this transfer.
  Response finish(CURLcode result);

  Completion done;
  std::uint64_t owner = 0;  // the engine that submitted it, of those sharing the loop

 private:
  friend CURL* make_handle(const TransferSettings&, std::string&);
  static size_t on_body(char* data, size_t size, size_t count, void* self);
  static size_t on_header(char* data, size_t size, size_t count, void* self);
  static size_t on_read(char* buffer, size_t size, size_t count, void* self);
  // The header lines libcurl sends (CURLOPT_HTTPHEADER), and the User-Agent line again for a
  // proxy (CURLOPT_PROXYHEADER). Throws std::bad_alloc.
  void set_header_lines();

  Request request_;
  CURL* easy_ = nullptr;
  const TransferSettings* settings_ = nullptr;
  std::string header_text_;               // the request's header lines, each ending in NUL
  std::vector<curl_slist> header_nodes_;  // libcurl's header list, pointing into header_text_
  curl_slist proxy_header_{};             // the User-Agent line again, for a proxy's CONNECT
  Response response_;
  bool too_large_ = false;
  bool headers_ended_ = false;  // the final header block's blank line came
  size_t body_sent_ = 0;        // bytes of a non-replayable body given to libcurl so far
};

}  // namespace ctct::http
