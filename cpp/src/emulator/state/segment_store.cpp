#include "emulator/state/segment_store.hpp"

#include <algorithm>
#include <unordered_set>

#include "emulator/state/ids.hpp"
#include "emulator/state/store.hpp"

namespace ctct::emulator {

Segment* SegmentStore::segment(long id) {
  for (auto& segment : segments)
    if (segment.segment_id == id) return &segment;
  return nullptr;
}

Segment* SegmentStore::segment_by_name(const std::string& name) {
  const auto wanted = lower(name);
  for (auto& segment : segments)
    if (segment.name && lower(*segment.name) == wanted) return &segment;
  return nullptr;
}

Segment& SegmentStore::add(Segment segment) {
  if (!segment.segment_id) {
    do ++last_id_;
    while (this->segment(last_id_));
    segment.segment_id = last_id_;
  }
  segments.push_back(std::move(segment));
  return segments.back();
}

void SegmentStore::remove(long id) {
  std::erase_if(segments, [&](const Segment& segment) { return segment.segment_id == id; });
}

std::vector<std::size_t> segment_members(const Store& store, const Segment& segment) {
  const std::string& criteria = segment.segment_criteria.value_or("");
  auto named = [&](const std::optional<std::string>& id) { return id && criteria.find(*id) != std::string::npos; };
  std::unordered_set<std::string> lists, tags;
  for (const auto& stored : store.lists)
    if (named(stored.list.list_id)) lists.insert(*stored.list.list_id);
  for (const auto& entry : store.tagging.tags)
    if (named(entry.value.tag_id)) tags.insert(*entry.value.tag_id);
  auto any_in = [](const std::vector<Text>& ids, const std::unordered_set<std::string>& wanted) {
    return std::any_of(ids.begin(), ids.end(), [&](const Text& id) { return wanted.count(id) > 0; });
  };
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i < store.contacts.size(); ++i) {
    const Contact& contact = store.contacts[i];
    if (is_deleted(contact)) continue;
    const bool chosen = lists.empty() && tags.empty()
                            ? contact_status(contact) == "active"
                            : any_in(contact.list_memberships, lists) || any_in(contact.taggings, tags);
    if (chosen) out.push_back(i);
  }
  return out;
}

}  // namespace ctct::emulator
