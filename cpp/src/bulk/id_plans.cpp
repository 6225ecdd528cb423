// The activities that take ids: membership changes, deletes (contacts, lists, custom fields) and
// exports, split by the number of ids one activity takes. Each chunk is the input with its id
// arrays cut to one range.
#include "api/validate.hpp"
#include "bulk/plan.hpp"
#include "json/json_write.hpp"

namespace ctct::bulk {

std::vector<std::pair<std::size_t, std::size_t>> ranges(std::size_t count, std::size_t size) {
  std::vector<std::pair<std::size_t, std::size_t>> out;
  for (std::size_t begin = 0; begin < count; begin += size) out.emplace_back(begin, std::min(count, begin + size));
  return out;
}

Plan refuse(std::string activity, std::string reason) { return Plan{std::move(activity), {}, std::move(reason)}; }

namespace {

using Range = std::pair<std::size_t, std::size_t>;

std::vector<std::string> slice(const std::vector<std::string>& ids, Range range) {
  return {ids.begin() + static_cast<long>(range.first), ids.begin() + static_cast<long>(range.second)};
}

// Ranges of `ids` by `size`, or one empty range when there are none (the chunk sends none).
std::vector<Range> ranges_or_whole(const std::vector<std::string>& ids, std::size_t size) {
  return ids.empty() ? std::vector<Range>{{0, 0}} : ranges(ids.size(), size);
}

template <class T>
Chunk chunk_of(T value, long items) {
  auto body = json::write(value).value();  // ids are checked UUIDs: always valid text
  return {items, [body = std::move(body)] { return Body{body}; }};
}

std::size_t count_sources(const MembershipSource& s) {
  return !s.contact_ids.empty() + !s.list_ids.empty() + s.all_active_contacts.value_or(false) + !s.tag_ids.empty() +
         s.engagement_level.has_value() + s.segment_id.has_value();
}

}  // namespace

Plan plan_memberships(const ListMemberships& input, bool adding) {
  const std::string kind = adding ? "add_list_memberships" : "remove_list_memberships";
  if (auto reason = detail::validate(input, "memberships")) return refuse(kind, *reason);
  if (count_sources(input.source) != 1)
    return refuse(kind, "memberships.source needs exactly one of contact_ids, list_ids, "
                        "all_active_contacts, tag_ids, engagement_level or segment_id.");
  if (adding && input.list_ids.size() > bulk_limits::list_ids)
    return refuse(kind, "memberships.list_ids has " + std::to_string(input.list_ids.size()) +
                            " lists; a contact can be a member of at most 50.");
  if (input.source.tag_ids.size() > bulk_limits::list_ids)
    return refuse(kind, "memberships.source.tag_ids has more than 50 tags; Constant Contact allows at most 50.");
  const auto& source = input.source;
  const bool by_contacts = !source.contact_ids.empty();
  const auto& source_ids = by_contacts ? source.contact_ids : source.list_ids;
  const auto source_ranges = ranges_or_whole(source_ids,
      by_contacts ? bulk_limits::contact_ids : bulk_limits::list_ids);
  Plan plan{kind, {}, std::nullopt};
  for (auto targets : ranges(input.list_ids.size(), bulk_limits::list_ids)) {
    for (auto range : source_ranges) {
      ListMemberships part = input;
      part.list_ids = slice(input.list_ids, targets);
      if (by_contacts) part.source.contact_ids = slice(source_ids, range);
      else if (!source.list_ids.empty()) part.source.list_ids = slice(source_ids, range);
      const auto items = source_ids.empty() ? 1 : static_cast<long>(range.second - range.first);
      plan.chunks.push_back(chunk_of(std::move(part), items));
    }
  }
  return plan;
}

Plan plan_contact_delete(const ContactDelete& input) {
  const std::string kind = "contact_delete";
  if (auto reason = detail::validate(input, "delete")) return refuse(kind, *reason);
  if (input.contact_ids.empty() == input.list_ids.empty())
    return refuse(kind, "delete needs contact_ids or list_ids, and not both.");
  const bool by_contacts = !input.contact_ids.empty();
  const auto& ids = by_contacts ? input.contact_ids : input.list_ids;
  Plan plan{kind, {}, std::nullopt};
  for (auto range : ranges(ids.size(), by_contacts ? bulk_limits::contact_ids : bulk_limits::list_ids)) {
    ContactDelete part;
    (by_contacts ? part.contact_ids : part.list_ids) = slice(ids, range);
    plan.chunks.push_back(chunk_of(std::move(part), static_cast<long>(range.second - range.first)));
  }
  return plan;
}

Plan plan_list_delete(const ListDelete& input) {
  const std::string kind = "list_delete";
  if (auto reason = detail::validate(input, "list_delete")) return refuse(kind, *reason);
  Plan plan{kind, {}, std::nullopt};
  for (auto range : ranges(input.list_ids.size(), bulk_limits::list_delete_ids))
    plan.chunks.push_back(chunk_of(ListDelete{slice(input.list_ids, range)},
        static_cast<long>(range.second - range.first)));
  return plan;
}

Plan plan_custom_field_delete(const CustomFieldDelete& input) {
  const std::string kind = "custom_fields_delete";
  if (auto reason = detail::validate(input, "custom_field_delete")) return refuse(kind, *reason);
  Plan plan{kind, {}, std::nullopt};
  for (auto range : ranges(input.custom_field_ids.size(), bulk_limits::custom_field_delete_ids))
    plan.chunks.push_back(chunk_of(CustomFieldDelete{slice(input.custom_field_ids, range)},
        static_cast<long>(range.second - range.first)));
  return plan;
}

Plan plan_export(const ContactExport& input) {
  const std::string kind = "contact_exports";
  if (auto reason = detail::validate(input, "export")) return refuse(kind, *reason);
  if (!input.contact_ids.empty() &&
      (!input.list_ids.empty() || !input.tag_ids.empty() || input.segment_id || input.new_subscriber || input.exclude))
    return refuse(kind, "export.contact_ids can be combined only with status and fields.");
  if (input.exclude && input.exclude->contact_ids.size() > bulk_limits::export_exclude_ids)
    return refuse(kind, "export.exclude.contact_ids has more than 50 contacts; Constant Contact allows at most 50.");
  Plan plan{kind, {}, std::nullopt};
  for (auto range : ranges_or_whole(input.contact_ids, bulk_limits::contact_ids)) {
    ContactExport part = input;
    part.contact_ids = slice(input.contact_ids, range);
    const auto items = input.contact_ids.empty() ? 1 : static_cast<long>(range.second - range.first);
    plan.chunks.push_back(chunk_of(std::move(part), items));
  }
  return plan;
}

}  // namespace ctct::bulk
