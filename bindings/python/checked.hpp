// Arguments checked by name. pybind11 refuses an argument it cannot convert with a TypeError that
// lists every value given, secrets included, and its int and bool rules take True for 1, 1 for
// True and None for False. Every function of the module is defined through Class (or
// def_function) instead: pybind11 hands each argument over unconverted (Deferred<P>, whose
// signature text is P's), and the wrapper converts them in order, so that a wrong one raises
// TypeError("<name> must be <expected>, not <type>") naming the parameter, the field or the item,
// never the value. Bools are not integers, bytes are not text, and a str holding a lone
// surrogate crosses as WTF-8 (the core refuses it with a reason, the same in every language).
// Defining functions (Class::def and every bind_* function) runs once, at import: they are
// [[gnu::cold]], so that the compiler makes them small rather than fast. What Python calls is not.
#pragma once

#include <cstddef>
#include <functional>
#include <limits>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <tuple>
#include <type_traits>
#include <typeinfo>
#include <utility>
#include <vector>

#include "casters.hpp"
#include "ctct/describe.hpp"

namespace ctct::python {

// Where a value sits: a parameter, a field or key of a dict, an item of a list. Rendered only
// for an error: parameter, parameter['field'], parameter[0].
struct Path {
  const char* name = nullptr;  // a parameter's name, or a field's (with a parent)
  const Path* parent = nullptr;
  Py_ssize_t index = none;                                        // an item of the parent, or one of these:
  static constexpr Py_ssize_t none = -1, keys = -2, values = -3;  // the keys or values of a dict
  std::string text() const;
};

std::string type_name_of(py::handle value);  // type(value).__name__
// TypeError("<path> must be <expected()>, not <type>"): built here, not at each call site.
[[noreturn]] void wrong_type(const Path& path, std::string (*expected)(), py::handle value);
// ValueError("<path> must be an integer from <min> to <max>").
[[noreturn]] void out_of_range(const Path& path, long long min, unsigned long long max);
std::string wtf8(py::handle text);  // str to UTF-8, a lone surrogate to its 3-byte form
// "Contacts.create()": the method `method` of the class bound for `cls`, for an error.
std::string method_name(const std::type_info& cls, const char* method);

// A class bound to Python, by its Python name.
template <class T>
std::string class_name() {
  return py::type::of<T>().attr("__name__").template cast<std::string>();
}

template <class T>
struct is_function : std::false_type {};
template <class R, class... A>
struct is_function<std::function<R(A...)>> : std::true_type {};

// The class of a holder's instances (the RateLimiter of a shared_ptr<RateLimiter>).
template <class T>
struct held {
  using type = T;
};
template <class T>
struct held<std::shared_ptr<T>> {
  using type = T;
};

// What a parameter of type T takes, for the error.
template <class T>
std::string expected() {
  if constexpr (meta::is_text_v<T>) return "a string";
  else if constexpr (std::is_same_v<T, bool>) return "a bool";
  else if constexpr (std::is_integral_v<T>) return "an integer";
  else if constexpr (std::is_floating_point_v<T>) return "a number";
  else if constexpr (meta::is_optional_v<T>) return expected<typename T::value_type>() + " or None";
  else if constexpr (meta::is_vector_v<T>) return "a list";
  else if constexpr (std::is_same_v<T, py::dict> || std::is_same_v<T, std::map<std::string, std::string>>)
    return "a dict";
  else if constexpr (is_function<T>::value) return "a callable";
  else if constexpr (meta::is_described_v<T>) return "a " + class_name<T>() + " or a dict";
  else if constexpr (meta::named_enum<T>) {
    std::string names;
    for (const char* name : meta::enum_names<T>::names)
      names += (names.empty() ? "'" : " or '") + std::string(name) + "'";
    return names;
  } else if constexpr (std::is_base_of_v<py::detail::type_caster_generic, py::detail::make_caster<T>>)
    return "a " + class_name<typename held<T>::type>();
  else return "a value of another type";
}

template <class T>
T from_dict(const py::dict& values, const Path& path);  // models.hpp

// Converts `value` to `out`, or raises TypeError naming `path` (what it expects: `expect`).
template <class T>
void convert(py::handle value, T& out, const Path& path, std::string (*expect)() = &expected<T>) {
  PyObject* object = value.ptr();
  if constexpr (meta::is_text_v<T>) {
    if (!PyUnicode_Check(object)) wrong_type(path, expect, value);
    Py_ssize_t size = 0;
    if (const char* utf8 = PyUnicode_AsUTF8AndSize(object, &size)) {
      out = std::string_view(utf8, static_cast<std::size_t>(size));
    } else {
      PyErr_Clear();  // a lone surrogate, which UTF-8 has no form for
      out = wtf8(value);
    }
  } else if constexpr (std::is_same_v<T, bool>) {
    if (object != Py_True && object != Py_False) wrong_type(path, expect, value);
    out = object == Py_True;
  } else if constexpr (std::is_integral_v<T>) {
    if (PyBool_Check(object) || !PyIndex_Check(object)) wrong_type(path, expect, value);
    py::object number = py::reinterpret_steal<py::object>(PyNumber_Index(object));
    if (!number) throw py::error_already_set();
    int overflow = 0;
    const long long whole = PyLong_AsLongLongAndOverflow(number.ptr(), &overflow);
    if (whole == -1 && PyErr_Occurred()) throw py::error_already_set();
    using Limits = std::numeric_limits<T>;
    if (overflow != 0 || whole < static_cast<long long>(Limits::min()) ||
        (whole > 0 && static_cast<unsigned long long>(whole) > static_cast<unsigned long long>(Limits::max()))) {
      out_of_range(path, static_cast<long long>(Limits::min()), static_cast<unsigned long long>(Limits::max()));
    }
    out = static_cast<T>(whole);
  } else if constexpr (std::is_floating_point_v<T>) {
    if (PyBool_Check(object) || !(PyFloat_Check(object) || PyLong_Check(object))) wrong_type(path, expect, value);
    const double number = PyFloat_AsDouble(object);
    if (number == -1.0 && PyErr_Occurred()) throw py::error_already_set();
    out = static_cast<T>(number);
  } else if constexpr (meta::is_optional_v<T>) {
    if (value.is_none()) {
      out.reset();
      return;
    }
    typename T::value_type inner{};
    convert(value, inner, path, expect);
    out = std::move(inner);
  } else if constexpr (meta::is_vector_v<T>) {
    if (!PySequence_Check(object) || PyUnicode_Check(object) || PyBytes_Check(object) || PyByteArray_Check(object))
      wrong_type(path, expect, value);
    py::sequence items = py::reinterpret_borrow<py::sequence>(value);
    const std::size_t count = items.size();
    out.clear();
    out.resize(count);
    for (std::size_t i = 0; i < count; ++i) convert(items[i], out[i], Path{nullptr, &path, static_cast<Py_ssize_t>(i)});
  } else if constexpr (std::is_same_v<T, std::map<std::string, std::string>>) {
    if (!PyDict_Check(object)) wrong_type(path, expect, value);
    out.clear();
    for (auto [key, item] : py::reinterpret_borrow<py::dict>(value)) {
      std::string name;
      convert(key, name, Path{nullptr, &path, Path::keys});
      convert(item, out[name], Path{nullptr, &path, Path::values});
    }
  } else if constexpr (std::is_same_v<T, py::dict>) {
    if (!PyDict_Check(object)) wrong_type(path, expect, value);
    out = py::reinterpret_borrow<py::dict>(value);
  } else if constexpr (std::is_base_of_v<py::object, T>) {
    out = py::reinterpret_borrow<T>(value);  // py::object: anything
  } else if constexpr (meta::is_described_v<T>) {
    py::detail::make_caster<T> instance;
    if (instance.load(value, false)) out = py::detail::cast_op<const T&>(instance);
    else if (PyDict_Check(object)) out = from_dict<T>(py::reinterpret_borrow<py::dict>(value), path);
    else wrong_type(path, expect, value);
  } else {
    py::detail::make_caster<T> caster;  // classes, enums, callables: pybind11's own rules
    if (!caster.load(value, true)) wrong_type(path, expect, value);
    out = py::detail::cast_op<T>(std::move(caster));
  }
}

// An argument as pybind11 hands it over: not converted yet.
template <class P>
struct Deferred {
  py::handle value;
};

// Arguments pybind11 itself gives meaning to: self of a constructor, *args, **kwargs.
template <class P>
inline constexpr bool passes_through_v = std::is_same_v<py::detail::intrinsic_t<P>, py::detail::value_and_holder> ||
                                         std::is_same_v<py::detail::intrinsic_t<P>, py::args> ||
                                         std::is_same_v<py::detail::intrinsic_t<P>, py::kwargs>;

template <class P>
using Taken = std::conditional_t<passes_through_v<P>, P, Deferred<P>>;

// Converts one argument and holds it for the call. Instances of bound classes taken by
// reference are used in place (self, a model): not copied. load is not inlined: every function
// taking a P shares one copy of it.
template <class P>
class Loader {
  using T = py::detail::intrinsic_t<P>;
  static constexpr bool in_place = std::is_lvalue_reference_v<P> &&
                                   std::is_base_of_v<py::detail::type_caster_generic, py::detail::make_caster<T>>;

