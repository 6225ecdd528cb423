// OAuth 2.0 with Constant Contact: the authorization URL (code flow, with PKCE for public
// clients), code exchange, refresh, the device flow, and the tokens a client manages itself.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "ctct/describe.hpp"
#include "ctct/models.hpp"
#include "ctct/operation.hpp"
#include "ctct/options.hpp"
#include "ctct/outcome.hpp"

namespace ctct::oauth {

inline constexpr const char* authorize_endpoint = "https://authz.constantcontact.com/oauth2/default/v1/authorize";
inline constexpr const char* token_endpoint = "https://authz.constantcontact.com/oauth2/default/v1/token";
inline constexpr const char* device_endpoint = "https://authz.constantcontact.com/oauth2/default/v1/device/authorize";

// What the token endpoint answers. refresh_token comes only with the offline_access scope.
struct Tokens {
  std::string access_token;
  std::optional<std::string> refresh_token, token_type, scope;
  std::optional<long> expires_in;  // seconds
  bool operator==(const Tokens&) const = default;
  static constexpr auto fields() {
    using T = Tokens;
    return std::make_tuple(field("access_token", &T::access_token, {.secret = true}),
        field("refresh_token", &T::refresh_token, {.secret = true}), field("token_type", &T::token_type),
        field("scope", &T::scope), field("expires_in", &T::expires_in));
  }
};

// The start of the device flow: show user_code and verification_uri to the user.
struct DeviceAuthorization {
  std::string device_code, user_code, verification_uri;
  std::optional<std::string> verification_uri_complete;
  long expires_in = 0;  // seconds the device_code lives
  long interval = 5;    // seconds between polls
  bool operator==(const DeviceAuthorization&) const = default;
  static constexpr auto fields() {
    using T = DeviceAuthorization;
    return std::make_tuple(field("device_code", &T::device_code), field("user_code", &T::user_code),
        field("verification_uri", &T::verification_uri),
        field("verification_uri_complete", &T::verification_uri_complete), field("expires_in", &T::expires_in),
        field("interval", &T::interval));
  }
};

// PKCE (RFC 7636, S256): keep code_verifier until the code exchange; send code_challenge.
struct Pkce {
  std::string code_verifier, code_challenge;
};
Pkce make_pkce();
// A random state value: send it with the authorization URL and compare it on the redirect.
std::string make_state();

// The scopes asked for when none are given: offline_access brings a refresh token, account_read
// lets Client::account() check the credentials when a customer connects an account.
inline const std::vector<std::string> default_scopes = {"account_read", "contact_data", "offline_access"};

struct AuthorizationRequest {
  std::string client_id, redirect_uri;
  std::vector<std::string> scopes = default_scopes;
  std::string state;           // required
  std::string code_challenge;  // PKCE public clients; empty for confidential clients
  std::string authorize_url = authorize_endpoint;
};

// The URL to send the user to. Throws UsageError when client_id, redirect_uri or state is missing.
std::string authorization_url(const AuthorizationRequest& request);

struct OAuthOptions {
  std::string client_id;
  std::string client_secret;  // confidential clients (HTTP Basic); empty for public clients
  std::string token_url = token_endpoint;
  std::string device_url = device_endpoint;
  HttpOptions http;
};

namespace detail {
class Endpoint;
}

// Talks to the token endpoint. Outcomes as everywhere: a refused grant is an error outcome
// whose reason says what to do (invalid_grant: authorize again), never a secret.
class OAuthClient {
 public:
  explicit OAuthClient(OAuthOptions options);
  ~OAuthClient();
  OAuthClient(const OAuthClient&) = delete;
  OAuthClient& operator=(const OAuthClient&) = delete;

  // grant_type=authorization_code; code_verifier for PKCE clients, empty otherwise.
  void exchange_code(const std::string& code, const std::string& redirect_uri, const std::string& code_verifier,
      Callback<Tokens> callback);
  Outcome<Tokens> exchange_code(const std::string& code, const std::string& redirect_uri,
      const std::string& code_verifier = "");

  // grant_type=refresh_token. With rotating refresh tokens the answer holds a new one: save it.
  void refresh(const std::string& refresh_token, Callback<Tokens> callback);
  Outcome<Tokens> refresh(const std::string& refresh_token);

  // The device flow: start it, show the user code, then poll. poll_device asks at the server's
  // interval (longer after slow_down) on timers, until the user approves, denies, or the code expires.
  // No scopes: account_read, contact_data and offline_access (default_scopes).
  void start_device(const std::vector<std::string>& scopes, Callback<DeviceAuthorization> callback);
  Outcome<DeviceAuthorization> start_device(const std::vector<std::string>& scopes = {});
  void poll_device(const DeviceAuthorization& device, Callback<Tokens> callback);
  Outcome<Tokens> poll_device(const DeviceAuthorization& device);

  void close();

  // The operations, for the bindings (ctct/operation.hpp).
  static constexpr auto operations() {
    using meta::arg, meta::option, meta::operation;
    using C = OAuthClient;
    return std::make_tuple(operation("exchange_code", &C::exchange_code,
                               "grant_type=authorization_code; code_verifier for PKCE clients.", arg("code"),
                               arg("redirect_uri"), option("code_verifier")),
        operation("refresh", &C::refresh, "grant_type=refresh_token; with rotating refresh tokens save the new one.",
            arg("refresh_token")),
        operation("start_device", &C::start_device,
            "Starts the device flow: show user_code and verification_uri to the user, then poll_device.",
            option("scopes")),
        operation("poll_device", &C::poll_device,
            "Waits, polling at the server's interval, until the user approves (tokens), denies or the code expires.",
            arg("device")));
  }

 private:
  std::unique_ptr<detail::Endpoint> endpoint_;
};

// Receives every new token pair before the client drops the old refresh token: save both
// durably. With rotating refresh tokens the old one stops working once the new one is issued.
using TokenStore = std::function<void(const Tokens&)>;

// Tokens the client keeps fresh by itself: it refreshes when the access token is within
// refresh_margin_s of its expiry (the JWT's exp) and once after a 401, one refresh at a time
// for all threads and callers.
struct ManagedTokens {
  Tokens tokens;  // access_token and refresh_token
  OAuthOptions oauth;
  TokenStore store;  // called in every process with each pair it moves to, its own or adopted
  long refresh_margin_s = 300;
  // A Redis server shared by every process holding these tokens (redis://[:password@]host[:port][/db],
  // unix:///path; the rate_limiter option's forms): one refresh across all of them per expiry,
  // the others adopt the pair it wrote, and no refresh at all while Redis cannot be reached (the
  // access token is used while it is valid). Empty: this process alone. Redis holds the pair:
  // protect it (README "Tokens shared by several processes").
  std::string shared_store;
  // Which chain of tokens of the client id this is, when processes hold several (one per
  // authorized account): a name of your choosing, the same in every process.
  std::string chain;
};

}  // namespace ctct::oauth

// Models of this header, each with its name in Python and Node (ctct/models_list.hpp gathers them).
// clang-format off
#define CTCT_OAUTH_MODELS(X) \
  X(oauth::Tokens, "", "Tokens") \
  X(oauth::DeviceAuthorization, "", "DeviceAuthorization")
// clang-format on
