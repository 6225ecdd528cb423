// What a `const BulkOptions&` argument of an operation takes in Python: the keywords wait,
// poll_interval_ms and on_progress (and `progress`, on_progress's old name, with a
// DeprecationWarning). on_progress(p) runs on the client's I/O thread with the GIL held, after
// each poll; an exception it raises is reported through sys.unraisablehook and the operation
// carries on, since nothing on that thread could catch it.
#pragma once

#include <pybind11/functional.h>

#include <functional>
#include <string>
#include <typeinfo>

#include "casters.hpp"
#include "ctct/bulk.hpp"

namespace ctct::python {

// pybind11's std::function takes the GIL for each call, each copy and its release.
using Progress = std::function<void(const BulkProgress&)>;

// BulkOptions from the keywords as given, checked by name (`method` of `cls`, for an error).
BulkOptions bulk_options(py::handle wait, py::handle poll_interval_ms, py::handle on_progress, py::handle progress,
    const std::type_info& cls, const char* method);

}  // namespace ctct::python
