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
#include <typeinfo>

#include "checked.hpp"
#include "ctct/describe.hpp"
#include "model_holder.hpp"

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

// The TypeError of a getter of field `field` of `cls` called on `object`, which holds no such model.
[[gnu::cold]] PyObject* refuse_self(PyObject* object, const std::type_info& cls, const char* field);

// `member` (a field of the value of `owner`) by reference: its models are views keeping `owner`
// alive (model_holder.hpp), in a new list for a list; text and numbers become new Python objects.
template <class M>
PyObject* by_reference(const M& member, PyObject* owner) {
  if constexpr (meta::is_described_v<M>) {
    return model_view(member, owner);
  } else if constexpr (meta::is_optional_v<M>) {
    return member ? by_reference(*member, owner) : py::none().release().ptr();
  } else if constexpr (meta::is_vector_v<M>) {
    py::list out(member.size());
    for (std::size_t i = 0; i < member.size(); ++i) {
      PyObject* item = by_reference(member[i], owner);
      if (!item) return nullptr;
      PyList_SET_ITEM(out.ptr(), static_cast<Py_ssize_t>(i), item);
    }
    return out.release().ptr();
  } else {
    return py::detail::make_caster<M>::cast(member, py::return_value_policy::reference_internal, owner).ptr();
  }
}

// `member` (a field of `owner`) as a new Python object: a new list of copies when `copy` (a
// mutable model's list is the caller's to edit), else by reference into `owner`. One per member
// type, not per field: the module's size counts.
template <class M, bool copy>
[[gnu::noinline]] PyObject* cast_field(const M& member, PyObject* owner) {
  try {
    if constexpr (copy) return py::detail::make_caster<M>::cast(M(member), py::return_value_policy::move, owner).ptr();
    else return by_reference(member, owner);
  } catch (py::error_already_set& error) {
    error.restore();
  } catch (const std::exception& error) {
    PyErr_SetString(PyExc_RuntimeError, error.what());
  }
  return nullptr;
}

// Reads field I of the T behind `object` (cast_field says how).
template <class T, std::size_t I, bool copy>
PyObject* get_field(PyObject*, PyObject* object) {
  constexpr auto& field = std::get<I>(meta::fields_of<T>);
  const T* self = model_of<T>(object);
  if (!self) return refuse_self(object, typeid(T), field.name);
  return cast_field<std::remove_cvref_t<decltype(self->*(field.member))>, copy>(self->*(field.member), object);
}

// Replaces the getter of the property `name` that pybind11 made on `cls` with `getter` (a
// get_field). One function for every field: the module's size counts.
[[gnu::cold]] void use_field_getter(py::handle cls, const char* name, PyCFunction getter);

}  // namespace ctct::python
