// Tags and custom fields of Constant Contact API v3 ("Contact Tags" and "Contacts Custom
// Fields" in its OpenAPI description), each described once (see describe.hpp).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "ctct/bulk_models.hpp"
#include "ctct/describe.hpp"

namespace ctct {

// A tag as read, and as sent to POST /contact_tags (name, tag_source) and PUT (name).
struct Tag {
  std::optional<std::string> tag_id, name;
  std::optional<long> contacts_count;  // only when include_count asks for it
  std::optional<std::string> created_at, updated_at, tag_source;
  bool operator==(const Tag&) const = default;
  static constexpr auto fields() {
    using meta::field;
    using T = Tag;
    return std::make_tuple(field("tag_id", &T::tag_id, {.format = meta::Format::uuid}),
        field("name", &T::name, {.max_len = 255, .required = true}), field("contacts_count", &T::contacts_count),
        field("created_at", &T::created_at), field("updated_at", &T::updated_at), field("tag_source", &T::tag_source));
  }
};

// How the service renders and checks a custom field's values.
struct CustomFieldMetadata {
  std::optional<std::string> display_type;    // radio, checkbox, dropdown (select types)
  std::optional<bool> allow_negative;         // number
  std::optional<long> decimal_places;         // number, currency
  std::optional<std::string> currency_code;   // currency: three letters
  std::optional<bool> integer;                // number, currency: whole numbers only
  std::optional<std::string> display_format;  // date (version 2): e.g. MM/DD/YYYY
  bool operator==(const CustomFieldMetadata&) const = default;
  static constexpr auto fields() {
    using meta::field;
    using T = CustomFieldMetadata;
    return std::make_tuple(field("display_type", &T::display_type), field("allow_negative", &T::allow_negative),
        field("decimal_places", &T::decimal_places), field("currency_code", &T::currency_code),
        field("integer", &T::integer), field("display_format", &T::display_format));
  }
};

// One choice of a single_select or multi_select custom field.
struct CustomFieldChoice {
  std::optional<std::string> custom_field_id;
  std::optional<long> choice_id, display_order;  // long: the spec's answers bound neither
  std::optional<std::string> choice_label, created_at, updated_at, deleted_at;
  bool operator==(const CustomFieldChoice&) const = default;
  static constexpr auto fields() {
    using meta::field;
    using T = CustomFieldChoice;
    return std::make_tuple(field("custom_field_id", &T::custom_field_id, {.format = meta::Format::uuid}),
        field("choice_id", &T::choice_id), field("choice_label", &T::choice_label, {.max_len = 255}),
        field("display_order", &T::display_order), field("created_at", &T::created_at),
        field("updated_at", &T::updated_at), field("deleted_at", &T::deleted_at));
  }
};

// A custom field as read, and as sent to POST /contact_custom_fields (label and type required)
// and PUT (label and choices only).
struct CustomField {
  std::optional<std::string> custom_field_id, label;
  std::optional<std::string> name;  // made by the service from the label, blanks as underscores
  std::optional<std::string> type;  // string, number, currency, date, single_select, ...
  std::optional<CustomFieldMetadata> metadata;
  std::optional<long> version;  // dates: 1 stored as strings, 2 as dates
  std::vector<CustomFieldChoice> choices;
  std::optional<std::string> updated_at, created_at;
  bool operator==(const CustomField&) const = default;
  static constexpr auto fields() {
    using meta::field;
    using T = CustomField;
    return std::make_tuple(field("custom_field_id", &T::custom_field_id, {.format = meta::Format::uuid}),
        field("label", &T::label, {.max_len = 50, .required = true}), field("name", &T::name, {.max_len = 50}),
        field("type", &T::type, {.max_len = 20, .required = true}), field("metadata", &T::metadata),
        field("version", &T::version), field("choices", &T::choices, {.max_items = 100}),
        field("updated_at", &T::updated_at), field("created_at", &T::created_at));
  }
};

// Filters of GET /contact_tags.
struct TagQuery {
  std::optional<int> limit;           // 1-500
  std::optional<bool> include_count;  // each tag's contacts_count
  bool operator==(const TagQuery&) const = default;
  static constexpr auto fields() {
    using meta::field;
    return std::make_tuple(field("limit", &TagQuery::limit), field("include_count", &TagQuery::include_count));
  }
};

// Filters of GET /contact_custom_fields.
struct CustomFieldQuery {
  std::optional<int> limit;  // 1-100
  bool operator==(const CustomFieldQuery&) const = default;
  static constexpr auto fields() { return std::make_tuple(meta::field("limit", &CustomFieldQuery::limit)); }
};

// Which contacts a tagging activity concerns: exactly one property.
struct TagSource {
  std::vector<std::string> contact_ids;  // any number: split by 500
  std::vector<std::string> list_ids;     // any number: split by 50
  std::vector<std::string> tag_ids;      // contacts carrying any of these (at most 50)
  std::optional<bool> all_active_contacts, new_subscriber;
  bool operator==(const TagSource&) const = default;
  static constexpr auto fields() {
    using meta::field;
    using T = TagSource;
    return std::make_tuple(field("contact_ids", &T::contact_ids,
                               {.format = meta::Format::uuid, .id_of = meta::IdOf::contact}),
        field("list_ids", &T::list_ids, {.format = meta::Format::uuid, .id_of = meta::IdOf::list}),
        field("tag_ids", &T::tag_ids, {.max_items = 50, .format = meta::Format::uuid}),
        field("all_active_contacts", &T::all_active_contacts), field("new_subscriber", &T::new_subscriber));
  }
};

// POST /activities/contacts_taggings_add and /activities/contacts_taggings_remove: the tags
// (any number: split by 50) added to or removed from the contacts of the source. exclude
// applies to the list_ids and all_active_contacts sources.
struct ContactTagging {
  TagSource source;
  std::optional<ExcludeContacts> exclude;
  std::vector<std::string> tag_ids;
  bool operator==(const ContactTagging&) const = default;
  static constexpr auto fields() {
    using meta::field;
    using T = ContactTagging;
    return std::make_tuple(field("source", &T::source), field("exclude", &T::exclude),
        field("tag_ids", &T::tag_ids, {.format = meta::Format::uuid, .required = true, .argument = "tags"}));
  }
};

// POST /activities/contacts_tags_delete: any number of tags, split by 500.
struct TagDelete {
  std::vector<std::string> tag_ids;
  bool operator==(const TagDelete&) const = default;
  static constexpr auto fields() {
    return std::make_tuple(meta::field("tag_ids", &TagDelete::tag_ids,
        {.format = meta::Format::uuid, .required = true, .argument = "tags"}));
  }
};

}  // namespace ctct

// Models of this header, each with its name in Python and Node (ctct/models_list.hpp gathers them).
// clang-format off
#define CTCT_TAG_MODELS(X) \
  X(Tag, "", "Tag") \
  X(TagSource, "", "TagSource") \
  X(CustomFieldMetadata, "", "CustomFieldMetadata") \
  X(CustomFieldChoice, "", "CustomFieldChoice") \
  X(CustomField, "", "CustomField") \
  X(Page<Tag>, "", "TagPage") \
  X(Page<CustomField>, "", "CustomFieldPage")
// clang-format on

// Queries and options of this header: taken field by field by the bindings, never JSON.
// clang-format off
#define CTCT_TAG_ARGUMENT_TYPES(X) \
  X(TagQuery, "", "TagQuery") \
  X(CustomFieldQuery, "", "CustomFieldQuery") \
  X(ContactTagging, "", "ContactTagging") \
  X(TagDelete, "", "TagDelete")
// clang-format on
