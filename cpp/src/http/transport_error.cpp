#include "http/transport_error.hpp"

#include <cctype>
#include <system_error>

namespace ctct::http {
namespace {

// "Connection refused" -> "connection refused", to sit inside a sentence.
std::string lower_first(std::string text) {
  if (!text.empty()) text[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(text[0])));
  return text;
}

std::string os_reason(long os_errno, const char* fallback) {
  // std::system_category().message is thread-safe, unlike strerror.
  if (os_errno == 0) return fallback;
  return lower_first(std::system_category().message(static_cast<int>(os_errno)));
}

}  // namespace

std::string describe_failure(CURLcode code, const FailureContext& c) {
  const std::string& where = c.host_port;
  switch (code) {
    case CURLE_OPERATION_TIMEDOUT:
      if (!c.connected)
        return "could not connect to " + where + " within " + std::to_string(c.connect_timeout_ms) + " ms";
      return "no complete response from " + where + " within " + std::to_string(c.timeout_ms) + " ms (timeout_ms)";
    case CURLE_COULDNT_CONNECT:
      return "could not connect to " + where + ": " + os_reason(c.os_errno, "connection failed");
    case CURLE_COULDNT_RESOLVE_HOST: return "could not resolve " + where + "; check the URL and the network";
    case CURLE_COULDNT_RESOLVE_PROXY: return "could not resolve the proxy host; check the proxy settings";
    case CURLE_URL_MALFORMAT: return "the request URL is malformed";
    case CURLE_UNSUPPORTED_PROTOCOL:
      // Once connected, it is libcurl refusing the answer: no status line (HTTP/0.9) or a
      // status line of another protocol.
      if (c.connected) return where + " answered without an HTTP status line";
      return "the request URL must start with http:// or https://";
    case CURLE_PEER_FAILED_VERIFICATION:
      return "the TLS certificate of " + where +
             " could not be verified; check the CA bundle (ca_bundle, SSL_CERT_FILE)";
    case CURLE_SSL_CACERT_BADFILE:
      return "the CA bundle could not be read; check ca_bundle, SSL_CERT_FILE or CURL_CA_BUNDLE";
    case CURLE_SSL_CONNECT_ERROR: return "the TLS handshake with " + where + " failed; is it serving HTTPS?";
    case CURLE_GOT_NOTHING: return where + " closed the connection without answering";
    case CURLE_SEND_FAIL_REWIND:  // a reused connection died under a request not sent twice
      return where + " closed the connection without answering";
    case CURLE_SEND_ERROR:
      return "the connection to " + where + " broke while sending the request: " + os_reason(c.os_errno, "send failed");
    case CURLE_RECV_ERROR:
      return "the connection to " + where +
             " broke while receiving the response: " + os_reason(c.os_errno, "receive failed");
    case CURLE_PARTIAL_FILE: return "the response from " + where + " was cut short before its end";
    case CURLE_WEIRD_SERVER_REPLY: return where + " answered with something that is not HTTP";
    case CURLE_FILESIZE_EXCEEDED:
      return "the response from " + where + " was larger than the " + std::to_string(c.max_response_bytes) +
             "-byte cap (max_response_bytes)";
    case CURLE_WRITE_ERROR:
      if (c.response_too_large)
        return "the response from " + where + " was larger than the " + std::to_string(c.max_response_bytes) +
               "-byte cap (max_response_bytes)";
      return "the response from " + where + " could not be stored";
    case CURLE_OUT_OF_MEMORY:
      if (c.connected && !c.headers_ended)
        return "the response from " + where + " had a header line longer than the " + std::to_string(max_header_bytes) +
               " bytes ctct accepts";
      return "out of memory while talking to " + where;
    default: return "the request to " + where + " failed: " + lower_first(curl_easy_strerror(code));
  }
}

}  // namespace ctct::http
