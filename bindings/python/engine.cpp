// ctct.Engine: the I/O loops clients share (ctct/engine.hpp). Clients given none use the
// process-wide engine; give one to choose the sharing or the thread count yourself.
#include <memory>
#include <string>

#include "bind.hpp"
#include "ctct/engine.hpp"

namespace ctct::python {

[[gnu::cold]] void bind_engine(py::module_& m) {
  Class<Engine, std::shared_ptr<Engine>>(m, "Engine",
      "I/O loops (threads with their connection pools) shared by the clients given it (engine=...). "
      "threads: loops per set of transport options, 1 to 64; clients are spread over them in turn. "
      "A loop starts with its first client and ends when its last is closed. Clients given none share the "
      "process-wide engine of one loop.")
      .def(py::init([](std::size_t threads) { return std::make_shared<Engine>(EngineOptions{threads}); }),
          py::kw_only(), py::arg("threads") = EngineOptions{}.threads)
      .def_property_readonly("threads", [](const Engine& self) { return self.options().threads; })
      .def_property_readonly("live_loops", &Engine::live_loops, "The loops running now, each with its thread.")
      .def("__repr__",
          [](const Engine& self) { return "Engine(threads=" + std::to_string(self.options().threads) + ")"; });
}

}  // namespace ctct::python
