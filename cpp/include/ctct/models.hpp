// The resources of Constant Contact API v3, each described once (see describe.hpp).
// Field names, lengths and enums follow Constant Contact's OpenAPI description of v3.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "ctct/describe.hpp"

namespace ctct {

using meta::field;
using meta::Format;
using meta::IdOf;

namespace enums {
inline constexpr const char* permission_to_send[] = {"explicit", "implicit", "not_set", "pending_confirmation",
    "temp_hold", "unsubscribed", nullptr};
inline constexpr const char* phone_kind[] = {"home", "work", "mobile", "other", nullptr};
inline constexpr const char* address_kind[] = {"home", "work", "other", nullptr};
inline constexpr const char* create_source[] = {"Contact", "Account", nullptr};
inline constexpr const char* contact_status[] = {"all", "active", "deleted", "not_set", "pending_confirmation",
    "temp_hold", "unsubscribed", nullptr};
inline constexpr const char* contact_include[] = {"custom_fields", "list_memberships", "phone_numbers",
    "street_addresses", "taggings", "notes", nullptr};
inline constexpr const char* list_status[] = {"all", "active", "deleted", nullptr};
inline constexpr const char* membership_count[] = {"all", "active", nullptr};
}  // namespace enums

struct EmailAddress {
  std::optional<Text> address, permission_to_send, created_at, updated_at, opt_in_source, opt_in_date, opt_out_source,
      opt_out_date, opt_out_reason, confirm_status;
  bool operator==(const EmailAddress&) const = default;
  static constexpr auto fields() {
    using T = EmailAddress;
    return std::make_tuple(field("address", &T::address, {.max_len = 80, .format = Format::email, .required = true}),
        field("permission_to_send", &T::permission_to_send, {.one_of = enums::permission_to_send}),
        field("created_at", &T::created_at), field("updated_at", &T::updated_at),
        field("opt_in_source", &T::opt_in_source), field("opt_in_date", &T::opt_in_date),
        field("opt_out_source", &T::opt_out_source), field("opt_out_date", &T::opt_out_date),
        field("opt_out_reason", &T::opt_out_reason, {.max_len = 255}), field("confirm_status", &T::confirm_status));
  }
};

struct PhoneNumber {
  std::optional<Text> phone_number_id, phone_number, kind, created_at, updated_at, update_source, create_source;
  bool operator==(const PhoneNumber&) const = default;
  static constexpr auto fields() {
    using T = PhoneNumber;
    return std::make_tuple(field("phone_number_id", &T::phone_number_id),
        field("phone_number", &T::phone_number, {.max_len = 25}),
        field("kind", &T::kind, {.one_of = enums::phone_kind}), field("created_at", &T::created_at),
        field("updated_at", &T::updated_at), field("update_source", &T::update_source),
        field("create_source", &T::create_source));
  }
};

struct StreetAddress {
  std::optional<Text> street_address_id, kind, street, city, state, postal_code, country, created_at, updated_at;
  bool operator==(const StreetAddress&) const = default;
  static constexpr auto fields() {
    using T = StreetAddress;
    return std::make_tuple(field("street_address_id", &T::street_address_id),
        field("kind", &T::kind, {.one_of = enums::address_kind, .required = true}),
        field("street", &T::street, {.max_len = 255}), field("city", &T::city, {.max_len = 50}),
        field("state", &T::state, {.max_len = 50}), field("postal_code", &T::postal_code, {.max_len = 50}),
        field("country", &T::country, {.max_len = 50}), field("created_at", &T::created_at),
        field("updated_at", &T::updated_at));
  }
};

struct CustomFieldValue {
  std::optional<Text> custom_field_id, value;
  bool operator==(const CustomFieldValue&) const = default;
  static constexpr auto fields() {
    using T = CustomFieldValue;
    return std::make_tuple(field("custom_field_id", &T::custom_field_id, {.format = Format::uuid, .required = true}),
        field("value", &T::value, {.max_len = 255}));
  }
};

struct Note {
  std::optional<Text> note_id, created_at, content;
  bool operator==(const Note&) const = default;
  static constexpr auto fields() {
    using T = Note;
    return std::make_tuple(field("note_id", &T::note_id), field("created_at", &T::created_at),
        field("content", &T::content, {.max_len = 2000}));
  }
};

// A contact as read, and as sent to POST /contacts (create_source required) and
// PUT /contacts/{id} (update_source required); read-only fields are never sent.
struct Contact {
  std::optional<Text> contact_id;
  std::optional<EmailAddress> email_address;
  std::optional<Text> first_name, last_name, job_title, company_name;
  std::optional<long> birthday_month, birthday_day;  // long: the spec's answers bound neither
  std::optional<Text> anniversary, update_source, create_source, created_at, updated_at, deleted_at;
  std::vector<CustomFieldValue> custom_fields;
  std::vector<PhoneNumber> phone_numbers;
  std::vector<StreetAddress> street_addresses;
  std::vector<Text> list_memberships;
  std::vector<Text> taggings;
  std::vector<Note> notes;
  bool operator==(const Contact&) const = default;
  static constexpr auto fields() {
    using T = Contact;
    return std::make_tuple(field("contact_id", &T::contact_id, {.format = Format::uuid}),
        field("email_address", &T::email_address), field("first_name", &T::first_name, {.max_len = 50}),
        field("last_name", &T::last_name, {.max_len = 50}), field("job_title", &T::job_title, {.max_len = 50}),
        field("company_name", &T::company_name, {.max_len = 50}),
        field("birthday_month", &T::birthday_month, {.min_value = 1, .max_value = 12}),
        field("birthday_day", &T::birthday_day, {.min_value = 1, .max_value = 31}),
        field("anniversary", &T::anniversary, {.max_len = 10, .format = Format::date}),
        field("update_source", &T::update_source, {.one_of = enums::create_source}),
        field("create_source", &T::create_source, {.one_of = enums::create_source}),
        field("created_at", &T::created_at), field("updated_at", &T::updated_at), field("deleted_at", &T::deleted_at),
        field("custom_fields", &T::custom_fields, {.max_items = 25}),
        field("phone_numbers", &T::phone_numbers, {.max_items = 3}),
        field("street_addresses", &T::street_addresses, {.max_items = 3}),
        field("list_memberships", &T::list_memberships, {.max_items = 50, .format = Format::uuid, .id_of = IdOf::list}),
        field("taggings", &T::taggings, {.max_items = 50, .format = Format::uuid}),
        field("notes", &T::notes, {.max_items = 150}));
  }
};

// The one street address of POST /contacts/sign_up_form.
struct SignUpStreetAddress {
  std::optional<Text> kind, street, city, state, postal_code, country;
  bool operator==(const SignUpStreetAddress&) const = default;
  static constexpr auto fields() {
    using T = SignUpStreetAddress;
    return std::make_tuple(field("kind", &T::kind, {.one_of = enums::address_kind, .required = true}),
        field("street", &T::street, {.max_len = 255}), field("city", &T::city, {.max_len = 50}),
        field("state", &T::state, {.max_len = 50}), field("postal_code", &T::postal_code, {.max_len = 50}),
        field("country", &T::country, {.max_len = 50}));
  }
};

// Body of POST /contacts/sign_up_form: create-or-update by email, flat fields.
struct ContactSignUp {
  std::optional<Text> email_address, first_name, last_name, job_title, company_name, phone_number;
  std::vector<Text> list_memberships;
  std::vector<CustomFieldValue> custom_fields;
  std::optional<Text> anniversary;
  std::optional<int> birthday_month, birthday_day;
  std::optional<SignUpStreetAddress> street_address;
  bool operator==(const ContactSignUp&) const = default;
  static constexpr auto fields() {
    using T = ContactSignUp;
    return std::make_tuple(field("email_address", &T::email_address, {.max_len = 50, .format = Format::email}),
        field("first_name", &T::first_name, {.max_len = 50}), field("last_name", &T::last_name, {.max_len = 50}),
        field("job_title", &T::job_title, {.max_len = 50}), field("company_name", &T::company_name, {.max_len = 50}),
        field("phone_number", &T::phone_number, {.max_len = 25}),
        field("list_memberships", &T::list_memberships,
            {.max_items = 50, .format = Format::uuid, .required = true, .id_of = IdOf::list}),
        field("custom_fields", &T::custom_fields, {.max_items = 50}),
        field("anniversary", &T::anniversary, {.max_len = 10, .format = Format::date}),
        field("birthday_month", &T::birthday_month, {.min_value = 1, .max_value = 12}),
        field("birthday_day", &T::birthday_day, {.min_value = 1, .max_value = 31}),
        field("street_address", &T::street_address));
  }
};

// Answer of sign_up_form: the contact and whether it was created or updated.
struct SignUpResult {
  std::optional<Text> contact_id, action;
  bool operator==(const SignUpResult&) const = default;
  static constexpr auto fields() {
    using T = SignUpResult;
    return std::make_tuple(field("contact_id", &T::contact_id), field("action", &T::action));
  }
};

struct ContactsCounts {
  std::optional<long> total, explicit_, implicit, pending, unsubscribed, new_subscriber;
  bool operator==(const ContactsCounts&) const = default;
  static constexpr auto fields() {
    using T = ContactsCounts;
    return std::make_tuple(field("total", &T::total), field("explicit", &T::explicit_), field("implicit", &T::implicit),
        field("pending", &T::pending), field("unsubscribed", &T::unsubscribed),
        field("new_subscriber", &T::new_subscriber));
  }
};

// One record of a contact's SMS consent history (GET /contacts/sms_engagement_history/{id}):
// codes as the API gives them (state E opted in, O opted out; source A account, C contact).
struct SmsHistoryDetails {
  std::optional<Text> state, source, consent_type, consent_action_time, consent_action_type, consent_medium_type,
      source_consent_timestamp, source_sms_number, advertised_interval;
  std::optional<long> advertised_frequency;
  bool operator==(const SmsHistoryDetails&) const = default;
  static constexpr auto fields() {
    using T = SmsHistoryDetails;
    return std::make_tuple(field("state", &T::state), field("source", &T::source),
        field("consent_type", &T::consent_type), field("consent_action_time", &T::consent_action_time),
        field("consent_action_type", &T::consent_action_type), field("consent_medium_type", &T::consent_medium_type),
        field("source_consent_timestamp", &T::source_consent_timestamp),
        field("source_sms_number", &T::source_sms_number), field("advertised_frequency", &T::advertised_frequency),
        field("advertised_interval", &T::advertised_interval));
  }
};

struct SmsEngagement {
  std::optional<Text> contact_id, sms_channel_id, sms_channel_history_id, insert_time;
  std::optional<SmsHistoryDetails> history_details;
  bool operator==(const SmsEngagement&) const = default;
  static constexpr auto fields() {
    using T = SmsEngagement;
    return std::make_tuple(field("contact_id", &T::contact_id), field("sms_channel_id", &T::sms_channel_id),
        field("sms_channel_history_id", &T::sms_channel_history_id), field("insert_time", &T::insert_time),
        field("history_details", &T::history_details));
  }
};

// A v2 contact id (its "sequence id", decimal digits) and the v3 contact_id of the same contact.
struct ContactIdXref {
  std::optional<Text> sequence_id, contact_id;
  bool operator==(const ContactIdXref&) const = default;
  static constexpr auto fields() {
    return std::make_tuple(field("sequence_id", &ContactIdXref::sequence_id),
        field("contact_id", &ContactIdXref::contact_id));
  }
};

// GET /contacts/contact_id_xrefs, joined over every request: the pairs found (ascending by
// sequence id) and the ids asked for that have no v3 contact (unmatched; ctct's, not the API's).
struct ContactIdXrefs {
  std::vector<ContactIdXref> xrefs;
  std::vector<Text> unmatched;
  bool operator==(const ContactIdXrefs&) const = default;
  static constexpr auto fields() {
    return std::make_tuple(field("xrefs", &ContactIdXrefs::xrefs), field("unmatched", &ContactIdXrefs::unmatched));
  }
};

// A list as read, and as sent to POST and PUT /contact_lists (name required).
struct ContactList {
  std::optional<Text> list_id, name, description;
  std::optional<bool> favorite;
  std::optional<Text> created_at, updated_at, deleted_at;
  std::optional<long> membership_count;
  bool operator==(const ContactList&) const = default;
  static constexpr auto fields() {
    using T = ContactList;
    return std::make_tuple(field("list_id", &T::list_id, {.format = Format::uuid}),
        field("name", &T::name, {.max_len = 255, .required = true}), field("description", &T::description),
        field("favorite", &T::favorite), field("created_at", &T::created_at), field("updated_at", &T::updated_at),
        field("deleted_at", &T::deleted_at), field("membership_count", &T::membership_count));
  }
};

// A v2 list id (its "sequence id", decimal digits) and the v3 list_id of the same list.
struct ListIdXref {
  std::optional<Text> sequence_id, list_id;
  bool operator==(const ListIdXref&) const = default;
  static constexpr auto fields() {
    return std::make_tuple(field("sequence_id", &ListIdXref::sequence_id), field("list_id", &ListIdXref::list_id));
  }
};

// GET /contact_lists/list_id_xrefs, joined as ContactIdXrefs is.
struct ListIdXrefs {
  std::vector<ListIdXref> xrefs;
  std::vector<Text> unmatched;
  bool operator==(const ListIdXrefs&) const = default;
  static constexpr auto fields() {
    return std::make_tuple(field("xrefs", &ListIdXrefs::xrefs), field("unmatched", &ListIdXrefs::unmatched));
  }
};

struct ActivityStatus {
  std::optional<long> items_total_count, items_completed_count, person_count, error_count, correctable_count,
      cannot_add_to_list_count, list_count;
  bool operator==(const ActivityStatus&) const = default;
  static constexpr auto fields() {
    using T = ActivityStatus;
    return std::make_tuple(field("items_total_count", &T::items_total_count),
        field("items_completed_count", &T::items_completed_count), field("person_count", &T::person_count),
        field("error_count", &T::error_count), field("correctable_count", &T::correctable_count),
        field("cannot_add_to_list_count", &T::cannot_add_to_list_count), field("list_count", &T::list_count));
  }
};

// One of an activity's activity_errors. The spec gives them as strings in 19 of its activity
// schemas and as {"message": ...} objects in 2 (DELETE /contact_tags/{id}); both are read.
struct ActivityError {
  std::optional<Text> message;
  static constexpr auto from_text = &ActivityError::message;
  bool operator==(const ActivityError&) const = default;
  static constexpr auto fields() { return std::make_tuple(field("message", &ActivityError::message)); }
};

// A bulk activity (list delete, imports, ...), polled at GET /activities/{id}.
struct Activity {
  std::optional<Text> activity_id, state, started_at, completed_at, created_at, updated_at, source_file_name;
  std::optional<long> percent_done;
  std::vector<ActivityError> activity_errors;
  std::optional<ActivityStatus> status;
  bool operator==(const Activity&) const = default;
  static constexpr auto fields() {
    using T = Activity;
    return std::make_tuple(field("activity_id", &T::activity_id), field("state", &T::state),
        field("started_at", &T::started_at), field("completed_at", &T::completed_at),
        field("created_at", &T::created_at), field("updated_at", &T::updated_at),
        field("source_file_name", &T::source_file_name), field("percent_done", &T::percent_done),
        field("activity_errors", &T::activity_errors), field("status", &T::status));
  }
};

// One page of a listing: its items, the total when asked for, and the next page's link.
template <class Item>
struct Page {
  std::vector<Item> items;
  std::optional<long> count;
  std::optional<Text> next;
  bool operator==(const Page&) const = default;
  static constexpr auto fields() {
    return std::make_tuple(field("items", &Page::items), field("count", &Page::count), field("next", &Page::next));
  }
};

// Answer of operations with no resource (delete, resubscribe): always empty.
struct Empty {
  bool operator==(const Empty&) const = default;
  static constexpr auto fields() { return std::tuple<>(); }
};

}  // namespace ctct

