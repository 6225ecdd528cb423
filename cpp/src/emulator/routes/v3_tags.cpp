// /v3/contact_tags and /v3/contact_tags/{tag_id}. A tag delete answers 202 with the activity
// that takes the tag off every contact and deletes it.
#include "api/validate.hpp"
#include "emulator/routes/json_body.hpp"
#include "emulator/routes/routes.hpp"
#include "emulator/state/activity_engine.hpp"
#include "emulator/state/ids.hpp"
#include "emulator/state/listing.hpp"
#include "emulator/state/tag_activities.hpp"
#include "emulator/state/tagging.hpp"
#include "emulator/wire.hpp"

namespace ctct::emulator {

namespace {

struct TagsPage {
  std::optional<std::vector<Tag>> tags;
  std::optional<Links> _links;
  static constexpr auto fields() {
    return std::make_tuple(field("tags", &TagsPage::tags), field("_links", &TagsPage::_links));
  }
};

std::optional<Tag> read_tag(const Request& request, Response& refusal) {
  auto read = read_json_body<Tag>(request, refusal, "tag");
  if (!read) return std::nullopt;
  if (read->name->empty()) {
    refusal = invalid_field("tag.name must not be empty.");
    return std::nullopt;
  }
  return read;
}

Response name_taken(const std::string& name) {
  return error_array(409, "contact_tags.api.conflict", "Validation failed: Tag name " + name + " already exists.");
}

std::optional<Response> check_include_count(const Request& request) {
  const auto value = request.param("include_count");
  if (value.empty() || value == "true" || value == "false") return std::nullopt;
  return error_array(400, "query.param.invalid", "include_count takes true or false.");
}

// The tag as answered: contacts_count only when include_count asks for it.
Tag shown(const Store& store, const Tag& tag, bool include_count) {
  Tag out = tag;
  out.contacts_count.reset();
  if (include_count) out.contacts_count = tagged_contacts(store, *tag.tag_id);
  return out;
}

Response create(Store& store, const Request& request) {
  Response refusal;
  auto tag = read_tag(request, refusal);
  if (!tag) return refusal;
  if (store.tagging.tag_by_name(*tag->name)) return name_taken(*tag->name);
  tag->tag_id = new_uuid();
  tag->created_at = tag->updated_at = now_iso();
  tag->contacts_count.reset();
  return json_response(201, store.tagging.add_tag(std::move(*tag)));
}

Response list_all(Store& store, const Request& request) {
  Response refusal;
  auto listing = read_listing(request, {"include_count"}, 500, refusal);
  if (!listing) return refusal;
  const auto include_count = listing->param("include_count");
  if (!include_count.empty() && include_count != "true" && include_count != "false")
    return error_array(400, "query.param.invalid", "include_count takes true or false.");
  TagsPage page;
  page.tags.emplace();
  long last = listing->after;
  for (const auto& entry : store.tagging.tags) {
    if (entry.seq <= listing->after) continue;
    if (static_cast<long>(page.tags->size()) == listing->limit) {
      page._links = Links{Link{next_href("/v3/contact_tags", *listing, last)}, std::nullopt};
      break;
    }
    page.tags->push_back(shown(store, entry.value, include_count == "true"));
    last = entry.seq;
  }
  return json_response(200, page);
}

Response get_one(Store& store, const Request& request, const std::string& id) {
  const Tag* tag = detail::is_uuid(id) ? store.tagging.tag(id) : nullptr;
  if (!tag) return not_found("Tag " + id);
  if (auto refused = check_include_count(request)) return *refused;
  return json_response(200, shown(store, *tag, request.param("include_count") == "true"));
}

Response update(Store& store, const Request& request, const std::string& id) {
  Tag* stored = detail::is_uuid(id) ? store.tagging.tag(id) : nullptr;
  if (!stored) return not_found("Tag " + id);
  Response refusal;
  auto body = read_tag(request, refusal);
  if (!body) return refusal;
  if (const Tag* other = store.tagging.tag_by_name(*body->name); other && other != stored)
    return name_taken(*body->name);
  stored->name = body->name;
  stored->updated_at = now_iso();
  return json_response(200, shown(store, *stored, false));
}

// The tag goes when its activity completes (202 now, with the activity to poll).
Response remove(Store& store, ActivityEngine& engine, const std::string& id) {
  if (!detail::is_uuid(id) || !store.tagging.tag(id)) return not_found("Tag " + id);
  auto response = engine.start(store, Work{1, std::nullopt, [id](Store& s) {
                                             delete_tag(s, id);
                                             return Effect{};
                                           }});
  if (response.status == 201) response.status = 202;
  return response;
}

}  // namespace

void add_v3_tag_routes(Router& router, Store& store, ActivityEngine& engine) {
  router.add("POST", "/v3/contact_tags", [&store](const Request& r, const Params&) { return create(store, r); });
  router.add("GET", "/v3/contact_tags", [&store](const Request& r, const Params&) { return list_all(store, r); });
  router.add("GET", "/v3/contact_tags/{tag_id}",
      [&store](const Request& r, const Params& p) { return get_one(store, r, p[0]); });
  router.add("PUT", "/v3/contact_tags/{tag_id}",
      [&store](const Request& r, const Params& p) { return update(store, r, p[0]); });
  router.add("DELETE", "/v3/contact_tags/{tag_id}",
      [&store, &engine](const Request&, const Params& p) { return remove(store, engine, p[0]); });
  add_tag_activity_kinds(router, store, engine);
}

}  // namespace ctct::emulator
