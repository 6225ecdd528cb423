// Operations described once, as describe.hpp describes models. Each group of the client
// (Contacts, ContactLists, Activities, Tags, CustomFields, Bulk) lists its operations in
// `static constexpr auto operations()`, and Client lists its groups in `groups()`. The Python
// methods, the Node methods, their stubs and the parity test all follow these lists: an
// operation added here (and defined in the core) reaches every language.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <tuple>
#include <type_traits>

namespace ctct::meta {

// How a parameter of an operation is given in Python and Node (C++ takes it as declared).
enum class Takes {
  argument,  // positional. A described model also takes its fields: Python as keywords, Node as a plain object
  option,    // optional, T{} when left out. Python: a keyword; Node: a key of the trailing options object
  fields,    // a described struct given field by field. Python: a keyword per field (the ones named
             // in `positional` come first, positionally); Node: the first of `positional` is positional,
             // every other field is a key of the trailing options object
};

struct Param {
  const char* name;  // snake_case; Node uses its camelCase form
  Takes takes = Takes::argument;
  const char* positional[3] = {};  // for Takes::fields: fields given by position, by argument name
};

constexpr Param arg(const char* name) { return {name, Takes::argument}; }
constexpr Param option(const char* name) { return {name, Takes::option}; }
constexpr Param fields(const char* name, const char* first = nullptr, const char* second = nullptr,
    const char* third = nullptr) {
  return {name, Takes::fields, {first, second, third}};
}

// The callback form `void (Group::*)(Args..., std::function<void(Result)>)` of an operation.
template <class Group, class Result, class... Args>
struct Operation {
  using group = Group;
  using result = Result;  // what the callback receives: Outcome<T> or DeliveryOutcome
  using args = std::tuple<std::remove_cvref_t<Args>...>;
  static constexpr std::size_t arity = sizeof...(Args);

  const char* name;  // snake_case; Node uses its camelCase form
  void (Group::*start)(Args..., std::function<void(Result)>);
  Param params[sizeof...(Args) + 1];  // one per argument (the extra slot keeps the array non-empty)
  const char* doc;                    // the first line of the method's help in every language
};

namespace detail {
template <class Group, class Last, class... Args>
struct split_callback;
template <class Group, class Result, class... Args>
struct split_callback<Group, std::function<void(Result)>, Args...> {
  using type = Operation<Group, Result, Args...>;
};
template <class... P>
struct last_of {
  using type = std::tuple_element_t<sizeof...(P) - 1, std::tuple<P...>>;
};
template <class Group, class Tuple, class Last>
struct make_operation;
template <class Group, class... Args, class Last>
struct make_operation<Group, std::tuple<Args...>, Last> {
  using type = typename split_callback<Group, std::remove_cvref_t<Last>, Args...>::type;
};
template <class Tuple, std::size_t... I>
auto drop_last(std::index_sequence<I...>) -> std::tuple<std::tuple_element_t<I, Tuple>...>;
}  // namespace detail

// operation("get", &Contacts::get, "GET /contacts/{contact_id}", arg("contact_id"), option("include")).
// `start` names the overload set; only the callback form (returning void) fits, so it is picked.
template <class Group, class... P, class... Params>
constexpr auto operation(const char* name, void (Group::*start)(P...), const char* doc, Params... params) {
  using All = std::tuple<P...>;
  using Args = decltype(detail::drop_last<All>(std::make_index_sequence<sizeof...(P) - 1>{}));
  using Op = typename detail::make_operation<Group, Args, typename detail::last_of<P...>::type>::type;
  static_assert(sizeof...(Params) == Op::arity, "give one parameter description per argument");
  return Op{name, start, {params..., Param{}}, doc};
}

// A group of operations reached from the client (client.contacts() in C++, client.contacts in
// Python and Node).
template <class Owner, class Group>
struct GroupRef {
  using group = Group;
  const char* name;  // snake_case; Node uses its camelCase form
  Group& (Owner::*get)();
  const char* doc;
};

template <class Owner, class Group>
constexpr GroupRef<Owner, Group> group(const char* name, Group& (Owner::*get)(), const char* doc) {
  return {name, get, doc};
}

// Calls fn(op) for each operation of Group, in the listed order.
template <class Group, class Fn>
constexpr void for_each_operation(Fn&& fn) {
  std::apply([&](const auto&... op) { (fn(op), ...); }, Group::operations());
}

// Calls fn(group) for each group of Owner.
template <class Owner, class Fn>
constexpr void for_each_group(Fn&& fn) {
  std::apply([&](const auto&... g) { (fn(g), ...); }, Owner::groups());
}

}  // namespace ctct::meta

namespace ctct {
// Every group and operation of the clients as JSON, for the parity tests and the vector runners
// of each language: {"client": [op...], "groups": [{"name", "operations": [op...]}],
// "v2_client": [op...], "oauth_client": [op...]},
// op = {"name", "doc" (its help's first line, "METHOD /path..." when it is one request),
// "params": [{"name", "takes": "argument"|"option"|"fields"|"bulk_options",
// "fields": [argument names of a described struct], "json": [their JSON names, in the same
// order], "positional": [...]}]}.
std::string describe_operations();
}  // namespace ctct
