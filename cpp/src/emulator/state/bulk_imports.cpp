// contacts_json_import and contacts_file_import: both end as rows of ImportContact applied to
// the store (create, or update by email, and join the lists).
#include <memory>

#include "api/validate.hpp"
#include "bulk/csv_records.hpp"
#include "ctct/bulk_models.hpp"
#include "emulator/state/bulk_kinds.hpp"
#include "emulator/state/contact_rules.hpp"
#include "emulator/state/ids.hpp"
#include "json/json_read.hpp"

namespace ctct::emulator {

namespace {

void set_if(std::optional<Text>& to, const std::optional<std::string>& from) {
  if (from) to = from;
}

void apply_phone(Contact& contact, const char* kind, const std::optional<std::string>& number, const std::string& now) {
  if (!number) return;
  for (auto& phone : contact.phone_numbers)
    if (phone.kind == kind) {
      phone.phone_number = number;
      phone.updated_at = now;
      return;
    }
  PhoneNumber phone;
  phone.phone_number_id = new_uuid();
  phone.kind = kind;
  phone.phone_number = number;
  phone.created_at = phone.updated_at = now;
  contact.phone_numbers.push_back(std::move(phone));
}

void apply_address(Contact& contact, const char* kind, const std::optional<std::string>& street,
    const std::optional<std::string>& city, const std::optional<std::string>& state,
    const std::optional<std::string>& zip, const std::optional<std::string>& country, const std::string& now) {
  if (!street && !city && !state && !zip && !country) return;
  StreetAddress* address = nullptr;
  for (auto& a : contact.street_addresses)
    if (a.kind == kind) address = &a;
  if (!address) {
    contact.street_addresses.emplace_back();
    address = &contact.street_addresses.back();
    address->street_address_id = new_uuid();
    address->kind = kind;
    address->created_at = now;
  }
  set_if(address->street, street);
  set_if(address->city, city);
  set_if(address->state, state);
  set_if(address->postal_code, zip);
  set_if(address->country, country);
  address->updated_at = now;
}

// Sets the contact's value of one custom field, replacing the value it had.
void apply_custom_field(Contact& contact, CustomFieldValue value) {
  for (auto& held : contact.custom_fields)
    if (held.custom_field_id == value.custom_field_id) {
      held.value = std::move(value.value);
      return;
    }
  contact.custom_fields.push_back(std::move(value));
}

// Creates or updates the row's contact; the reason when the row is refused.
std::optional<std::string> apply_row(Store& store, const ImportContact& row, const std::vector<std::string>& lists,
    const std::string& now) {
  if (!row.email) return "A contact has no email address.";
  if (auto reason = detail::validate(row, "contact")) return reason;
  std::vector<CustomFieldValue> custom_values;  // resolved first: a refused row changes nothing
  for (const auto& field : row.custom_fields) {
    const CustomField* known = store.tagging.custom_field_by_name(field.name);
    if (!known) return "cf:" + field.name + " names no custom field of the account.";
    custom_values.push_back({known->custom_field_id, field.value});
  }
  Contact* contact = store.contact_by_email(*row.email);
  // The service keeps an unsubscribed contact off every list an import names (the activity's
  // cannot_add_to_list_count): only the contact may resubscribe.
  if (contact && !is_deleted(*contact) && contact_status(*contact) == "unsubscribed")
    return *row.email + " has unsubscribed, so the import cannot add it to a list; the contact must resubscribe.";
  if (!contact) {
    Contact fresh;
    fresh.contact_id = new_uuid();
    fresh.email_address = new_email_address(*row.email, "implicit", "Account", now);
    fresh.create_source = "Account";
    fresh.created_at = now;
    contact = &store.add_contact(std::move(fresh));
  }
  contact->deleted_at.reset();  // importing a deleted contact revives it
  set_if(contact->first_name, row.first_name);
  set_if(contact->last_name, row.last_name);
  set_if(contact->job_title, row.job_title);
  set_if(contact->company_name, row.company_name);
  set_if(contact->anniversary, row.anniversary);
  if (row.birthday_month) contact->birthday_month = row.birthday_month;
  if (row.birthday_day) contact->birthday_day = row.birthday_day;
  apply_phone(*contact, "home", row.home_phone ? row.home_phone : row.phone, now);
  apply_phone(*contact, "work", row.work_phone, now);
  apply_phone(*contact, "mobile", row.mobile_phone, now);
  apply_phone(*contact, "other", row.other_phone, now);
  apply_address(*contact, "home", row.home_street ? row.home_street : row.street,
      row.home_city ? row.home_city : row.city, row.home_state ? row.home_state : row.state,
      row.home_zip ? row.home_zip : row.zip, row.home_country ? row.home_country : row.country, now);
  apply_address(*contact, "work", row.work_street, row.work_city, row.work_state, row.work_zip, row.work_country, now);
  apply_address(*contact, "other", row.other_street, row.other_city, row.other_state, row.other_zip, row.other_country,
      now);
  for (auto& value : custom_values) apply_custom_field(*contact, std::move(value));
  contact->update_source = "Account";
  contact->updated_at = now;
  add_memberships(*contact, lists);
  return std::nullopt;
}

Work import_work(std::shared_ptr<const std::vector<ImportContact>> rows, std::vector<std::string> lists) {
  Work work;
  work.items = static_cast<long>(rows->size());
  work.apply = [rows, lists = std::move(lists)](Store& store) {
    Effect effect;
    for (const auto& id : lists)
      if (!store.list(id)) {
        effect.failed = true;
        effect.errors.push_back("The contact list " + id + " does not exist.");
        return effect;
      }
    const auto now = now_iso();
    long errors = 0, unsubscribed = 0;
    for (std::size_t i = 0; i < rows->size(); ++i)
      if (auto reason = apply_row(store, (*rows)[i], lists, now)) {
        ++errors;
        if (reason->find(" has unsubscribed") != std::string::npos) ++unsubscribed;
        effect.errors.push_back("Row " + std::to_string(i + 1) + ": " + *reason);
      }
    effect.status.person_count = static_cast<long>(rows->size()) - errors;
    effect.status.error_count = errors;
    effect.status.correctable_count = 0;
    effect.status.cannot_add_to_list_count = unsubscribed;
    return effect;
  };
  return work;
}

std::optional<Response> check_lists(const std::vector<std::string>& lists) {
  if (lists.empty()) return invalid_field("list_ids is required: name 1 to 50 lists.");
  if (lists.size() > 50)
    return invalid_field("list_ids has " + std::to_string(lists.size()) + " lists; at most 50 are allowed.");
  for (const auto& id : lists)
    if (!detail::is_uuid(id)) return invalid_field("list_ids holds " + id + ", which is not a list id.");
  return std::nullopt;
}

Response too_large() { return error_array(400, "request.body.too_large", "The request body exceeds 4 MB."); }

Response too_many_rows(std::size_t rows) {
  return error_array(400, "import.too_many_contacts",
      "The import holds " + std::to_string(rows) + " contacts; at most 40,000 are allowed per request.");
}

// A CSV cell into the ImportContact field of the same name (birthday_* as integers), or a
// "cf:<name>" column into its custom fields.
bool set_column(ImportContact& row, const std::string& column, const std::string& value) {
  if (column.rfind("cf:", 0) == 0) {
    if (!value.empty()) row.custom_fields.push_back({column.substr(3), value});
    return true;
  }
  bool known = false;
  meta::for_each_field<ImportContact>([&](const auto& field) {
    auto& member = row.*(field.member);
    using Member = std::decay_t<decltype(member)>;
    if constexpr (!meta::is_keyed_list_v<Member>) {
      if (known || column != field.name) return;
      known = true;
      if (value.empty()) return;
      if constexpr (std::is_same_v<Member, std::optional<int>>) {
        try {
          member = std::stoi(value);
        } catch (const std::exception&) {
          member = 0;  // refused by the row's validation
        }
      } else {
        member = value;
      }
    }
  });
  return known;
}

}  // namespace

std::variant<Response, Work> start_json_import(Store&, const Request& request) {
  if (!request.is_json()) return unsupported_media_type();
  if (request.body.size() > import_max_bytes) return too_large();
  auto read = json::read<ContactsImport>(request.body);
  if (!read) return unreadable_body(read.error->message);
  if (read.value->import_data.size() > import_max_rows) return too_many_rows(read.value->import_data.size());
  if (read.value->import_data.empty()) return invalid_field("import_data is required: give at least one contact.");
  if (auto refused = check_lists(read.value->list_ids)) return *refused;
  auto rows = std::make_shared<const std::vector<ImportContact>>(std::move(read.value->import_data));
  return import_work(std::move(rows), std::move(read.value->list_ids));
}

std::variant<Response, Work> start_file_import(Store&, const Request& request) {
  const auto file = request.form.find("file");
  if (file == request.form.end()) return invalid_field("A multipart/form-data body with a file part is required.");
  if (file->second.content.size() > import_max_bytes) return too_large();
  const auto lists_part = request.form.find("list_ids");
  auto lists = lists_part == request.form.end() ? std::vector<std::string>{} : split_csv(lists_part->second.content);
  if (auto refused = check_lists(lists)) return *refused;
  auto records = bulk::read_csv(file->second.content);
  if (records.size() < 2) return invalid_field("The file needs a header row and at least one contact.");
  if (records.size() > import_max_rows) return too_many_rows(records.size() - 1);
  const auto& header = records.front();
  auto rows = std::make_shared<std::vector<ImportContact>>();
  rows->reserve(records.size() - 1);
  for (std::size_t r = 1; r < records.size(); ++r) {
    ImportContact row;
    for (std::size_t c = 0; c < header.size() && c < records[r].size(); ++c)
      if (!set_column(row, header[c], records[r][c]))
        return invalid_field("The file's column " + header[c] + " is not a contact field.");
    rows->push_back(std::move(row));
  }
  auto work = import_work(std::move(rows), std::move(lists));
  return work;
}

}  // namespace ctct::emulator
