// /v3/contact_lists and /v3/contact_lists/{list_id}; a list delete answers 202 with an activity,
// polled at /v3/activities/{activity_id}.
#include "api/validate.hpp"
#include "emulator/routes/json_body.hpp"
#include "emulator/routes/routes.hpp"
#include "emulator/state/ids.hpp"
#include "emulator/state/listing.hpp"
#include "emulator/wire.hpp"

namespace ctct::emulator {

namespace {

std::optional<ContactList> read_list(const Request& request, Response& refusal) {
  auto read = read_json_body<ContactList>(request, refusal, "list");
  if (!read) return std::nullopt;
  if (read->name->empty()) {
    refusal = invalid_field("list.name must not be empty.");
    return std::nullopt;
  }
  return read;
}

Response name_taken(const std::string& name) {
  return error_array(409, "contact_lists.api.conflict", "Validation failed: List name " + name + " already exists.");
}

// The list as answered: membership_count only when include_membership_count asks for it.
ContactList shown(Store& store, const ContactList& list, const std::string& membership) {
  ContactList out = list;
  if (membership == "all" || membership == "active")
    out.membership_count = store.membership_count(*list.list_id, membership == "active");
  return out;
}

std::optional<Response> check_membership_param(const std::string& membership) {
  if (membership.empty() || membership == "all" || membership == "active") return std::nullopt;
  return error_array(400, "query.param.invalid", "include_membership_count takes all or active.");
}

Response create(Store& store, const Request& request) {
  Response refusal;
  auto list = read_list(request, refusal);
  if (!list) return refusal;
  if (store.list_by_name(*list->name)) return name_taken(*list->name);
  const auto now = now_iso();
  list->list_id = new_uuid();
  list->favorite = list->favorite.value_or(false);
  list->created_at = list->updated_at = now;
  list->deleted_at.reset();
  list->membership_count.reset();
  return json_response(201, store.add_list(std::move(*list)));
}

Response list_all(Store& store, const Request& request) {
  Response refusal;
  auto listing = read_listing(request, {"include_count", "include_membership_count", "name", "status"}, 1000, refusal);
  if (!listing) return refusal;
  const auto status = listing->param("status");
  if (!status.empty() && status != "all" && status != "active" && status != "deleted")
    return error_array(400, "query.param.invalid", "status takes all, active or deleted.");
  const auto membership = listing->param("include_membership_count");
  if (auto refused = check_membership_param(membership)) return *refused;
  const auto name = lower(listing->param("name"));
  // Deleted lists are gone from the store, so status=deleted lists nothing.
  auto matches = [&](const Store::StoredList& stored) {
    return status != "deleted" && (name.empty() || lower(stored.list.name.value_or("")) == name);
  };
  ListsPage page;
  page.lists.emplace();
  long last = listing->after;
  for (const auto& stored : store.lists) {
    if (stored.seq <= listing->after || !matches(stored)) continue;
    if (static_cast<long>(page.lists->size()) == listing->limit) {
      page._links = Links{Link{next_href("/v3/contact_lists", *listing, last)}, std::nullopt};
      break;
    }
    page.lists->push_back(shown(store, stored.list, membership));
    last = stored.seq;
  }
  if (listing->param("include_count") == "true") {
    long count = 0;
    for (const auto& stored : store.lists) count += matches(stored);
    page.lists_count = count;
  }
  return json_response(200, page);
}

Response get_one(Store& store, const Request& request, const std::string& id) {
  const ContactList* list = detail::is_uuid(id) ? store.list(id) : nullptr;
  if (!list) return not_found("Contact list " + id);
  const auto membership = request.param("include_membership_count");
  if (auto refused = check_membership_param(membership)) return *refused;
  return json_response(200, shown(store, *list, membership));
}

Response update(Store& store, const Request& request, const std::string& id) {
  ContactList* stored = detail::is_uuid(id) ? store.list(id) : nullptr;
  if (!stored) return not_found("Contact list " + id);
  Response refusal;
  auto body = read_list(request, refusal);
  if (!body) return refusal;
  if (const ContactList* other = store.list_by_name(*body->name); other && other != stored)
    return name_taken(*body->name);
  stored->name = body->name;
  stored->description = body->description;
  stored->favorite = body->favorite.value_or(false);
  stored->updated_at = now_iso();
  return json_response(200, *stored);
}

LinkedActivity linked(const Activity& activity) {
  LinkedActivity out;
  static_cast<Activity&>(out) = activity;
  out._links = Links{std::nullopt, Link{"/v3/activities/" + *activity.activity_id}};
  return out;
}

// The list goes at once; the activity answers "initialized" now and "completed" when polled.
Response remove(Store& store, const std::string& id) {
  if (!detail::is_uuid(id) || !store.list(id)) return not_found("Contact list " + id);
  store.remove_list(id);
  const auto now = now_iso();
  Activity done;
  done.activity_id = new_uuid();
  done.state = "completed";
  done.created_at = done.started_at = done.completed_at = done.updated_at = now;
  done.percent_done = 100;
  done.status = ActivityStatus{1, 1, std::nullopt, 0, std::nullopt, std::nullopt, 1};
  store.activities.push_back(done);
  Activity accepted;
  accepted.activity_id = done.activity_id;
  accepted.state = "initialized";
  accepted.created_at = accepted.updated_at = now;
  accepted.percent_done = 0;
  auto response = json_response(202, linked(accepted));
  response.headers.emplace_back("Location", "/v3/activities/" + *done.activity_id);
  return response;
}

}  // namespace

void add_v3_list_routes(Router& router, Store& store) {
  router.add("POST", "/v3/contact_lists", [&store](const Request& r, const Params&) { return create(store, r); });
  router.add("GET", "/v3/contact_lists", [&store](const Request& r, const Params&) { return list_all(store, r); });
  router.add("GET", "/v3/contact_lists/{list_id}",
      [&store](const Request& r, const Params& p) { return get_one(store, r, p[0]); });
  router.add("PUT", "/v3/contact_lists/{list_id}",
      [&store](const Request& r, const Params& p) { return update(store, r, p[0]); });
  router.add("DELETE", "/v3/contact_lists/{list_id}",
      [&store](const Request&, const Params& p) { return remove(store, p[0]); });
}

}  // namespace ctct::emulator
