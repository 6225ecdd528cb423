// /v3/contact_custom_fields and /v3/contact_custom_fields/{custom_field_id}. A field's name is
// made from its label and must be unique; an account holds at most 100 fields; a delete takes
// the field's values off every contact.
#include <algorithm>

#include "api/custom_field_change.hpp"
#include "api/validate.hpp"
#include "emulator/routes/json_body.hpp"
#include "emulator/routes/routes.hpp"
#include "emulator/state/ids.hpp"
#include "emulator/state/listing.hpp"
#include "emulator/state/tagging.hpp"
#include "emulator/wire.hpp"

namespace ctct::emulator {

namespace {

constexpr std::size_t max_custom_fields = 100;

struct CustomFieldsPage {
  std::optional<std::vector<CustomField>> custom_fields;
  std::optional<Links> _links;
  static constexpr auto fields() {
    return std::make_tuple(field("custom_fields", &CustomFieldsPage::custom_fields),
        field("_links", &CustomFieldsPage::_links));
  }
};

// Reads and checks a JSON body of type T against its description.
template <class T>
std::optional<T> read_body(const Request& request, Response& refusal) {
  auto read = read_json_body<T>(request, refusal, "custom_field");
  if (!read) return std::nullopt;
  if (read->label && read->label->empty()) {
    refusal = invalid_field("custom_field.label must not be empty.");
    return std::nullopt;
  }
  return read;
}

Response name_taken(int status, const std::string& name) {
  return error_array(status, "contact_custom_fields.api.conflict",
      "Validation failed: Custom field name " + name + " already exists.");
}

// Gives the choices ids (after the highest in use), their field's id and timestamps.
void stamp_choices(CustomField& field, const std::string& now) {
  long next = 0;
  for (const auto& choice : field.choices) next = std::max(next, choice.choice_id.value_or(0));
  for (auto& choice : field.choices) {
    if (!choice.choice_id) choice.choice_id = ++next;
    choice.custom_field_id = field.custom_field_id;
    if (!choice.created_at) choice.created_at = now;
    choice.updated_at = now;
  }
}

Response create(Store& store, const Request& request) {
  Response refusal;
  auto field = read_body<CustomField>(request, refusal);
  if (!field) return refusal;
  if (store.tagging.custom_fields.size() >= max_custom_fields)
    return error_array(400, "contact_custom_fields.api.limit",
        "An account holds at most 100 custom fields; delete one first.");
  const auto name = custom_field_name(*field->label);
  if (store.tagging.custom_field_by_name(name)) return name_taken(409, name);
  const auto now = now_iso();
  field->custom_field_id = new_uuid();
  field->name = name;
  field->created_at = field->updated_at = now;
  for (auto& choice : field->choices) choice.choice_id.reset();
  stamp_choices(*field, now);
  return json_response(201, store.tagging.add_custom_field(std::move(*field)));
}

Response list_all(Store& store, const Request& request) {
  Response refusal;
  auto listing = read_listing(request, {}, 100, refusal);
  if (!listing) return refusal;
  CustomFieldsPage page;
  page.custom_fields.emplace();
  long last = listing->after;
  for (const auto& entry : store.tagging.custom_fields) {
    if (entry.seq <= listing->after) continue;
    if (static_cast<long>(page.custom_fields->size()) == listing->limit) {
      page._links = Links{Link{next_href("/v3/contact_custom_fields", *listing, last)}, std::nullopt};
      break;
    }
    page.custom_fields->push_back(entry.value);
    last = entry.seq;
  }
  return json_response(200, page);
}

Response get_one(Store& store, const std::string& id) {
  const CustomField* field = detail::is_uuid(id) ? store.tagging.custom_field(id) : nullptr;
  if (!field) return not_found("Custom field " + id);
  return json_response(200, *field);
}

// A choice with a choice_id relabels that choice; one without adds a choice.
std::optional<Response> change_choices(CustomField& stored, std::vector<CustomFieldChoice> given) {
  for (auto& choice : given) {
    if (!choice.choice_id) continue;
    auto kept = std::find_if(stored.choices.begin(), stored.choices.end(),
        [&](const CustomFieldChoice& c) { return c.choice_id == choice.choice_id; });
    if (kept == stored.choices.end())
      return invalid_field("custom_field.choices: choice " + std::to_string(*choice.choice_id) +
                           " is not a choice of this field.");
    choice.created_at = kept->created_at;
  }
  stored.choices = std::move(given);
  return std::nullopt;
}

Response update(Store& store, const Request& request, const std::string& id) {
  CustomField* stored = detail::is_uuid(id) ? store.tagging.custom_field(id) : nullptr;
  if (!stored) return not_found("Custom field " + id);
  Response refusal;
  auto body = read_body<detail::CustomFieldChange>(request, refusal);
  if (!body) return refusal;
  if (body->label) {
    const auto name = custom_field_name(*body->label);
    if (const CustomField* other = store.tagging.custom_field_by_name(name); other && other != stored)
      return name_taken(400, name);
  }
  if (!body->choices.empty())
    if (auto refused = change_choices(*stored, std::move(body->choices))) return *refused;
  if (body->label) {
    stored->label = body->label;
    stored->name = custom_field_name(*body->label);
  }
  stored->updated_at = now_iso();
  stamp_choices(*stored, *stored->updated_at);
  return json_response(200, *stored);
}

Response remove(Store& store, const std::string& id) {
  if (!detail::is_uuid(id) || !store.tagging.custom_field(id)) return not_found("Custom field " + id);
  delete_custom_field(store, id);
  return Response{204, "", ""};
}

}  // namespace

void add_v3_custom_field_routes(Router& router, Store& store) {
  router.add("POST", "/v3/contact_custom_fields",
      [&store](const Request& r, const Params&) { return create(store, r); });
  router.add("GET", "/v3/contact_custom_fields",
      [&store](const Request& r, const Params&) { return list_all(store, r); });
  router.add("GET", "/v3/contact_custom_fields/{custom_field_id}",
      [&store](const Request&, const Params& p) { return get_one(store, p[0]); });
  router.add("PUT", "/v3/contact_custom_fields/{custom_field_id}",
      [&store](const Request& r, const Params& p) { return update(store, r, p[0]); });
  router.add("DELETE", "/v3/contact_custom_fields/{custom_field_id}",
      [&store](const Request&, const Params& p) { return remove(store, p[0]); });
}

}  // namespace ctct::emulator
