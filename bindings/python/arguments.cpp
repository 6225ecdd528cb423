// The errors of checked arguments (checked.hpp), and the dispatch that words pybind11's
// mismatched calls as Python does, without the values given.
#include <algorithm>
#include <string>
#include <vector>

#include "checked.hpp"

namespace ctct::python {

std::string Path::text() const {
  if (!parent) return name;
  if (index == keys) return "the keys of " + parent->text();
  if (index == values) return "the values of " + parent->text();
  if (index >= 0) return parent->text() + "[" + std::to_string(index) + "]";
  return parent->text() + "['" + name + "']";
}

std::string type_name_of(py::handle value) {
  return py::handle(reinterpret_cast<PyObject*>(Py_TYPE(value.ptr()))).attr("__name__").cast<std::string>();
}

void wrong_type(const Path& path, std::string (*expected)(), py::handle value) {
  throw py::type_error(path.text() + " must be " + expected() + ", not " + type_name_of(value));
}

void out_of_range(const Path& path, long long min, unsigned long long max) {
  throw py::value_error(path.text() + " must be an integer from " + std::to_string(min) + " to " + std::to_string(max));
}

std::string wtf8(py::handle text) {
  auto bytes = py::reinterpret_steal<py::object>(PyUnicode_AsEncodedString(text.ptr(), "utf-8", "surrogatepass"));
  if (!bytes) throw py::error_already_set();
  return {PyBytes_AS_STRING(bytes.ptr()), static_cast<std::size_t>(PyBytes_GET_SIZE(bytes.ptr()))};
}

std::string method_name(const std::type_info& cls, const char* method) {
  return py::detail::get_type_handle(cls, true).attr("__name__").cast<std::string>() + "." + method + "()";
}

namespace {

using Dispatch = PyObject* (*)(PyObject*, PyObject* const*, std::size_t, PyObject*);
Dispatch pybind11_dispatch = nullptr;

std::string callable_name(const py::detail::function_record& record) {
  const bool in_class = record.scope && PyType_Check(record.scope.ptr());
  const std::string scope = in_class ? record.scope.attr("__name__").cast<std::string>() : "";
  if (record.is_constructor) return scope + "()";
  return (in_class ? scope + "." : "") + record.name + "()";
}

// Why pybind11 found no match, in Python's words; the values given are never part of it.
std::string mismatch(const py::detail::function_record& record, PyObject* const* args, std::size_t given,
    PyObject* keywords) {
  const std::string callable = callable_name(record);
  const std::size_t first = record.is_method ? 1 : 0;  // args[0] is self
  const auto& params = record.args;
  auto param_named = [&](const std::string& name) -> std::ptrdiff_t {
    for (std::size_t i = first; i < params.size(); ++i)
      if (params[i].name && name == params[i].name) return static_cast<std::ptrdiff_t>(i);
    return -1;
  };
  const std::size_t keyword_count = keywords ? static_cast<std::size_t>(PyTuple_GET_SIZE(keywords)) : 0;
  std::vector<std::string> keyword_names;
  for (std::size_t k = 0; k < keyword_count; ++k)
    keyword_names.push_back(py::str(PyTuple_GET_ITEM(keywords, k)).cast<std::string>());
  if (!record.has_kwargs) {
    for (const auto& name : keyword_names)
      if (param_named(name) < 0) return callable + " got an unexpected keyword argument '" + name + "'";
  }
  const std::size_t positional = record.nargs_pos > first ? record.nargs_pos - first : 0;
  if (!record.has_args && given > record.nargs_pos) {
    return callable + " takes " + std::to_string(positional) + " positional argument" + (positional == 1 ? "" : "s") +
           " but " + std::to_string(given - first) + (given - first == 1 ? " was" : " were") + " given";
  }
  for (const auto& name : keyword_names) {
    const auto i = param_named(name);
    if (i >= 0 && static_cast<std::size_t>(i) < given)
      return callable + " got multiple values for argument '" + name + "'";
  }
  for (std::size_t i = std::max(given, first); i < params.size(); ++i) {
    if (!params[i].name || params[i].value) continue;
    if (std::find(keyword_names.begin(), keyword_names.end(), params[i].name) == keyword_names.end())
      return callable + " missing required argument '" + std::string(params[i].name) + "'";
  }
  if (record.is_method && given > 0 && !record.is_constructor && PyType_Check(record.scope.ptr()) &&
      !PyObject_TypeCheck(args[0], reinterpret_cast<PyTypeObject*>(record.scope.ptr()))) {
    return callable + ": self must be a " + record.scope.attr("__name__").cast<std::string>() + ", not " +
           type_name_of(args[0]);
  }
  return callable + " was called with arguments it does not take";
}

PyObject* dispatch(PyObject* self, PyObject* const* args, std::size_t nargsf, PyObject* keywords) {
  PyObject* result = pybind11_dispatch(self, args, nargsf, keywords);
  if (result || !PyErr_ExceptionMatches(PyExc_TypeError)) return result;
  const auto* record = py::detail::function_record_ptr_from_PyObject(self);
  py::error_already_set error;  // takes the error: pybind11's text lists the values given
  const std::string text = py::str(error.value()).cast<std::string>();
  const std::string own = std::string(record->name) + "(): incompatible ";
  if (text.compare(0, own.size(), own) != 0) {
    error.restore();  // a TypeError of ours, or of the callable
    return nullptr;
  }
  try {
    const std::string reason = mismatch(*record, args, PyVectorcall_NARGS(nargsf), keywords);
    PyErr_SetString(PyExc_TypeError, reason.c_str());
  } catch (py::error_already_set& failed) {
    failed.restore();
  }
  return nullptr;
}

void check(py::handle function) {
  PyObject* object = function.ptr();
  if (PyInstanceMethod_Check(object)) object = PyInstanceMethod_GET_FUNCTION(object);
  if (!PyCFunction_Check(object)) return;
  PyObject* self = PyCFunction_GET_SELF(object);
  if (!self || !py::detail::function_record_ptr_from_PyObject(self)) return;  // not pybind11's
  PyMethodDef* def = reinterpret_cast<PyCFunctionObject*>(object)->m_ml;
  auto current = reinterpret_cast<Dispatch>(reinterpret_cast<void (*)()>(def->ml_meth));
  if (current == &dispatch) return;
  pybind11_dispatch = current;
  def->ml_meth = reinterpret_cast<PyCFunction>(reinterpret_cast<void (*)()>(&dispatch));
}

void check_class(py::handle cls) {
  for (py::handle member : cls.attr("__dict__").attr("values")()) {
    if (PyObject_TypeCheck(member.ptr(), &PyProperty_Type)) {
      for (const char* part : {"fget", "fset", "fdel"}) check(member.attr(part));
    } else {
      check(member);
    }
  }
}

}  // namespace

void check_calls(py::module_& m) {
  for (py::handle member : m.attr("__dict__").attr("values")()) {
    if (py::isinstance<py::module_>(member)) {
      auto sub = member.cast<py::module_>();
      if (sub.attr("__name__").cast<std::string>().rfind(m.attr("__name__").cast<std::string>() + ".", 0) == 0)
        check_calls(sub);
    } else if (PyType_Check(member.ptr())) {
      check_class(member);
    } else {
      check(member);
    }
  }
}

}  // namespace ctct::python
