// One template binds every described struct: a property per field (optional -> None,
// vector -> list), a keyword constructor, to_dict(), to_json(), == and a repr. Outcomes
// (types that write nulls) are read-only and have no constructor: only operations make them;
// a listing's page is read-only too.
#pragma once

#include <cstddef>
#include <memory>
#include <new>
#include <optional>
#include <string>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include "checked.hpp"
#include "ctct/describe.hpp"
#include "ctct/json.hpp"
#include "ctct/models.hpp"
#include "field_getter.hpp"
#include "model_holder.hpp"

namespace ctct::python {

using meta::is_optional_v;
using meta::is_vector_v;

template <class T>
using ModelClass = Class<T, ModelHolder<T>>;

// The C++ type of the I-th described field of T.
template <class T, std::size_t I>
using member_t = std::remove_cvref_t<decltype(std::declval<T&>().*(std::get<I>(T::fields()).member))>;

template <class T>
inline constexpr std::size_t field_count_v = std::tuple_size_v<decltype(T::fields())>;

template <class T>
py::dict to_dict(const T& value);

// A value as to_dict() shows it: described structs become dicts, recursively.
template <class V>
py::object to_py(const V& value) {
  if constexpr (meta::is_described_v<V>) {
    return to_dict(value);
  } else if constexpr (is_optional_v<V>) {
    return value ? to_py(*value) : py::none();
  } else if constexpr (is_vector_v<V>) {
    py::list out;
    for (const auto& item : value) out.append(to_py(item));
    return out;
  } else {
    return py::cast(value);
  }
}

// Keys in described order; resources leave out what is missing, as their JSON does.
template <class T>
py::dict to_dict(const T& value) {
  py::dict out;
  meta::for_each_field<T>([&](const auto& field) {
    const auto& member = value.*(field.member);
    if constexpr (meta::is_keyed_list_v<std::remove_cvref_t<decltype(member)>>) {
      if (const char* prefix = field.limits.key_prefix) {  // spread as "<prefix><name>": value
        for (const auto& item : member) out[py::str(prefix + item.name)] = item.value;
        return;
      }
    }
    if (!meta::is_shown<T>(member)) return;
    out[field.name] = to_py(member);
  });
  return out;
}

// Name(field=value, ...) with the fields that are set (all of them for outcomes). For reading,
// not for speed: cold, so small.
template <class T>
[[gnu::cold]] std::string repr(const T& value, const std::string& class_name) {
  std::string out = class_name + "(";
  bool first = true;
  meta::for_each_field<T>([&](const auto& field) {
    const auto& member = value.*(field.member);
    if (!meta::is_shown<T>(member)) return;
    out += (first ? "" : ", ") + std::string(field.name) + "=" +
           (field.limits.secret ? std::string("'<hidden>'") : py::repr(py::cast(member)).template cast<std::string>());
    first = false;
  });
  return out + ")";
}

// The keyword argument of field I: named as in JSON, missing by default.
template <class T, std::size_t I>
py::arg_v field_arg() {
  using M = member_t<T, I>;
  return py::arg_v(std::get<I>(T::fields()).name, M{}, is_vector_v<M> ? "[]" : "None");
}

// Builds T from one value per described field, in described order.
template <class T, std::size_t... I>
T from_fields(member_t<T, I>... values) {
  T out;
  constexpr auto fields = T::fields();
  ((out.*(std::get<I>(fields).member) = std::move(values)), ...);
  return out;
}

// T from a dict of its JSON fields (`path` names the dict); nested dicts convert to their models
// the same way.
template <class T>
T from_dict(const py::dict& values, const Path& path) {
  T out;
  std::size_t used = 0;
  meta::for_each_field<T>([&](const auto& field) {
    using M = std::remove_cvref_t<decltype(out.*(field.member))>;
    if constexpr (meta::is_keyed_list_v<M>) {
      if (const char* prefix = field.limits.key_prefix) {  // "<prefix><name>": value keys
        for (const auto& [key, value] : values) {
          const auto text = py::str(key).cast<std::string>();
          if (auto name = meta::keyed_name(text, prefix)) {
            auto& item = (out.*(field.member)).emplace_back();
            item.name = std::string(*name);
            convert(value, item.value, Path{nullptr, &path, Path::values});
            ++used;
          }
        }
        return;
      }
    }
    PyObject* value = PyDict_GetItemString(values.ptr(), field.name);
    if (!value) return;
    ++used;
    convert(value, out.*(field.member), Path{field.name, &path});
  });
  if (used != values.size()) {
    for (const auto& item : values) {
      const auto key = py::str(item.first).cast<std::string>();
      bool known = meta::is_keyed_key<T>(key);
      meta::for_each_field<T>([&](const auto& field) { known = known || key == field.name; });
      if (!known) throw py::type_error(class_name<T>() + " has no field '" + key + "'");
    }
  }
  return out;
}

// Sets a member from a keyword argument that was given (not None, not empty, not the default
// of a plain member), so that a value from the fields dict stays.
template <class M>
void assign_if_given(M& member, M&& value) {
  if constexpr (is_optional_v<M>) {
    if (value) member = std::move(value);
  } else if constexpr (is_vector_v<M>) {
    if (!value.empty()) member = std::move(value);
  } else {
    if (!(value == M{})) member = std::move(value);
  }
}

// __init__(fields=None, *, one keyword per field): from a dict of JSON fields, keywords on top.
// One overload only: pybind11 converts keyword arguments (nested dicts to models) only then.
template <class T, std::size_t... I>
[[gnu::cold]] void def_keyword_init(ModelClass<T>& cls, std::index_sequence<I...>) {
  cls.def(py::init([](const std::optional<py::dict>& fields, member_t<T, I>... values) {
    T out = fields ? from_dict<T>(*fields, Path{"fields"}) : T{};
    [[maybe_unused]] constexpr auto described = T::fields();
    (assign_if_given(out.*(std::get<I>(described).member), std::move(values)), ...);
    return out;
  }),
      py::arg("fields") = py::none(), py::kw_only(), field_arg<T, I>()...,
      "From keyword arguments, or from a dict of JSON fields (as to_dict() gives them) with keywords on top.");
}

// A nested model (Contact.email_address) is handed out by reference into its parent, so that
// reading it makes no copy and writing to it writes to the parent, as a Python attribute does.
// Before the parent's member changes, the wrapper handed out gets its own copy of the value it
// showed: it neither dangles (`contact.email_address = None`) nor changes under its holder, and
// lets go of the parent.
template <class N>
void detach_wrappers(N& nested) {
  const auto* type = py::detail::get_type_info(typeid(N));
  while (py::handle found = py::detail::find_registered_python_instance(&nested, type)) {
    auto* wrapper = reinterpret_cast<py::detail::instance*>(found.ptr());
    auto holder = wrapper->get_value_and_holder(type);
    py::detail::deregister_instance(wrapper, &nested, type);
    auto copy = std::make_unique<N>(nested);
    if (holder.holder_constructed()) holder.template holder<ModelHolder<N>>().~ModelHolder<N>();
    holder.value_ptr() = copy.get();
    new (std::addressof(holder.template holder<ModelHolder<N>>())) ModelHolder<N>(copy.release());
    holder.set_holder_constructed();
    wrapper->owned = true;
    py::detail::register_instance(wrapper, holder.value_ptr(), type);
    found.dec_ref();  // find_registered_python_instance took a reference
  }
}

template <class M>
inline constexpr bool is_nested_model_v = meta::is_described_v<M>;
template <class M>
inline constexpr bool is_nested_model_v<std::optional<M>> = meta::is_described_v<M>;

template <class M>
void detach_nested(M& member) {
  if constexpr (is_optional_v<M>) {
    if (member) detach_wrappers(*member);
  } else {
    detach_wrappers(member);
  }
}

// A listing's page (items, count, next): an answer, read but not edited.
template <class T>
struct is_page : std::false_type {};
template <class Item>
struct is_page<Page<Item>> : std::true_type {};

// Field I of T as a property. pybind11's getter gives the property its signature (the type the
// stubs show) and is then replaced by get_field (field_getter.hpp): nested models by reference,
// a mutable model's lists as new lists of copies.
template <class T, std::size_t I>
[[gnu::cold]] void def_field(ModelClass<T>& cls) {
  constexpr auto& field = std::get<I>(meta::fields_of<T>);
  constexpr auto member = field.member;
  using M = member_t<T, I>;
  auto get = [](const T& self) -> const M& { return self.*member; };
  constexpr bool read_only = meta::writes_nulls<T>::value || is_page<T>::value;
  if constexpr (read_only) {
    // Outcomes and pages hand out every member by reference, each model a view keeping its
    // owner alive, not a copy: a 500-contact page costs no copy of its contacts. Nothing can replace
    // or resize a read-only member, so the references stay valid.
    cls.def_property_readonly(field.name, get);
  } else {
    cls.def_property(field.name, get, [](T& self, M value) {
      if constexpr (is_nested_model_v<M>) detach_nested(self.*member);
      self.*member = std::move(value);
    });
  }
  constexpr bool copy = !read_only && is_vector_v<M>;
  use_field_getter(cls, field.name, reinterpret_cast<PyCFunction>(&get_field<T, I, copy>));
}

template <class T, std::size_t... I>
[[gnu::cold]] void def_fields(ModelClass<T>& cls, std::index_sequence<I...>) {
  (def_field<T, I>(cls), ...);
}

// The methods every model class has: to_dict, to_json, __eq__, __repr__, __copy__ and
// __deepcopy__. def_model_methods (models.cpp) defines them once for every model, through these
// functions of each model: pybind11's glue per method and model came to about 11 KB a model, and
// the wheel's size counts. `self` is loaded as a method's self always is (Loader: the model, or
// a dict of its fields), so the methods take and refuse what they took before.
struct ModelMethods {
  py::object (*to_dict)(py::handle self);
  std::string (*to_json)(py::handle self);
  bool (*equal)(py::handle self, py::handle other);
  std::string (*repr)(py::handle self, const std::string& class_name);
  py::object (*copy)(py::handle self, py::handle memo);  // memo: __deepcopy__'s, or null for __copy__
};

// Refuses a __deepcopy__ memo that is not a dict, as a checked argument would.
void check_memo(py::handle memo);

template <class T>
struct ModelSelf {
  explicit ModelSelf(py::handle self) {
    Deferred<const T&> taken{self};
    loader.load(taken, "self");
  }
  const T& get() { return loader.get(); }
  Loader<const T&> loader;
};

template <class T>
inline constexpr ModelMethods model_methods{
    [](py::handle self) -> py::object { return to_dict(ModelSelf<T>(self).get()); },
    [](py::handle self) { return ctct::to_json(ModelSelf<T>(self).get()); },
    [](py::handle self, py::handle other) {
      ModelSelf<T> model(self);
      return py::isinstance<T>(other) && model.get() == other.cast<const T&>();
    },
    [](py::handle self, const std::string& class_name) { return repr(ModelSelf<T>(self).get(), class_name); },
    [](py::handle self, py::handle memo) {
      ModelSelf<T> model(self);
      if (memo) check_memo(memo);
      return py::cast(T(model.get()));
    },
};

// Defines the methods of ModelMethods on `cls`, the class of a model named `name`.
[[gnu::cold]] void def_model_methods(py::handle cls, const char* name, const ModelMethods& methods);

template <class T>
[[gnu::cold]] ModelClass<T> bind_model(py::handle scope, const char* name) {
  ModelClass<T> cls(scope, name);
  constexpr bool is_outcome = meta::writes_nulls<T>::value;
  if constexpr (!is_outcome) {
    def_keyword_init(cls, std::make_index_sequence<field_count_v<T>>{});
    py::implicitly_convertible<py::dict, T>();
  }
  def_fields(cls, std::make_index_sequence<field_count_v<T>>{});
  cls.attr("__hash__") = py::none();
  def_model_methods(cls, name, model_methods<T>);
  return cls;
}

}  // namespace ctct::python
