#include "emulator/server/service.hpp"

#include <chrono>
#include <thread>

#include "emulator/routes/control.hpp"
#include "emulator/routes/routes.hpp"

namespace ctct::emulator {

namespace {

bool starts_with(const std::string& text, const char* prefix) { return text.rfind(prefix, 0) == 0; }

Response run(const std::optional<Router::Match>& match, const Request& request) {
  if (!match) return not_found("Path " + request.path);
  if (!match->handler)
    return error_array(405, "method_not_allowed", request.method + " is not allowed on " + request.path + ".");
  return (*match->handler)(request, match->params);
}

}  // namespace

Service::Service(std::string access_token, std::string api_key)
    : access_token_(std::move(access_token)), api_key_(std::move(api_key)), traffic_(Traffic::from_environment()),
      auth_(access_token_) {
  add_v3_contact_routes(api_, store_);
  add_v3_sign_up_routes(api_, store_);
  add_v3_list_routes(api_, store_);
  add_v3_tag_routes(api_, store_, activities_);
  add_v3_custom_field_routes(api_, store_);
  add_v3_id_xref_routes(api_, store_);
  add_v2_routes(api_, store_);
  add_control_routes(control_, store_, faults_, stats_);
  add_oauth_routes(api_, auth_, stats_);
  add_policy_control_routes(control_, auth_, limits_);
  add_v3_activity_routes(api_, control_, store_, activities_);
  add_v3_account_routes(api_);
  add_v3_segment_routes(api_, store_);
  add_v3_contact_report_routes(api_, store_);
}

std::optional<Response> Service::check_credentials(const Request& request) const {
  const bool bearer = request.authorization.size() > 7 && request.authorization.compare(0, 7, "Bearer ") == 0 &&
                      auth_.valid(request.authorization.substr(7));
  if (starts_with(request.path, "/v3/")) {
    if (!bearer) return error_object(401, "unauthorized", "Unauthorized");
  } else if (starts_with(request.path, "/v2/")) {
    if (request.param("api_key") != api_key_)
      return error_array(401, "http.status.unauthorized", "The api_key is not valid.");
    if (!bearer) return error_array(401, "http.status.unauthorized", "Unauthorized");
  }
  return std::nullopt;
}

Response Service::handle(const Request& request) {
  if (request.path == "/__emulator" || starts_with(request.path, "/__emulator/")) {
    std::lock_guard lock(mutex_);
    if (request.method == "POST" && request.path == "/__emulator/reset") {
      auth_.reset();
      limits_.reset();
      activities_.reset();
    }
    return run(control_.match(request.method, request.path), request);
  }
  bool injected = false;
  auto answer = answer_api(request, injected);
  if (traffic_) traffic_->record(request, answer, injected);
  return answer;
}

Response Service::answer_api(const Request& request, bool& injected) {
  std::optional<Router::Match> match;
  std::optional<Fault> fault;
  std::optional<Response> limited;
  {
    std::lock_guard lock(mutex_);
    match = api_.match(request.method, request.path);
    stats_.record(request.connection, match && match->handler ? match->route : request.method + " " + request.path);
    if (starts_with(request.path, "/v3/") || starts_with(request.path, "/v2/")) limited = limits_.take();
    if (limited) ++stats_.throttled;
    if (!limited) fault = faults_.take(request.method, request.path);
  }
  if (limited) return *limited;
  if (fault) {
    // Waits outside the lock, so a slow request does not hold up the others.
    std::this_thread::sleep_for(std::chrono::milliseconds(fault->delay_ms));
    if (auto answer = fault->response()) {
      injected = true;
      return *answer;
    }
  }
  std::lock_guard lock(mutex_);
  if (auto refused = check_credentials(request)) return *refused;
  activities_.advance(store_);
  auto answer = run(match, request);
  // drop_after: the request takes effect, then its answer is lost with the connection.
  if (fault && fault->action == "drop_after") answer.delivery = Delivery::drop;
  return answer;
}

}  // namespace ctct::emulator
