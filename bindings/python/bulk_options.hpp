// What every bulk operation takes last (client.bulk and the tag activities of client.tags):
// the keywords wait, poll_interval_ms and progress, made into BulkOptions. progress(p) runs on
// the client's I/O thread with the GIL held, after each poll; an exception it raises is reported
// through sys.unraisablehook and the operation carries on, since nothing on that thread could
// catch it.
#pragma once

#include <pybind11/functional.h>

#include <chrono>
#include <functional>
#include <optional>

#include "ctct/bulk.hpp"
#include "ops.hpp"

namespace ctct::python {

// pybind11's std::function takes the GIL for each call, each copy and its release.
using Progress = std::function<void(const BulkProgress&)>;

inline BulkOptions bulk_options(bool wait, long poll_interval_ms, const std::optional<Progress>& progress) {
  BulkOptions options;
  options.wait = wait;
  options.poll_interval = std::chrono::milliseconds(poll_interval_ms);
  if (progress) {
    options.on_progress = [progress = *progress](const BulkProgress& p) {
      try {
        progress(p);
      } catch (py::error_already_set& error) {
        py::gil_scoped_acquire gil;
        error.discard_as_unraisable("ctct bulk progress callback");
      }
    };
  }
  return options;
}

// Defines a bulk operation, adding the keywords it ends with; `extra` must hold a py::kw_only().
template <class Cls, class Start, class... Extra>
[[gnu::cold]] void def_bulk_op(Cls& cls, const char* name, Start start, const char* doc, const Extra&... extra) {
  def_op(cls, name, start, doc, extra..., py::arg("wait") = true, py::arg("poll_interval_ms") = 1000L,
      py::arg("progress") = py::none());
}

}  // namespace ctct::python
