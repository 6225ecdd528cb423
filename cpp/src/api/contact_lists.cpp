// The v3 contact list operations: each describes its Call and sends it with a parser.
#include "api/call.hpp"
#include "ctct/client.hpp"

namespace ctct {
namespace {

using detail::Call;

// The list as POST and PUT /contact_lists take it: name, description, favorite.
ContactList writable(const ContactList& list) {
  ContactList out;
  out.name = list.name;
  out.description = list.description;
  out.favorite = list.favorite;
  return out;
}

Call list_call(const ListQuery& q) {
  Call call("GET", "/contact_lists", "the lists");
  call.limit(q.limit, detail::page_traits<ContactList>.cap);
  if (q.include_count) call.query("include_count", *q.include_count ? "true" : "false");
  if (q.include_membership_count)
    call.query_list("include_membership_count", {*q.include_membership_count}, {.one_of = enums::membership_count});
  if (q.name) call.query_list("name", {*q.name}, {});
  if (q.status) call.query_list("status", {*q.status}, {.one_of = enums::list_status});
  return call;
}

void send_page(detail::Core& core, Call call, Callback<Page<ContactList>> callback) {
  call.send(core, detail::page_body<ContactList>(), std::move(callback));
}

}  // namespace

void ContactLists::create(const ContactList& list, Callback<ContactList> callback) {
  Call("POST", "/contact_lists", "the list")
      .body(writable(list), "list")
      .send(core_, detail::json_body<ContactList>(), std::move(callback));
}

void ContactLists::get(const std::string& list_id, Callback<ContactList> callback) {
  Call("GET", "/contact_lists", "the list")
      .id("list_id", list_id, IdOf::list)
      .send(core_, detail::json_body<ContactList>(), std::move(callback));
}

void ContactLists::list(const ListQuery& query, Callback<Page<ContactList>> callback) {
  send_page(core_, list_call(query), std::move(callback));
}

Pages<ContactList> ContactLists::pages(const ListQuery& query) {
  return Pages<ContactList>([&core = core_, query](const std::optional<std::string>& next,
                                Callback<Page<ContactList>> callback) {
    send_page(core, next ? Call("GET", "", "the lists").at(core.resolve(*next)) : list_call(query),
        std::move(callback));
  });
}

void ContactLists::update(const std::string& list_id, const ContactList& list, Callback<ContactList> callback) {
  Call("PUT", "/contact_lists", "the list")
      .id("list_id", list_id, IdOf::list)
      .body(writable(list), "list")
      .send(core_, detail::json_body<ContactList>(), std::move(callback));
}

void ContactLists::remove(const std::string& list_id, Callback<Activity> callback) {
  Call("DELETE", "/contact_lists", "the list")
      .id("list_id", list_id, IdOf::list)
      .send(core_, detail::json_body<Activity>(), std::move(callback));
}

// Blocking forms.
Outcome<ContactList> ContactLists::create(const ContactList& list) {
  return detail::wait_for<ContactList>([&](auto done) { create(list, std::move(done)); });
}
Outcome<ContactList> ContactLists::get(const std::string& list_id) {
  return detail::wait_for<ContactList>([&](auto done) { get(list_id, std::move(done)); });
}
Outcome<Page<ContactList>> ContactLists::list(const ListQuery& query) {
  return detail::wait_for<Page<ContactList>>([&](auto done) { list(query, std::move(done)); });
}
Outcome<ContactList> ContactLists::update(const std::string& list_id, const ContactList& list) {
  return detail::wait_for<ContactList>([&](auto done) { update(list_id, list, std::move(done)); });
}
Outcome<Activity> ContactLists::remove(const std::string& list_id) {
  return detail::wait_for<Activity>([&](auto done) { remove(list_id, std::move(done)); });
}

}  // namespace ctct
