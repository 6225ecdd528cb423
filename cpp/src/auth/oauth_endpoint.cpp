#include "auth/oauth_endpoint.hpp"

#include "api/classify.hpp"
#include "api/core.hpp"
#include "auth/crypto.hpp"
#include "http/url_policy.hpp"
#include "json/json_read.hpp"

namespace ctct::oauth::detail {
namespace {

// The error answer of RFC 6749 section 5.2.
struct OAuthError {
  std::optional<std::string> error, error_description;
  static constexpr auto fields() {
    return std::make_tuple(field("error", &OAuthError::error),
        field("error_description", &OAuthError::error_description));
  }
};

std::string join(const std::vector<std::string>& scopes) {
  std::string out;
  for (const auto& scope : scopes) out += (out.empty() ? "" : " ") + scope;
  return out;
}

std::string encode(const Form& form) {
  std::string body;
  for (const auto& [name, value] : form)
    body += (body.empty() ? "" : "&") + ctct::detail::encode_component(name) + "=" +
            ctct::detail::encode_component(value);
  return body;
}

// What the user should do about an OAuth error code; none of it repeats a secret.
std::string meaning(const std::string& error) {
  if (error == "invalid_grant")
    return "the refresh token or authorization code is expired, used or revoked; authorize again";
  if (error == "invalid_client") return "check client_id and client_secret";
  if (error == "unauthorized_client") return "the application may not use this grant type";
  if (error == "invalid_scope") return "ask only for scopes the application has";
  if (error == "access_denied") return "the user denied the authorization; authorize again";
  if (error == "expired_token") return "the device code expired; start the device flow again";
  return "check the OAuth settings and authorize again";
}

// Form fields that carry a secret, which a hostile server may send back in its answer.
bool is_secret_field(const std::string& name) {
  return name == "refresh_token" || name == "code" || name == "code_verifier" || name == "device_code";
}

template <class T>
Outcome<T> answer(const http::Response& response, const policy::Secrets& secrets) {
  Outcome<T> outcome;
  outcome.status = response.status;
  outcome.attempts = 1;
  if (response.status == 200) {
    auto read = json::read<T>(response.body, response.body.capacity());
    if (read) {
      outcome.outcome = Kind::success;
      outcome.value = std::move(read.value);
      return outcome;
    }
    return ctct::detail::unreadable(200, read.error->message).template with_value<T>(std::nullopt);
  }
  auto error = json::read<OAuthError>(response.body, response.body.capacity());
  if (response.status >= 400 && response.status < 500 && error && error.value->error) {
    std::string key = *error.value->error;
    secrets.redact(key);
    outcome.error_key = key;
    outcome.reason = "The authorization server refused the token request (" + std::to_string(response.status) + " " +
                     key + "): " + meaning(key) + ".";
    return outcome;
  }
  return ctct::detail::classify(response, "the token request", 0, secrets).template with_value<T>(std::nullopt);
}

}  // namespace

Endpoint::Endpoint(OAuthOptions options, http::Engine* engine)
    : options_(std::move(options)), own_engine_(engine ? nullptr : std::make_unique<http::Engine>(options_.http)),
      engine_(engine ? *engine : *own_engine_) {
  if (options_.client_id.empty()) throw UsageError("OAuthOptions.client_id is required");
  http::require_secure_url(options_.token_url, options_.http.allow_insecure_http, "token_url");
  http::require_secure_url(options_.device_url, options_.http.allow_insecure_http, "device_url");
}

std::string Endpoint::basic_credential() const {
  return auth::base64(ctct::detail::encode_component(options_.client_id) + ":" +
                      ctct::detail::encode_component(options_.client_secret));
}

void Endpoint::add_secrets(policy::Secrets& secrets) const {
  if (options_.client_secret.empty()) return;
  secrets.add(options_.client_secret);
  secrets.add(basic_credential());
}

template <class T>
void Endpoint::post(const std::string& url, Form form, Callback<T> callback) {
  ctct::detail::require(callback);
  http::Request request{"POST", url, {{"Content-Type", "application/x-www-form-urlencoded"}}, {}};
  // Confidential clients authenticate with HTTP Basic; public ones name themselves in the form.
  if (options_.client_secret.empty()) form.emplace_back("client_id", options_.client_id);
  else request.headers.emplace_back("Authorization", "Basic " + basic_credential());
  policy::Secrets secrets;
  add_secrets(secrets);
  for (const auto& [name, value] : form)
    if (is_secret_field(name)) secrets.add(value);
  request.body = encode(form);
  // Not retried: a refresh whose answer was lost may have rotated the refresh token already.
  engine_.submit(std::move(request), [callback = std::move(callback), secrets = std::move(secrets)](
                                         http::Response response) { callback(answer<T>(response, secrets)); });
}

void Endpoint::token(Form form, Callback<Tokens> callback) {
  post<Tokens>(options_.token_url, std::move(form), std::move(callback));
}

void Endpoint::device(const std::vector<std::string>& scopes, Callback<DeviceAuthorization> callback) {
  post<DeviceAuthorization>(options_.device_url, {{"scope", join(scopes)}}, std::move(callback));
}

void Endpoint::poll(DeviceAuthorization device, Callback<Tokens> callback) {
  ctct::detail::require(callback);
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(device.expires_in);
  const long interval = std::max(1L, device.interval);
  poll_after(std::make_shared<DeviceAuthorization>(std::move(device)), interval, deadline, std::move(callback));
}

// Waits `interval_s` on a timer, asks once, and goes on while the user has not decided.
void Endpoint::poll_after(std::shared_ptr<DeviceAuthorization> device, long interval_s,
    std::chrono::steady_clock::time_point deadline, Callback<Tokens> callback) {
  engine_.schedule(std::chrono::seconds(interval_s), [this, device, interval_s, deadline, callback] {
    token({{"grant_type", "urn:ietf:params:oauth:grant-type:device_code"}, {"device_code", device->device_code}},
        [this, device, interval_s, deadline, callback](Outcome<Tokens> outcome) {
          const bool pending = outcome.error_key == "authorization_pending";
          const bool slower = outcome.error_key == "slow_down";
          if ((pending || slower) && std::chrono::steady_clock::now() < deadline) {
            poll_after(device, interval_s + (slower ? 5 : 0), deadline, callback);
            return;
          }
          if (pending || slower) {
            outcome.error_key = "expired_token";
            outcome.reason = "The user did not approve the device in time: start the device flow again.";
          }
          callback(std::move(outcome));
        });
  });
}

}  // namespace ctct::oauth::detail
