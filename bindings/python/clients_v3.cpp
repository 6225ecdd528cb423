// ctct.Client and ctct.AsyncClient: the groups and operations of the registry
// (ctct/operation.hpp), bound once for both.
#include <memory>
#include <optional>
#include <string>

#include "bind.hpp"
#include "client_init.hpp"
#include "ctct/bulk.hpp"
#include "ctct/client.hpp"
#include "ctct/oauth.hpp"
#include "ctct/tags.hpp"
#include "lifetime.hpp"
#include "operations.hpp"

namespace ctct::python {

namespace {

template <class Mode>
[[gnu::cold]] void bind_client(py::module_& m, const std::string& prefix) {
  using H = Handle<Client, Mode>;
  meta::for_each_group<Client>([&](const auto& group) {
    bind_group<typename std::remove_cvref_t<decltype(group)>::group, Mode>(m, prefix, group.doc);
  });

  const std::string name = prefix + "Client";
  Class<H> cls(m, name.c_str(), "Constant Contact API v3.");
  def_client_init(
      cls,
      [](HttpOptions http, Policies policies, std::string access_token, std::string base_url,
          std::optional<oauth::ManagedTokens> managed_tokens, std::string api_key) {
        auto client = own(std::make_unique<Client>(ClientOptions{std::move(access_token), base_url, std::move(http),
                              policies.retry, policies.rate_limit, std::move(policies.rate_limiter), std::move(api_key),
                              std::move(managed_tokens), std::move(policies.log), std::move(policies.engine)}),
            &Client::close);
        return H{client, client.get(), std::move(base_url)};
      },
      type_list<std::string, std::string, std::optional<oauth::ManagedTokens>, std::string>{},
      py::arg("access_token") = "", py::arg("base_url") = default_base_url, py::arg("managed_tokens") = py::none(),
      py::arg("api_key") = "");
  def_client_common(cls, name);
  meta::for_each_group<Client>([&](const auto& group) {
    cls.def_property_readonly(
        group.name, [get = group.get](const H& self) { return self.part((self.api().*get)()); }, group.doc);
  });
  def_operations<Client, Mode>(m, cls);
}

}  // namespace

[[gnu::cold]] void bind_v3_clients(py::module_& m) {
  bind_client<Sync>(m, "");
  bind_client<Async>(m, "Async");
}

}  // namespace ctct::python
