// ctct::oauth as JS: the OAuth client (code exchange, refresh, device flow; its methods from the
// registry, OAuthClient::operations()) answering Promises of outcomes, and the synchronous helpers
// authorizationUrl, makePkce and makeState.
#include <memory>
#include <string>
#include <vector>

#include "addon.hpp"
#include "ctct/oauth.hpp"
#include "ctct/url.hpp"
#include "names.hpp"
#include "operations.hpp"
#include "options.hpp"

namespace ctct::node {
namespace {

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

  static constexpr auto ops = oauth::OAuthClient::operations();

  static Napi::Function define(Napi::Env env) {
    return operations::define_client<OAuthClientWrap>(env, "NativeOAuthClient", "tokenUrl");
  }

  void stop_now() override { client_->close(); }

  template <std::size_t I>
  Napi::Value call(const Napi::CallbackInfo& info) {
    // The method's name, for TypeErrors and warnings: made once, as the groups' are.
    static const std::string name = "oauth.OAuthClient." + js_name(std::get<I>(ops).name);
    return operations::start<ops, I>(info, *client_, *this, name);
  }

  Napi::Value close(const Napi::CallbackInfo& info) {
    client_->close();
    return info.Env().Undefined();
  }

  Napi::Value url(const Napi::CallbackInfo& info) { return Napi::String::New(info.Env(), token_url_); }

 private:
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
