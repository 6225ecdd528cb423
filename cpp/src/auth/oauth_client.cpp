// The public OAuth helpers: authorization URL, PKCE, state, and OAuthClient over an Endpoint.
#include <sys/random.h>

#include "api/core.hpp"
#include "api/validate.hpp"
#include "auth/crypto.hpp"
#include "auth/oauth_endpoint.hpp"
#include "ctct/oauth.hpp"
#include "http/url_policy.hpp"
#include "json/json_write.hpp"

namespace ctct::oauth {
namespace {

// Bytes from the kernel's CSPRNG: verifiers and states must not be guessable.
std::string random_bytes(std::size_t count) {
  std::string bytes(count, '\0');
  std::size_t filled = 0;
  while (filled < count) {
    const ssize_t got = getrandom(bytes.data() + filled, count - filled, 0);
    if (got < 0) {
      if (errno == EINTR) continue;
      throw std::runtime_error("the system could not provide random bytes");
    }
    filled += static_cast<std::size_t>(got);
  }
  return bytes;
}

// Answers `callback` at once with a failure (attempts 0, nothing sent) when a field bound for the
// form is not Unicode text; false when every field is.
template <class T>
bool refused_text(const detail::Form& fields, const Callback<T>& callback) {
  ctct::detail::require(callback);
  for (const auto& [name, value] : fields) {
    if (json::valid_utf8(value)) continue;
    callback(ctct::detail::refused<T>(ctct::detail::not_unicode(name)));
    return true;
  }
  return false;
}

}  // namespace

Pkce make_pkce() {
  Pkce pkce;
  pkce.code_verifier = auth::base64url(random_bytes(48));  // 64 characters (43-128 allowed)
  pkce.code_challenge = auth::base64url(auth::sha256(pkce.code_verifier));
  return pkce;
}

std::string make_state() { return auth::base64url(random_bytes(24)); }

std::string authorization_url(const AuthorizationRequest& request) {
  if (request.client_id.empty()) throw UsageError("AuthorizationRequest.client_id is required");
  if (request.redirect_uri.empty()) throw UsageError("AuthorizationRequest.redirect_uri is required");
  if (request.state.empty()) throw UsageError("AuthorizationRequest.state is required (make_state())");
  http::require_http_url(request.authorize_url, "AuthorizationRequest.authorize_url");
  std::string scope;
  for (const auto& name : request.scopes) scope += (scope.empty() ? "" : " ") + name;
  std::vector<std::pair<std::string, std::string>> query = {{"client_id", request.client_id},
      {"redirect_uri", request.redirect_uri}, {"response_type", "code"}, {"scope", scope}, {"state", request.state}};
  if (!request.code_challenge.empty()) {
    query.emplace_back("code_challenge", request.code_challenge);
    query.emplace_back("code_challenge_method", "S256");
  }
  std::string url = request.authorize_url;
  char separator = url.find('?') == std::string::npos ? '?' : '&';
  for (const auto& [name, value] : query) {
    url += separator + name + "=" + ctct::detail::encode_component(value);
    separator = '&';
  }
  return url;
}

OAuthClient::OAuthClient(OAuthOptions options)
    : endpoint_(std::make_unique<detail::Endpoint>(std::move(options), nullptr)) {}

OAuthClient::~OAuthClient() = default;

void OAuthClient::exchange_code(const std::string& code, const std::string& redirect_uri,
    const std::string& code_verifier, Callback<Tokens> callback) {
  detail::Form form = {{"grant_type", "authorization_code"}, {"code", code}, {"redirect_uri", redirect_uri}};
  if (!code_verifier.empty()) form.emplace_back("code_verifier", code_verifier);
  if (refused_text(form, callback)) return;
  endpoint_->token(std::move(form), std::move(callback));
}

void OAuthClient::refresh(const std::string& refresh_token, Callback<Tokens> callback) {
  detail::Form form = {{"grant_type", "refresh_token"}, {"refresh_token", refresh_token}};
  if (refused_text(form, callback)) return;
  endpoint_->token(std::move(form), std::move(callback));
}

void OAuthClient::start_device(const std::vector<std::string>& scopes, Callback<DeviceAuthorization> callback) {
  detail::Form named;
  for (std::size_t i = 0; i < scopes.size(); ++i) named.emplace_back("scopes[" + std::to_string(i) + "]", scopes[i]);
  if (refused_text(named, callback)) return;
  endpoint_->device(scopes.empty() ? default_scopes : scopes, std::move(callback));
}

void OAuthClient::poll_device(const DeviceAuthorization& device, Callback<Tokens> callback) {
  endpoint_->poll(device, std::move(callback));
}

Outcome<Tokens> OAuthClient::exchange_code(const std::string& code, const std::string& redirect_uri,
    const std::string& code_verifier) {
  return ctct::detail::wait_for<Tokens>([&](auto done) {
    exchange_code(code, redirect_uri, code_verifier, std::move(done));
  });
}
Outcome<Tokens> OAuthClient::refresh(const std::string& refresh_token) {
  return ctct::detail::wait_for<Tokens>([&](auto done) { refresh(refresh_token, std::move(done)); });
}
Outcome<DeviceAuthorization> OAuthClient::start_device(const std::vector<std::string>& scopes) {
  return ctct::detail::wait_for<DeviceAuthorization>([&](auto done) { start_device(scopes, std::move(done)); });
}
Outcome<Tokens> OAuthClient::poll_device(const DeviceAuthorization& device) {
  return ctct::detail::wait_for<Tokens>([&](auto done) { poll_device(device, std::move(done)); });
}

void OAuthClient::close() { endpoint_->engine().close(); }

}  // namespace ctct::oauth
