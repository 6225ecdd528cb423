// ctct._core.Emulator: the in-memory Constant Contact, for ctct.testing.Emulator.
#include <memory>
#include <string>

#include "bind.hpp"
#include "ctct/testing/emulator.hpp"
#include "lifetime.hpp"

namespace ctct::python {

namespace {

// Holds the emulator so that it is stopped with the GIL released, and at exit.
struct EmulatorHandle {
  std::shared_ptr<testing::Emulator> emulator;
};

}  // namespace

[[gnu::cold]] void bind_emulator(py::module_& m) {
  Class<EmulatorHandle>(m, "Emulator", "Constant Contact in memory, on a loopback port.")
      .def(py::init([](std::string host, int port, std::string access_token, std::string api_key) {
        return EmulatorHandle{own(std::make_unique<testing::Emulator>(testing::EmulatorOptions{std::move(host), port,
                                      std::move(access_token), std::move(api_key)}),
            &testing::Emulator::stop)};
      }),
          py::kw_only(), py::arg("host") = "127.0.0.1", py::arg("port") = 0, py::arg("access_token") = "",
          py::arg("api_key") = "")
      .def(
          "start", [](const EmulatorHandle& self) { self.emulator->start(); }, py::call_guard<py::gil_scoped_release>(),
          "Binds and serves on a background thread.")
      .def(
          "stop", [](const EmulatorHandle& self) { self.emulator->stop(); }, py::call_guard<py::gil_scoped_release>())
      .def_property_readonly("port", [](const EmulatorHandle& self) { return self.emulator->port(); })
      .def_property_readonly("url", [](const EmulatorHandle& self) { return self.emulator->url(); })
      .def_property_readonly("v3_url", [](const EmulatorHandle& self) { return self.emulator->v3_url(); })
      .def_property_readonly("v2_url", [](const EmulatorHandle& self) { return self.emulator->v2_url(); })
      .def_property_readonly("access_token", [](const EmulatorHandle& self) { return self.emulator->access_token(); })
      .def_property_readonly("api_key", [](const EmulatorHandle& self) { return self.emulator->api_key(); })
      .def(
          "control",
          [](const EmulatorHandle& self, const std::string& method, const std::string& path, const std::string& body) {
            return self.emulator->control(method, path, body);
          },
          py::call_guard<py::gil_scoped_release>(), py::arg("method"), py::arg("path"), py::arg("body") = "",
          "Runs a control-API call (/__emulator/<path>) in process; answers its JSON body.")
      .def("__repr__", [](const EmulatorHandle& self) { return "Emulator(url='" + self.emulator->url() + "')"; });
}

}  // namespace ctct::python
