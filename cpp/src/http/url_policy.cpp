#include "http/url_policy.hpp"

#include <arpa/inet.h>

#include <algorithm>
#include <cctype>
#include <memory>
#include <optional>

#include <curl/curl.h>

#include "ctct/outcome.hpp"
#include "ctct/url.hpp"

namespace ctct::http {
namespace {

std::string lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
      [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

// A URL as libcurl reads it (the reader that will send the requests): scheme and host lower-cased.
struct Parts {
  std::string scheme, host;
  std::optional<std::string> port;  // only when the URL gives one
};

// One part of `parsed`, or nullopt when the URL has none.
std::optional<std::string> part(CURLU* parsed, CURLUPart which) {
  char* text = nullptr;
  if (curl_url_get(parsed, which, &text, 0) != CURLUE_OK) return std::nullopt;
  std::string out(text);
  curl_free(text);
  return out;
}

// The parts of `url`; `problem` says what is wrong when libcurl cannot read it.
std::optional<Parts> parse(const std::string& url, std::string& problem) {
  std::unique_ptr<CURLU, decltype(&curl_url_cleanup)> parsed(curl_url(), &curl_url_cleanup);
  if (!parsed) throw std::bad_alloc();
  // Without CURLU_NON_SUPPORT_SCHEME or a default scheme: "example.com/v3" is not a URL here.
  const auto code = curl_url_set(parsed.get(), CURLUPART_URL, url.c_str(), 0);
  if (code != CURLUE_OK) {
    problem = code == CURLUE_BAD_PORT_NUMBER      ? "whose port is not from 1 to 65535"
              : code == CURLUE_UNSUPPORTED_SCHEME ? "whose scheme is not http or https"
                                                  : "which is not a URL";
    return std::nullopt;
  }
  return Parts{lower(part(parsed.get(), CURLUPART_SCHEME).value_or("")),
      lower(part(parsed.get(), CURLUPART_HOST).value_or("")), part(parsed.get(), CURLUPART_PORT)};
}

// What makes `url` unusable, or nullopt.
std::optional<std::string> problem_with(const std::string& url, Parts& parts) {
  std::string problem;
  auto parsed = parse(url, problem);
  if (!parsed) return problem;
  parts = std::move(*parsed);
  // libcurl reads no http or https URL without a host ("http://:80/v3" is not a URL to it).
  if (parts.scheme != "http" && parts.scheme != "https") return "whose scheme is " + parts.scheme;
  // libcurl takes port 0; nothing can be reached there.
  if (parts.port && std::stol(*parts.port) == 0) return "whose port is not from 1 to 65535";
  return std::nullopt;
}

Parts require_parts(const std::string& url, std::string_view option) {
  Parts parts;
  if (auto problem = problem_with(url, parts))
    throw UsageError(std::string(option) +
                     " must be an http or https URL with a host (and a port from 1 to 65535, if "
                     "it gives one); got \"" +
                     url_for_display(url) + "\", " + *problem + ".");
  return parts;
}

}  // namespace

bool is_loopback_host(std::string_view host) {
  if (host == "localhost" || host == "[::1]" || host == "::1") return true;
  in_addr v4{};
  const std::string text(host);
  return inet_pton(AF_INET, text.c_str(), &v4) == 1 && (ntohl(v4.s_addr) >> 24) == 127;
}

void require_http_url(const std::string& url, std::string_view option) { require_parts(url, option); }

void require_secure_url(const std::string& url, bool allow_insecure_http, std::string_view option) {
  const auto parts = require_parts(url, option);
  if (allow_insecure_http || parts.scheme != "http" || is_loopback_host(parts.host)) return;
  throw UsageError(std::string(option) + " uses plain http to " + parts.host +
                   ", which would send credentials unencrypted; use https, or set "
                   "allow_insecure_http to allow it");
}

}  // namespace ctct::http
