#include "auth/jwt.hpp"

#include <string_view>

#include "auth/crypto.hpp"
#include "ctct/describe.hpp"
#include "json/json_read.hpp"

namespace ctct::auth {
namespace {

// Read apart, so that a claim of an unexpected type leaves the others readable.
struct Expiry {
  std::optional<long long> exp;
  static constexpr auto fields() { return std::make_tuple(meta::field("exp", &Expiry::exp)); }
};

struct ClientIds {
  std::optional<std::string> cid, client_id;
  static constexpr auto fields() {
    return std::make_tuple(meta::field("cid", &ClientIds::cid), meta::field("client_id", &ClientIds::client_id));
  }
};

// The decoded middle of header.payload.signature.
std::optional<std::string> payload_of(const std::string& token) {
  const auto first = token.find('.');
  const auto second = first == std::string::npos ? first : token.find('.', first + 1);
  if (second == std::string::npos) return std::nullopt;
  return base64url_decode(std::string_view(token).substr(first + 1, second - first - 1));
}

}  // namespace

std::optional<std::chrono::system_clock::time_point> jwt_expiry(const std::string& token) {
  auto payload = payload_of(token);
  if (!payload) return std::nullopt;
  auto claims = json::read<Expiry>(*payload);
  // An exp beyond the clock's reach is not a time the server means.
  if (!claims || !claims.value->exp || *claims.value->exp < 0 || *claims.value->exp > clock_reach_s)
    return std::nullopt;
  return std::chrono::system_clock::time_point(std::chrono::seconds(*claims.value->exp));
}

std::string jwt_client_id(const std::string& token) {
  auto payload = payload_of(token);
  if (!payload) return {};
  auto claims = json::read<ClientIds>(*payload);
  if (!claims) return {};
  if (claims.value->cid && !claims.value->cid->empty()) return *claims.value->cid;
  return claims.value->client_id.value_or("");
}

}  // namespace ctct::auth
