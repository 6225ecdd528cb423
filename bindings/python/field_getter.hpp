// Model properties are read through a plain CPython function (METH_O) instead of pybind11's
// dispatcher, which builds an argument vector and tries its overloads on every call: about 1,300
// instructions per `contact.first_name`, as much as reading the field and making its str ten
// times over. The function converts with pybind11's own casters, and its doc is the signature
// pybind11 wrote for the getter it replaces, so the stubs and the types users see stay the same.
#pragma once

#include <cstddef>
#include <string>
#include <tuple>
#include <type_traits>

#include "checked.hpp"
#include "ctct/describe.hpp"

namespace ctct::python {

// The T behind `object`, or null when there is none (another type, or made without __init__).
// The class itself, by far the most common, is recognised without pybind11's search by type name.
template <class T>
T* model_of(PyObject* object) {
  static const py::detail::type_info* const type = py::detail::get_type_info(typeid(T));
  if (Py_TYPE(object) == type->type) {
    auto* instance = reinterpret_cast<py::detail::instance*>(object);
    return static_cast<T*>(instance->get_value_and_holder(type, false).value_ptr());
  }
  py::detail::make_caster<T> subclass;
  return subclass.load(object, false) ? static_cast<T*>(subclass) : nullptr;
}

// Reads field I of the T behind `object`: a new list of copies when `copy` (a mutable model's
// list is the caller's to edit), else by reference into `object`, kept alive by it (a nested
// model; text and numbers become new Python objects either way).
template <class T, std::size_t I, bool copy>
PyObject* get_field(PyObject*, PyObject* object) {
  constexpr auto& field = std::get<I>(meta::fields_of<T>);
  try {
    const T* self = model_of<T>(object);
    if (!self) {
      PyTypeObject* type = py::detail::get_type_info(typeid(T))->type;
      if (PyObject_TypeCheck(object, type))
        PyErr_Format(PyExc_TypeError, "%s: this %s was made without __init__", field.name, type->tp_name);
      else
        PyErr_Format(PyExc_TypeError, "%s: self must be a %s, not %s", field.name, type->tp_name,
            Py_TYPE(object)->tp_name);
      return nullptr;
    }
    const auto& member = self->*(field.member);
    using M = std::remove_cvref_t<decltype(member)>;
    if constexpr (copy) return py::detail::make_caster<M>::cast(M(member), py::return_value_policy::move, object).ptr();
    else return py::detail::make_caster<M>::cast(member, py::return_value_policy::reference_internal, object).ptr();
  } catch (py::error_already_set& error) {
    error.restore();
  } catch (const std::exception& error) {
    PyErr_SetString(PyExc_RuntimeError, error.what());
  }
  return nullptr;
}

// Replaces the getter of the property `name` that pybind11 made on `cls` with get_field.
template <class T, std::size_t I, bool copy>
[[gnu::cold]] void use_field_getter(py::handle cls, const char* name) {
  py::object property = cls.attr(name);
  // Made once per field at import and kept for the life of the process, as CPython requires.
  auto* doc = new std::string(property.attr("fget").attr("__doc__").cast<std::string>());
  auto* def = new PyMethodDef{name, reinterpret_cast<PyCFunction>(&get_field<T, I, copy>), METH_O, doc->c_str()};
  py::object getter = py::reinterpret_steal<py::object>(PyCFunction_New(def, nullptr));
  if (!getter) throw py::error_already_set();
  py::object replaced = py::reinterpret_borrow<py::object>(reinterpret_cast<PyObject*>(&PyProperty_Type))(getter,
      property.attr("fset"), property.attr("fdel"), property.attr("__doc__"));
  py::setattr(cls, name, replaced);
}

}  // namespace ctct::python
