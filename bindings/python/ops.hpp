// The Python view of a client part (Handle), and def_op for the clients outside the registry
// (v2): an operation written as `[](Api&, std::function<void(R)> done, Args...)` around the
// core's callback form becomes the sync method (returns R) or the async one (returns
// Awaitable[R]). An argument of type Fields<S> is taken from Python as S's fields, as keyword
// arguments. The v3 operations are bound from the registry instead (operations.hpp).
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <type_traits>
#include <utility>

#include "calls.hpp"
#include "models.hpp"

namespace ctct::python {

// A Python-side view of one part of a client (the client itself, its contacts, ...). It keeps
// the client alive; the client is never owned by a callback, so it is never destroyed on its
// own I/O thread.
template <class Api, class Mode>
struct Handle {
  using mode = Mode;
  std::shared_ptr<void> owner;
  Api* target = nullptr;
  std::string base_url;
  Api& api() const { return *target; }
  template <class Part>
  Handle<Part, Mode> part(Part& part) const {
    return {owner, &part, base_url};
  }
};

template <class S>
struct Fields {
  S value;
};

template <class... T>
struct type_list {};

template <class F>
struct op_traits : op_traits<decltype(&F::operator())> {};
template <class C, class Api, class R, class... Args>
struct op_traits<void (C::*)(Api&, std::function<void(R)>, Args...) const> {
  using result = R;
  using fields = void;
  using args = type_list<Args...>;
};
template <class C, class Api, class R, class S, class... Args>
struct op_traits<void (C::*)(Api&, std::function<void(R)>, Fields<S>, Args...) const> {
  using result = R;
  using fields = S;
  using args = type_list<Args...>;
};

template <class... Extra>
inline constexpr bool has_kw_only_v = (std::is_same_v<Extra, py::kw_only> || ...);

template <class S, class Cls, class Fn, class... Args, std::size_t... I, class... Extra>
[[gnu::cold]] void def_fields_impl(Cls& cls, const char* name, Fn fn, type_list<Args...>, std::index_sequence<I...>,
    const char* doc, const Extra&... extra) {
  using H = typename Cls::type;
  auto method = [fn](const H& self, Args... args, member_t<S, I>... values) {
    return fn(self, from_fields<S, I...>(std::move(values)...), std::move(args)...);
  };
  if constexpr (has_kw_only_v<Extra...>) {
    cls.def(name, method, extra..., field_arg<S, I>()..., doc);
  } else {
    cls.def(name, method, extra..., py::kw_only(), field_arg<S, I>()..., doc);
  }
}

// Defines `name(args..., *, fields of S)` calling fn(self, S, args...).
template <class S, class Cls, class Fn, class... Args, class... Extra>
[[gnu::cold]] void def_fields(Cls& cls, const char* name, Fn fn, type_list<Args...> args, const char* doc,
    const Extra&... extra) {
  def_fields_impl<S>(cls, name, fn, args, std::make_index_sequence<field_count_v<S>>{}, doc, extra...);
}

template <class Api, class Mode, class Start, class... Args, class... Extra>
[[gnu::cold]] void def_plain_op(Class<Handle<Api, Mode>>& cls, const char* name, Start start, type_list<Args...>,
    const char* doc, const Extra&... extra) {
  using R = typename op_traits<Start>::result;
  cls.def(
      name,
      [start](const Handle<Api, Mode>& self, Args... args) {
        return run<R>(Mode{}, [&](std::function<void(R)> done) { start(self.api(), std::move(done), args...); });
      },
      extra..., doc);
}

template <class Api, class Mode, class Start, class... Extra>
[[gnu::cold]] void def_op(Class<Handle<Api, Mode>>& cls, const char* name, Start start, const char* doc,
    const Extra&... extra) {
  using Tr = op_traits<Start>;
  using R = typename Tr::result;
  using S = typename Tr::fields;
  if constexpr (std::is_void_v<S>) {
    def_plain_op(cls, name, start, typename Tr::args{}, doc, extra...);
  } else {
    def_fields<S>(
        cls, name,
        [start](const Handle<Api, Mode>& self, S fields, auto&&... args) {
          return run<R>(Mode{}, [&](std::function<void(R)> done) {
            start(self.api(), std::move(done), Fields<S>{std::move(fields)}, args...);
          });
        },
        typename Tr::args{}, doc, extra...);
  }
}

}  // namespace ctct::python
