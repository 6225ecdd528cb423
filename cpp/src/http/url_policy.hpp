// Which URLs a client may use: http or https URLs with a host, read as libcurl reads them; and
// for credentials https anywhere, plain http only on loopback unless the programmer allows it.
// Checked when a client is built, since every request URL keeps the scheme and host of the URL
// it was given.
#pragma once

#include <string>
#include <string_view>

namespace ctct::http {

// True for localhost, 127.0.0.0/8 and ::1.
bool is_loopback_host(std::string_view host);

// Throws UsageError naming `option` unless `url` is an http or https URL with a host, and a port
// from 1 to 65535 if it gives one. The URL is shown without its password.
void require_http_url(const std::string& url, std::string_view option);

// require_http_url, and throws UsageError naming `option` when `url` is plain http to a host
// that is not loopback and `allow_insecure_http` is false.
void require_secure_url(const std::string& url, bool allow_insecure_http, std::string_view option);

}  // namespace ctct::http
