// The methods of the Node classes, made from the operations registry (ctct/operation.hpp) as
// Python's def_op makes its methods: no operation is written out here. A JS call gives, in
// order, one positional argument per `argument` parameter and per `fields` parameter with a
// positional field (its first), then ONE options object holding every `option` parameter and
// every other field under its camelCase name (js_name); a BulkOptions parameter is the keys
// wait, pollIntervalMs and onProgress. Argument fields are named as the registry names them
// (meta::argument_name: `lists` for list_ids), so no reshaping is left to JS.
#pragma once

#include <cstring>
#include <memory>
#include <string>
#include <tuple>
#include <type_traits>
#include <utility>

#include <napi.h>

#include "addon.hpp"
#include "bulk_options.hpp"
#include "ctct/operation.hpp"
#include "names.hpp"
#include "options.hpp"
#include "page_cursor.hpp"
#include "ts_types.hpp"

namespace ctct::node::operations {

inline bool is_positional(const meta::Param& param) {
  return param.takes == meta::Takes::argument || (param.takes == meta::Takes::fields && param.positional[0]);
}

template <class Op>
std::size_t positional_count(const Op& op) {
  std::size_t count = 0;
  for (std::size_t i = 0; i < Op::arity; ++i) count += is_positional(op.params[i]);
  return count;
}

// The parameter that was an object of its own before the options object until the options
// became one object (bulk.deleteContacts(input, options), bulk.exportContacts(query, options)):
// a `fields` parameter without positional field, in an operation that takes options too.
// Op::arity when there is none.
template <class Op>
std::size_t old_object_param(const Op& op) {
  std::size_t found = Op::arity;
  bool takes_options = false;
  for (std::size_t i = 0; i < Op::arity; ++i) {
    if (op.params[i].takes == meta::Takes::fields && !op.params[i].positional[0]) found = i;
    takes_options = takes_options || op.params[i].takes == meta::Takes::option;
  }
  return takes_options ? found : Op::arity;
}

// The arguments of one JS call as they are read, parameter after parameter.
struct Call {
  const Napi::CallbackInfo& info;
  Options& given;                   // the options object
  std::size_t old_object;           // the parameter given in the old two-object form, or arity
  std::size_t old_index;            // where that object is
  std::size_t next = 0;             // the next positional argument
  std::unique_ptr<JsProgress> progress;  // onProgress, until the operation starts
};

inline bool is_field(const char* name, const char* positional) {
  return positional && std::strcmp(name, positional) == 0;
}

template <class T>
T read_param(Call& call, const meta::Param& param, std::size_t index) {
  if constexpr (std::is_same_v<T, BulkOptions>) {
    return read_bulk_options(call.given, call.progress);
  } else {
    if (param.takes == meta::Takes::argument) return from_js<T>(call.info[call.next++], js_name(param.name));
    T value{};
    if (param.takes == meta::Takes::option) {
      call.given.read_core(param.name, value);
      return value;
    }
    if constexpr (meta::is_described_v<T>) {
      if (index == call.old_object) {
        const Napi::Value object = call.info[call.old_index];
        return object.IsUndefined() ? value : from_js<T>(object, param.name);
      }
      meta::for_each_field<T>([&](const auto& field) {
        using M = std::remove_cvref_t<decltype(value.*(field.member))>;
        const char* name = meta::argument_name(field);
        if (is_field(name, param.positional[0]))
          value.*(field.member) = from_js<M>(call.info[call.next++], js_name(name));
        else
          call.given.read_core(name, value.*(field.member));
      });
    }
    return value;
  }
}

template <class Op, std::size_t... I>
typename Op::args read_args(Call& call, const Op& op, std::index_sequence<I...>) {
  // A braced list is evaluated in order, so positional arguments are taken in order.
  return typename Op::args{read_param<std::tuple_element_t<I, typename Op::args>>(call, op.params[I], I)...};
}

// "{ contactIds, listIds, ...options }": the one options object a deprecated form becomes.
template <class T>
std::string options_form() {
  std::string keys;
  if constexpr (meta::is_described_v<T>)  // always, for the parameter of old_object_param
    meta::for_each_field<T>([&](const auto& field) { keys += js_name(meta::argument_name(field)) + ", "; });
  return "{ " + keys + "...options }";
}

template <class Op>
void warn_old_form(Napi::Env env, const Op& op, std::size_t old, const std::string& callable) {
  [&]<std::size_t... I>(std::index_sequence<I...>) {
    ((I == old ? warn_renamed(env, callable + "(" + op.params[I].name + ", options)",
                     callable + "(" + options_form<std::tuple_element_t<I, typename Op::args>>() + ")",
                     "CTCT_DEP0004")
               : void()),
        ...);
  }(std::make_index_sequence<Op::arity>{});
}

// Runs `op` on `target` with the JS arguments of `info`, answering a Promise of its result.
// `callable` ("contacts.list") names the call in TypeErrors and warnings.
template <class Op>
Napi::Value start(const Napi::CallbackInfo& info, const Op& op, typename Op::group& target, InFlight& owner,
    const std::string& callable) {
  const std::size_t positional = positional_count(op);
  std::size_t old = old_object_param(op);
  if (old < Op::arity && (info.Length() <= positional + 1 || info[positional + 1].IsUndefined())) old = Op::arity;
  if (old < Op::arity) warn_old_form(info.Env(), op, old, callable);
  Options given(info, positional + (old < Op::arity), callable);
  Call call{info, given, old, positional, 0, {}};
  auto args = read_args(call, op, std::make_index_sequence<Op::arity>{});
  given.finish();
  using Result = typename Op::result;
  return later<Result>(info, owner, [&](std::function<void(Result)> done) {
    done = bulk_callback(info.Env(), std::move(done), call.progress.get());
    std::apply([&](auto&... arg) { (target.*op.start)(arg..., std::move(done)); }, args);
    call.progress.release();  // the callback frees it
  });
}

// A listing followed page after page: the `list` operation's query read as `list` reads it,
// for groups with pages(query).
template <class Group, class Op>
concept pageable = Op::arity == 1 && requires(Group& group, const std::tuple_element_t<0, typename Op::args>& query) {
  group.pages(query);
};

template <class Group, class Op>
struct listing {
  template <class P>
  struct item_of;
  template <class Item>
  struct item_of<Pages<Item>> {
    using type = Item;
  };
  using item = typename item_of<decltype(std::declval<Group&>().pages(
      std::declval<const std::tuple_element_t<0, typename Op::args>&>()))>::type;
};

template <class Op>
Napi::Object page_cursor(const Napi::CallbackInfo& info, const Op& op, typename Op::group& target,
    Napi::Object owner, const std::string& callable) {
  Options given(info, positional_count(op), callable);
  Call call{info, given, Op::arity, 0, 0, {}};
  auto query = read_param<std::tuple_element_t<0, typename Op::args>>(call, op.params[0], 0);
  given.finish();
  return make_page_cursor(info.Env(), owner, page_source(target.pages(query)));
}

// What describeMethods() says of one method, for bindings/node/generate-types.js: its name, its
// positional parameters and its options keys with their TypeScript types, what it answers, and
// the spellings it still takes (snake_case keys, the old two-object form).
template <class Op>
Napi::Object describe(Napi::Env env, const Op& op) {
  auto method = Napi::Object::New(env);
  auto params = Napi::Array::New(env);
  auto options = Napi::Array::New(env);
  auto add = [](Napi::Array& to, Napi::Object item) { to.Set(to.Length(), item); };
  auto named = [&](const std::string& name, const std::string& type) {
    auto item = Napi::Object::New(env);
    item.Set("name", name);
    item.Set("type", type);
    return item;
  };
  auto option = [&](const char* core, const std::string& type, bool required) {
    auto item = named(js_name(core), type);
    if (required) item.Set("required", true);
    if (js_name(core) != core) item.Set("deprecated", core);
    add(options, item);
  };
  const std::size_t old = old_object_param(op);
  [&]<std::size_t... I>(std::index_sequence<I...>) {
    (
        [&] {
          using T = std::tuple_element_t<I, typename Op::args>;
          const meta::Param& param = op.params[I];
          if constexpr (std::is_same_v<T, BulkOptions>) {
            method.Set("bulk", true);
          } else if (param.takes == meta::Takes::argument) {
            add(params, named(js_name(param.name), ts_type<T>({})));
          } else if (param.takes == meta::Takes::option) {
            option(param.name, ts_type<T>({}), false);
          } else if constexpr (meta::is_described_v<T>) {
            if (I == old) method.Set("oldObject", named(param.name, ts_type<T>({})));
            meta::for_each_field<T>([&](const auto& field) {
              using M = std::remove_cvref_t<decltype(std::declval<T>().*(field.member))>;
              const char* name = meta::argument_name(field);
              if (is_field(name, param.positional[0]))
                add(params, named(js_name(name), ts_type<M>(field.limits)));
              else
                option(name, ts_type<M>(field.limits), field.limits.required);
            });
          }
        }(),
        ...);
  }(std::make_index_sequence<Op::arity>{});
  method.Set("name", js_name(op.name));
  method.Set("doc", op.doc);
  method.Set("params", params);
  method.Set("options", options);
  method.Set("returns", ts_type<typename Op::result>({}));
  return method;
}

}  // namespace ctct::node::operations
