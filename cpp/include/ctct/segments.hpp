// Segments of the v3 client, reached as client.segments(): saved contact criteria that
// Constant Contact evaluates when a segment is used (an export by segment_id, GET /contacts).
// Each operation comes in two forms: `op(args, callback)` answers on the client's I/O thread,
// `op(args)` blocks.
#pragma once

#include <optional>
#include <string>

#include "ctct/client.hpp"
#include "ctct/describe.hpp"

namespace ctct {

namespace enums {
inline constexpr const char* segment_sort[] = {"date", "name", nullptr};
}

// A segment as read, and as sent to POST and PUT /segments (name and segment_criteria, the
// criteria as one JSON string of at most 20,000 characters). segment_id is a number.
struct Segment {
  std::optional<long> segment_id;
  std::optional<std::string> name, segment_criteria, created_at, edited_at;
  bool operator==(const Segment&) const = default;
  static constexpr auto fields() {
    using meta::field;
    using T = Segment;
    return std::make_tuple(field("segment_id", &T::segment_id), field("name", &T::name, {.required = true}),
        field("segment_criteria", &T::segment_criteria, {.max_len = 20'000, .required = true}),
        field("created_at", &T::created_at), field("edited_at", &T::edited_at));
  }
};

// Filters of GET /segments: sort_by date (newest first, the default) or name.
struct SegmentQuery {
  std::optional<int> limit;  // 1-1000
  std::optional<std::string> sort_by;
  bool operator==(const SegmentQuery&) const = default;
  static constexpr auto fields() {
    using meta::field;
    return std::make_tuple(field("limit", &SegmentQuery::limit),
        field("sort_by", &SegmentQuery::sort_by, {.one_of = enums::segment_sort}));
  }
};

extern template class Pages<Segment>;

class Segments {
 public:
  explicit Segments(detail::Core& core) : core_(core) {}

  // POST /segments: a taken name is a failure (409).
  void create(const Segment& segment, Callback<Segment> callback);
  Outcome<Segment> create(const Segment& segment);

  // GET /segments/{segment_id}: with its criteria.
  void get(long segment_id, Callback<Segment> callback);
  Outcome<Segment> get(long segment_id);

  // GET /segments: one page, without criteria. More than 1000 segments is an error outcome.
  void list(const SegmentQuery& query, Callback<Page<Segment>> callback);
  Outcome<Page<Segment>> list(const SegmentQuery& query = {});
  Pages<Segment> pages(const SegmentQuery& query = {});

  // PUT /segments/{segment_id}: name and segment_criteria, both required.
  void update(long segment_id, const Segment& segment, Callback<Segment> callback);
  Outcome<Segment> update(long segment_id, const Segment& segment);

  // PATCH /segments/{segment_id}/name.
  void rename(long segment_id, const std::string& name, Callback<Segment> callback);
  Outcome<Segment> rename(long segment_id, const std::string& name);

  // DELETE /segments/{segment_id}: 204.
  void remove(long segment_id, Callback<Empty> callback);
  Outcome<Empty> remove(long segment_id);

  static constexpr auto operations() {
    using G = Segments;
    using namespace meta;
    return std::make_tuple(operation("create", &G::create,
                               "POST /segments: name and segment_criteria (a JSON string) are required.",
                               arg("segment")),
        operation("get", &G::get, "GET /segments/{segment_id}: the segment with its criteria.", arg("segment_id")),
        operation("list", &G::list, "GET /segments: one page, without criteria.", fields("query")),
        operation("update", &G::update, "PUT /segments/{segment_id}: name and segment_criteria are required.",
            arg("segment_id"), arg("segment")),
        operation("rename", &G::rename, "PATCH /segments/{segment_id}/name.", arg("segment_id"), arg("name")),
        operation("remove", &G::remove, "DELETE /segments/{segment_id}.", arg("segment_id")));
  }

 private:
  detail::Core& core_;
};

}  // namespace ctct

// Models of this header, each with its name in Python and Node (ctct/models_list.hpp gathers them).
// clang-format off
#define CTCT_SEGMENT_MODELS(X) \
  X(Segment, "", "Segment") \
  X(Page<Segment>, "", "SegmentPage")
#define CTCT_SEGMENT_ARGUMENT_TYPES(X) \
  X(SegmentQuery, "", "SegmentQuery")
// clang-format on
