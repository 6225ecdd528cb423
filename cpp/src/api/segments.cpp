// The v3 segment operations: each describes its Call and sends it with a parser.
#include "ctct/segments.hpp"

#include "api/call.hpp"

namespace ctct {
namespace {

using detail::Call;

// Body of PATCH /segments/{segment_id}/name.
struct SegmentName {
  std::string name;
  static constexpr auto fields() { return std::make_tuple(field("name", &SegmentName::name, {.required = true})); }
};

// The segment as POST and PUT take it: name and segment_criteria; the rest is the service's.
Call& with_segment(Call& call, const Segment& segment) {
  if (segment.name && segment.name->empty()) call.refuse_if("segment.name must not be empty.");
  Segment sent;
  sent.name = segment.name;
  sent.segment_criteria = segment.segment_criteria;
  return call.body(sent, "segment");
}

Call list_call(const SegmentQuery& query) {
  Call call("GET", "/segments", "the segments");
  call.refuse_if(detail::validate(query, "query"));
  call.limit(query.limit, detail::page_traits<Segment>.cap);
  if (query.sort_by) call.query("sort_by", *query.sort_by);
  return call;
}

}  // namespace

void Segments::create(const Segment& segment, Callback<Segment> callback) {
  Call call("POST", "/segments", "the segment");
  with_segment(call, segment).send(core_, detail::json_body<Segment>(), std::move(callback));
}

void Segments::get(long segment_id, Callback<Segment> callback) {
  Call("GET", "/segments", "the segment")
      .number("segment_id", segment_id)
      .send(core_, detail::json_body<Segment>(), std::move(callback));
}

void Segments::list(const SegmentQuery& query, Callback<Page<Segment>> callback) {
  list_call(query).send(core_, detail::page_body<Segment>(), std::move(callback));
}

Pages<Segment> Segments::pages(const SegmentQuery& query) {
  return Pages<Segment>([&core = core_, query](const std::optional<std::string>& next, Callback<Page<Segment>> done) {
    (next ? Call("GET", "", "the segments").at(core.resolve(*next)) : list_call(query))
        .send(core, detail::page_body<Segment>(), std::move(done));
  });
}

void Segments::update(long segment_id, const Segment& segment, Callback<Segment> callback) {
  Call call("PUT", "/segments", "the segment");
  with_segment(call.number("segment_id", segment_id), segment)
      .send(core_, detail::json_body<Segment>(), std::move(callback));
}

void Segments::rename(long segment_id, const std::string& name, Callback<Segment> callback) {
  Call call("PATCH", "/segments", "the segment");
  call.number("segment_id", segment_id).then("name");
  call.body(SegmentName{name}, "").send(core_, detail::json_body<Segment>(), std::move(callback));
}

void Segments::remove(long segment_id, Callback<Empty> callback) {
  Call("DELETE", "/segments", "the segment")
      .number("segment_id", segment_id)
      .send(core_, detail::no_body(), std::move(callback));
}

// Blocking forms.
Outcome<Segment> Segments::create(const Segment& segment) {
  return detail::wait_for<Segment>([&](auto done) { create(segment, std::move(done)); });
}
Outcome<Segment> Segments::get(long segment_id) {
  return detail::wait_for<Segment>([&](auto done) { get(segment_id, std::move(done)); });
}
Outcome<Page<Segment>> Segments::list(const SegmentQuery& query) {
  return detail::wait_for<Page<Segment>>([&](auto done) { list(query, std::move(done)); });
}
Outcome<Segment> Segments::update(long segment_id, const Segment& segment) {
  return detail::wait_for<Segment>([&](auto done) { update(segment_id, segment, std::move(done)); });
}
Outcome<Segment> Segments::rename(long segment_id, const std::string& name) {
  return detail::wait_for<Segment>([&](auto done) { rename(segment_id, name, std::move(done)); });
}
Outcome<Empty> Segments::remove(long segment_id) {
  return detail::wait_for<Empty>([&](auto done) { remove(segment_id, std::move(done)); });
}

}  // namespace ctct
