// The v3 contacts operations: each describes its Call and sends it with a parser.
#include "api/call.hpp"
#include "ctct/client.hpp"

namespace ctct {
namespace {

using detail::Call;

inline constexpr const char* sms_status[] = {"all", "explicit", "unsubscribed", "pending_confirmation", "not_set",
    nullptr};

// Body of PUT /contacts/resubscribe/{id}.
struct Resubscribe {
  std::vector<std::string> list_ids;
  static constexpr auto fields() {
    return std::make_tuple(field("list_ids", &Resubscribe::list_ids,
        {.max_items = 50, .format = Format::uuid, .required = true, .id_of = IdOf::list}));
  }
};

// The contact as POST /contacts (create) or PUT /contacts/{id} (update) takes it: fields the
// service sets itself are left out.
Contact writable(Contact contact, bool update) {
  contact.contact_id.reset();
  contact.created_at.reset();
  contact.updated_at.reset();
  contact.deleted_at.reset();
  (update ? contact.create_source : contact.update_source).reset();
  if (auto& email = contact.email_address) {
    EmailAddress sent;
    sent.address = email->address;
    sent.permission_to_send = email->permission_to_send;
    if (update) sent.opt_out_reason = email->opt_out_reason;
    email = std::move(sent);
  }
  for (auto& phone : contact.phone_numbers) {
    PhoneNumber sent;
    sent.phone_number = phone.phone_number;
    sent.kind = phone.kind;
    phone = std::move(sent);
  }
  for (auto& address : contact.street_addresses) {
    address.street_address_id.reset();
    address.created_at.reset();
    address.updated_at.reset();
  }
  return contact;
}

// Checks the rules the field descriptions cannot state, then the body itself.
Call& with_contact(Call& call, const Contact& contact, bool update) {
  if (update && !contact.update_source) call.refuse_if("contact.update_source is required (Contact or Account).");
  if (!update && !contact.create_source) call.refuse_if("contact.create_source is required (Contact or Account).");
  if (!update && !contact.email_address && !contact.first_name && !contact.last_name)
    call.refuse_if("contact needs an email_address, a first_name or a last_name.");
  if (contact.birthday_month.has_value() != contact.birthday_day.has_value())
    call.refuse_if("contact.birthday_month and contact.birthday_day go together; give both or neither.");
  return call.body(writable(contact, update), "contact");
}

std::vector<std::string> split(const std::optional<std::string>& csv) {
  std::vector<std::string> out;
  if (!csv) return out;
  std::size_t start = 0;
  for (std::size_t comma; (comma = csv->find(',', start)) != std::string::npos; start = comma + 1)
    out.push_back(csv->substr(start, comma - start));
  out.push_back(csv->substr(start));
  return out;
}

Call list_call(const ContactQuery& q) {
  Call call("GET", "/contacts", "the contacts");
  call.query_list("status", split(q.status), {.one_of = enums::contact_status});
  if (q.email) call.query_list("email", {*q.email}, {.format = Format::email});
  call.query_list("lists", q.lists, {.max_items = 25, .format = Format::uuid, .id_of = IdOf::list});
  if (q.segment_id) call.query("segment_id", *q.segment_id);
  call.query_list("tags", q.tags, {.max_items = 50, .format = Format::uuid});
  const std::pair<const char*, const std::optional<std::string>*> dates[] = {{"updated_after", &q.updated_after},
      {"updated_before", &q.updated_before}, {"created_after", &q.created_after}, {"created_before", &q.created_before},
      {"optout_after", &q.optout_after}, {"optout_before", &q.optout_before}};
  for (const auto& [name, value] : dates)
    if (*value) call.query_list(name, {**value}, {});
  call.query_list("include", q.include, {.one_of = enums::contact_include});
  call.query_list("sms_status", split(q.sms_status), {.one_of = sms_status});
  if (q.include_count) call.query("include_count", *q.include_count ? "true" : "false");
  call.limit(q.limit, detail::page_traits<Contact>.cap);
  return call;
}

// Sends a listing; a 202 (a segment still being computed) is an error to retry.
void send_page(detail::Core& core, Call call, Callback<Page<Contact>> callback) {
  detail::require(callback);
  call.send<Page<Contact>>(core, detail::page_body<Contact>(),
      [callback = std::move(callback)](Outcome<Page<Contact>> outcome) {
        if (outcome.ok() && outcome.status == 202) {
          outcome.outcome = Kind::error;
          outcome.reason = "Constant Contact is still preparing the segment's contacts (202); "
                           "retry the request in a few seconds.";
          outcome.value.reset();
        }
        callback(std::move(outcome));
      });
}

// Before POST /contacts is sent again after an answer that leaves its effect unknown: is a
// contact with the address stored (deleted ones included)? Then that contact is the answer,
// and sending again would only make a 409 or a duplicate.
policy::Verify stored_by_address(detail::Core& core, std::string address) {
  return [&core, address = std::move(address)](std::function<void(policy::Lookup)> done) {
    Call("GET", "/contacts", "the contacts")
        .query("email", address)
        .query("status", "all")
        .send<Page<Contact>>(core, detail::page_body<Contact>(),
            [done = std::move(done)](Outcome<Page<Contact>> outcome) {
              policy::Lookup lookup{outcome.attempts, outcome.ok(), std::nullopt};
              if (outcome.ok() && !outcome.value->items.empty()) {
                policy::Result found;
                found.response.status = outcome.status;
                found.response.body = json::write(outcome.value->items.front()).value_or("");
                lookup.found = std::move(found);
              }
              done(std::move(lookup));
            });
  };
}

}  // namespace

void Contacts::create(const Contact& contact, Callback<Contact> callback) {
  Call call("POST", "/contacts", "the contact");
  if (contact.email_address && contact.email_address->address)
    call.resend({.repeatable = false, .verify = stored_by_address(core_, *contact.email_address->address)});
  with_contact(call, contact, false).send(core_, detail::json_body<Contact>(), std::move(callback));
}

void Contacts::create_or_update(const ContactSignUp& contact, Callback<SignUpResult> callback) {
  // Create-or-update by address: sending it twice gives the same contact.
  Call call("POST", "/contacts/sign_up_form", "the contact");
  call.resend({.repeatable = true, .verify = {}});
  if (!contact.email_address)
    call.refuse_if("contact.email_address is required to create or update a contact by email.");
  call.body(contact, "contact").send(core_, detail::json_body<SignUpResult>(), std::move(callback));
}

void Contacts::get(const std::string& contact_id, const std::vector<std::string>& include, Callback<Contact> callback) {
  Call("GET", "/contacts", "the contact")
      .id("contact_id", contact_id, IdOf::contact)
      .query_list("include", include, {.one_of = enums::contact_include})
      .send(core_, detail::json_body<Contact>(), std::move(callback));
}

void Contacts::sms_engagement_history(const std::string& contact_id, Callback<std::vector<SmsEngagement>> callback) {
  Call("GET", "/contacts/sms_engagement_history", "the contact's SMS engagement history")
      .id("contact_id", contact_id, IdOf::contact)
      .send(core_, detail::json_body<std::vector<SmsEngagement>>(), std::move(callback));
}

void Contacts::list(const ContactQuery& query, Callback<Page<Contact>> callback) {
  send_page(core_, list_call(query), std::move(callback));
}

Pages<Contact> Contacts::pages(const ContactQuery& query) {
  return Pages<Contact>([&core = core_, query](const std::optional<std::string>& next,
                            Callback<Page<Contact>> callback) {
    send_page(core, next ? Call("GET", "", "the contacts").at(core.resolve(*next)) : list_call(query),
        std::move(callback));
  });
}

void Contacts::update(const std::string& contact_id, const Contact& contact, Callback<Contact> callback) {
  Call call("PUT", "/contacts", "the contact");
  with_contact(call.id("contact_id", contact_id, IdOf::contact), contact, true)
      .send(core_, detail::json_body<Contact>(), std::move(callback));
}

void Contacts::remove(const std::string& contact_id, Callback<Empty> callback) {
  Call("DELETE", "/contacts", "the contact")
      .id("contact_id", contact_id, IdOf::contact)
      .send(core_, detail::no_body(), std::move(callback));
}

void Contacts::counts(bool include_new_subscriber, Callback<ContactsCounts> callback) {
  Call call("GET", "/contacts/counts", "the contact counts");
  if (include_new_subscriber) call.query("include", "new_subscriber");
  call.send(core_, detail::json_body<ContactsCounts>(), std::move(callback));
}

void Contacts::resubscribe(const std::string& contact_id, const std::vector<std::string>& list_ids,
    Callback<Empty> callback) {
  Call("PUT", "/contacts/resubscribe", "the contact")
      .id("contact_id", contact_id, IdOf::contact)
      .body(Resubscribe{list_ids}, "")
      .send(core_, detail::no_body(), std::move(callback));
}

// Blocking forms.
Outcome<Contact> Contacts::create(const Contact& contact) {
  return detail::wait_for<Contact>([&](auto done) { create(contact, std::move(done)); });
}
Outcome<SignUpResult> Contacts::create_or_update(const ContactSignUp& contact) {
  return detail::wait_for<SignUpResult>([&](auto done) { create_or_update(contact, std::move(done)); });
}
Outcome<std::vector<SmsEngagement>> Contacts::sms_engagement_history(const std::string& contact_id) {
  return detail::wait_for<std::vector<SmsEngagement>>([&](auto done) {
    sms_engagement_history(contact_id, std::move(done));
  });
}
Outcome<Contact> Contacts::get(const std::string& contact_id, const std::vector<std::string>& include) {
  return detail::wait_for<Contact>([&](auto done) { get(contact_id, include, std::move(done)); });
}
Outcome<Page<Contact>> Contacts::list(const ContactQuery& query) {
  return detail::wait_for<Page<Contact>>([&](auto done) { list(query, std::move(done)); });
}
Outcome<Contact> Contacts::update(const std::string& contact_id, const Contact& contact) {
  return detail::wait_for<Contact>([&](auto done) { update(contact_id, contact, std::move(done)); });
}
Outcome<Empty> Contacts::remove(const std::string& contact_id) {
  return detail::wait_for<Empty>([&](auto done) { remove(contact_id, std::move(done)); });
}
Outcome<ContactsCounts> Contacts::counts(bool include_new_subscriber) {
  return detail::wait_for<ContactsCounts>([&](auto done) { counts(include_new_subscriber, std::move(done)); });
}
Outcome<Empty> Contacts::resubscribe(const std::string& contact_id, const std::vector<std::string>& list_ids) {
  return detail::wait_for<Empty>([&](auto done) { resubscribe(contact_id, list_ids, std::move(done)); });
}

}  // namespace ctct
