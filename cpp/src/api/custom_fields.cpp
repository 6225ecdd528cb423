// The v3 custom field operations: each describes its Call and sends it with a parser.
#include "api/call.hpp"
#include "api/custom_field_change.hpp"
#include "ctct/tags.hpp"

namespace ctct {
namespace {

using detail::Call;

// The choice as POST (label, order) or PUT (its id too) takes it.
CustomFieldChoice writable(const CustomFieldChoice& choice, bool update) {
  CustomFieldChoice sent;
  if (update) sent.choice_id = choice.choice_id;
  sent.choice_label = choice.choice_label;
  sent.display_order = choice.display_order;
  return sent;
}

// The custom field as POST takes it: what the service sets itself is left out.
CustomField writable(const CustomField& field) {
  CustomField sent;
  sent.label = field.label;
  sent.type = field.type;
  sent.metadata = field.metadata;
  sent.version = field.version;
  for (const auto& choice : field.choices) sent.choices.push_back(writable(choice, false));
  return sent;
}

detail::CustomFieldChange change(const CustomField& field) {
  detail::CustomFieldChange sent{field.label, {}};
  for (const auto& choice : field.choices) sent.choices.push_back(writable(choice, true));
  return sent;
}

Call& refuse_empty_label(Call& call, const CustomField& field) {
  if (field.label && field.label->empty()) call.refuse_if("custom_field.label must not be empty.");
  return call;
}

Call list_call(const CustomFieldQuery& q) {
  Call call("GET", "/contact_custom_fields", "the custom fields");
  call.limit(q.limit, detail::page_traits<CustomField>.cap);
  return call;
}

void send_page(detail::Core& core, Call call, Callback<Page<CustomField>> callback) {
  call.send(core, detail::page_body<CustomField>(), std::move(callback));
}

}  // namespace

void CustomFields::create(const CustomField& field, Callback<CustomField> callback) {
  Call call("POST", "/contact_custom_fields", "the custom field");
  refuse_empty_label(call, field)
      .body(writable(field), "custom_field")
      .send(core_, detail::json_body<CustomField>(), std::move(callback));
}

void CustomFields::get(const std::string& custom_field_id, Callback<CustomField> callback) {
  Call("GET", "/contact_custom_fields", "the custom field")
      .id("custom_field_id", custom_field_id)
      .send(core_, detail::json_body<CustomField>(), std::move(callback));
}

void CustomFields::list(const CustomFieldQuery& query, Callback<Page<CustomField>> callback) {
  send_page(core_, list_call(query), std::move(callback));
}

Pages<CustomField> CustomFields::pages(const CustomFieldQuery& query) {
  return Pages<CustomField>([&core = core_, query](const std::optional<std::string>& next,
                                Callback<Page<CustomField>> callback) {
    send_page(core, next ? Call("GET", "", "the custom fields").at(core.resolve(*next)) : list_call(query),
        std::move(callback));
  });
}

void CustomFields::update(const std::string& custom_field_id, const CustomField& field,
    Callback<CustomField> callback) {
  Call call("PUT", "/contact_custom_fields", "the custom field");
  refuse_empty_label(call.id("custom_field_id", custom_field_id), field)
      .body(change(field), "custom_field")
      .send(core_, detail::json_body<CustomField>(), std::move(callback));
}

void CustomFields::remove(const std::string& custom_field_id, Callback<Empty> callback) {
  Call("DELETE", "/contact_custom_fields", "the custom field")
      .id("custom_field_id", custom_field_id)
      .send(core_, detail::no_body(), std::move(callback));
}

// Blocking forms.
Outcome<CustomField> CustomFields::create(const CustomField& field) {
  return detail::wait_for<CustomField>([&](auto done) { create(field, std::move(done)); });
}
Outcome<CustomField> CustomFields::get(const std::string& custom_field_id) {
  return detail::wait_for<CustomField>([&](auto done) { get(custom_field_id, std::move(done)); });
}
Outcome<Page<CustomField>> CustomFields::list(const CustomFieldQuery& query) {
  return detail::wait_for<Page<CustomField>>([&](auto done) { list(query, std::move(done)); });
}
Outcome<CustomField> CustomFields::update(const std::string& custom_field_id, const CustomField& field) {
  return detail::wait_for<CustomField>([&](auto done) { update(custom_field_id, field, std::move(done)); });
}
Outcome<Empty> CustomFields::remove(const std::string& custom_field_id) {
  return detail::wait_for<Empty>([&](auto done) { remove(custom_field_id, std::move(done)); });
}

}  // namespace ctct
