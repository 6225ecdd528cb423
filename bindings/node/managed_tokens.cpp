// The managedTokens option of the v3 client: tokens the client refreshes itself, handing each
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
    callback_.post(std::make_unique<oauth::Tokens>(tokens),
        [](Napi::Env env, Napi::Function store, oauth::Tokens* data) {
          std::unique_ptr<oauth::Tokens> owned(data);
          if (env != nullptr) store.Call({to_js(env, *owned)});
        });
  }

 private:
  JsCallback<oauth::Tokens> callback_;
};

}  // namespace

std::optional<oauth::ManagedTokens> managed_tokens(Options& options) {
  auto object = options.sub("managedTokens");
  if (!object) return std::nullopt;
  oauth::ManagedTokens managed;
  managed.tokens = object->required<oauth::Tokens>("tokens");
  auto oauth_options = object->sub("oauth");
  if (!oauth_options) type_error(options.Env().Undefined(), object->path("oauth"), "an object");
  managed.oauth.client_id = oauth_options->required<std::string>("clientId");
  oauth_options->read("clientSecret", managed.oauth.client_secret);
  oauth_options->read("tokenUrl", managed.oauth.token_url);
  oauth_options->finish();
  managed.oauth.http = http_options(options);
  object->read("refreshMarginS", managed.refresh_margin_s);
  object->read("sharedStore", managed.shared_store);
  object->read("chain", managed.chain);
  Napi::Value store = object->get("store");
  object->finish();
  if (!store.IsUndefined()) {
    if (!store.IsFunction()) type_error(store, object->path("store"), "a function");
    auto js_store = std::make_shared<JsTokenStore>(options.Env(), store.As<Napi::Function>());
    managed.store = [js_store](const oauth::Tokens& tokens) { (*js_store)(tokens); };
  }
  return managed;
}

}  // namespace ctct::node
