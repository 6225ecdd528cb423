// TypeScript names of the described types and their members, for the generated declarations
// (describeTypes() in types.cpp, describeMethods() in operations.cpp).
#pragma once

#include <map>
#include <string>
#include <tuple>
#include <vector>

#include "convert.hpp"
#include "ctct/models_list.hpp"

namespace ctct::node {

// Stands for the type parameter of the generic Outcome<T> and Page<T>.
struct TypeParameter {
  static constexpr auto fields() { return std::tuple<>(); }
};

// The name of each described type (ctct/models_list.hpp), and of the generic Outcome<T> and
// Page<T> (a listing's pages are Page<Contact> in the declarations, not ContactPage).
template <class T>
struct Named;
#define CTCT_NODE_NAMED(Type, name_space, type_name) \
  template <>                                        \
  struct Named<Type> {                               \
    static constexpr const char* space = name_space; \
    static constexpr const char* name = type_name;   \
  };
CTCT_NODE_NAMED(TypeParameter, "", "T")
CTCT_NODE_NAMED(Outcome<TypeParameter>, "", "Outcome<T>")
CTCT_NODE_NAMED(Page<TypeParameter>, "", "Page<T>")
CTCT_MODELS(CTCT_NODE_NAMED)
CTCT_REQUEST_BODIES(CTCT_NODE_NAMED)
CTCT_ARGUMENT_TYPES(CTCT_NODE_NAMED)
#undef CTCT_NODE_NAMED

template <class T>
struct is_page : std::false_type {};
template <class T>
struct is_page<Page<T>> : std::true_type {
  using item = T;
};
template <class T>
struct is_outcome : std::false_type {};
template <class T>
struct is_outcome<Outcome<T>> : std::true_type {
  using value_type = T;
};

inline std::string string_type(const char* const* one_of) {
  if (!one_of) return "string";
  std::string out;
  for (auto value = one_of; *value; ++value) out += (out.empty() ? "'" : " | '") + std::string(*value) + "'";
  return out;
}

// The TypeScript type of a member, leaving out the optional (how a missing value shows is the
// containing struct's business: left out, or null).
template <class M>
std::string ts_type(const meta::Limits& limits) {
  if constexpr (meta::is_text_v<M>) {
    return string_type(limits.one_of);
  } else if constexpr (std::is_same_v<M, bool>) {
    return "boolean";
  } else if constexpr (std::is_integral_v<M> || std::is_floating_point_v<M>) {
    return "number";
  } else if constexpr (std::is_same_v<M, Kind>) {
    return "OutcomeKind";
  } else if constexpr (meta::named_enum<M>) {
    std::vector<const char*> names(std::begin(meta::enum_names<M>::names), std::end(meta::enum_names<M>::names));
    names.push_back(nullptr);
    return string_type(names.data());
  } else if constexpr (traits::is_optional<M>::value) {
    return ts_type<typename M::value_type>(limits);
  } else if constexpr (traits::is_vector<M>::value) {
    auto item = ts_type<typename M::value_type>(limits);
    return item.find(' ') == std::string::npos ? item + "[]" : "(" + item + ")[]";
  } else if constexpr (traits::is_string_map<M>::value) {
    return "Record<string, string>";
  } else if constexpr (is_page<M>::value) {
    return "Page<" + ts_type<typename is_page<M>::item>(limits) + ">";
  } else if constexpr (is_outcome<M>::value) {
    return "Outcome<" + ts_type<typename is_outcome<M>::value_type>(limits) + ">";
  } else {
    // A model of another namespace (v2) by its qualified name, as models.d.ts declares it.
    const std::string space = Named<M>::space;
    return space.empty() ? Named<M>::name : space + "." + Named<M>::name;
  }
}

}  // namespace ctct::node
