#include "emulator/state/tag_activities.hpp"

#include <algorithm>
#include <memory>

#include "api/validate.hpp"
#include "ctct/bulk_models.hpp"
#include "ctct/tag_models.hpp"
#include "emulator/state/ids.hpp"
#include "emulator/state/tagging.hpp"
#include "json/json_read.hpp"

namespace ctct::emulator {

namespace {

// Reads a JSON body of type T and checks it against its description (formats, required).
template <class T>
std::variant<Response, T> read_body(const Request& request, const char* root) {
  if (!request.is_json()) return unsupported_media_type();
  auto read = json::read<T>(request.body);
  if (!read) return unreadable_body(read.error->message);
  if (auto reason = detail::validate(*read.value, root)) return invalid_field(*reason);
  return std::move(*read.value);
}

std::optional<Response> too_many(const std::vector<std::string>& ids, std::size_t most, const std::string& name) {
  if (ids.size() <= most) return std::nullopt;
  return invalid_field(name + " has " + std::to_string(ids.size()) + " ids; at most " + std::to_string(most) +
                       " are allowed.");
}

// The contacts (ids) the source names; unknown contact ids become activity errors.
std::vector<std::string> chosen(Store& store, const ContactTagging& input, std::vector<std::string>& errors) {
  const auto& source = input.source;
  std::vector<std::string> out;
  if (!source.contact_ids.empty()) {
    for (const auto& id : source.contact_ids) {
      const Contact* contact = store.contact(id);
      if (!contact || is_deleted(*contact)) errors.push_back("The contact " + id + " does not exist.");
      else out.push_back(id);
    }
    return out;
  }
  const auto excluded = input.exclude ? input.exclude->contact_ids : std::vector<std::string>{};
  const auto month_ago = days_ago_iso(30);
  for (const auto& contact : store.contacts) {
    if (is_deleted(contact) || holds(excluded, *contact.contact_id)) continue;
    const bool active = contact_status(contact) == "active";
    if (!source.list_ids.empty()                ? holds_any(contact.list_memberships, source.list_ids)
        : !source.tag_ids.empty()               ? holds_any(contact.taggings, source.tag_ids)
        : source.new_subscriber.value_or(false) ? active && contact.created_at >= month_ago
                                                : active)
      out.push_back(*contact.contact_id);
  }
  return out;
}

std::variant<Response, Work> start_tagging(Store& store, const Request& request, bool adding) {
  auto body = read_body<ContactTagging>(request, "");
  if (auto* refusal = std::get_if<Response>(&body)) return std::move(*refusal);
  auto input = std::make_shared<ContactTagging>(std::move(std::get<ContactTagging>(body)));
  const auto& source = input->source;
  const int sources = !source.contact_ids.empty() + !source.list_ids.empty() + !source.tag_ids.empty() +
                      source.all_active_contacts.value_or(false) + source.new_subscriber.value_or(false);
  if (sources != 1) return invalid_field("source needs exactly one of its properties.");
  for (auto refused : {too_many(source.contact_ids, 500, "source.contact_ids"),
           too_many(source.list_ids, 50, "source.list_ids"), too_many(input->tag_ids, 50, "tag_ids")})
    if (refused) return *refused;
  for (const auto& id : input->tag_ids)
    if (!store.tagging.tag(id)) return not_found("Tag " + id);
  std::vector<std::string> ignored;
  const long items = static_cast<long>(chosen(store, *input, ignored).size());
  return Work{items, std::nullopt, [input, adding](Store& s) {
                Effect effect;
                for (const auto& id : chosen(s, *input, effect.errors)) {
                  Contact& contact = *s.contact(id);
                  if (adding ? add_tags(contact, input->tag_ids) : remove_tags(contact, input->tag_ids))
                    contact.updated_at = now_iso();
                }
                effect.status.error_count = static_cast<long>(effect.errors.size());
                return effect;
              }};
}

std::variant<Response, Work> start_tags_delete(Store& store, const Request& request) {
  auto body = read_body<TagDelete>(request, "");
  if (auto* refusal = std::get_if<Response>(&body)) return std::move(*refusal);
  auto ids = std::make_shared<std::vector<std::string>>(std::move(std::get<TagDelete>(body).tag_ids));
  if (auto refused = too_many(*ids, 500, "tag_ids")) return *refused;
  for (const auto& id : *ids)
    if (!store.tagging.tag(id)) return invalid_field("tag_ids holds " + id + ", which is not a tag.");
  return Work{static_cast<long>(ids->size()), std::nullopt, [ids](Store& s) {
                for (const auto& id : *ids) delete_tag(s, id);
                return Effect{};
              }};
}

// The fields go, and their values with them (delete_custom_field); an unknown id is refused
// before the activity starts, as the tags delete does.
std::variant<Response, Work> start_custom_fields_delete(Store& store, const Request& request) {
  auto body = read_body<CustomFieldDelete>(request, "");
  if (auto* refusal = std::get_if<Response>(&body)) return std::move(*refusal);
  auto ids = std::make_shared<std::vector<std::string>>(std::move(std::get<CustomFieldDelete>(body).custom_field_ids));
  if (ids->empty()) return invalid_field("custom_field_ids is required: name 1 to 100 custom fields.");
  if (auto refused = too_many(*ids, bulk_limits::custom_field_delete_ids, "custom_field_ids")) return *refused;
  for (const auto& id : *ids)
    if (!store.tagging.custom_field(id))
      return invalid_field("custom_field_ids holds " + id + ", which is not a custom field.");
  return Work{static_cast<long>(ids->size()), std::nullopt, [ids](Store& s) {
                for (const auto& id : *ids) delete_custom_field(s, id);
                return Effect{};
              }};
}

}  // namespace

void add_tag_activity_kinds(Router& api, Store& store, ActivityEngine& engine) {
  engine.add_kind(api, store, "contacts_taggings_add",
      [](Store& s, const Request& r) { return start_tagging(s, r, true); });
  engine.add_kind(api, store, "contacts_taggings_remove",
      [](Store& s, const Request& r) { return start_tagging(s, r, false); });
  engine.add_kind(api, store, "contacts_tags_delete", start_tags_delete);
  engine.add_kind(api, store, "custom_fields_delete", start_custom_fields_delete);
}

}  // namespace ctct::emulator
