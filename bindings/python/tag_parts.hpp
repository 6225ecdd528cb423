// The tag and custom field parts of the v3 clients (client.tags, client.custom_fields): their
// models and outcomes, bound with the other models, and their operations, bound with each client.
#pragma once

#include <string>

#include "casters.hpp"
#include "ctct/tags.hpp"

namespace ctct::python {

void bind_tag_models(py::module_& m);

// Binds the classes of client.tags and client.custom_fields for Mode (Sync or Async).
template <class Mode>
void bind_tag_parts(py::module_& m, const std::string& prefix);

}  // namespace ctct::python
