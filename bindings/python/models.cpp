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

}  // namespace

[[gnu::cold]] void bind_models(py::module_& root) {
#define CTCT_BIND_LISTED(T, space, name) bind_listed<T>(root, space, name);
  CTCT_MODELS(CTCT_BIND_LISTED)
#undef CTCT_BIND_LISTED
}

}  // namespace ctct::python
