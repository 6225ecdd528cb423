#include "log.hpp"

#include <pybind11/functional.h>  // Python callables as std::function, taking the GIL

#include <functional>

namespace ctct::python {
namespace {

LogLevel level_named(const std::string& name) {
  for (LogLevel level : {LogLevel::debug, LogLevel::info, LogLevel::warning, LogLevel::error})
    if (name == to_string(level)) return level;
  throw py::value_error("log_level must be debug, info, warning or error; got '" + name + "'");
}

// The numbers of the logging module's levels.
int levelno(LogLevel level) {
  switch (level) {
    case LogLevel::debug: return 10;
    case LogLevel::info: return 20;
    case LogLevel::warning: return 30;
    case LogLevel::error: return 40;
  }
  return 20;
}

// pybind11's std::function takes the GIL for each call and to release the callable. Runs on the
// I/O thread, where an exception would be lost: it is reported as unraisable instead.
template <class Emit>
std::function<void(LogLevel, const std::string&)> guarded(Emit emit) {
  return [emit = std::move(emit)](LogLevel level, const std::string& message) {
    try {
      emit(level, message);
    } catch (py::error_already_set& error) {
      py::gil_scoped_acquire gil;
      error.discard_as_unraisable("ctct log");
    }
  };
}

}  // namespace

LogOptions log_options(const py::object& log, const std::string& log_level) {
  LogOptions options;
  options.level = level_named(log_level);
  if (log.is_none()) return options;
  if (py::hasattr(log, "isEnabledFor") && py::hasattr(log, "log")) {
    auto emit = log.attr("log").cast<std::function<void(int, const std::string&)>>();
    options.callback = guarded([emit](LogLevel level, const std::string& message) { emit(levelno(level), message); });
  } else if (PyCallable_Check(log.ptr())) {
    auto call = log.cast<std::function<void(const std::string&, const std::string&)>>();
    options.callback = guarded([call](LogLevel level, const std::string& message) { call(to_string(level), message); });
  } else {
    throw py::type_error("log must be a callable (level, message) or a logging.Logger");
  }
  return options;
}

}  // namespace ctct::python
