// Every model of ctct/models_list.hpp as a class, in the listed order.
#include "bind.hpp"
#include "listed.hpp"

namespace ctct::python {

namespace {

template <class T>
[[gnu::cold]] void bind_listed(py::module_& root, const char* space, const char* name) {
  auto scope = module_of(root, space);
  if constexpr (std::is_same_v<T, DeliveryOutcome>) bind_delivery_outcome(scope);
  else if constexpr (meta::is_described_v<T>) bind_model<T>(scope, name);
}

// `method` of `cls` calling `function`, its doc `doc` (its signature first, as pybind11 writes it).
template <class Function, class... Arg>
[[gnu::cold]] void def_method(py::handle cls, const char* method, Function function, const std::string& doc,
    const Arg&... arg) {
  py::setattr(cls, method,
      py::cpp_function(std::move(function), py::name(method), py::is_method(cls),
          py::sibling(py::getattr(cls, method, py::none())), py::doc(doc.c_str()), arg...));
}

}  // namespace

void check_memo(py::handle memo) {
  if (!PyDict_Check(memo.ptr())) wrong_type(Path{"memo"}, &expected<py::dict>, memo);
}

[[gnu::cold]] void def_model_methods(py::handle cls, const char* name, const ModelMethods& methods) {
  // The signatures the stubs show are the ones pybind11 wrote when each model had its own
  // methods: `self` and the copies are of the model's class, not the py::handle taken here.
  const std::string type = py::str(cls.attr("__module__")).cast<std::string>() + "." + name;
  const std::string self = "(self: " + type;
  py::options options;
  options.disable_function_signatures();
  const ModelMethods* m = &methods;
  def_method(
      cls, "to_dict", [m](py::handle s) { return m->to_dict(s); },
      "to_dict" + self + ") -> dict\n\nA dict with the same keys and values as to_json().\n");
  def_method(
      cls, "to_json", [m](py::handle s) { return m->to_json(s); },
      "to_json" + self +
          ") -> str\n\nCompact JSON, byte for byte what the C++ and Node libraries give for the same value.\n");
  def_method(
      cls, "__eq__", [m](py::handle s, py::handle other) { return m->equal(s, other); },
      "__eq__" + self + ", other: object) -> bool\n", py::arg("other"));
  def_method(
      cls, "__repr__", [m, class_name = std::string(name)](py::handle s) { return m->repr(s, class_name); },
      "__repr__" + self + ") -> str\n");
  def_method(
      cls, "__copy__", [m](py::handle s) { return m->copy(s, py::handle()); },
      "__copy__" + self + ") -> " + type + "\n");
  def_method(
      cls, "__deepcopy__", [m](py::handle s, py::handle memo) { return m->copy(s, memo); },
      "__deepcopy__" + self + ", memo: dict) -> " + type + "\n", py::arg("memo"));
}

[[gnu::cold]] void bind_models(py::module_& root) {
#define CTCT_BIND_LISTED(T, space, name) bind_listed<T>(root, space, name);
  CTCT_MODELS(CTCT_BIND_LISTED)
#undef CTCT_BIND_LISTED
}

}  // namespace ctct::python
