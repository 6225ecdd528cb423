#include "http/url_policy.hpp"

#include <arpa/inet.h>

#include <algorithm>
#include <cctype>
#include <memory>

#include <curl/curl.h>

#include "ctct/outcome.hpp"

namespace ctct::http {
namespace {

std::string lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
      [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

// The URL's scheme and host as libcurl reads them (the reader that will send the request),
// lower-cased; empty when it cannot read them.
std::pair<std::string, std::string> scheme_and_host(const std::string& url) {
  std::unique_ptr<CURLU, decltype(&curl_url_cleanup)> parsed(curl_url(), &curl_url_cleanup);
  if (!parsed || curl_url_set(parsed.get(), CURLUPART_URL, url.c_str(), 0) != CURLUE_OK) return {};
  char* scheme = nullptr;
  char* host = nullptr;
  std::pair<std::string, std::string> out;
  if (curl_url_get(parsed.get(), CURLUPART_SCHEME, &scheme, 0) == CURLUE_OK) out.first = lower(scheme);
  if (curl_url_get(parsed.get(), CURLUPART_HOST, &host, 0) == CURLUE_OK) out.second = lower(host);
  curl_free(scheme);
  curl_free(host);
  return out;
}

}  // namespace

bool is_loopback_host(std::string_view host) {
  if (host == "localhost" || host == "[::1]" || host == "::1") return true;
  in_addr v4{};
  const std::string text(host);
  return inet_pton(AF_INET, text.c_str(), &v4) == 1 && (ntohl(v4.s_addr) >> 24) == 127;
}

void require_secure_url(const std::string& url, bool allow_insecure_http, std::string_view option) {
  if (allow_insecure_http) return;
  const auto [scheme, host] = scheme_and_host(url);
  if (scheme != "http" || is_loopback_host(host)) return;
  throw UsageError(std::string(option) + " uses plain http to " + host +
                   ", which would send credentials unencrypted; use https, or set "
                   "allow_insecure_http to allow it");
}

}  // namespace ctct::http
