// Outcome<T> and DeliveryOutcome: the described fields (read-only) plus ok, bool() and
// unwrap(), which gives the value or raises the ctct.errors exception that carries the outcome.
#pragma once

#include <string>

#include "ctct/delivery.hpp"
#include "models.hpp"

namespace ctct::python {

// The exception ctct.errors chooses for a failure or error outcome, carrying it; `page`: an
// outcome of a listing's page, raised by iter() (a ctct.PageError).
py::object error_for(py::handle outcome, bool page = false);

[[noreturn]] void raise_for(py::handle outcome, bool page = false);

template <class O>
[[gnu::cold]] void def_ok(ModelClass<O>& cls) {
  cls.def_property_readonly(
      "ok", [](const O& self) { return self.ok(); }, "True when the outcome is a success.");
  cls.def("__bool__", [](const O& self) { return self.ok(); });
}

template <class T>
[[gnu::cold]] ModelClass<Outcome<T>> bind_outcome(py::handle scope, const char* name) {
  auto cls = bind_model<Outcome<T>>(scope, name);
  def_ok(cls);
  // The same object as .value while that is held, the outcome's own, not a copy. A new one keeps
  // the outcome alive through pybind11's reference_internal (a patient of the outcome), not a
  // ModelHolder: returning T keeps the signature pybind11 writes, which the stubs show.
  cls.def(
      "unwrap",
      [](py::object self) -> const T& {
        const auto& outcome = self.cast<const Outcome<T>&>();
        if (!outcome.ok()) raise_for(self);
        // Operations without a resource (remove, resubscribe) answer an Empty value.
        static const Empty nothing;
        if constexpr (std::is_same_v<T, Empty>) return outcome.value ? *outcome.value : nothing;
        else return outcome.value.value();
      },
      py::return_value_policy::reference_internal,
      "The value of a success; raises ctct.FailureError or ctct.IncompleteError otherwise.");
  return cls;
}

[[gnu::cold]] inline ModelClass<DeliveryOutcome> bind_delivery_outcome(py::handle scope) {
  auto cls = bind_model<DeliveryOutcome>(scope, "DeliveryOutcome");
  def_ok(cls);
  cls.def(
      "unwrap",
      [](py::object self) -> DeliveryOutcome {
        const auto& outcome = self.cast<const DeliveryOutcome&>();
        if (!outcome.ok()) raise_for(self);
        return outcome;
      },
      "This outcome when it is a success; raises ctct.FailureError or ctct.IncompleteError otherwise.");
  return cls;
}

}  // namespace ctct::python
