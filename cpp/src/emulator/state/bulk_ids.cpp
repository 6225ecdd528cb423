// The kinds that take ids: list memberships, contact and list deletes, contact exports.
#include <algorithm>
#include <memory>
#include <unordered_set>

#include "api/validate.hpp"
#include "bulk/csv_records.hpp"
#include "ctct/bulk_models.hpp"
#include "emulator/state/bulk_kinds.hpp"
#include "emulator/state/ids.hpp"
#include "json/json_read.hpp"

namespace ctct::emulator {

namespace {

template <class T>
std::variant<Response, T> read_body(const Request& request) {
  if (!request.is_json()) return unsupported_media_type();
  auto read = json::read<T>(request.body);
  if (!read) return unreadable_body(read.error->message);
  return std::move(*read.value);
}

std::optional<Response> check_ids(const std::vector<std::string>& ids, std::size_t most, const std::string& name) {
  if (ids.size() > most)
    return invalid_field(name + " has " + std::to_string(ids.size()) + " ids; at most " + std::to_string(most) +
                         " are allowed.");
  for (const auto& id : ids)
    if (!detail::is_uuid(id)) return invalid_field(name + " holds " + id + ", which is not an id.");
  return std::nullopt;
}

bool member_of_any(const Contact& contact, const std::unordered_set<std::string>& lists) {
  return std::any_of(contact.list_memberships.begin(), contact.list_memberships.end(),
      [&](const std::string& id) { return lists.count(id) > 0; });
}

// The contacts a membership source names, as indexes into Store::contacts.
std::vector<std::size_t> source_contacts(Store& store, const MembershipSource& source,
    const std::optional<ExcludeContacts>& exclude, std::vector<std::string>& errors) {
  std::vector<std::size_t> out;
  std::unordered_set<std::string> excluded;
  if (exclude) excluded.insert(exclude->contact_ids.begin(), exclude->contact_ids.end());
  auto index_of = [&](const Contact& c) { return static_cast<std::size_t>(&c - store.contacts.data()); };
  if (!source.contact_ids.empty()) {
    for (const auto& id : source.contact_ids) {
      const Contact* contact = store.contact(id);
      if (!contact || contact->deleted_at) errors.push_back("The contact " + id + " does not exist.");
      else out.push_back(index_of(*contact));
    }
    return out;
  }
  const std::unordered_set<std::string> lists(source.list_ids.begin(), source.list_ids.end());
  const std::unordered_set<std::string> tags(source.tag_ids.begin(), source.tag_ids.end());
  for (const auto& contact : store.contacts) {
    if (contact.deleted_at || excluded.count(*contact.contact_id)) continue;
    bool chosen = false;
    if (!lists.empty()) chosen = member_of_any(contact, lists);
    else if (!tags.empty())
      chosen = std::any_of(contact.taggings.begin(), contact.taggings.end(),
          [&](const std::string& t) { return tags.count(t) > 0; });
    else if (source.all_active_contacts.value_or(false)) chosen = contact_status(contact) == "active";
    if (chosen) out.push_back(index_of(contact));
  }
  return out;
}

std::variant<Response, Work> start_memberships(Store&, const Request& request, bool adding) {
  auto body = read_body<ListMemberships>(request);
  if (auto* refusal = std::get_if<Response>(&body)) return std::move(*refusal);
  auto input = std::make_shared<ListMemberships>(std::move(std::get<ListMemberships>(body)));
  const auto& source = input->source;
  const int sources = !source.contact_ids.empty() + !source.list_ids.empty() +
                      source.all_active_contacts.value_or(false) + !source.tag_ids.empty() +
                      source.engagement_level.has_value() + source.segment_id.has_value();
  if (sources != 1) return invalid_field("source needs exactly one of its properties.");
  if (input->list_ids.empty()) return invalid_field("list_ids is required: name 1 to 50 lists.");
  for (auto refused :
      {check_ids(input->list_ids, 50, "list_ids"), check_ids(source.contact_ids, 500, "source.contact_ids"),
          check_ids(source.list_ids, 50, "source.list_ids"), check_ids(source.tag_ids, 50, "source.tag_ids")})
    if (refused) return *refused;
  Work work;
  work.items = source.contact_ids.empty() ? 0 : static_cast<long>(source.contact_ids.size());
  work.list_count = static_cast<long>(input->list_ids.size());
  work.apply = [input, adding](Store& store) {
    Effect effect;
    for (const auto& id : input->list_ids)
      if (!store.list(id)) {
        effect.failed = true;
        effect.errors.push_back("The contact list " + id + " does not exist.");
        return effect;
      }
    const auto chosen = source_contacts(store, input->source, input->exclude, effect.errors);
    for (auto index : chosen) {
      auto& lists = store.contacts[index].list_memberships;
      for (const auto& id : input->list_ids) {
        const bool has = std::find(lists.begin(), lists.end(), id) != lists.end();
        if (adding && !has && lists.size() < 50) lists.push_back(id);
        if (!adding && has) std::erase(lists, id);
      }
    }
    effect.status.items_total_count = static_cast<long>(chosen.size());
    effect.status.items_completed_count = static_cast<long>(chosen.size());
    effect.status.error_count = static_cast<long>(effect.errors.size());
    return effect;
  };
  return work;
}

// An export's columns, by the names of the fields property.
const std::vector<std::string>& export_columns() {
  static const std::vector<std::string> columns{"email_address", "first_name", "last_name", "job_title", "company_name",
      "created_at", "updated_at"};
  return columns;
}

std::string column_value(const Contact& c, const std::string& column) {
  if (column == "email_address") return c.email_address ? c.email_address->address.value_or("") : "";
  if (column == "first_name") return c.first_name.value_or("");
  if (column == "last_name") return c.last_name.value_or("");
  if (column == "job_title") return c.job_title.value_or("");
  if (column == "company_name") return c.company_name.value_or("");
  if (column == "created_at") return c.created_at.value_or("");
  return c.updated_at.value_or("");
}

}  // namespace

std::variant<Response, Work> start_add_memberships(Store& store, const Request& request) {
  return start_memberships(store, request, true);
}

std::variant<Response, Work> start_remove_memberships(Store& store, const Request& request) {
  return start_memberships(store, request, false);
}

std::variant<Response, Work> start_contact_delete(Store&, const Request& request) {
  auto body = read_body<ContactDelete>(request);
  if (auto* refusal = std::get_if<Response>(&body)) return std::move(*refusal);
  auto input = std::make_shared<ContactDelete>(std::move(std::get<ContactDelete>(body)));
  if (input->contact_ids.empty() == input->list_ids.empty())
    return invalid_field("Give contact_ids or list_ids, and not both.");
  for (auto refused : {check_ids(input->contact_ids, 500, "contact_ids"), check_ids(input->list_ids, 50, "list_ids")})
    if (refused) return *refused;
  Work work;
  work.items = static_cast<long>(input->contact_ids.size());
  if (!input->list_ids.empty()) work.list_count = static_cast<long>(input->list_ids.size());
  work.apply = [input](Store& store) {
    Effect effect;
    MembershipSource source;
    source.contact_ids = input->contact_ids;
    source.list_ids = input->list_ids;
    const auto chosen = source_contacts(store, source, std::nullopt, effect.errors);
    const auto today = today_iso();  // deleted_at is a date in the spec
    for (auto index : chosen) store.contacts[index].deleted_at = today;
    effect.status.items_total_count = static_cast<long>(chosen.size() + effect.errors.size());
    effect.status.items_completed_count = static_cast<long>(chosen.size());
    effect.status.error_count = static_cast<long>(effect.errors.size());
    return effect;
  };
  return work;
}

std::variant<Response, Work> start_list_delete(Store&, const Request& request) {
  auto body = read_body<ListDelete>(request);
  if (auto* refusal = std::get_if<Response>(&body)) return std::move(*refusal);
  auto ids = std::make_shared<std::vector<std::string>>(std::move(std::get<ListDelete>(body).list_ids));
  if (ids->empty()) return invalid_field("list_ids is required: name 1 to 100 lists.");
  if (auto refused = check_ids(*ids, 100, "list_ids")) return *refused;
  Work work;
  work.items = static_cast<long>(ids->size());
  work.list_count = work.items;
  work.apply = [ids](Store& store) {
    Effect effect;
    long removed = 0;
    for (const auto& id : *ids) {
      if (!store.list(id)) {
        effect.errors.push_back("The contact list " + id + " does not exist.");
        continue;
      }
      store.remove_list(id);
      ++removed;
    }
    effect.status.items_completed_count = removed;
    effect.status.error_count = static_cast<long>(effect.errors.size());
    return effect;
  };
  return work;
}

// The contacts an export selects: those of its segment (gone by now: none), or of its source.
std::vector<std::size_t> exported(Store& store, const ContactExport& input, std::vector<std::string>& unknown) {
  if (input.segment_id) {
    const Segment* segment = store.segments.segment(*input.segment_id);
    if (!segment) return {};
    std::vector<std::size_t> out;
    for (auto index : segment_members(store, *segment))
      if (!input.exclude || std::find(input.exclude->contact_ids.begin(), input.exclude->contact_ids.end(),
                                store.contacts[index].contact_id) == input.exclude->contact_ids.end())
        out.push_back(index);
    return out;
  }
  MembershipSource source;
  source.contact_ids = input.contact_ids;
  source.list_ids = input.list_ids;
  source.tag_ids = input.tag_ids;
  source.all_active_contacts = source.contact_ids.empty() && source.list_ids.empty() && source.tag_ids.empty();
  return source_contacts(store, source, input.exclude, unknown);
}

std::variant<Response, Work> start_export(Store& store, const Request& request) {
  auto body = read_body<ContactExport>(request);
  if (auto* refusal = std::get_if<Response>(&body)) return std::move(*refusal);
  auto input = std::make_shared<ContactExport>(std::move(std::get<ContactExport>(body)));
  for (auto refused : {check_ids(input->contact_ids, 500, "contact_ids"), check_ids(input->list_ids, 50, "list_ids"),
           check_ids(input->tag_ids, 50, "tag_ids")})
    if (refused) return *refused;
  const auto& known = export_columns();
  for (const auto& column : input->fields_)
    if (std::find(known.begin(), known.end(), column) == known.end())
      return invalid_field("fields holds " + column + ", which is not an exportable field.");
  if (input->segment_id && !store.segments.segment(*input->segment_id))
    return not_found("Segment " + std::to_string(*input->segment_id));
  Work work;
  work.items = static_cast<long>(input->contact_ids.size());
  work.apply = [input](Store& store) {
    Effect effect;
    const auto& columns = input->fields_.empty() ? export_columns() : input->fields_;
    std::string csv = bulk::csv_record(columns);
    std::vector<std::string> unknown;
    long rows = 0;
    for (auto index : exported(store, *input, unknown)) {
      const auto& contact = store.contacts[index];
      if (input->status && *input->status != "all" && contact_status(contact) != *input->status) continue;
      std::vector<std::string> values;
      for (const auto& column : columns) values.push_back(column_value(contact, column));
      csv += bulk::csv_record(values);
      ++rows;
    }
    effect.status.items_total_count = rows;
    effect.status.items_completed_count = rows;
    effect.errors = std::move(unknown);
    effect.file = std::move(csv);
    return effect;
  };
  return work;
}

}  // namespace ctct::emulator
