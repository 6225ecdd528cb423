// ctct.v2: the v2 Client and AsyncClient, bound once for both from the registry (v2::Client::operations()).
#include <memory>
#include <string>
#include <vector>

#include "bind.hpp"
#include "client_init.hpp"
#include "ctct/v2.hpp"
#include "lifetime.hpp"
#include "operations.hpp"

namespace ctct::python {

namespace {

template <class Mode>
[[gnu::cold]] void bind_client(py::module_& root, py::module_& m, const std::string& name) {
  using H = Handle<v2::Client, Mode>;
  Class<H> cls(m, name.c_str(), "Constant Contact API v2 (legacy), for holders of a v2 API key.");
  def_client_init(
      cls,
      [](HttpOptions http, Policies policies, std::string api_key, std::string access_token, std::string base_url) {
        auto client = own(std::make_unique<v2::Client>(v2::ClientOptions{std::move(api_key), std::move(access_token),
                              base_url, std::move(http), policies.retry, policies.rate_limit,
                              std::move(policies.rate_limiter), std::move(policies.log), std::move(policies.engine)}),
            &v2::Client::close);
        return H{client, client.get(), std::move(base_url)};
      },
      type_list<std::string, std::string, std::string>{}, py::arg("api_key"), py::arg("access_token"),
      py::arg("base_url") = v2::ClientOptions{}.base_url);
  def_client_common(cls, name);
  def_operations<v2::Client, Mode>(root, cls);
}

}  // namespace

[[gnu::cold]] void bind_v2(py::module_& root, py::module_& v2) {
  // Its models are bound with the others (models.cpp), its operations from the registry.
  bind_client<Sync>(root, v2, "Client");
  bind_client<Async>(root, v2, "AsyncClient");
}

}  // namespace ctct::python
