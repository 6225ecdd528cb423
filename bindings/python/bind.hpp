// The parts of the module, each bound in its own file.
#pragma once

#include "checked.hpp"

namespace ctct::python {

void bind_policies(py::module_& m);
void bind_engine(py::module_& m);
// Every model of CTCT_MODELS as a class, in the listed order (a class exists before signatures
// that name it). DeliveryOutcome has its own unwrap(); a list of models (v2 ContactLists) is a
// Python list, so only its outcome is a class.
void bind_models(py::module_& root);
void bind_oauth(py::module_& root, py::module_& oauth);
void bind_v3_clients(py::module_& m);
void bind_lead_queue(py::module_& m);  // after the clients it takes
void bind_v2(py::module_& root, py::module_& v2);
void bind_emulator(py::module_& m);

}  // namespace ctct::python
