// GET /activities/{id}: the state of a bulk activity (a list delete, an import, ...).
#include "api/call.hpp"
#include "ctct/client.hpp"

namespace ctct {

void Activities::get(const std::string& activity_id, Callback<Activity> callback) {
  detail::Call("GET", "/activities", "the activity")
      .id("activity_id", activity_id)
      .send(core_, detail::json_body<Activity>(), std::move(callback));
}

Outcome<Activity> Activities::get(const std::string& activity_id) {
  return detail::wait_for<Activity>([&](auto done) { get(activity_id, std::move(done)); });
}

void Activities::list(const ActivityQuery& query, Callback<Page<Activity>> callback) {
  detail::Call call("GET", "/activities", "the activities");
  call.refuse_if(detail::validate(query, "query"));
  if (query.limit) call.query("limit", std::to_string(*query.limit));
  if (query.state) call.query("state", *query.state);
  call.send(core_, detail::page_body<Activity>(), std::move(callback));
}

Outcome<Page<Activity>> Activities::list(const ActivityQuery& query) {
  return detail::wait_for<Page<Activity>>([&](auto done) { list(query, std::move(done)); });
}

}  // namespace ctct
