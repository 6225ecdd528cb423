// The parts of operations.hpp that do not depend on the operation: the parameter list, the
// model-or-fields rule and the names of group classes.
#include "operations.hpp"

#include <cstdint>

namespace ctct::python {

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
    const std::string callable = method_name(*in.cls, in.method), name = in.slots[whole].name;
    if (given_whole)
      throw py::type_error(callable + " got multiple values for argument '" + name +
                           "': give it whole or as its fields (" + fields + "), not both");
    throw py::type_error(callable + " missing required argument '" + name + "' (or its fields as keywords)");
  }
}

std::string group_class_name(const std::type_info& group, const std::string& prefix) {
  std::string name = group.name();
  py::detail::clean_type_id(name);
  return prefix + name.substr(name.rfind("::") + 2);
}

}  // namespace ctct::python
