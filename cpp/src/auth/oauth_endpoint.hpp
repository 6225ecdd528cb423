// Requests to the OAuth token and device endpoints (form-encoded), and their answers as
// Outcomes: tokens on success; {"error": ...} answers as error outcomes that say what to do.
#pragma once

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "ctct/oauth.hpp"
#include "http/engine.hpp"
#include "policy/secrets.hpp"

namespace ctct::oauth::detail {

using Form = std::vector<std::pair<std::string, std::string>>;

class Endpoint {
 public:
  // Sends on `engine`, or on an engine of its own when it is null.
  Endpoint(OAuthOptions options, http::Engine* engine);

  void token(Form form, Callback<Tokens> callback);
  void device(const std::vector<std::string>& scopes, Callback<DeviceAuthorization> callback);
  void poll(DeviceAuthorization device, Callback<Tokens> callback);

  http::Engine& engine() { return engine_; }
  const OAuthOptions& options() const { return options_; }
  // Adds the client secret and the Basic credential made of it, for redaction.
  void add_secrets(policy::Secrets& secrets) const;

 private:
  std::string basic_credential() const;
  template <class T>
  void post(const std::string& url, Form form, Callback<T> callback);
  void poll_after(std::shared_ptr<DeviceAuthorization> device, long interval_s,
      std::chrono::steady_clock::time_point deadline, Callback<Tokens> callback);

  OAuthOptions options_;
  std::unique_ptr<http::Engine> own_engine_;
  http::Engine& engine_;
};

}  // namespace ctct::oauth::detail
