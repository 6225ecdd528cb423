// Conversions pybind11 has no built-in rule for: small enums cross as their JSON strings
// (typed as Literal in the stubs), Awaitable[T] names what async methods return, and text from
// C++ keeps its lone surrogates.
#pragma once

#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <iterator>
#include <string>

#include "ctct/outcome.hpp"
#include "ctct/v2.hpp"

namespace ctct::python {

namespace py = pybind11;

template <class E>
bool enum_from_text(py::handle src, E& value) {
  if (!py::isinstance<py::str>(src)) return false;
  const auto text = src.cast<std::string>();
  const auto& names = meta::enum_names<E>::names;
  std::string allowed;
  for (std::size_t i = 0; i < std::size(names); ++i) {
    if (text == names[i]) {
      value = static_cast<E>(i);
      return true;
    }
    allowed += (i ? ", " : "") + std::string("'") + names[i] + "'";
  }
  throw py::value_error("'" + text + "' is not one of " + allowed);
}

template <class E>
py::handle enum_to_text(E value) {
  return py::str(meta::enum_name(value)).release();
}

// A coroutine-like result: an asyncio future resolved from the client's I/O thread.
template <class T>
class Awaitable : public py::object {
  using py::object::object;

 public:
  Awaitable() = default;
  explicit Awaitable(py::object future) : py::object(std::move(future)) {}
};

}  // namespace ctct::python

namespace pybind11::detail {

#define CTCT_STRING_ENUM_CASTER(E, LITERAL)                                                            \
  template <>                                                                                          \
  struct type_caster<E> {                                                                              \
    PYBIND11_TYPE_CASTER(E, const_name(LITERAL));                                                      \
    bool load(handle src, bool) { return ctct::python::enum_from_text(src, value); }                   \
    static handle cast(E src, return_value_policy, handle) { return ctct::python::enum_to_text(src); } \
  };
CTCT_STRING_ENUM_CASTER(ctct::Kind, "typing.Literal['success', 'failure', 'error']")
CTCT_STRING_ENUM_CASTER(ctct::v2::ActionBy, "typing.Literal['owner', 'visitor']")
#undef CTCT_STRING_ENUM_CASTER

// Text leaves C++ as it came in: a lone surrogate, held as WTF-8, becomes the str it was (a
// strict decode would raise on reading back a field the binding took).
inline handle text_to_str(std::string_view text) {
  PyObject* out = PyUnicode_DecodeUTF8(text.data(), static_cast<Py_ssize_t>(text.size()), "surrogatepass");
  if (!out) throw error_already_set();
  return out;
}

template <>
struct type_caster<std::string> : string_caster<std::string> {
  static handle cast(const std::string& text, return_value_policy, handle) { return text_to_str(text); }
};

// A model's text (ctct/text.hpp) crosses as std::string does.
template <>
struct type_caster<ctct::Text> {
  PYBIND11_TYPE_CASTER(ctct::Text, const_name("str"));
  bool load(handle src, bool convert) {
    make_caster<std::string> text;
    if (!text.load(src, convert)) return false;
    value = cast_op<const std::string&>(text);
    return true;
  }
  static handle cast(const ctct::Text& text, return_value_policy, handle) { return text_to_str(text); }
};

template <class T>
struct handle_type_name<ctct::python::Awaitable<T>> {
  static constexpr auto name = const_name("collections.abc.Awaitable[") + make_caster<T>::name + const_name("]");
};

}  // namespace pybind11::detail
