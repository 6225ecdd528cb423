// The bulk part of the v3 clients (client.bulk) and client.activities.list: their models and
// outcomes, bound with the other models, and their operations, bound with each client.
#pragma once

#include <string>

#include "casters.hpp"
#include "ctct/bulk.hpp"

namespace ctct::python {

void bind_bulk_models(py::module_& m);

// Binds the class of client.bulk for Mode (Sync or Async).
template <class Mode>
void bind_bulk(py::module_& m, const std::string& prefix);

}  // namespace ctct::python
