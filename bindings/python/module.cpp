// ctct._core: the C++ core for Python. Conversion only; the package ctct re-exports it.
#include "bind.hpp"
#include "ctct/operation.hpp"
#include "ctct/outcome.hpp"
#include "ctct/version.hpp"
#include "lifetime.hpp"

namespace py = pybind11;

PYBIND11_MODULE(_core, m) {
  m.doc() = "The ctct C++ core: models, outcomes, the v3 and v2 clients and the emulator.";
  m.attr("__version__") = ctct::version;
  py::register_exception<ctct::UsageError>(m, "UsageError", PyExc_ValueError);
  auto oauth = m.def_submodule("oauth", "OAuth 2.0: authorization URL, PKCE, token endpoint, managed tokens.");
  auto v2 = m.def_submodule("v2", "Constant Contact API v2 (legacy): models and clients.");
  ctct::python::bind_policies(m);
  ctct::python::bind_engine(m);
  ctct::python::bind_models(m);
  ctct::python::bind_oauth(m, oauth);
  ctct::python::bind_v3_clients(m);
  ctct::python::bind_lead_queue(m);
  ctct::python::bind_v2(m, v2);
  ctct::python::bind_emulator(m);
  ctct::python::def_function(m, "describe_operations", &ctct::describe_operations,
      "Every group and operation of the v3 client as JSON, as the parity tests read it.");
  ctct::python::register_exit_hook();
  ctct::python::register_fork_hooks();
  ctct::python::check_calls(m);
}