 public:
  [[gnu::noinline]] void load(Taken<P>& taken, const std::string& name) {
    if constexpr (passes_through_v<P>) {
      held_ = &taken;
    } else if constexpr (in_place) {
      if (caster_.load(taken.value, false)) return;
      if constexpr (meta::is_described_v<T>) {  // a dict of its fields
        value_.emplace();
        convert(taken.value, *value_, Path{name.c_str()});
      } else {
        wrong_type(Path{name.c_str()}, &expected<T>, taken.value);
      }
    } else {
      convert(taken.value, value_, Path{name.c_str()});
    }
  }

  P get() {
    if constexpr (passes_through_v<P>) {
      return static_cast<P>(*held_);
    } else if constexpr (in_place) {
      if (value_) return static_cast<P>(*value_);
      return py::detail::cast_op<P>(caster_);
    } else if constexpr (std::is_lvalue_reference_v<P>) {
      return value_;
    } else {
      return std::move(value_);
    }
  }

 private:
  std::conditional_t<passes_through_v<P>, std::remove_reference_t<Taken<P>>*, char> held_{};
  std::conditional_t<in_place, py::detail::make_caster<T>, char> caster_{};
  std::conditional_t<in_place, std::optional<T>, std::conditional_t<passes_through_v<P>, char, T>> value_{};
};

template <class... T>
struct types {};

template <class F>
struct signature_of : signature_of<decltype(&F::operator())> {};
template <class C, class R, class... A>
struct signature_of<R (C::*)(A...) const> {
  using result = R;
  using params = types<A...>;
};
template <class C, class R, class... A>
struct signature_of<R (C::*)(A...)> : signature_of<R (C::*)(A...) const> {};

// Member and free function pointers as lambdas, so that every callable has one operator().
template <class C, class R, class... A>
auto as_lambda(R (C::*f)(A...)) {
  return [f](C& self, A... args) -> R { return (self.*f)(std::forward<A>(args)...); };
}
template <class C, class R, class... A>
auto as_lambda(R (C::*f)(A...) const) {
  return [f](const C& self, A... args) -> R { return (self.*f)(std::forward<A>(args)...); };
}
template <class R, class... A>
auto as_lambda(R (*f)(A...)) {
  return [f](A... args) -> R { return f(std::forward<A>(args)...); };
}
template <class F>
F as_lambda(F f) {
  return f;
}

// pybind11 runs a call_guard before loading nothing but Deferred handles; the wrapper takes it
// over and runs it after converting, with the GIL (a gil_scoped_release must not cover that).
template <class E>
struct guard_in {
  using type = void;
};
template <class... G>
struct guard_in<py::call_guard<G...>> {
  using type = typename py::call_guard<G...>::type;
};
template <class... Extra>
struct guard_of {
  using type = py::detail::void_type;
};
template <class E, class... Rest>
struct guard_of<E, Rest...> {
  using type = std::conditional_t<std::is_void_v<typename guard_in<E>::type>, typename guard_of<Rest...>::type,
      typename guard_in<E>::type>;
};

template <class E>
auto unguarded(const E& extra) {
  if constexpr (std::is_void_v<typename guard_in<E>::type>) return std::tuple<const E&>(extra);
  else return std::tuple<>();
}

// The parameter names: `first` (self), then each py::arg's, then arg<N> for unnamed ones.
template <class... Extra>
std::vector<std::string> names_of(std::vector<std::string> names, std::size_t count, const Extra&... extra) {
  [[maybe_unused]] auto add = [&](const auto& e) {
    if constexpr (std::is_base_of_v<py::arg, std::decay_t<decltype(e)>>) names.emplace_back(e.name);
  };
  (add(extra), ...);
  for (std::size_t i = names.size(); i < count; ++i) names.push_back("arg" + std::to_string(i));
  return names;
}

template <class Guard, class R, class F, class... P, std::size_t... I>
auto checked_call(F f, std::vector<std::string> names, types<P...>, std::index_sequence<I...>) {
  return [f = std::move(f), names = std::move(names)](Taken<P>... taken) -> R {
    std::tuple<Loader<P>...> loaders;
    [[maybe_unused]] auto arguments = std::forward_as_tuple(taken...);
    (std::get<I>(loaders).load(std::get<I>(arguments), names[I]), ...);  // in order: the first wrong one raises
    [[maybe_unused]] Guard guard;
    return f(std::get<I>(loaders).get()...);
  };
}

// `f` with checked arguments; `self` names its first parameter (methods), or is empty.
template <class Func, class... Extra>
auto checked(Func&& func, const char* self, const Extra&... extra) {
  auto f = as_lambda(std::forward<Func>(func));
  using Sig = signature_of<decltype(f)>;
  return [&]<class... P>(types<P...> params) {
    std::vector<std::string> first;
    if (self) first.emplace_back(self);
    return checked_call<typename guard_of<Extra...>::type, typename Sig::result>(std::move(f),
        names_of(std::move(first), sizeof...(P), extra...), params, std::index_sequence_for<P...>{});
  }(typename Sig::params{});
}

// Calls define(extra...) without the call_guard, which `checked` applies itself.
template <class Define, class... Extra>
void without_guard(Define&& define, const Extra&... extra) {
  std::apply(std::forward<Define>(define), std::tuple_cat(unguarded(extra)...));
}

// A module-level function with checked arguments.
template <class Func, class... Extra>
[[gnu::cold]] void def_function(py::module_& m, const char* name, Func&& f, const Extra&... extra) {
  auto call = checked(std::forward<Func>(f), nullptr, extra...);
  without_guard([&](const auto&... rest) { m.def(name, std::move(call), rest...); }, extra...);
}

// py::class_ whose methods, constructors and property setters take checked arguments.
template <class T, class... Options>
class Class : public py::class_<T, Options...> {
  using Base = py::class_<T, Options...>;

