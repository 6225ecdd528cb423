// The models the client reads from Constant Contact's answers, picked by one input byte so
// that one target covers them all. Shared by the response and round-trip targets. The list
// follows the operations registry (ctct/operation.hpp): the answer of every operation of every
// group of Client::groups() and of Client::operations(), then the OAuth and v2 answers, so a new
// operation's answer is fuzzed without a change here.
#pragma once

#include <cstddef>
#include <cstdint>
#include <tuple>
#include <type_traits>
#include <vector>

#include "ctct/bulk.hpp"
#include "ctct/client.hpp"
#include "ctct/contact_reports.hpp"
#include "ctct/oauth.hpp"
#include "ctct/segments.hpp"
#include "ctct/tags.hpp"
#include "ctct/v2.hpp"

namespace ctct::fuzz {

template <class... T>
struct types {
  static constexpr std::size_t size = sizeof...(T);
};

namespace detail {

// List with T appended, unless T is void or listed already.
template <class List, class T>
struct add {
  using type = List;
};
template <class... L, class T>
requires(!std::is_void_v<T> && !(std::is_same_v<L, T> || ...)) struct add<types<L...>, T> {
  using type = types<L..., T>;
};

template <class List, class... T>
struct add_all {
  using type = List;
};
template <class List, class T, class... Rest>
struct add_all<List, T, Rest...> : add_all<typename add<List, T>::type, Rest...> {};

// List with the answers of a tuple of operations (operation.hpp's Operation).
template <class List, class Operations>
struct add_answers;
template <class List, class... Op>
struct add_answers<List, std::tuple<Op...>> : add_all<List, outcome_value_t<typename Op::result>...> {};

// List with the answers of every operation of a tuple of groups (operation.hpp's GroupRef).
template <class List, class Groups>
struct add_groups;
template <class List>
struct add_groups<List, std::tuple<>> {
  using type = List;
};
template <class List, class Group, class... Rest>
struct add_groups<List, std::tuple<Group, Rest...>>
    : add_groups<typename add_answers<List, decltype(Group::group::operations())>::type, std::tuple<Rest...>> {};

using v3_answers = typename add_answers<typename add_groups<types<>, decltype(Client::groups())>::type,
    decltype(Client::operations())>::type;

}  // namespace detail

// Every answer the clients read as JSON: those of every operation of the registry.
using answers = typename detail::add_answers<
    typename detail::add_answers<detail::v3_answers, decltype(v2::Client::operations())>::type,
    decltype(oauth::OAuthClient::operations())>::type;

// Calls fn(std::type_identity<T>{}) for the answer that `selector` picks (its index in `answers`,
// modulo their number).
template <class Fn>
void with_model(std::uint8_t selector, Fn&& fn) {
  [&]<class... T>(types<T...>) {
    std::size_t index = 0;
    const std::size_t wanted = selector % sizeof...(T);
    (void)((index++ == wanted ? (fn(std::type_identity<T>{}), true) : false) || ...);
  }(answers{});
}

// Stops the run: libFuzzer records the input that broke the property as a crash.
[[noreturn]] inline void broken() { __builtin_trap(); }

}  // namespace ctct::fuzz
