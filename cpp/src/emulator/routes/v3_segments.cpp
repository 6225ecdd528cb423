// /v3/segments, /v3/segments/{segment_id} and /v3/segments/{segment_id}/name. Names are unique
// (case-insensitive); the criteria are kept as given, read only by an export by segment
// (segment_store.hpp says how).
#include <algorithm>
#include <charconv>

#include "emulator/routes/json_body.hpp"
#include "emulator/routes/routes.hpp"
#include "emulator/state/ids.hpp"
#include "emulator/state/listing.hpp"
#include "emulator/wire.hpp"

namespace ctct::emulator {

namespace {

struct SegmentsPage {
  std::optional<std::vector<Segment>> segments;
  std::optional<Links> _links;
  static constexpr auto fields() {
    return std::make_tuple(field("segments", &SegmentsPage::segments), field("_links", &SegmentsPage::_links));
  }
};

// Body of PATCH /segments/{segment_id}/name.
struct SegmentRename {
  std::optional<std::string> name;
  static constexpr auto fields() { return std::make_tuple(field("name", &SegmentRename::name, {.required = true})); }
};

template <class T>
std::optional<T> read_segment(const Request& request, Response& refusal) {
  auto read = read_json_body<T>(request, refusal, "segment");
  if (!read) return std::nullopt;
  if (read->name->empty()) {
    refusal = invalid_field("segment.name must not be empty.");
    return std::nullopt;
  }
  return read;
}

// The stored segment a path names: a positive number.
Segment* find_segment(Store& store, const std::string& id) {
  long number = 0;
  const auto [end, error] = std::from_chars(id.data(), id.data() + id.size(), number);
  if (error != std::errc() || end != id.data() + id.size() || number < 1) return nullptr;
  return store.segments.segment(number);
}

Response segment_name_taken(const std::string& name) {
  return error_array(409, "segments.api.conflict", "A segment named " + name + " already exists.");
}

// Another segment than `self` has the name.
bool segment_name_used(Store& store, const std::string& name, const Segment* self) {
  const Segment* other = store.segments.segment_by_name(name);
  return other && other != self;
}

Response create_segment(Store& store, const Request& request) {
  Response refusal;
  auto body = read_segment<Segment>(request, refusal);
  if (!body) return refusal;
  if (segment_name_used(store, *body->name, nullptr)) return segment_name_taken(*body->name);
  Segment segment;
  segment.name = body->name;
  segment.segment_criteria = body->segment_criteria;
  segment.created_at = segment.edited_at = now_iso();
  return json_response(201, store.segments.add(std::move(segment)));
}

// Sorted by name, or by date with the most recently edited first; listed without criteria.
Response list_segments(Store& store, const Request& request) {
  Response refusal;
  auto listing = read_listing(request, {"sort_by"}, 1000, refusal);
  if (!listing) return refusal;
  const auto sort_by = listing->param("sort_by");
  if (!sort_by.empty() && sort_by != "date" && sort_by != "name")
    return error_array(400, "query.param.invalid", "sort_by takes name or date.");
  std::vector<Segment> sorted = store.segments.segments;
  std::stable_sort(sorted.begin(), sorted.end(), [&](const Segment& a, const Segment& b) {
    if (sort_by == "name") return lower(a.name.value_or("")) < lower(b.name.value_or(""));
    return a.edited_at.value_or("") > b.edited_at.value_or("");
  });
  SegmentsPage page;
  page.segments.emplace();
  for (long i = listing->after + 1; i < static_cast<long>(sorted.size()); ++i) {
    if (static_cast<long>(page.segments->size()) == listing->limit) {
      page._links = Links{Link{next_href("/v3/segments", *listing, i - 1)}, std::nullopt};
      break;
    }
    Segment shown = sorted[static_cast<std::size_t>(i)];
    shown.segment_criteria.reset();
    page.segments->push_back(std::move(shown));
  }
  return json_response(200, page);
}

Response get_segment(Store& store, const std::string& id) {
  const Segment* segment = find_segment(store, id);
  if (!segment) return not_found("Segment " + id);
  return json_response(200, *segment);
}

Response update_segment(Store& store, const Request& request, const std::string& id) {
  Segment* stored = find_segment(store, id);
  if (!stored) return not_found("Segment " + id);
  Response refusal;
  auto body = read_segment<Segment>(request, refusal);
  if (!body) return refusal;
  if (segment_name_used(store, *body->name, stored)) return segment_name_taken(*body->name);
  stored->name = body->name;
  stored->segment_criteria = body->segment_criteria;
  stored->edited_at = now_iso();
  return json_response(200, *stored);
}

Response rename_segment(Store& store, const Request& request, const std::string& id) {
  Segment* stored = find_segment(store, id);
  if (!stored) return not_found("Segment " + id);
  Response refusal;
  auto body = read_segment<SegmentRename>(request, refusal);
  if (!body) return refusal;
  if (segment_name_used(store, *body->name, stored)) return segment_name_taken(*body->name);
  stored->name = body->name;
  stored->edited_at = now_iso();
  return json_response(200, *stored);
}

Response remove_segment(Store& store, const std::string& id) {
  const Segment* segment = find_segment(store, id);
  if (!segment) return not_found("Segment " + id);
  store.segments.remove(*segment->segment_id);
  return Response{204, "", ""};
}

}  // namespace

void add_v3_segment_routes(Router& router, Store& store) {
  router.add("POST", "/v3/segments", [&store](const Request& r, const Params&) { return create_segment(store, r); });
  router.add("GET", "/v3/segments", [&store](const Request& r, const Params&) { return list_segments(store, r); });
  router.add("GET", "/v3/segments/{segment_id}",
      [&store](const Request&, const Params& p) { return get_segment(store, p[0]); });
  router.add("PUT", "/v3/segments/{segment_id}",
      [&store](const Request& r, const Params& p) { return update_segment(store, r, p[0]); });
  router.add("PATCH", "/v3/segments/{segment_id}/name",
      [&store](const Request& r, const Params& p) { return rename_segment(store, r, p[0]); });
  router.add("DELETE", "/v3/segments/{segment_id}",
      [&store](const Request&, const Params& p) { return remove_segment(store, p[0]); });
}

}  // namespace ctct::emulator
