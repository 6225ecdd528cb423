// The tag bulk activities: each input is planned into the fewest requests one activity allows,
// then run and followed by the bulk runner (bulk/runner.hpp), like the operations of bulk.hpp.
#include "api/call.hpp"
#include "bulk/runner.hpp"
#include "ctct/tags.hpp"

namespace ctct {
namespace {

using Range = std::pair<std::size_t, std::size_t>;
// One activity takes at most 500 contacts, 50 lists and 50 tags to add or remove, 500 tags to delete.
constexpr std::size_t tags_per_tagging = 50, tags_per_delete = 500;

std::vector<std::string> slice(const std::vector<std::string>& ids, Range range) {
  return {ids.begin() + static_cast<long>(range.first), ids.begin() + static_cast<long>(range.second)};
}

template <class T>
bulk::Chunk chunk_of(const T& value, long items) {
  auto body = json::write(value).value();  // ids are checked UUIDs: always valid text
  return {items, [body = std::move(body)] { return bulk::Body{body}; }};
}

std::size_t count_sources(const TagSource& s) {
  return !s.contact_ids.empty() + !s.list_ids.empty() + !s.tag_ids.empty() + s.all_active_contacts.value_or(false) +
         s.new_subscriber.value_or(false);
}

// Every range of target tags with every range of source ids (contacts by 500, lists by 50).
bulk::Plan plan_tagging(const ContactTagging& input, bool adding) {
  const std::string kind = adding ? "contacts_taggings_add" : "contacts_taggings_remove";
  if (auto reason = detail::validate(input, "tagging")) return bulk::refuse(kind, *reason);
  if (count_sources(input.source) != 1)
    return bulk::refuse(kind, "tagging.source needs exactly one of contact_ids, list_ids, tag_ids, "
                              "all_active_contacts or new_subscriber.");
  const auto& source = input.source;
  if (input.exclude && source.list_ids.empty() && !source.all_active_contacts.value_or(false))
    return bulk::refuse(kind, "tagging.exclude applies only to the list_ids and all_active_contacts sources.");
  const bool by_contacts = !source.contact_ids.empty();
  const auto& ids = by_contacts ? source.contact_ids : source.list_ids;
  auto source_ranges = bulk::ranges(ids.size(), by_contacts ? bulk_limits::contact_ids : bulk_limits::list_ids);
  if (source_ranges.empty()) source_ranges.emplace_back(0, 0);  // a source that is not a list of ids
  bulk::Plan plan{kind, {}, std::nullopt};
  for (auto targets : bulk::ranges(input.tag_ids.size(), tags_per_tagging)) {
    for (auto range : source_ranges) {
      ContactTagging part = input;
      part.tag_ids = slice(input.tag_ids, targets);
      if (!ids.empty()) (by_contacts ? part.source.contact_ids : part.source.list_ids) = slice(ids, range);
      plan.chunks.push_back(chunk_of(part, ids.empty() ? 1 : static_cast<long>(range.second - range.first)));
    }
  }
  return plan;
}

bulk::Plan plan_tag_delete(const TagDelete& input) {
  const std::string kind = "contacts_tags_delete";
  if (auto reason = detail::validate(input, "tag_delete")) return bulk::refuse(kind, *reason);
  bulk::Plan plan{kind, {}, std::nullopt};
  for (auto range : bulk::ranges(input.tag_ids.size(), tags_per_delete))
    plan.chunks.push_back(chunk_of(TagDelete{slice(input.tag_ids, range)},
        static_cast<long>(range.second - range.first)));
  return plan;
}

}  // namespace

void Tags::add_to_contacts(const ContactTagging& input, const BulkOptions& options, Callback<BulkResult> callback) {
  bulk::run_planned(core_, input, options, std::move(callback), [](const auto& in) { return plan_tagging(in, true); });
}
void Tags::remove_from_contacts(const ContactTagging& input, const BulkOptions& options,
    Callback<BulkResult> callback) {
  bulk::run_planned(core_, input, options, std::move(callback), [](const auto& in) { return plan_tagging(in, false); });
}
void Tags::delete_many(const TagDelete& input, const BulkOptions& options, Callback<BulkResult> callback) {
  bulk::run(core_, plan_tag_delete(input), options, std::move(callback));
}

// Blocking forms.
Outcome<BulkResult> Tags::add_to_contacts(const ContactTagging& input, const BulkOptions& options) {
  return detail::wait_for<BulkResult>([&](auto done) { add_to_contacts(input, options, std::move(done)); });
}
Outcome<BulkResult> Tags::remove_from_contacts(const ContactTagging& input, const BulkOptions& options) {
  return detail::wait_for<BulkResult>([&](auto done) { remove_from_contacts(input, options, std::move(done)); });
}
Outcome<BulkResult> Tags::delete_many(const TagDelete& input, const BulkOptions& options) {
  return detail::wait_for<BulkResult>([&](auto done) { delete_many(input, options, std::move(done)); });
}

}  // namespace ctct
