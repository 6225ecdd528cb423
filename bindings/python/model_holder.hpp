// How a model's Python object holds its C++ value: its own (made in Python, or a copy handed
// out), or a view of a member of another Python object's value (a page's item, a contact's
// email_address), keeping that object alive. pybind11's reference_internal keeps the owner alive
// through its patients map instead: a map node and a vector allocated for every object handed
// out, about a third of the cost of making and dropping one, and a 500-contact page hands out
// 1,000.
#pragma once

#include <memory>
#include <new>
#include <utility>

#include "casters.hpp"

namespace ctct::python {

template <class T>
class ModelHolder {
 public:
  // pybind11 makes a holder of every value it owns from its pointer.
  explicit ModelHolder(T* own) : value_(own) {}

  // A view of `value`, a member of the value of `owner`; holds a reference to `owner`.
  static ModelHolder view(T* value, PyObject* owner) {
    Py_INCREF(owner);
    return ModelHolder(value, owner);
  }

  ModelHolder(ModelHolder&& other) noexcept
      : value_(std::exchange(other.value_, nullptr)), owner_(std::exchange(other.owner_, nullptr)) {}
  ModelHolder& operator=(ModelHolder&&) = delete;

  // Called with the GIL held: pybind11 deallocates an object's holder in its tp_dealloc.
  ~ModelHolder() {
    if (owner_) Py_DECREF(owner_);
    else delete value_;
  }

  T* get() const { return value_; }

 private:
  ModelHolder(T* value, PyObject* owner) : value_(value), owner_(owner) {}

  T* value_ = nullptr;
  PyObject* owner_ = nullptr;  // null when the value is the holder's own
};

}  // namespace ctct::python

PYBIND11_DECLARE_HOLDER_TYPE(T, ctct::python::ModelHolder<T>)

namespace ctct::python {

// The Python object of `member`, a model inside the value of `owner`: the one already handed out
// while it lives (pybind11 finds it by address), else a new view keeping `owner` alive. Made by
// reference and given its holder after: had pybind11 made it owning, a failure while making it
// would free the owner's memory.
template <class T>
PyObject* model_view(const T& member, PyObject* owner) {
  static const py::detail::type_info* const type = py::detail::get_type_info(typeid(T));
  py::handle object = py::detail::type_caster_base<T>::cast(&member, py::return_value_policy::reference, {});
  if (!object) return nullptr;
  auto* instance = reinterpret_cast<py::detail::instance*>(object.ptr());
  auto value = instance->get_value_and_holder(type);
  // A new object, or one unwrap() made (pybind11's reference_internal): a view without a holder.
  if (!instance->owned && !value.holder_constructed()) {
    new (std::addressof(value.template holder<ModelHolder<T>>()))
        ModelHolder<T>(ModelHolder<T>::view(value.template value_ptr<T>(), owner));
    value.set_holder_constructed();
  }
  return object.ptr();
}

}  // namespace ctct::python
