// Models of the bulk activities (spec tag "Bulk Activities"): what each activity takes, and the
// combined answer of a bulk operation split into several activities. Described like models.hpp.
#pragma once

#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "ctct/models.hpp"

namespace ctct {

namespace bulk_limits {
// One request's limits, from the spec's descriptions.
inline constexpr std::size_t import_rows = 40000;        // contacts per JSON import
inline constexpr std::size_t file_import_lines = 40000;  // CSV lines per file import, header included
// Bodies are kept under 4,000,000 bytes: the service drops what lies beyond "4 MB".
inline constexpr std::size_t import_bytes = 4000000;
inline constexpr std::size_t contact_ids = 500;
inline constexpr std::size_t list_ids = 50;
inline constexpr std::size_t list_delete_ids = 100;
inline constexpr std::size_t custom_field_delete_ids = 100;
inline constexpr std::size_t export_exclude_ids = 50;
inline constexpr std::size_t custom_fields_per_contact = 25;  // "cf:" values per imported contact
}  // namespace bulk_limits

namespace enums {
inline constexpr const char* sms_permission[] = {"not_set", "explicit", nullptr};
inline constexpr const char* activity_state[] = {"initialized", "processing", "completed", "cancelled", "failed",
    "timed_out", nullptr};
}  // namespace enums

// A custom field's value in an import row, sent as "cf:<name>": value; name is the custom
// field's name (CustomField.name), which must exist in the account.
struct ImportCustomField {
  std::string name, value;
  bool operator==(const ImportCustomField&) const = default;
  static constexpr auto fields() {
    using T = ImportCustomField;
    return std::make_tuple(meta::field("name", &T::name, {.max_len = 50, .required = true}),
        meta::field("value", &T::value, {.max_len = 255}));
  }
};

// One contact of a JSON import, with the import's flat keys.
struct ImportContact {
  std::optional<std::string> email, first_name, last_name, job_title, company_name;
  std::optional<int> birthday_month, birthday_day;
  std::optional<std::string> anniversary, phone, home_phone, work_phone, mobile_phone, other_phone;
  std::optional<std::string> street, street2, city, state, zip, country;
  std::optional<std::string> home_street, home_street2, home_city, home_state, home_zip, home_country;
  std::optional<std::string> work_street, work_street2, work_city, work_state, work_zip, work_country;
  std::optional<std::string> other_street, other_street2, other_city, other_state, other_zip, other_country;
  std::optional<std::string> sms_number, sms_consent_date;
  std::vector<ImportCustomField> custom_fields;
  bool operator==(const ImportContact&) const = default;
  static constexpr auto fields() {
    using T = ImportContact;
    constexpr meta::Limits s50{.max_len = 50}, s255{.max_len = 255}, s16{.max_len = 16};
    return std::make_tuple(field("email", &T::email, {.max_len = 50, .format = Format::email}),
        field("first_name", &T::first_name, s50), field("last_name", &T::last_name, s50),
        field("job_title", &T::job_title, s50), field("company_name", &T::company_name, s50),
        field("birthday_month", &T::birthday_month, {.min_value = 1, .max_value = 12}),
        field("birthday_day", &T::birthday_day, {.min_value = 1, .max_value = 31}),
        field("anniversary", &T::anniversary, s50), field("phone", &T::phone, s50),
        field("home_phone", &T::home_phone, s50), field("work_phone", &T::work_phone, s50),
        field("mobile_phone", &T::mobile_phone, s50), field("other_phone", &T::other_phone, s50),
        field("street", &T::street, s255), field("street2", &T::street2, s255), field("city", &T::city, s50),
        field("state", &T::state, s50), field("zip", &T::zip, s50), field("country", &T::country, s50),
        field("home_street", &T::home_street, s255), field("home_street2", &T::home_street2, s255),
        field("home_city", &T::home_city, s50), field("home_state", &T::home_state, s50),
        field("home_zip", &T::home_zip, s50), field("home_country", &T::home_country, s50),
        field("work_street", &T::work_street, s255), field("work_street2", &T::work_street2, s255),
        field("work_city", &T::work_city, s50), field("work_state", &T::work_state, s50),
        field("work_zip", &T::work_zip, s50), field("work_country", &T::work_country, s50),
        field("other_street", &T::other_street, s255), field("other_street2", &T::other_street2, s255),
        field("other_city", &T::other_city, s50), field("other_state", &T::other_state, s50),
        field("other_zip", &T::other_zip, s50), field("other_country", &T::other_country, s50),
        field("sms_number", &T::sms_number, s16), field("sms_consent_date", &T::sms_consent_date, s16),
        field("custom_fields", &T::custom_fields,
            {.max_items = bulk_limits::custom_fields_per_contact, .key_prefix = "cf:"}));
  }
};

// POST /activities/contacts_json_import. Any number of contacts: the operation splits them.
struct ContactsImport {
  std::vector<ImportContact> import_data;
  std::vector<std::string> list_ids;  // 1-50 lists every imported contact joins
  std::optional<std::string> sms_permission_to_send;
  bool operator==(const ContactsImport&) const = default;
  static constexpr auto fields() {
    using T = ContactsImport;
    return std::make_tuple(field("import_data", &T::import_data, {.required = true, .argument = "rows"}),
        field("list_ids", &T::list_ids,
            {.max_items = bulk_limits::list_ids,
                .format = Format::uuid,
                .required = true,
                .argument = "lists",
                .id_of = IdOf::list}),
        field("sms_permission_to_send", &T::sms_permission_to_send, {.one_of = enums::sms_permission}));
  }
};

// POST /activities/contacts_file_import (multipart): a CSV text with a header row. Any number
// of lines: the operation splits the file, repeating the header.
struct FileImport {
  std::string csv;
  std::string file_name = "contacts.csv";
  std::vector<std::string> list_ids;  // 1-50
  std::optional<std::string> sms_permission_to_send;
  bool operator==(const FileImport&) const = default;
  static constexpr auto fields() {
    using T = FileImport;
    return std::make_tuple(field("csv", &T::csv, {.required = true}),
        field("file_name", &T::file_name, {.max_len = 255}),
        field("list_ids", &T::list_ids,
            {.max_items = bulk_limits::list_ids,
                .format = Format::uuid,
                .required = true,
                .argument = "lists",
                .id_of = IdOf::list}),
        field("sms_permission_to_send", &T::sms_permission_to_send, {.one_of = enums::sms_permission}));
  }
};

// Contacts to leave out of a membership change or an export.
struct ExcludeContacts {
  std::vector<std::string> contact_ids;
  bool operator==(const ExcludeContacts&) const = default;
  static constexpr auto fields() {
    return std::make_tuple(field("contact_ids", &ExcludeContacts::contact_ids,
        {.format = Format::uuid, .id_of = IdOf::contact}));
  }
};

// Which contacts a membership change concerns: exactly one property.
struct MembershipSource {
  std::vector<std::string> contact_ids;  // any number: split by 500
  std::vector<std::string> list_ids;     // any number: split by 50
  std::optional<bool> all_active_contacts;
  std::vector<std::string> tag_ids;
  std::optional<std::string> engagement_level;
  std::optional<long> segment_id;
  bool operator==(const MembershipSource&) const = default;
  static constexpr auto fields() {
    using T = MembershipSource;
    return std::make_tuple(field("contact_ids", &T::contact_ids, {.format = Format::uuid, .id_of = IdOf::contact}),
        field("list_ids", &T::list_ids, {.format = Format::uuid, .id_of = IdOf::list}),
        field("all_active_contacts", &T::all_active_contacts), field("tag_ids", &T::tag_ids, {.format = Format::uuid}),
        field("engagement_level", &T::engagement_level), field("segment_id", &T::segment_id));
  }
};

// POST /activities/add_list_memberships and /activities/remove_list_memberships.
// list_ids are the target lists: at most 50 when adding (a contact joins at most 50 lists);
// any number when removing (split by 50).
struct ListMemberships {
  MembershipSource source;
  std::optional<ExcludeContacts> exclude;
  std::vector<std::string> list_ids;
  bool operator==(const ListMemberships&) const = default;
  static constexpr auto fields() {
    using T = ListMemberships;
    return std::make_tuple(field("source", &T::source), field("exclude", &T::exclude),
        field("list_ids", &T::list_ids,
            {.format = Format::uuid, .required = true, .argument = "lists", .id_of = IdOf::list}));
  }
};

// POST /activities/contact_delete: contact_ids or list_ids (any number: split by 500 and 50).
struct ContactDelete {
  std::vector<std::string> contact_ids, list_ids;
  bool operator==(const ContactDelete&) const = default;
  static constexpr auto fields() {
    using T = ContactDelete;
    return std::make_tuple(field("contact_ids", &T::contact_ids, {.format = Format::uuid, .id_of = IdOf::contact}),
        field("list_ids", &T::list_ids, {.format = Format::uuid, .id_of = IdOf::list}));
  }
};

// POST /activities/list_delete (any number of lists: split by 100).
struct ListDelete {
  std::vector<std::string> list_ids;
  bool operator==(const ListDelete&) const = default;
  static constexpr auto fields() {
    return std::make_tuple(field("list_ids", &ListDelete::list_ids,
        {.format = Format::uuid, .required = true, .argument = "lists", .id_of = IdOf::list}));
  }
};

// POST /activities/custom_fields_delete (any number of custom fields: split by 100). The fields
// and their values on every contact are removed.
struct CustomFieldDelete {
  std::vector<std::string> custom_field_ids;
  bool operator==(const CustomFieldDelete&) const = default;
  static constexpr auto fields() {
    return std::make_tuple(field("custom_field_ids", &CustomFieldDelete::custom_field_ids,
        {.format = Format::uuid, .required = true}));
  }
};

// POST /activities/contact_exports: every contact by default, or those the filters select.
// contact_ids may be any number (split by 500, one file each).
struct ContactExport {
  std::vector<std::string> contact_ids, list_ids, tag_ids;
  std::optional<bool> new_subscriber;
  std::optional<long> segment_id;
  std::vector<std::string> fields_;  // the columns; JSON "fields"
  std::optional<std::string> status;
  std::optional<ExcludeContacts> exclude;
  bool operator==(const ContactExport&) const = default;
  static constexpr auto fields() {
    using T = ContactExport;
    return std::make_tuple(field("contact_ids", &T::contact_ids, {.format = Format::uuid, .id_of = IdOf::contact}),
        field("list_ids", &T::list_ids,
            {.max_items = bulk_limits::list_ids, .format = Format::uuid, .id_of = IdOf::list}),
        field("tag_ids", &T::tag_ids, {.max_items = 50, .format = Format::uuid}),
        field("new_subscriber", &T::new_subscriber),
        field("segment_id", &T::segment_id, {.min_value = 1, .max_value = 2'147'483'647}), field("fields", &T::fields_),
        field("status", &T::status), field("exclude", &T::exclude));
  }
};

// Filters of GET /activities.
struct ActivityQuery {
  std::optional<int> limit;          // 1-500
  std::optional<std::string> state;  // processing, completed, cancelled, failed, timed_out
  bool operator==(const ActivityQuery&) const = default;
  static constexpr auto fields() {
    using T = ActivityQuery;
    return std::make_tuple(field("limit", &T::limit, {.min_value = 1, .max_value = 500}),
        field("state", &T::state, {.one_of = enums::activity_state}));
  }
};

// A downloaded export: the CSV text (GET /contact_exports/{activity_id}).
struct ExportFile {
  std::string csv;
  bool operator==(const ExportFile&) const = default;
  static constexpr auto fields() { return std::make_tuple(field("csv", &ExportFile::csv)); }
};

// One activity of a bulk operation, as last seen.
struct BulkChunk {
  long index = 0;  // 0-based, in the order the requests were sent
  long items = 0;  // input items it carries (contacts, ids, lists, CSV rows)
  std::optional<std::string> activity_id, state;
  std::optional<long> percent_done, items_total_count, items_completed_count, error_count;
  std::vector<std::string> errors;  // the activity's activity_errors messages
  bool operator==(const BulkChunk&) const = default;
  static constexpr auto fields() {
    using T = BulkChunk;
    return std::make_tuple(field("index", &T::index), field("items", &T::items), field("activity_id", &T::activity_id),
        field("state", &T::state), field("percent_done", &T::percent_done),
        field("items_total_count", &T::items_total_count), field("items_completed_count", &T::items_completed_count),
        field("error_count", &T::error_count), field("errors", &T::errors));
  }
};

// The combined answer of a bulk operation: every activity it started, and their totals.
struct BulkResult {
  std::string activity;  // the activity kind, e.g. "contacts_json_import"
  std::vector<BulkChunk> chunks;
  long items = 0;        // input items over every chunk
  long completed = 0;    // chunks in state completed
  long error_count = 0;  // sum of the chunks' error_count
  bool operator==(const BulkResult&) const = default;
  static constexpr auto fields() {
    using T = BulkResult;
    return std::make_tuple(field("activity", &T::activity), field("chunks", &T::chunks), field("items", &T::items),
        field("completed", &T::completed), field("error_count", &T::error_count));
  }
};

// Progress of a bulk operation, reported after every poll of one of its activities.
// done/total count items over the whole operation (tqdm: `bar.total = p.total; bar.n = p.done`).
struct BulkProgress {
  long chunk = 0, chunks = 0;  // the chunk polled, and how many there are
  std::optional<std::string> activity_id, state;
  long percent_done = 0;     // of this chunk
  long done = 0, total = 0;  // items over every chunk
  bool operator==(const BulkProgress&) const = default;
  static constexpr auto fields() {
    using T = BulkProgress;
    return std::make_tuple(field("chunk", &T::chunk), field("chunks", &T::chunks),
        field("activity_id", &T::activity_id), field("state", &T::state), field("percent_done", &T::percent_done),
        field("done", &T::done), field("total", &T::total));
  }
};

}  // namespace ctct

// Models of this header, each with its name in Python and Node (ctct/models_list.hpp gathers them).
// clang-format off
#define CTCT_BULK_MODELS(X) \
  X(ImportCustomField, "", "ImportCustomField") \
  X(ImportContact, "", "ImportContact") \
  X(ExcludeContacts, "", "ExcludeContacts") \
  X(MembershipSource, "", "MembershipSource") \
  X(ExportFile, "", "ExportFile") \
  X(BulkChunk, "", "BulkChunk") \
  X(BulkResult, "", "BulkResult") \
  X(BulkProgress, "", "BulkProgress")
// clang-format on

// Request bodies of this header: JSON only, taken field by field by the bindings.
// clang-format off
#define CTCT_BULK_REQUEST_BODIES(X) \
  X(ContactsImport, "", "ContactsImport") \
  X(FileImport, "", "FileImport") \
  X(ListMemberships, "", "ListMemberships") \
  X(ContactDelete, "", "ContactDelete") \
  X(ListDelete, "", "ListDelete") \
  X(CustomFieldDelete, "", "CustomFieldDelete") \
  X(ContactExport, "", "ContactExport")
// clang-format on

// Queries and options of this header: taken field by field by the bindings, never JSON.
// clang-format off
#define CTCT_BULK_ARGUMENT_TYPES(X) \
  X(ActivityQuery, "", "ActivityQuery")
// clang-format on
