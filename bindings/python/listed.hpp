// The classes of ctct/models_list.hpp: each model of CTCT_MODELS is a class named as listed, in
// ctct._core (space "") or its v2 submodule, and the outcome of an operation answering T is the
// class `<T's name>Outcome` beside it, made the first time an operation needs it.
#pragma once

#include <string>
#include <type_traits>
#include <vector>

#include "ctct/models_list.hpp"
#include "outcomes.hpp"

namespace ctct::python {

// The space and name a type has in Python; not defined for types that are not listed.
template <class T>
struct listed;
#define CTCT_LISTED(T, in_space, with_name)        \
  template <>                                      \
  struct listed<T> {                               \
    static constexpr const char* space = in_space; \
    static constexpr const char* name = with_name; \
  };
CTCT_MODELS(CTCT_LISTED)
#undef CTCT_LISTED

// The module of a space: ctct._core itself, or the submodule named by the space.
inline py::module_ module_of(py::module_& root, const char* space) {
  return *space ? root.attr(space).cast<py::module_>() : root;
}

template <class T>
bool is_bound() {
  return py::detail::get_type_info(typeid(T)) != nullptr;
}

// The outcome class of what an operation answers (R: Outcome<T> or DeliveryOutcome), bound
// once, before the first signature that names it.
template <class R>
[[gnu::cold]] void bind_result(py::module_& root) {
  using T = outcome_value_t<R>;
  if constexpr (!std::is_void_v<T>) {
    if (is_bound<R>()) return;
    auto scope = module_of(root, listed<T>::space);
    bind_outcome<T>(scope, (std::string(listed<T>::name) + "Outcome").c_str());
  }
}

}  // namespace ctct::python
