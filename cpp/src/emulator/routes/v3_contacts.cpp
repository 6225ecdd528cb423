// POST and GET /v3/contacts; GET, PUT and DELETE /v3/contacts/{contact_id}.
#include <algorithm>
#include <cctype>
#include <optional>

#include "api/validate.hpp"
#include "emulator/routes/json_body.hpp"
#include "emulator/routes/routes.hpp"
#include "emulator/state/contact_rules.hpp"
#include "emulator/state/ids.hpp"
#include "emulator/state/listing.hpp"
#include "emulator/state/tagging.hpp"
#include "emulator/wire.hpp"
#include "json/json_read.hpp"

namespace ctct::emulator {

namespace {

// The rules of a contact body shared by POST and PUT; `source` names the field each needs.
std::optional<Response> check_body(Store& store, const Contact& contact, const char* source,
    const std::optional<std::string>& source_value) {
  if (auto reason = detail::validate(contact, "contact")) return invalid_field(*reason);
  if (!source_value)
    return error_array(400, "json.field.required",
        std::string("contact.") + source + " is required; use Contact or Account.");
  if (!contact.email_address && !contact.first_name && !contact.last_name)
    return error_array(400, "json.field.required", "A contact needs an email_address, a first_name or a last_name.");
  if (contact.birthday_month.has_value() != contact.birthday_day.has_value())
    return invalid_field("contact.birthday_month and contact.birthday_day go together; give both or neither.");
  if (auto refused = check_tags_exist(store, contact.taggings)) return refused;
  if (auto refused = check_custom_fields_exist(store, contact.custom_fields)) return refused;
  return check_lists_exist(store, contact.list_memberships);
}

std::optional<Contact> read_contact(const Request& request, Response& refusal) {
  return read_json_body<Contact>(request, refusal);
}

Response create(Store& store, const Request& request) {
  Response refusal;
  auto contact = read_contact(request, refusal);
  if (!contact) return refusal;
  if (auto refused = check_body(store, *contact, "create_source", contact->create_source)) return *refused;
  if (auto conflict = check_email_free(store, contact->email_address)) return *conflict;
  const auto now = now_iso();
  contact->contact_id = new_uuid();
  contact->created_at = contact->updated_at = now;
  contact->update_source = contact->create_source;
  contact->deleted_at.reset();
  if (contact->email_address)
    contact->email_address = new_email_address(*contact->email_address->address,
        contact->email_address->permission_to_send.value_or("implicit"), "Account", now);
  stamp_sub_resources(*contact, now);
  return json_response(201, store.add_contact(std::move(*contact)));
}

// Replaces the core fields (omitted ones become null), keeps omitted sub-resources, revives.
Response update(Store& store, const Request& request, const std::string& id) {
  Contact* stored = detail::is_uuid(id) ? store.contact(id) : nullptr;
  if (!stored) return not_found("Contact " + id);
  Response refusal;
  auto body = read_contact(request, refusal);
  if (!body) return refusal;
  if (auto refused = check_body(store, *body, "update_source", body->update_source)) return *refused;
  if (auto conflict = check_email_free(store, body->email_address, id)) return *conflict;
  const auto now = now_iso();
  std::optional<EmailAddress> email;
  if (body->email_address) {
    const auto& given = *body->email_address;
    const bool same = stored->email_address && stored->email_address->address &&
                      lower(*stored->email_address->address) == lower(*given.address);
    email = same ? *stored->email_address : new_email_address(*given.address, "implicit", "Account", now);
    email->address = given.address;
    if (given.permission_to_send) email->permission_to_send = given.permission_to_send;
    email->updated_at = now;
  }
  store.set_email(*stored, std::move(email));
  stored->first_name = body->first_name;
  stored->last_name = body->last_name;
  stored->job_title = body->job_title;
  stored->company_name = body->company_name;
  stored->birthday_month = body->birthday_month;
  stored->birthday_day = body->birthday_day;
  stored->anniversary = body->anniversary;
  stored->update_source = body->update_source;
  stored->updated_at = now;
  stored->deleted_at.reset();
  auto replace_given = [](auto& kept, auto& given) {
    if (!given.empty()) kept = std::move(given);
  };
  replace_given(stored->custom_fields, body->custom_fields);
  replace_given(stored->phone_numbers, body->phone_numbers);
  replace_given(stored->street_addresses, body->street_addresses);
  replace_given(stored->list_memberships, body->list_memberships);
  replace_given(stored->taggings, body->taggings);
  replace_given(stored->notes, body->notes);
  stamp_sub_resources(*stored, now);
  return json_response(200, *stored);
}

Response get_one(Store& store, const Request& request, const std::string& id) {
  const Contact* stored = detail::is_uuid(id) ? store.contact(id) : nullptr;
  if (!stored) return not_found("Contact " + id);
  const auto include = request.param("include");
  if (auto refused = check_include(include)) return *refused;
  return json_response(200, with_includes(*stored, include));
}

// The emulator keeps no SMS channel, so a contact's SMS consent history is empty.
Response sms_engagement_history(Store& store, const std::string& id) {
  if (!(detail::is_uuid(id) && store.contact(id))) return not_found("Contact " + id);
  return Response{200, "[]"};
}

Response remove(Store& store, const std::string& id) {
  Contact* stored = detail::is_uuid(id) ? store.contact(id) : nullptr;
  if (!stored) return not_found("Contact " + id);
  stored->updated_at = now_iso();
  stored->deleted_at = today_iso();  // a date, not a time, in the spec
  return Response{204, "", ""};
}

// An ISO-8601 date-time as "YYYY-MM-DDTHH:MM:SS", to compare with the stored timestamps;
// fractions and offsets are dropped (the emulator's times are UTC).
std::optional<std::string> instant(std::string text) {
  if (text.size() < 19) return std::nullopt;
  text.resize(19);
  if (text[10] == ' ') text[10] = 'T';
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char want = "dddd-dd-ddTdd:dd:dd"[i];
    if (want == 'd' ? !std::isdigit(static_cast<unsigned char>(text[i])) : text[i] != want) return std::nullopt;
  }
  return text;
}

// The filter of GET /contacts: no status means every contact not deleted; "all" means every one.
struct ContactFilter {
  std::vector<std::string> statuses, lists, tags;
  std::string email;
  std::optional<std::string> updated_after;

