#include "policy/secrets.hpp"

#include <algorithm>

#include <curl/curl.h>

#include "api/core.hpp"
#include "auth/crypto.hpp"

namespace ctct::policy {

void Secrets::add(std::string_view secret) {
  if (secret.empty()) return;
  forms_.emplace_back(secret);
  std::string encoded = detail::encode_component(secret);
  if (encoded != secret) forms_.push_back(std::move(encoded));
  // Longest first, so that a secret holding another is replaced whole.
  std::sort(forms_.begin(), forms_.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
}

void Secrets::add_authorization(std::string_view header_value) {
  const auto space = header_value.find(' ');
  add(space == std::string_view::npos ? header_value : header_value.substr(space + 1));
}

void Secrets::add_url_password(const std::string& url) {
  CURLU* parsed = curl_url();
  if (!parsed) return;
  char* user = nullptr;
  char* password = nullptr;
  if (curl_url_set(parsed, CURLUPART_URL, url.c_str(), CURLU_NON_SUPPORT_SCHEME) == CURLUE_OK &&
      curl_url_get(parsed, CURLUPART_PASSWORD, &password, CURLU_URLDECODE) == CURLUE_OK) {
    add(password);
    if (curl_url_get(parsed, CURLUPART_USER, &user, CURLU_URLDECODE) == CURLUE_OK)
      add(auth::base64(std::string(user) + ":" + password));
  }
  curl_free(user);
  curl_free(password);
  curl_url_cleanup(parsed);
}

void Secrets::redact(std::string& text) const {
  for (const auto& form : forms_) {
    for (auto at = text.find(form); at != std::string::npos; at = text.find(form, at + redaction.size()))
      text.replace(at, form.size(), redaction);
  }
}

}  // namespace ctct::policy
