// What every field's getter shares (field_getter.hpp), made once.
#include "field_getter.hpp"

namespace ctct::python {

[[gnu::cold]] PyObject* refuse_self(PyObject* object, const std::type_info& cls, const char* field) {
  PyTypeObject* type = py::detail::get_type_info(cls)->type;
  if (PyObject_TypeCheck(object, type))
    PyErr_Format(PyExc_TypeError, "%s: this %s was made without __init__", field, type->tp_name);
  else PyErr_Format(PyExc_TypeError, "%s: self must be a %s, not %s", field, type->tp_name, Py_TYPE(object)->tp_name);
  return nullptr;
}

[[gnu::cold]] void use_field_getter(py::handle cls, const char* name, PyCFunction getter) {
  py::object property = cls.attr(name);
  // Made once per field at import and kept for the life of the process, as CPython requires.
  auto* doc = new std::string(property.attr("fget").attr("__doc__").cast<std::string>());
  auto* def = new PyMethodDef{name, getter, METH_O, doc->c_str()};
  py::object function = py::reinterpret_steal<py::object>(PyCFunction_New(def, nullptr));
  if (!function) throw py::error_already_set();
  py::object replaced = py::reinterpret_borrow<py::object>(reinterpret_cast<PyObject*>(&PyProperty_Type))(function,
      property.attr("fset"), property.attr("fdel"), property.attr("__doc__"));
  py::setattr(cls, name, replaced);
}

}  // namespace ctct::python
