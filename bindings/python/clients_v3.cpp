// ctct.Client and ctct.AsyncClient: the v3 operations, bound once for both.
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "bind.hpp"
#include "bulk_parts.hpp"
#include "client_init.hpp"
#include "ctct/client.hpp"
#include "ctct/oauth.hpp"
#include "lifetime.hpp"
#include "pages.hpp"
#include "tag_parts.hpp"

namespace ctct::python {

namespace {

using Strings = std::vector<std::string>;

template <class Mode>
[[gnu::cold]] void bind_contacts(py::module_& m, const std::string& prefix) {
  Class<Handle<Contacts, Mode>> cls(m, (prefix + "Contacts").c_str());
  def_op(cls, "create", [](Contacts& api, Callback<Contact> done, const Contact& contact) {
    api.create(contact, std::move(done));
  }, "POST /contacts: create_source and an email address are required; an existing one is a failure.",
      py::arg("contact"));
  def_op(cls, "create_or_update", [](Contacts& api, Callback<SignUpResult> done, const ContactSignUp& contact) {
    api.create_or_update(contact, std::move(done));
  }, "POST /contacts/sign_up_form: creates, or updates by email, and adds to the lists.", py::arg("contact"));
  def_op(cls, "get", [](Contacts& api, Callback<Contact> done, const std::string& contact_id, const Strings& include) {
    api.get(contact_id, include, std::move(done));
  }, "GET /contacts/{contact_id}; include names sub-resources (custom_fields, list_memberships, ...).",
      py::arg("contact_id"), py::arg("include") = Strings{});
  def_op(cls, "list", [](Contacts& api, Callback<Page<Contact>> done, Fields<ContactQuery> query) {
    api.list(query.value, std::move(done));
  }, "GET /contacts: one page.");
  def_op(cls, "update", [](Contacts& api, Callback<Contact> done, const std::string& contact_id, const Contact& contact) {
    api.update(contact_id, contact, std::move(done));
  }, "PUT /contacts/{contact_id}: a full update; update_source is required.", py::arg("contact_id"),
      py::arg("contact"));
  def_op(cls, "remove", [](Contacts& api, Callback<Empty> done, const std::string& contact_id) {
    api.remove(contact_id, std::move(done));
  }, "DELETE /contacts/{contact_id}.", py::arg("contact_id"));
  def_op(cls, "counts", [](Contacts& api, Callback<ContactsCounts> done, bool include_new_subscriber) {
    api.counts(include_new_subscriber, std::move(done));
  }, "GET /contacts/counts.", py::arg("include_new_subscriber") = false);
  def_op(cls, "resubscribe", [](Contacts& api, Callback<Empty> done, const std::string& contact_id, const Strings& list_ids) {
    api.resubscribe(contact_id, list_ids, std::move(done));
  }, "PUT /contacts/resubscribe/{contact_id}: resubscribes an unsubscribed contact to the lists.",
      py::arg("contact_id"), py::arg("list_ids"));
  def_listing<Contact, ContactQuery>(cls);
}

template <class Mode>
[[gnu::cold]] void bind_lists(py::module_& m, const std::string& prefix) {
  Class<Handle<ContactLists, Mode>> cls(m, (prefix + "ContactLists").c_str());
  def_op(cls, "create", [](ContactLists& api, Callback<ContactList> done, const ContactList& list) {
    api.create(list, std::move(done));
  }, "POST /contact_lists: name is required.", py::arg("list"));
  def_op(cls, "get", [](ContactLists& api, Callback<ContactList> done, const std::string& list_id) {
    api.get(list_id, std::move(done));
  }, "GET /contact_lists/{list_id}.", py::arg("list_id"));
  def_op(cls, "list", [](ContactLists& api, Callback<Page<ContactList>> done, Fields<ListQuery> query) {
    api.list(query.value, std::move(done));
  }, "GET /contact_lists: one page.");
  def_op(cls, "update", [](ContactLists& api, Callback<ContactList> done, const std::string& list_id, const ContactList& list) {
    api.update(list_id, list, std::move(done));
  }, "PUT /contact_lists/{list_id}.", py::arg("list_id"), py::arg("list"));
  def_op(cls, "remove", [](ContactLists& api, Callback<Activity> done, const std::string& list_id) {
    api.remove(list_id, std::move(done));
  }, "DELETE /contact_lists/{list_id}: answers the activity that deletes it.", py::arg("list_id"));
  def_listing<ContactList, ListQuery>(cls);
}

template <class Mode>
[[gnu::cold]] void bind_activities(py::module_& m, const std::string& prefix) {
  Class<Handle<Activities, Mode>> cls(m, (prefix + "Activities").c_str());
  def_op(cls, "get", [](Activities& api, Callback<Activity> done, const std::string& activity_id) {
    api.get(activity_id, std::move(done));
  }, "GET /activities/{activity_id}.", py::arg("activity_id"));
  def_op(cls, "list", [](Activities& api, Callback<Page<Activity>> done, Fields<ActivityQuery> query) {
    api.list(query.value, std::move(done));
  }, "GET /activities: one page of the last 10 days' activities.");
}

template <class Mode>
[[gnu::cold]] void bind_client(py::module_& m, const std::string& prefix) {
  bind_contacts<Mode>(m, prefix);
  bind_lists<Mode>(m, prefix);
  bind_activities<Mode>(m, prefix);
  bind_tag_parts<Mode>(m, prefix);
  bind_bulk<Mode>(m, prefix);

  using H = Handle<Client, Mode>;
  const std::string name = prefix + "Client";
  Class<H> cls(m, name.c_str(), "Constant Contact API v3.");
  def_client_init(cls, [](HttpOptions http, Policies policies, std::string access_token, std::string base_url,
                          std::optional<oauth::ManagedTokens> managed_tokens) {
    auto client = own(std::make_unique<Client>(ClientOptions{std::move(access_token), base_url, std::move(http),
        policies.retry, policies.rate_limit, std::move(policies.rate_limiter), std::move(managed_tokens),
        std::move(policies.log)}),
        &Client::close);
    return H{client, client.get(), std::move(base_url)};
  }, type_list<std::string, std::string, std::optional<oauth::ManagedTokens>>{}, py::arg("access_token") = "",
      py::arg("base_url") = default_base_url, py::arg("managed_tokens") = py::none());
  def_client_common(cls, name);
  cls.def_property_readonly("contacts", [](const H& self) { return self.part(self.api().contacts()); });
  cls.def_property_readonly("lists", [](const H& self) { return self.part(self.api().lists()); });
  cls.def_property_readonly("activities", [](const H& self) { return self.part(self.api().activities()); });
  cls.def_property_readonly("tags", [](const H& self) { return self.part(self.api().tags()); });
  cls.def_property_readonly("custom_fields", [](const H& self) { return self.part(self.api().custom_fields()); });
  cls.def_property_readonly("bulk", [](const H& self) { return self.part(self.api().bulk()); });
  def_op(cls, "add_contact_to_list",
      [](Client& api, DeliveryCallback done, Fields<Lead> lead, const std::string& list_id,
          bool fail_on_duplicate, const std::map<std::string, std::string>& custom_field_ids) {
        api.add_contact_to_list(list_id, lead.value, DeliveryOptions{fail_on_duplicate, custom_field_ids},
            std::move(done));
      },
      "The delivery: adds the lead (email required) to the list and reads back the append fields.",
      py::arg("list_id"), py::kw_only(), py::arg("fail_on_duplicate") = false,
      py::arg("custom_field_ids") = std::map<std::string, std::string>{});
}

}  // namespace

[[gnu::cold]] void bind_v3_clients(py::module_& m) {
  bind_pages<Contact>(m, "Contact");
  bind_pages<ContactList>(m, "ContactList");
  bind_client<Sync>(m, "");
  bind_client<Async>(m, "Async");
}

}  // namespace ctct::python
