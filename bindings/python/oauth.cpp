// ctct.oauth: the authorization URL, PKCE, the token endpoint client (code exchange, refresh,
// device flow; OAuthClient and AsyncOAuthClient, from the registry), and the tokens a v3 client keeps fresh by itself
// (ManagedTokens) with a Python callable as its token store.
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <pybind11/functional.h>

#include "bind.hpp"
#include "client_init.hpp"
#include "ctct/oauth.hpp"
#include "lifetime.hpp"
#include "operations.hpp"

namespace ctct::python {

namespace {

using Strings = std::vector<std::string>;

oauth::OAuthOptions oauth_options(std::string client_id, std::string client_secret, std::string token_url,
    std::string device_url = oauth::device_endpoint) {
  oauth::OAuthOptions options;
  options.client_id = std::move(client_id);
  options.client_secret = std::move(client_secret);
  options.token_url = std::move(token_url);
  options.device_url = std::move(device_url);
  return options;
}

// The store runs on the client's I/O thread (pybind11 takes the GIL for the call). An exception
// it raises is reported as unraisable: the client carries on with the new tokens it holds.
oauth::TokenStore token_store(std::function<void(const oauth::Tokens&)> store) {
  return [store = std::move(store)](const oauth::Tokens& tokens) {
    try {
      store(tokens);
    } catch (py::error_already_set& error) {
      py::gil_scoped_acquire gil;
      error.discard_as_unraisable("ctct token store");
    }
  };
}

// OAuthClient or AsyncOAuthClient: its operations from the registry (OAuthClient::operations()).
template <class Mode>
[[gnu::cold]] void bind_oauth_client(py::module_& root, py::module_& m, const std::string& name) {
  using H = Handle<oauth::OAuthClient, Mode>;
  Class<H> cls(m, name.c_str(),
      "Talks to the token endpoint; a refused grant is an error outcome (invalid_grant: authorize again).");
  def_http_init(
      cls,
      [](HttpOptions http, std::string client_id, std::string client_secret, std::string token_url,
          std::string device_url) {
        oauth::OAuthOptions options = oauth_options(std::move(client_id), std::move(client_secret), token_url,
            std::move(device_url));
        options.http = std::move(http);
        auto client = own(std::make_unique<oauth::OAuthClient>(std::move(options)), &oauth::OAuthClient::close);
        return H{client, client.get(), std::move(token_url)};
      },
      type_list<std::string, std::string, std::string, std::string>{}, py::arg("client_id"),
      py::arg("client_secret") = "", py::arg("token_url") = oauth::token_endpoint,
      py::arg("device_url") = oauth::device_endpoint);
  def_client_common(cls, name, "token_url");
  def_operations<oauth::OAuthClient, Mode>(root, cls);
}

}  // namespace

[[gnu::cold]] void bind_oauth(py::module_& root, py::module_& m) {
  // Tokens and DeviceAuthorization are bound with the other models (models.cpp).
  Class<oauth::Pkce>(m, "Pkce", "PKCE (S256): keep code_verifier for the exchange; send code_challenge.")
      .def_readonly("code_verifier", &oauth::Pkce::code_verifier)
      .def_readonly("code_challenge", &oauth::Pkce::code_challenge);
  def_function(m, "make_pkce", &oauth::make_pkce, "A new PKCE verifier and its S256 challenge.");
  def_function(m, "make_state", &oauth::make_state, "A random state value to send and compare on the redirect.");

  const oauth::AuthorizationRequest request;
  def_function(
      m, "authorization_url",
      [](std::string client_id, std::string redirect_uri, std::string state, Strings scopes, std::string code_challenge,
          std::string authorize_url) {
        return oauth::authorization_url(oauth::AuthorizationRequest{std::move(client_id), std::move(redirect_uri),
            std::move(scopes), std::move(state), std::move(code_challenge), std::move(authorize_url)});
      },
      py::kw_only(), py::arg("client_id"), py::arg("redirect_uri"), py::arg("state"),
      py::arg("scopes") = request.scopes, py::arg("code_challenge") = "",
      py::arg("authorize_url") = oauth::authorize_endpoint,
      "The URL to send the user to; raises UsageError when client_id, redirect_uri or state is empty.");

  bind_oauth_client<Sync>(root, m, "OAuthClient");
  bind_oauth_client<Async>(root, m, "AsyncOAuthClient");

  const oauth::ManagedTokens managed;
  Class<oauth::ManagedTokens>(m, "ManagedTokens",
      "Tokens a v3 client refreshes by itself (near expiry, and once after a 401). `store` receives every "
      "new pair before the old refresh token is dropped: save both durably. `shared_store`, a Redis URL given "
      "to every process holding these tokens, makes one refresh for all of them (`chain` names the account "
      "when they hold several); Redis then holds the pair: protect it.")
      .def(py::init([](oauth::Tokens tokens, std::string client_id, std::string client_secret, std::string token_url,
                        std::optional<std::function<void(const oauth::Tokens&)>> store, long refresh_margin_s,
                        std::string shared_store, std::string chain) {
        return oauth::ManagedTokens{std::move(tokens),
            oauth_options(std::move(client_id), std::move(client_secret), std::move(token_url)),
            store ? token_store(std::move(*store)) : oauth::TokenStore{}, refresh_margin_s, std::move(shared_store),
            std::move(chain)};
      }),
          py::arg("tokens"), py::kw_only(), py::arg("client_id"), py::arg("client_secret") = "",
          py::arg("token_url") = oauth::token_endpoint, py::arg("store") = py::none(),
          py::arg("refresh_margin_s") = managed.refresh_margin_s, py::arg("shared_store") = "", py::arg("chain") = "")
      .def_readonly("tokens", &oauth::ManagedTokens::tokens, "The tokens the client starts with.")
      .def_readonly("refresh_margin_s", &oauth::ManagedTokens::refresh_margin_s);
}

}  // namespace ctct::python
