// The JS objects describeMethods() answers, one per method, from the plain descriptions that
// operations::describe makes of each operation.
#include "operations.hpp"

namespace ctct::node::operations {
namespace {

Napi::Object item_to_js(Napi::Env env, const Described::Item& item) {
  auto out = Napi::Object::New(env);
  out.Set("name", item.name);
  out.Set("type", item.type);
  if (item.required) out.Set("required", true);
  if (item.deprecated) out.Set("deprecated", item.deprecated);
  return out;
}

Napi::Array items_to_js(Napi::Env env, const std::vector<Described::Item>& items) {
  auto out = Napi::Array::New(env, items.size());
  for (std::size_t i = 0; i < items.size(); ++i) out.Set(static_cast<uint32_t>(i), item_to_js(env, items[i]));
  return out;
}

}  // namespace

Napi::Object to_js(Napi::Env env, const Described& method) {
  auto out = Napi::Object::New(env);
  out.Set("name", method.name);
  out.Set("doc", method.doc);
  out.Set("params", items_to_js(env, method.params));
  out.Set("options", items_to_js(env, method.options));
  out.Set("returns", method.returns);
  if (method.bulk) out.Set("bulk", true);
  if (method.old_object) out.Set("oldObject", item_to_js(env, *method.old_object));
  return out;
}

}  // namespace ctct::node::operations
