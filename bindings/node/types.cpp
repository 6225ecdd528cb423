// describeTypes(): every model's described fields with their TypeScript types, from which
// generate-types.js writes node/models.d.ts. The descriptions are the C++ ones, so the
// declarations cannot drift from what the conversion does.
#include <map>
#include <string>
#include <type_traits>
#include <vector>

#include "addon.hpp"
#include "ts_types.hpp"

namespace ctct::node {
namespace {

template <class... T>
struct TypeList {};
template <class T>
struct is_declared : std::true_type {};  // each model once: the pages and v2 lists as Page<T>, T[]
template <class T>
struct is_declared<Page<T>> : std::false_type {};
template <class T>
struct is_declared<std::vector<T>> : std::false_type {};
template <>
struct is_declared<Page<TypeParameter>> : std::true_type {};
#define CTCT_NODE_DECLARED(Type, name_space, type_name) , Type
using Declared =
    TypeList<Outcome<TypeParameter>, Page<TypeParameter> CTCT_MODELS(CTCT_NODE_DECLARED) CTCT_REQUEST_BODIES(
                                         CTCT_NODE_DECLARED) CTCT_ARGUMENT_TYPES(CTCT_NODE_DECLARED)>;
#undef CTCT_NODE_DECLARED

const char* format_name(meta::Format format) {
  switch (format) {
    case meta::Format::uuid: return "uuid";
    case meta::Format::email: return "email";
    case meta::Format::date: return "date";
    case meta::Format::none: break;
  }
  return "";
}

template <class T>
Napi::Object describe(Napi::Env env) {
  auto type = Napi::Object::New(env);
  type.Set("space", Named<T>::space);
  type.Set("name", Named<T>::name);
  type.Set("nulls", meta::writes_nulls<T>::value);
  auto fields = Napi::Array::New(env);
  meta::for_each_field<T>([&](const auto& field) {
    using M = std::remove_cvref_t<decltype(std::declval<T>().*(field.member))>;
    auto out = Napi::Object::New(env);
    out.Set("name", field.name);
    out.Set("type", ts_type<M>(field.limits));
    out.Set("optional", traits::is_optional<M>::value);
    const auto& limits = field.limits;
    if (limits.max_len) out.Set("maxLength", static_cast<double>(limits.max_len));
    if (limits.max_items) out.Set("maxItems", static_cast<double>(limits.max_items));
    if (limits.format != meta::Format::none) out.Set("format", format_name(limits.format));
    if (limits.required) out.Set("required", true);
    if (const char* prefix = meta::key_prefix(field)) out.Set("keyPrefix", prefix);
    if (limits.max_value > limits.min_value) {
      out.Set("min", static_cast<double>(limits.min_value));
      out.Set("max", static_cast<double>(limits.max_value));
    }
    fields.Set(fields.Length(), out);
  });
  type.Set("fields", fields);
  return type;
}

template <class T>
void declare(Napi::Env env, Napi::Array& types) {
  if constexpr (is_declared<T>::value) types.Set(types.Length(), describe<T>(env));
}

template <class... T>
Napi::Array describe_all(Napi::Env env, TypeList<T...>) {
  auto types = Napi::Array::New(env);
  (declare<T>(env, types), ...);
  return types;
}

Napi::Value describe_types(const Napi::CallbackInfo& info) { return describe_all(info.Env(), Declared{}); }

}  // namespace

void init_types(Napi::Env env, Napi::Object exports) {
  exports.Set("describeTypes", Napi::Function::New<describe_types>(env, "describeTypes"));
}

}  // namespace ctct::node
