// One request on one pooled easy handle: sets the handle up (timeouts, TLS, headers, body) and
// collects the status, headers and capped body into a Response. Lives on the I/O thread only.
#pragma once

#include <string>

#include <curl/curl.h>

#include "ctct/options.hpp"
#include "http/engine.hpp"

namespace ctct::http {

// Per-engine settings, resolved once when the engine starts.
struct TransferSettings {
  HttpOptions options;
  std::string ca_bundle;  // empty: libcurl's built-in default
};

// ca_bundle from the options, else SSL_CERT_FILE, else CURL_CA_BUNDLE, else empty.
TransferSettings resolve_settings(HttpOptions options);

class Transfer {
 public:
  Transfer(Request request, Completion done);
  ~Transfer();
  Transfer(const Transfer&) = delete;
  Transfer& operator=(const Transfer&) = delete;

  // Sets up a freshly reset `easy` for this request. Answers an empty string, or why the request
  // cannot be sent (then nothing must be started).
  std::string attach(CURL* easy, const TransferSettings& settings);

  // The response once libcurl reports `result` for this transfer.
  Response finish(CURLcode result);

  Completion done;

 private:
  static size_t on_body(char* data, size_t size, size_t count, void* self);
  static size_t on_header(char* data, size_t size, size_t count, void* self);
  static size_t on_read(char* buffer, size_t size, size_t count, void* self);

  Request request_;
  std::string host_port_;
  CURL* easy_ = nullptr;
  const TransferSettings* settings_ = nullptr;
  curl_slist* header_list_ = nullptr;
  Response response_;
  bool too_large_ = false;
  size_t body_sent_ = 0;  // bytes of a non-replayable body given to libcurl so far
};

}  // namespace ctct::http
