// ctct.oauth: the authorization URL, PKCE, the token endpoint client (code exchange, refresh,
// device flow), and the tokens a v3 client keeps fresh by itself (ManagedTokens) with a Python
// callable as its token store.
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <pybind11/functional.h>

#include "bind.hpp"
#include "ctct/oauth.hpp"
#include "lifetime.hpp"
#include "listed.hpp"

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

}  // namespace

[[gnu::cold]] void bind_oauth(py::module_& root, py::module_& m) {
  // Tokens and DeviceAuthorization are bound with the other models (models.cpp); OAuthClient is
  // not in the registry, so the outcomes of its calls are named here.
  bind_result<Outcome<oauth::Tokens>>(root);
  bind_result<Outcome<oauth::DeviceAuthorization>>(root);

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

  using OAuthClient = oauth::OAuthClient;
  Class<OAuthClient, std::shared_ptr<OAuthClient>>(m, "OAuthClient",
      "Talks to the token endpoint; a refused grant is an error outcome (invalid_grant: authorize again).")
      .def(py::init([](std::string client_id, std::string client_secret, std::string token_url,
                        std::string device_url) {
        return own(std::make_unique<OAuthClient>(oauth_options(std::move(client_id), std::move(client_secret),
                       std::move(token_url), std::move(device_url))),
            &OAuthClient::close);
      }),
          py::kw_only(), py::arg("client_id"), py::arg("client_secret") = "",
          py::arg("token_url") = oauth::token_endpoint, py::arg("device_url") = oauth::device_endpoint)
      .def("exchange_code",
          py::overload_cast<const std::string&, const std::string&, const std::string&>(&OAuthClient::exchange_code),
          py::call_guard<py::gil_scoped_release>(), py::arg("code"), py::arg("redirect_uri"),
          py::arg("code_verifier") = "", "grant_type=authorization_code; code_verifier for PKCE clients.")
      .def("refresh", py::overload_cast<const std::string&>(&OAuthClient::refresh),
          py::call_guard<py::gil_scoped_release>(), py::arg("refresh_token"),
          "grant_type=refresh_token; with rotating refresh tokens save the new one.")
      .def("start_device", py::overload_cast<const Strings&>(&OAuthClient::start_device),
          py::call_guard<py::gil_scoped_release>(), py::arg("scopes") = request.scopes,
          "Starts the device flow: show user_code and verification_uri to the user, then poll_device.")
      .def("poll_device", py::overload_cast<const oauth::DeviceAuthorization&>(&OAuthClient::poll_device),
          py::call_guard<py::gil_scoped_release>(), py::arg("device"),
          "Waits, polling at the server's interval, until the user approves (tokens), denies or the code expires.")
      .def("close", &OAuthClient::close, py::call_guard<py::gil_scoped_release>())
      .def("__enter__", [](std::shared_ptr<OAuthClient> self) { return self; })
      .def("__exit__", [](OAuthClient& self, py::args) {
        py::gil_scoped_release release;
        self.close();
      });

  const oauth::ManagedTokens managed;
  Class<oauth::ManagedTokens>(m, "ManagedTokens",
      "Tokens a v3 client refreshes by itself (near expiry, and once after a 401). `store` receives every "
      "new pair before the old refresh token is dropped: save both durably.")
      .def(py::init([](oauth::Tokens tokens, std::string client_id, std::string client_secret, std::string token_url,
                        std::optional<std::function<void(const oauth::Tokens&)>> store, long refresh_margin_s) {
        return oauth::ManagedTokens{std::move(tokens),
            oauth_options(std::move(client_id), std::move(client_secret), std::move(token_url)),
            store ? token_store(std::move(*store)) : oauth::TokenStore{}, refresh_margin_s};
      }),
          py::arg("tokens"), py::kw_only(), py::arg("client_id"), py::arg("client_secret") = "",
          py::arg("token_url") = oauth::token_endpoint, py::arg("store") = py::none(),
          py::arg("refresh_margin_s") = managed.refresh_margin_s)
      .def_readonly("tokens", &oauth::ManagedTokens::tokens, "The tokens the client starts with.")
      .def_readonly("refresh_margin_s", &oauth::ManagedTokens::refresh_margin_s);
}

}  // namespace ctct::python
