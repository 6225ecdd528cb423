// BulkOptions from the keywords of a bulk operation (bulk_options.hpp).
#include "bulk_options.hpp"

#include <chrono>
#include <optional>
#include <utility>

#include "checked.hpp"

namespace ctct::python {

BulkOptions bulk_options(py::handle wait, py::handle poll_interval_ms, py::handle on_progress, py::handle progress,
    const std::type_info& cls, const char* method) {
  BulkOptions options;
  convert(wait, options.wait, Path{"wait"});
  long interval = 0;
  convert(poll_interval_ms, interval, Path{"poll_interval_ms"});
  options.poll_interval_ms = std::chrono::milliseconds(interval);
  std::optional<Progress> hook, old_hook;
  convert(on_progress, hook, Path{"on_progress"});
  convert(progress, old_hook, Path{"progress"});
  if (old_hook) {
    const std::string callable = method_name(cls, method);
    if (hook) throw py::type_error(callable + " got multiple values for argument 'on_progress' (also as 'progress')");
    if (PyErr_WarnEx(PyExc_DeprecationWarning,
            (callable + ": progress= is deprecated, use on_progress= (progress= goes in 0.2)").c_str(), 1) != 0)
      throw py::error_already_set();
    hook = std::move(old_hook);
  }
  if (hook) {
    options.on_progress = [hook = std::move(*hook)](const BulkProgress& p) {
      try {
        hook(p);
      } catch (py::error_already_set& error) {
        py::gil_scoped_acquire gil;
        error.discard_as_unraisable("ctct bulk progress callback");
      }
    };
  }
  return options;
}

}  // namespace ctct::python
