// The methods of the Node classes, made from the operations registry (ctct/operation.hpp) as
// Python's def_operations makes its methods: no operation is written out here. A JS call gives, in
// order, one positional argument per `argument` parameter and per `fields` parameter with a
// positional field (its first), then ONE options object holding every `option` parameter and
// every other field under its camelCase name (js_name); a BulkOptions parameter is the keys
// wait, pollIntervalMs and onProgress. Argument fields are named as the registry names them
// (meta::argument_name: `lists` for list_ids), so no reshaping is left to JS.
#pragma once

#include <cstring>
#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include <napi.h>

#include "addon.hpp"
#include "bulk_options.hpp"
#include "ctct/operation.hpp"
#include "names.hpp"
#include "options.hpp"
#include "page_cursor.hpp"
#include "ts_types.hpp"

namespace ctct::node::operations {

// The operations' methods: node/index.js replaces each with one answering a rejected Promise for
// a TypeError thrown before the call starts (and pages() and iter() with async iterators).
constexpr auto replaceable = static_cast<napi_property_attributes>(napi_writable | napi_configurable);

// The JS class of a client (Client, v2.Client, oauth.OAuthClient): close(), the URL it talks to
// (Wrap::url) under `url_name`, and one method per operation of Wrap::ops (its operations()),
// each running Wrap::call<I>.
template <class Wrap>
[[gnu::cold]] Napi::Function define_client(Napi::Env env, const char* class_name, const char* url_name) {
  std::deque<std::string> names;  // the descriptors point into it until the class is made
  std::vector<typename Wrap::PropertyDescriptor> methods = {Wrap::template InstanceMethod<&Wrap::close>("close"),
      Wrap::template InstanceAccessor<&Wrap::url>(url_name)};
  [&]<std::size_t... I>(std::index_sequence<I...>) {
    ((names.push_back(js_name(std::get<I>(Wrap::ops).name)),
         methods.push_back(Wrap::InstanceMethod(names.back().c_str(), &Wrap::template call<I>, replaceable))),
        ...);
  }
  (std::make_index_sequence<std::tuple_size_v<std::remove_cvref_t<decltype(Wrap::ops)>>>{});
  return Wrap::DefineClass(env, class_name, methods);
}

constexpr bool is_positional(const meta::Param& param) {
  return param.takes == meta::Takes::argument || (param.takes == meta::Takes::fields && param.positional[0]);
}

template <class Op>
constexpr std::size_t positional_count(const Op& op) {
  std::size_t count = 0;
  for (std::size_t i = 0; i < Op::arity; ++i) count += is_positional(op.params[i]);
  return count;
}

// The parameter that was an object of its own before the options object until the options
// became one object (bulk.deleteContacts(input, options), bulk.exportContacts(query, options)):
// a `fields` parameter without positional field, in an operation that takes options too.
// Op::arity when there is none.
template <class Op>
constexpr std::size_t old_object_param(const Op& op) {
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
  Options& given;                        // the options object
  bool old_form;                         // the old object (old_object_param) is at info[next]
  std::size_t next = 0;                  // the next positional argument
  std::unique_ptr<JsProgress> progress;  // onProgress, until the operation starts
};

inline bool is_field(const char* name, const char* positional) {
  return positional && std::strcmp(name, positional) == 0;
}

// One parameter of type T, taken as `takes` says (known when compiling, so that only the
// conversions a parameter can need are made); `old` for the parameter of old_object_param.
template <class T, meta::Takes takes, bool old>
T read_param(Call& call, const meta::Param& param) {
  if constexpr (std::is_same_v<T, BulkOptions>) {
    return read_bulk_options(call.given, call.progress);
  } else if constexpr (takes == meta::Takes::argument) {
    return from_js<T>(call.info[call.next++], js_name(param.name));
  } else {
    T value{};
    if constexpr (takes == meta::Takes::option) {
      call.given.read_core(param.name, value);
    } else {
      static_assert(meta::is_described_v<T>, "a parameter taken field by field is a described struct");
      if constexpr (old) {
        if (call.old_form) {
          const Napi::Value object = call.info[call.next];
          return object.IsUndefined() ? value : from_js<T>(object, param.name);
        }
      }
      meta::for_each_field<T>([&](const auto& field) {
        using M = std::remove_cvref_t<decltype(value.*(field.member))>;
        const char* name = meta::argument_name(field);
        if (is_field(name, param.positional[0]))
          value.*(field.member) = from_js<M>(call.info[call.next++], js_name(name));
        else call.given.read_core(name, value.*(field.member));
      });
    }
    return value;
  }
}

// The operation `K` of the list `ops` (a group's operations()), and what its parameters are.
template <const auto& ops, std::size_t K>
struct Listed {
  static constexpr const auto& op = std::get<K>(ops);
  using Op = std::remove_cvref_t<decltype(op)>;
  template <std::size_t I>
  using Arg = std::tuple_element_t<I, typename Op::args>;
};

template <const auto& ops, std::size_t K, std::size_t... I>
auto read_args(Call& call, std::index_sequence<I...>) {
  using L = Listed<ops, K>;
  constexpr std::size_t old = old_object_param(L::op);
  // A braced list is evaluated in order, so positional arguments are taken in order.
  return typename L::Op::args{
      read_param<typename L::template Arg<I>, L::op.params[I].takes, I == old>(call, L::op.params[I])...};
}

// "{ contactIds, listIds, ...options }": the one options object a deprecated form becomes.
template <class T>
[[gnu::cold]] std::string options_form() {
  std::string keys;
  meta::for_each_field<T>([&](const auto& field) { keys += js_name(meta::argument_name(field)) + ", "; });
  return "{ " + keys + "...options }";
}

// Runs the operation `K` of `ops` on `target` with the JS arguments of `info`, answering a
// Promise of its result. `callable` ("contacts.list") names the call in TypeErrors and warnings.
template <const auto& ops, std::size_t K>
Napi::Value start(const Napi::CallbackInfo& info, typename Listed<ops, K>::Op::group& target, InFlight& owner,
    const std::string& callable) {
  using L = Listed<ops, K>;
  constexpr std::size_t positional = positional_count(L::op);
  constexpr std::size_t old = old_object_param(L::op);
  bool old_form = false;
  if constexpr (old < L::Op::arity) {
    old_form = info.Length() > positional + 1 && !info[positional + 1].IsUndefined();
    if (old_form)
      warn_renamed(info.Env(), callable + "(" + L::op.params[old].name + ", options)",
          callable + "(" + options_form<typename L::template Arg<old>>() + ")", "CTCT_DEP0004");
  }
  Options given(info, positional + old_form, callable);
  Call call{info, given, old_form, 0, {}};
  auto args = read_args<ops, K>(call, std::make_index_sequence<L::Op::arity>{});
  given.finish();
  using Result = typename L::Op::result;
  return later<Result>(info, owner, [&](std::function<void(Result)> done) {
    done = bulk_callback(info.Env(), std::move(done), call.progress.get());
    std::apply([&](auto&... arg) { (target.*L::op.start)(arg..., std::move(done)); }, args);
    call.progress.release();  // the callback frees it
  });
}

// A listing followed page after page: the `list` operation's query read as `list` reads it,
// for groups with pages(query).
template <class Group, class Op>
concept pageable = Op::arity == 1 && requires(Group& group, const std::tuple_element_t<0, typename Op::args>& query) {
  group.pages(query);
};

// The item type of the listing: Contact for Pages<Contact>.
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

template <const auto& ops, std::size_t K>
Napi::Object page_cursor(const Napi::CallbackInfo& info, typename Listed<ops, K>::Op::group& target, Napi::Object owner,
    const std::string& callable) {
  using L = Listed<ops, K>;
  Options given(info, positional_count(L::op), callable);
  Call call{info, given, false, 0, {}};
  auto query = read_param<typename L::template Arg<0>, L::op.params[0].takes, false>(call, L::op.params[0]);
  given.finish();
  return make_page_cursor(info.Env(), owner, page_source(target.pages(query)));
}

// What describeMethods() says of one method, for bindings/node/generate-types.js: its name, its
// positional parameters and its options keys with their TypeScript types, what it answers, and
// the spellings it still takes (snake_case keys, the old two-object form). Made as plain data
// per operation; one function (describe.cpp) makes the JS object of every method.
struct Described {
  struct Item {
    std::string name, type;
    const char* deprecated = nullptr;  // the old snake_case spelling of an option
    bool required = false;
  };
  std::string name;
  const char* doc = nullptr;
  std::string returns;
  bool bulk = false;
  std::vector<Item> params, options;
  std::optional<Item> old_object;
};
Napi::Object to_js(Napi::Env env, const Described& method);

template <class Op>
[[gnu::cold]] Described describe(const Op& op) {
  Described method;
  method.name = js_name(op.name);
  method.doc = op.doc;
  method.returns = ts_type<typename Op::result>({});
  auto option = [&](const char* core, std::string type, bool required) {
    std::string name = js_name(core);
    method.options.push_back({name, std::move(type), had_snake_case_spelling(core) ? core : nullptr, required});
  };
  const std::size_t old = old_object_param(op);
  [&]<std::size_t... I>(std::index_sequence<I...>) {
    (
        [&] {
          using T = std::tuple_element_t<I, typename Op::args>;
          const meta::Param& param = op.params[I];
          if constexpr (std::is_same_v<T, BulkOptions>) {
            method.bulk = true;
          } else if (param.takes == meta::Takes::argument) {
            method.params.push_back({js_name(param.name), ts_type<T>({})});
          } else if (param.takes == meta::Takes::option) {
            option(param.name, ts_type<T>({}), false);
          } else if constexpr (meta::is_described_v<T>) {
            if (I == old) method.old_object = Described::Item{param.name, ts_type<T>({})};
            meta::for_each_field<T>([&](const auto& field) {
              using M = std::remove_cvref_t<decltype(std::declval<T>().*(field.member))>;
              const char* name = meta::argument_name(field);
              if (is_field(name, param.positional[0]))
                method.params.push_back({js_name(name), ts_type<M>(field.limits)});
              else option(name, ts_type<M>(field.limits), field.limits.required);
            });
          }
        }(),
        ...);
  }
  (std::make_index_sequence<Op::arity>{});
  return method;
}

}  // namespace ctct::node::operations
