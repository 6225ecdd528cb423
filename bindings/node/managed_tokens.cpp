// The managed_tokens option of the v3 client: tokens the client refreshes itself, handing each
// new pair to a JS store function. The core calls the store on its I/O thread, so the call
// reaches JS through a JsCallback.
#include <memory>

#include "addon.hpp"
#include "js_callback.hpp"
#include "options.hpp"

namespace ctct::node {
namespace {

// Owns the thread-safe function for as long as the core holds the store.
class JsTokenStore {
 public:
  JsTokenStore(Napi::Env env, Napi::Function store) : callback_(env, store, "ctct token store") {}

  void operator()(const oauth::Tokens& tokens) {
    callback_.post(std::make_unique<oauth::Tokens>(tokens), [](Napi::Env env, Napi::Function store, oauth::Tokens* data) {
      std::unique_ptr<oauth::Tokens> owned(data);
      if (env != nullptr) store.Call({to_js(env, *owned)});
    });
  }

 private:
  JsCallback<oauth::Tokens> callback_;
};

}  // namespace

std::optional<oauth::ManagedTokens> managed_tokens(const Napi::Object& options) {
  Napi::Value value = options.Get("managed_tokens");
  if (value.IsUndefined()) return std::nullopt;
  const std::string path = "options.managed_tokens";
  if (!is_plain_object(value)) type_error(options.Env(), path, "an object");
  auto object = value.As<Napi::Object>();
  oauth::ManagedTokens managed;
  managed.tokens = from_js<oauth::Tokens>(object.Get("tokens"), path + ".tokens");
  Napi::Value oauth_value = object.Get("oauth");
  if (!is_plain_object(oauth_value)) type_error(options.Env(), path + ".oauth", "an object");
  auto oauth_options = oauth_value.As<Napi::Object>();
  managed.oauth.client_id = from_js<std::string>(oauth_options.Get("client_id"), path + ".oauth.client_id");
  read_option(oauth_options, "client_secret", managed.oauth.client_secret, path + ".oauth");
  read_option(oauth_options, "token_url", managed.oauth.token_url, path + ".oauth");
  managed.oauth.http = http_options(options);
  read_option(object, "refresh_margin_s", managed.refresh_margin_s, path);
  Napi::Value store = object.Get("store");
  if (!store.IsUndefined()) {
    if (!store.IsFunction()) type_error(options.Env(), path + ".store", "a function");
    auto js_store = std::make_shared<JsTokenStore>(options.Env(), store.As<Napi::Function>());
    managed.store = [js_store](const oauth::Tokens& tokens) { (*js_store)(tokens); };
  }
  return managed;
}

}  // namespace ctct::node
