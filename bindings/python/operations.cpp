// The parts of operations.hpp that do not depend on the operation: error texts, the names of
// group classes, and BulkOptions from its keywords.
#include "operations.hpp"

#include <chrono>
#include <cstdint>

namespace ctct::python {

std::string callable_name(const std::type_info& cls, const char* method) {
  return py::detail::get_type_handle(cls, true).attr("__name__").cast<std::string>() + "." + method + "()";
}

void add_parameters(const Parameters& parameters, py::detail::function_record* record) {
  if (record->is_method && record->args.empty()) record->args.emplace_back("self", nullptr, py::handle(), true, false);
  for (std::size_t s = 0; s < parameters.count; ++s) {
    const Slot& slot = parameters.slots[s];
    if (s == parameters.positional) record->nargs_pos = static_cast<std::uint16_t>(record->args.size());
    py::object value;
    if (!slot.required) {
      const bool own_default = slot.fill == Fill::value || slot.fill == Fill::field || slot.fill == Fill::wait ||
                               slot.fill == Fill::poll_interval_ms;
      value = own_default ? parameters.default_of(slot) : py::none();
    }
    record->args.emplace_back(slot.name, nullptr, value.release(), true, true);
  }
}

namespace {

// The names of the model fields given as keywords for argument `arg` (None is not given).
std::string fields_given(const Given& in, std::size_t arg) {
  std::string names;
  for (std::size_t s = 0; s < in.count; ++s) {
    const Slot& slot = in.slots[s];
    if (slot.fill == Fill::model_field && slot.arg == arg && !in.given[s].is_none())
      names += (names.empty() ? "" : ", ") + std::string(slot.name);
  }
  return names;
}

}  // namespace

void check_whole_or_fields(const Given& in, std::size_t whole, std::size_t arg) {
  const std::string fields = fields_given(in, arg);
  const bool given_whole = !in.given[whole].is_none();
  if (given_whole == !fields.empty()) {
    const std::string callable = callable_name(*in.cls, in.method), name = in.slots[whole].name;
    if (given_whole)
      throw py::type_error(callable + " got multiple values for argument '" + name + "': give it whole or as its fields (" +
                           fields + "), not both");
    throw py::type_error(callable + " missing required argument '" + name + "' (or its fields as keywords)");
  }
}

std::string group_class_name(const std::type_info& group, const std::string& prefix) {
  std::string name = group.name();
  py::detail::clean_type_id(name);
  return prefix + name.substr(name.rfind("::") + 2);
}

BulkOptions bulk_options(py::handle wait, py::handle poll_interval_ms, py::handle on_progress, py::handle progress,
    const std::type_info& cls, const char* method) {
  BulkOptions options;
  convert(wait, options.wait, Path{"wait"});
  long interval = 0;
  convert(poll_interval_ms, interval, Path{"poll_interval_ms"});
  options.poll_interval = std::chrono::milliseconds(interval);
  std::optional<Progress> hook, old_hook;
  convert(on_progress, hook, Path{"on_progress"});
  convert(progress, old_hook, Path{"progress"});
  if (old_hook) {
    const std::string callable = callable_name(cls, method);
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
