#include "emulator/state/auth.hpp"

#include <algorithm>

#include "auth/crypto.hpp"
#include "emulator/state/ids.hpp"
#include "json/json_write.hpp"

namespace ctct::emulator {
namespace {

using Clock = std::chrono::system_clock;

// The error answer of RFC 6749 section 5.2.
Response oauth_error(int status, const std::string& error, const std::string& description) {
  return Response{status, "{\"error\":\"" + error + "\",\"error_description\":\"" + description + "\"}"};
}

std::string quoted(const std::string& text) { return "\"" + text + "\""; }

// The client a token request comes from: its client_id parameter (public clients), else the
// user of its HTTP Basic credentials (confidential clients), as sent.
std::string client_id_of(const Request& request) {
  if (request.has_param("client_id")) return request.param("client_id");
  const std::string basic = "Basic ";
  if (request.authorization.rfind(basic, 0) != 0) return {};
  std::string encoded = request.authorization.substr(basic.size());
  std::replace(encoded.begin(), encoded.end(), '+', '-');  // the URL-safe alphabet base64url_decode reads
  std::replace(encoded.begin(), encoded.end(), '/', '_');
  const auto pair = auth::base64url_decode(encoded);
  return pair ? pair->substr(0, pair->find(':')) : std::string();
}

long long seconds(Clock::time_point when) {
  return std::chrono::duration_cast<std::chrono::seconds>(when.time_since_epoch()).count();
}

}  // namespace

void Auth::reset() {
  settings_ = AuthSettings{};
  fixed_expired_ = false;
  access_.clear();
  refresh_.clear();
  codes_.clear();
  devices_.clear();
}

bool Auth::valid(const std::string& token) const {
  if (token == fixed_token_) return !fixed_expired_;
  auto found = access_.find(token);
  return found != access_.end() && Clock::now() < found->second;
}

void Auth::expire_all() {
  fixed_expired_ = true;
  for (auto& [token, exp] : access_) exp = Clock::now() - std::chrono::seconds(1);
}

// A JWT as Okta shapes it: header.payload.signature, base64url; the signature is random.
Response Auth::issue(const std::string& client_id, const std::string& scope, bool with_refresh) {
  const auto now = Clock::now();
  const auto exp = now + std::chrono::seconds(settings_.lifetime_s);
  const std::string header = auth::base64url(R"({"kid":"emulator","alg":"RS256"})");
  const std::string payload = auth::base64url("{\"ver\":1,\"jti\":\"" + random_token(8) +
                                              "\",\"iss\":\"ctct-emulator\",\"iat\":" + std::to_string(seconds(now)) +
                                              ",\"exp\":" + std::to_string(seconds(exp)) + ",\"cid\":" +
                                              json::write_repaired(client_id) + ",\"scp\":\"" + scope + "\"}");
  const std::string access = header + "." + payload + "." + auth::base64url(random_token(16));
  access_[access] = exp;
  std::string body = "{\"token_type\":\"Bearer\",\"expires_in\":" + std::to_string(settings_.lifetime_s) +
                     ",\"access_token\":" + quoted(access) + ",\"scope\":" + quoted(scope);
  if (with_refresh) {
    const std::string refresh = random_token(20);
    refresh_[refresh] = scope;
    body += ",\"refresh_token\":" + quoted(refresh);
  }
  return Response{200, body + "}"};
}

Response Auth::authorize(const Request& request) {
  const std::string redirect = request.param("redirect_uri");
  if (request.param("client_id").empty() || redirect.empty() || request.param("response_type") != "code")
    return oauth_error(400, "invalid_request", "client_id, redirect_uri and response_type=code are required.");
  const std::string code = random_token(12);
  codes_[code] = Code{request.param("client_id"), redirect, request.param("code_challenge"), request.param("scope")};
  Response found(302, "", "");
  found.headers.emplace_back("Location", redirect + (redirect.find('?') == std::string::npos ? "?" : "&") +
                                             "code=" + code + "&state=" + request.param("state"));
  return found;
}

Response Auth::token(const Request& request) {
  const std::string grant = request.param("grant_type");
  if (grant == "authorization_code") {
    auto found = codes_.find(request.param("code"));
    if (found == codes_.end())
      return oauth_error(400, "invalid_grant", "The authorization code is invalid or has expired.");
    Code code = found->second;
    codes_.erase(found);  // single use
    if (code.redirect_uri != request.param("redirect_uri"))
      return oauth_error(400, "invalid_grant", "The redirect_uri does not match the authorization request.");
    if (!code.challenge.empty() && auth::base64url(auth::sha256(request.param("code_verifier"))) != code.challenge)
      return oauth_error(400, "invalid_grant", "PKCE verification failed.");
    const bool offline = code.scope.find("offline_access") != std::string::npos;
    return issue(client_id_of(request), code.scope, offline);
  }
  if (grant == "refresh_token") {
    auto found = refresh_.find(request.param("refresh_token"));
    if (found == refresh_.end()) return oauth_error(400, "invalid_grant", "The refresh token is invalid or expired.");
    const std::string scope = found->second;
    if (!settings_.rotating) return issue(client_id_of(request), scope, false);
    refresh_.erase(found);
    return issue(client_id_of(request), scope, true);
  }
  if (grant == "urn:ietf:params:oauth:grant-type:device_code") {
    auto found = devices_.find(request.param("device_code"));
    if (found == devices_.end()) return oauth_error(400, "expired_token", "The device code has expired.");
    if (!found->second.approved) return oauth_error(400, "authorization_pending", "The user has not approved yet.");
    const std::string scope = found->second.scope;
    devices_.erase(found);
    return issue(client_id_of(request), scope, scope.find("offline_access") != std::string::npos);
  }
  return oauth_error(400, "unsupported_grant_type", "The grant_type is not supported.");
}

Response Auth::device(const Request& request) {
  const std::string device_code = random_token(16);
  const std::string user_code = random_token(4);
  devices_[device_code] = Device{user_code, request.param("scope")};
  return Response{200, "{\"device_code\":" + quoted(device_code) + ",\"user_code\":" + quoted(user_code) +
                           ",\"verification_uri\":\"http://127.0.0.1/activate\",\"verification_uri_complete\":"
                           "\"http://127.0.0.1/activate?user_code=" +
                           user_code +
                           "\",\"expires_in\":600,\"interval\":" + std::to_string(settings_.device_interval_s) + "}"};
}

bool Auth::approve(const std::string& user_code) {
  for (auto& [code, device] : devices_)
    if (device.user_code == user_code) return device.approved = true;
  return false;
}

}  // namespace ctct::emulator
