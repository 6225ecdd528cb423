// ctct.v2: the legacy models and the v2 Client and AsyncClient, bound once for both.
#include <memory>
#include <string>
#include <vector>

#include "bind.hpp"
#include "client_init.hpp"
#include "ctct/v2.hpp"
#include "lifetime.hpp"
#include "listed.hpp"

namespace ctct::python {

namespace {

template <class Mode>
[[gnu::cold]] void bind_client(py::module_& m, const std::string& name) {
  using H = Handle<v2::Client, Mode>;
  Class<H> cls(m, name.c_str(), "Constant Contact API v2 (legacy), for holders of a v2 API key.");
  def_client_init(
      cls,
      [](HttpOptions http, Policies policies, std::string api_key, std::string access_token, std::string base_url) {
        auto client = own(std::make_unique<v2::Client>(v2::ClientOptions{std::move(api_key), std::move(access_token),
                              base_url, std::move(http), policies.retry, policies.rate_limit,
                              std::move(policies.rate_limiter), std::move(policies.log)}),
            &v2::Client::close);
        return H{client, client.get(), std::move(base_url)};
      },
      type_list<std::string, std::string, std::string>{}, py::arg("api_key"), py::arg("access_token"),
      py::arg("base_url") = v2::ClientOptions{}.base_url);
  def_client_common(cls, name);
  def_op(
      cls, "lists", [](v2::Client& api, Callback<std::vector<v2::ContactList>> done) { api.lists(std::move(done)); },
      "GET /lists: the lists and their ids.");
  def_op(
      cls, "create_contact",
      [](v2::Client& api, Callback<v2::Contact> done, const v2::Contact& contact, v2::ActionBy action_by) {
        api.create_contact(contact, action_by, std::move(done));
      },
      "POST /contacts?action_by=...", py::arg("contact"), py::arg("action_by") = v2::ActionBy::owner);
  def_op(
      cls, "add_contact_to_list",
      [](v2::Client& api, DeliveryCallback done, Fields<Lead> lead, const std::string& list_id,
          v2::ActionBy action_by) { api.add_contact_to_list(list_id, lead.value, action_by, std::move(done)); },
      "The delivery on v2: adds the lead (email required) to the list; an existing address is a failure.",
      py::arg("list_id"), py::kw_only(), py::arg("action_by") = v2::ActionBy::owner);
}

}  // namespace

[[gnu::cold]] void bind_v2(py::module_& root, py::module_& v2) {
  // Its models are bound with the others (models.cpp); v2 is not in the registry, so the
  // outcomes of its operations are named here.
  bind_result<Outcome<v2::Contact>>(root);
  bind_result<Outcome<std::vector<v2::ContactList>>>(root);
  bind_client<Sync>(v2, "Client");
  bind_client<Async>(v2, "AsyncClient");
}

}  // namespace ctct::python
