// The emulator's OAuth server: authorization codes (with PKCE), JWT-shaped access tokens with
// an exp, refresh tokens (rotating or long-lived), the device flow, and forced expiry.
#pragma once

#include <chrono>
#include <map>
#include <optional>
#include <set>
#include <string>

#include "emulator/server/exchange.hpp"

namespace ctct::emulator {

struct AuthSettings {
  bool rotating = true;        // each refresh answers a new refresh token and kills the old
  long lifetime_s = 86'400;    // access tokens live this long
  long device_interval_s = 1;  // the device flow's polling interval
};

class Auth {
 public:
  explicit Auth(std::string fixed_token) : fixed_token_(std::move(fixed_token)) {}

  void reset();
  AuthSettings& settings() { return settings_; }
  // Whether `token` may call the API now: the emulator's fixed token (until forced expiry) or
  // an issued token before its exp.
  bool valid(const std::string& token) const;
  // Every access token issued so far, the fixed one included, stops working.
  void expire_all();

  // GET /oauth2/default/v1/authorize: approves at once and redirects with a code.
  Response authorize(const Request& request);
  // POST /oauth2/default/v1/token.
  Response token(const Request& request);
  // POST /oauth2/default/v1/device/authorize.
  Response device(const Request& request);
  // POST /__emulator/device/approve {"user_code": ...}: the user approves on another device.
  bool approve(const std::string& user_code);

 private:
  struct Code {
    std::string client_id, redirect_uri, challenge, scope;
  };
  struct Device {
    std::string user_code, scope;
    bool approved = false;
  };
  // An access token for `client_id` (its `cid` claim, as Okta's tokens carry it).
  Response issue(const std::string& client_id, const std::string& scope, bool with_refresh);

  const std::string fixed_token_;
  AuthSettings settings_;
  bool fixed_expired_ = false;
  std::map<std::string, std::chrono::system_clock::time_point> access_;  // token -> exp
  std::map<std::string, std::string> refresh_;                           // refresh token -> scope
  std::map<std::string, Code> codes_;
  std::map<std::string, Device> devices_;  // by device_code
};

}  // namespace ctct::emulator
