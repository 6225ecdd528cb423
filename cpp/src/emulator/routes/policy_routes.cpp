// The OAuth endpoints, and the control calls that switch the limits and steer the tokens:
//   POST /__emulator/limits  {"per_second": 4, "daily": 10000}   (0: off)
//   GET  /__emulator/limits  the settings, requests accepted today and 429s answered since
//   POST /__emulator/oauth   {"rotating": true, "lifetime_s": 86400, "device_interval_s": 1}
//   POST /__emulator/expire_tokens                               every access token stops working
//   POST /__emulator/device/approve {"user_code": "..."}         the user approves a device
#include "emulator/routes/policy_routes.hpp"

#include "ctct/models.hpp"
#include "json/json_read.hpp"

namespace ctct::emulator {
namespace {

struct LimitsBody {
  std::optional<long> per_second, daily;
  static constexpr auto fields() {
    return std::make_tuple(field("per_second", &LimitsBody::per_second), field("daily", &LimitsBody::daily));
  }
};

struct OAuthBody {
  std::optional<bool> rotating;
  std::optional<long> lifetime_s, device_interval_s;
  static constexpr auto fields() {
    return std::make_tuple(field("rotating", &OAuthBody::rotating), field("lifetime_s", &OAuthBody::lifetime_s),
        field("device_interval_s", &OAuthBody::device_interval_s));
  }
};

struct ApproveBody {
  std::optional<std::string> user_code;
  static constexpr auto fields() { return std::make_tuple(field("user_code", &ApproveBody::user_code)); }
};

template <class T>
std::optional<T> read_body(const Request& request) {
  auto read = json::read<T>(request.body.empty() ? std::string("{}") : request.body);
  if (!read) return std::nullopt;
  return std::move(*read.value);
}

}  // namespace

void add_oauth_routes(Router& router, Auth& auth, Stats& stats) {
  router.add("GET", "/oauth2/default/v1/authorize",
      [&auth](const Request& r, const Params&) { return auth.authorize(r); });
  router.add("POST", "/oauth2/default/v1/token", [&auth, &stats](const Request& r, const Params&) {
    auto answer = auth.token(r);
    stats.record_grant(r.param("grant_type"), answer.status == 200);
    return answer;
  });
  router.add("POST", "/oauth2/default/v1/device/authorize",
      [&auth](const Request& r, const Params&) { return auth.device(r); });
}

void add_policy_control_routes(Router& router, Auth& auth, Limits& limits) {
  router.add("POST", "/__emulator/limits", [&limits](const Request& r, const Params&) {
    auto body = read_body<LimitsBody>(r);
    if (!body || body->per_second.value_or(0) < 0 || body->daily.value_or(0) < 0)
      return error_array(400, "limits.invalid", "per_second and daily are numbers, 0 or more.");
    limits.configure(static_cast<double>(body->per_second.value_or(0)), body->daily.value_or(0));
    return Response{200, limits.describe()};
  });
  router.add("GET", "/__emulator/limits", [&limits](const Request&, const Params&) {
    return Response{200, limits.describe()};
  });
  router.add("POST", "/__emulator/oauth", [&auth](const Request& r, const Params&) {
    auto body = read_body<OAuthBody>(r);
    if (!body)
      return error_array(400, "oauth.invalid", "rotating is a boolean, lifetime_s and device_interval_s numbers.");
    auto& settings = auth.settings();
    if (body->rotating) settings.rotating = *body->rotating;
    if (body->lifetime_s) settings.lifetime_s = *body->lifetime_s;
    if (body->device_interval_s) settings.device_interval_s = *body->device_interval_s;
    return Response{200, std::string("{\"rotating\":") + (settings.rotating ? "true" : "false") +
                             ",\"lifetime_s\":" + std::to_string(settings.lifetime_s) +
                             ",\"device_interval_s\":" + std::to_string(settings.device_interval_s) + "}"};
  });
  router.add("POST", "/__emulator/expire_tokens", [&auth](const Request&, const Params&) {
    auth.expire_all();
    return Response{200, "{}"};
  });
  router.add("POST", "/__emulator/device/approve", [&auth](const Request& r, const Params&) {
    auto body = read_body<ApproveBody>(r);
    if (!body || !body->user_code || !auth.approve(*body->user_code))
      return error_array(404, "device.not_found", "No device waits for that user_code.");
    return Response{200, "{}"};
  });
}

}  // namespace ctct::emulator