// Models of this header, each with its name in Python and Node (ctct/models_list.hpp gathers them).
// clang-format off
#define CTCT_CONTACT_MODELS(X) \
  X(EmailAddress, "", "EmailAddress") \
  X(PhoneNumber, "", "PhoneNumber") \
  X(StreetAddress, "", "StreetAddress") \
  X(CustomFieldValue, "", "CustomFieldValue") \
  X(Note, "", "Note") \
  X(Contact, "", "Contact") \
  X(SignUpStreetAddress, "", "SignUpStreetAddress") \
  X(ContactSignUp, "", "ContactSignUp") \
  X(SignUpResult, "", "SignUpResult") \
  X(ContactsCounts, "", "ContactsCounts") \
  X(SmsHistoryDetails, "", "SmsHistoryDetails") \
  X(SmsEngagement, "", "SmsEngagement") \
  X(std::vector<SmsEngagement>, "", "SmsEngagementHistory") \
  X(ContactIdXref, "", "ContactIdXref") \
  X(ContactIdXrefs, "", "ContactIdXrefs") \
  X(ContactList, "", "ContactList") \
  X(ListIdXref, "", "ListIdXref") \
  X(ListIdXrefs, "", "ListIdXrefs") \
  X(ActivityStatus, "", "ActivityStatus") \
  X(ActivityError, "", "ActivityError") \
  X(Activity, "", "Activity") \
  X(Empty, "", "Empty") \
  X(Page<Contact>, "", "ContactPage") \
  X(Page<ContactList>, "", "ContactListPage") \
  X(Page<Activity>, "", "ActivityPage")
// clang-format on
