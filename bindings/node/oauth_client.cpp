// ctct::oauth as JS: the OAuth client (code exchange, refresh, device flow) answering Promises of
// outcomes, and the synchronous helpers authorizationUrl, makePkce and makeState.
#include <memory>
#include <string>
#include <vector>

#include "addon.hpp"
#include "ctct/oauth.hpp"
#include "ctct/url.hpp"
#include "options.hpp"

namespace ctct::node {
namespace {

using Strings = std::vector<std::string>;

class OAuthClientWrap : public Napi::ObjectWrap<OAuthClientWrap>,
                        public WrapInFlight<OAuthClientWrap>,
                        public Registered {
 public:
  explicit OAuthClientWrap(const Napi::CallbackInfo& info)
      : Napi::ObjectWrap<OAuthClientWrap>(info), Registered(info.Env()) {
    Options options(info, 0, "OAuthClient");
    oauth::OAuthOptions oauth_options;
    oauth_options.client_id = options.required<std::string>("clientId");
    options.read("clientSecret", oauth_options.client_secret);
    options.read("tokenUrl", oauth_options.token_url);
    options.read("deviceUrl", oauth_options.device_url);
    oauth_options.http = http_options(options);
    options.finish();
    token_url_ = url_for_display(oauth_options.token_url);
    try {
      client_ = std::make_unique<oauth::OAuthClient>(std::move(oauth_options));
    } catch (const std::invalid_argument& e) {
      throw Napi::TypeError::New(info.Env(), e.what());
    }
  }

  static Napi::Function define(Napi::Env env) {
    return DefineClass(env, "OAuthClient",
        {InstanceMethod<&OAuthClientWrap::exchange_code>("exchangeCode"),
            InstanceMethod<&OAuthClientWrap::refresh>("refresh"),
            InstanceMethod<&OAuthClientWrap::start_device>("startDevice"),
            InstanceMethod<&OAuthClientWrap::poll_device>("pollDevice"),
            InstanceMethod<&OAuthClientWrap::close>("close"),
            InstanceAccessor<&OAuthClientWrap::token_url>("tokenUrl")});
  }

  void stop_now() override { client_->close(); }

 private:
  Napi::Value exchange_code(const Napi::CallbackInfo& info) {
    auto code = from_js<std::string>(info[0], "code");
    auto redirect_uri = from_js<std::string>(info[1], "redirectUri");
    auto verifier = optional_arg<std::string>(info, 2, "codeVerifier");
    return later<Outcome<oauth::Tokens>>(info, *this,
        [&](auto done) { client_->exchange_code(code, redirect_uri, verifier, done); });
  }
  Napi::Value refresh(const Napi::CallbackInfo& info) {
    auto refresh_token = from_js<std::string>(info[0], "refreshToken");
    return later<Outcome<oauth::Tokens>>(info, *this, [&](auto done) { client_->refresh(refresh_token, done); });
  }
  Napi::Value start_device(const Napi::CallbackInfo& info) {
    auto scopes = optional_arg<Strings>(info, 0, "scopes", Strings{"contact_data", "offline_access"});
    return later<Outcome<oauth::DeviceAuthorization>>(info, *this,
        [&](auto done) { client_->start_device(scopes, done); });
  }
  Napi::Value poll_device(const Napi::CallbackInfo& info) {
    auto device = from_js<oauth::DeviceAuthorization>(info[0], "device");
    return later<Outcome<oauth::Tokens>>(info, *this, [&](auto done) { client_->poll_device(device, done); });
  }
  Napi::Value close(const Napi::CallbackInfo& info) {
    client_->close();
    return info.Env().Undefined();
  }

  Napi::Value token_url(const Napi::CallbackInfo& info) { return Napi::String::New(info.Env(), token_url_); }

  std::unique_ptr<oauth::OAuthClient> client_;
  std::string token_url_;  // as shown: without any user-info
};

Napi::Value authorization_url(const Napi::CallbackInfo& info) {
  Options options(info, 0, "oauth.authorizationUrl");
  oauth::AuthorizationRequest request;
  options.read("clientId", request.client_id);
  options.read("redirectUri", request.redirect_uri);
  options.read("scopes", request.scopes);
  options.read("state", request.state);
  options.read("codeChallenge", request.code_challenge);
  options.read("authorizeUrl", request.authorize_url);
  options.finish();
  try {
    return Napi::String::New(info.Env(), oauth::authorization_url(request));
  } catch (const std::invalid_argument& e) {
    throw Napi::TypeError::New(info.Env(), e.what());
  }
}

Napi::Value make_pkce(const Napi::CallbackInfo& info) {
  oauth::Pkce pkce = oauth::make_pkce();
  auto out = Napi::Object::New(info.Env());
  out.Set("code_verifier", pkce.code_verifier);
  out.Set("code_challenge", pkce.code_challenge);
  return out;
}

Napi::Value make_state(const Napi::CallbackInfo& info) { return Napi::String::New(info.Env(), oauth::make_state()); }

}  // namespace

void init_oauth(Napi::Env env, Napi::Object exports) {
  auto oauth = Napi::Object::New(env);
  oauth.Set("OAuthClient", OAuthClientWrap::define(env));
  oauth.Set("authorizationUrl", Napi::Function::New<authorization_url>(env, "authorizationUrl"));
  oauth.Set("makePkce", Napi::Function::New<make_pkce>(env, "makePkce"));
  oauth.Set("makeState", Napi::Function::New<make_state>(env, "makeState"));
  exports.Set("oauth", oauth);
}

}  // namespace ctct::node
