// The segments the emulator holds, part of its Store. segment_id is a number the service
// gives (seeded ids are kept); a delete removes the segment.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "ctct/segments.hpp"

namespace ctct::emulator {

struct Store;

struct SegmentStore {
  std::vector<Segment> segments;  // in the order they were added

  Segment* segment(long id);
  Segment* segment_by_name(const std::string& name);  // case-insensitive
  // Stores the segment under its own segment_id, or under the next free one when it has none.
  Segment& add(Segment segment);
  void remove(long id);

 private:
  long last_id_ = 0;
};

// The contacts a segment selects, as indexes into Store::contacts. The emulator keeps no
// tracking data, so it reads only the list and tag ids the criteria name (any stored list or
// tag id found in segment_criteria): the undeleted contacts in any of those lists or with any
// of those tags, or, when the criteria name none, every active contact (the service evaluates
// the whole account when no list is given).
std::vector<std::size_t> segment_members(const Store& store, const Segment& segment);

}  // namespace ctct::emulator
