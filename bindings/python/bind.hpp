// The parts of the module, each bound in its own file.
#pragma once

#include "checked.hpp"

namespace ctct::python {

void bind_policies(py::module_& m);
void bind_models(py::module_& m);
void bind_oauth(py::module_& oauth);
void bind_v3_clients(py::module_& m);
void bind_v2(py::module_& v2);
void bind_emulator(py::module_& m);

}  // namespace ctct::python