 public:
  using Base::Base;

  template <class Func, class... Extra>
  [[gnu::cold]] Class& def(const char* name, Func&& f, const Extra&... extra) {
    auto call = checked(std::forward<Func>(f), "self", extra...);
    Base& base = *this;
    without_guard([&](const auto&... rest) { base.def(name, std::move(call), rest...); }, extra...);
    return *this;
  }

  // py::init(factory): its __init__ comes back through def above.
  template <class... Args, class... Extra>
  [[gnu::cold]] Class& def(py::detail::initimpl::factory<Args...>&& init, const Extra&... extra) {
    std::move(init).execute(*this, extra...);
    return *this;
  }

  template <class Getter, class Setter, class... Extra>
  [[gnu::cold]] Class& def_property(const char* name, const Getter& get, const Setter& set, const Extra&... extra) {
    Base::def_property(name, get, py::cpp_function(checked(set, "self", py::arg(name)), py::is_setter()), extra...);
    return *this;
  }

  template <class C, class D, class... Extra>
  [[gnu::cold]] Class& def_readwrite(const char* name, D C::*member, const Extra&... extra) {
    auto set = [member](T& self, const D& value) { self.*member = value; };
    Base::def_property(
        name, [member](const T& self) -> const D& { return self.*member; },
        py::cpp_function(checked(set, "self", py::arg(name)), py::is_method(*this)), extra...);
    return *this;
  }

  template <class... A>
  [[gnu::cold]] Class& def_property_readonly(A&&... a) {
    Base::def_property_readonly(std::forward<A>(a)...);
    return *this;
  }

  template <class... A>
  [[gnu::cold]] Class& def_readonly(A&&... a) {
    Base::def_readonly(std::forward<A>(a)...);
    return *this;
  }
};

// Every function of the module (and its submodules and classes) reports a call pybind11 cannot
// match (an unknown keyword, a missing or extra argument, a wrong self) in Python's own words,
// without the values given.
void check_calls(py::module_& m);

}  // namespace ctct::python

namespace pybind11::detail {

template <class P>
struct type_caster<ctct::python::Deferred<P>> {
  PYBIND11_TYPE_CASTER(ctct::python::Deferred<P>, make_caster<P>::name);
  bool load(handle src, bool) {
    value.value = src;
    return true;
  }
  static handle cast(const ctct::python::Deferred<P>&, return_value_policy, handle) { return {}; }
};

}  // namespace pybind11::detail
