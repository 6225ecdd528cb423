// The client's own secrets (tokens, API key, client secret, URL password) as a server may send
// them back, e.g. an error_message repeating the request: every form of each is replaced by
// "[redacted]" before a reason, error key or log line is made of what the server said.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ctct::policy {

inline constexpr std::string_view redaction = "[redacted]";

class Secrets {
 public:
  // Adds `secret` as sent: as it is and percent-encoded (in a query or a form). Empty: nothing.
  void add(std::string_view secret);
  // Adds the credential of "Authorization: <scheme> <credential>" (Bearer, Basic).
  void add_authorization(std::string_view header_value);
  // Adds the password of a URL's user info, and the Basic credential libcurl makes of it.
  void add_url_password(const std::string& url);

  // Replaces every occurrence of every secret in `text`.
  void redact(std::string& text) const;
  void redact(std::optional<std::string>& text) const {
    if (text) redact(*text);
  }

 private:
  std::vector<std::string> forms_;
};

}  // namespace ctct::policy