  bool matches(const Contact& contact) const {
    const auto status = contact_status(contact);
    if (statuses.empty() ? status == "deleted"
                         : std::find(statuses.begin(), statuses.end(), "all") == statuses.end() &&
                               std::find(statuses.begin(), statuses.end(), status) == statuses.end())
      return false;
    if (!email.empty() &&
        !(contact.email_address && contact.email_address->address && lower(*contact.email_address->address) == email))
      return false;
    if (updated_after && !(contact.updated_at && contact.updated_at->view().substr(0, 19) > *updated_after))
      return false;
    return any_of_in(lists, contact.list_memberships) && any_of_in(tags, contact.taggings);
  }

  // No filter, or one of its ids among the contact's.
  static bool any_of_in(const std::vector<std::string>& wanted, const std::vector<Text>& held) {
    return wanted.empty() || holds_any(held, wanted);
  }
};

Response list(Store& store, const Request& request) {
  Response refusal;
  auto listing = read_listing(request,
      {"status", "email", "lists", "tags", "updated_after", "include", "include_count"}, 500, refusal);
  if (!listing) return refusal;
  ContactFilter filter{split_csv(listing->param("status")), split_csv(listing->param("lists")),
      split_csv(listing->param("tags")), lower(listing->param("email")), std::nullopt};
  if (listing->params.count("updated_after")) {
    filter.updated_after = instant(listing->param("updated_after"));
    if (!filter.updated_after)
      return error_array(400, "query.param.invalid", "updated_after must be an ISO-8601 date-time.");
  }
  for (const auto& status : filter.statuses) {
    bool known = false;
    for (auto name = enums::contact_status; *name; ++name) known = known || status == *name;
    if (!known) return error_array(400, "query.param.invalid", "status \"" + status + "\" is not a contact status.");
  }
  if (filter.lists.size() > 25) return error_array(400, "query.param.invalid", "lists takes at most 25 list ids.");
  if (filter.tags.size() > 50) return error_array(400, "query.param.invalid", "tags takes at most 50 tag ids.");
  const auto include = listing->param("include");
  if (auto refused = check_include(include)) return *refused;

  ContactsPage page;
  page.contacts.emplace();
  long last = listing->after;
  // Each page starts just after the cursor's position, so paging costs O(page), not O(n);
  // an address has one candidate at most, found through the address index.
  long begin = listing->after + 1, end = static_cast<long>(store.contacts.size());
  if (!filter.email.empty()) {
    const Contact* owner = store.contact_by_email(filter.email);
    const long at = owner ? static_cast<long>(owner - store.contacts.data()) : end;
    begin = std::max(begin, at);
    end = std::min(end, at + 1);
  }
  for (long i = begin; i < end; ++i) {
    if (!filter.matches(store.contacts[i])) continue;
    if (static_cast<long>(page.contacts->size()) == listing->limit) {
      page._links = Links{Link{next_href("/v3/contacts", *listing, last)}, std::nullopt};
      break;
    }
    page.contacts->push_back(with_includes(store.contacts[i], include));
    last = i;
  }
  if (listing->param("include_count") == "true")
    page.contacts_count = static_cast<long>(std::count_if(store.contacts.begin(), store.contacts.end(),
        [&](const Contact& c) { return filter.matches(c); }));
  return json_response(200, page);
}

}  // namespace

void add_v3_contact_routes(Router& router, Store& store) {
  router.add("POST", "/v3/contacts", [&store](const Request& r, const Params&) { return create(store, r); });
  router.add("GET", "/v3/contacts", [&store](const Request& r, const Params&) { return list(store, r); });
  router.add("GET", "/v3/contacts/{contact_id}",
      [&store](const Request& r, const Params& p) { return get_one(store, r, p[0]); });
  router.add("PUT", "/v3/contacts/{contact_id}",
      [&store](const Request& r, const Params& p) { return update(store, r, p[0]); });
  router.add("DELETE", "/v3/contacts/{contact_id}",
      [&store](const Request&, const Params& p) { return remove(store, p[0]); });
  router.add("GET", "/v3/contacts/sms_engagement_history/{contact_id}",
      [&store](const Request&, const Params& p) { return sms_engagement_history(store, p[0]); });
}

}  // namespace ctct::emulator
