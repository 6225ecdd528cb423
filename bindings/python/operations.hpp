// The v3 operations bound from the registry (ctct/operation.hpp). Each parameter description
// gives one or more Python parameters (Layout); one template makes the method of Client and
// AsyncClient from them (def_operation), converting each Python argument by name (checked.hpp)
// and assembling the core's arguments. A listing (an operation answering Page<Item> whose group
// has pages(query)) also gets pages() and iter() with the same keywords.
//   argument   positional; a described model is also taken as its fields, as keywords:
//              lists.create(name="Leads") as well as lists.create(ContactList(name="Leads"))
//   option     positional or keyword, T{} when left out
//   fields     a keyword per field (by its argument name); the `positional` ones first, positionally
//   BulkOptions  the keywords wait, poll_interval_ms and on_progress (bulk_options.hpp)
#pragma once

#include <array>
#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <typeinfo>
#include <utility>

#include "bulk_options.hpp"
#include "ctct/operation.hpp"
#include "listed.hpp"
#include "pages.hpp"

namespace ctct::python {

// What a Python parameter of an operation fills.
enum class Fill : unsigned char {
  value,        // the whole argument (a plain argument or an option)
  model,        // a described model argument, given whole (None: from its fields)
  model_field,  // a field of a described model argument, as a keyword
  field,        // a field of a struct taken field by field
  wait,         // the BulkOptions keywords
  poll_interval_ms,
  on_progress,
  progress,  // on_progress's old name, until 0.2
};

struct Slot {
  Fill fill = Fill::value;
  std::size_t arg = 0;    // the operation's argument it fills
  std::size_t field = 0;  // model_field, field: the described field's index
  const char* name = nullptr;
  bool keyword = false;   // keyword-only (after the `*`)
  bool required = false;  // no default
};

constexpr bool same_name(const char* a, const char* b) { return std::string_view(a) == std::string_view(b); }

inline constexpr std::size_t no_field = static_cast<std::size_t>(-1);

// The index of T's field whose argument name is `name` (no_field when none is).
template <class T>
constexpr std::size_t field_named(const char* name) {
  std::size_t index = 0, found = no_field;
  meta::for_each_field<T>([&](const auto& field) {
    if (found == no_field && same_name(meta::argument_name(field), name)) found = index;
    ++index;
  });
  return found;
}

// The K-th operation of Group (Client: its own operations) and its Python parameters, the
// positional ones first.
template <class Group, std::size_t K>
struct Layout {
  static constexpr auto op = std::get<K>(Group::operations());
  using Op = std::remove_cvref_t<decltype(op)>;
  using Args = typename Op::args;

  // Calls add(slot) for each Python parameter of argument I: all but the model fields, or the
  // model fields only. A model field named like another parameter is left out (the id in the
  // path: lists.update(list_id, ...) takes no list_id field).
  template <std::size_t I, class Add>
  static constexpr void slots_of(Add&& add, bool model_fields) {
    using A = std::tuple_element_t<I, Args>;
    constexpr meta::Param param = op.params[I];
    if constexpr (std::is_same_v<A, BulkOptions>) {
      if (model_fields) return;
      add(Slot{Fill::wait, I, 0, "wait", true, false});
      add(Slot{Fill::poll_interval_ms, I, 0, "poll_interval_ms", true, false});
      add(Slot{Fill::on_progress, I, 0, "on_progress", true, false});
      add(Slot{Fill::progress, I, 0, "progress", true, false});
    } else if constexpr (param.takes == meta::Takes::fields) {
      if (model_fields) return;
      for (const char* name : param.positional) {
        if (name) add(Slot{Fill::field, I, field_named<A>(name), name, false, true});
      }
      std::size_t index = 0;
      meta::for_each_field<A>([&](const auto& field) {
        const char* name = meta::argument_name(field);
        bool positional = false;
        for (const char* first : param.positional) positional = positional || (first && same_name(first, name));
        if (!positional) add(Slot{Fill::field, I, index, name, true, false});
        ++index;
      });
    } else if constexpr (param.takes == meta::Takes::argument && meta::is_described_v<A>) {
      if (!model_fields) {
        add(Slot{Fill::model, I, 0, param.name, false, false});
        return;
      }
      std::size_t index = 0;
      meta::for_each_field<A>([&](const auto& field) {
        const char* name = meta::argument_name(field);
        if (!named_elsewhere(name)) add(Slot{Fill::model_field, I, index, name, true, false});
        ++index;
      });
    } else {
      if (!model_fields) add(Slot{Fill::value, I, 0, param.name, false, param.takes == meta::Takes::argument});
    }
  }

  template <class Add>
  static constexpr void each(Add&& add, bool model_fields) {
    [&]<std::size_t... I>(std::index_sequence<I...>) { (slots_of<I>(add, model_fields), ...); }
    (std::make_index_sequence<Op::arity>{});
  }

  static constexpr bool named_elsewhere(const char* name) {
    bool found = false;
    each([&](const Slot& slot) { found = found || same_name(slot.name, name); }, false);
    return found;
  }

  static constexpr std::size_t count_if(bool keyword) {
    std::size_t n = 0;
    auto add = [&](const Slot& slot) { n += slot.keyword == keyword; };
    each(add, false);
    each(add, true);
    return n;
  }
  static constexpr std::size_t positional = count_if(false);
  static constexpr std::size_t count = positional + count_if(true);

  static constexpr std::array<Slot, count> slots = [] {
    std::array<Slot, count> out{};
    std::size_t next_positional = 0, next_keyword = positional;
    auto add = [&](const Slot& slot) { out[slot.keyword ? next_keyword++ : next_positional++] = slot; };
    each(add, false);
    each(add, true);
    return out;
  }();

  // The slot filling `fill` of argument `arg` (field `field`); `count` when there is none.
  static constexpr std::size_t find(Fill fill, std::size_t arg, std::size_t field = 0) {
    for (std::size_t s = 0; s < count; ++s) {
      if (slots[s].fill == fill && slots[s].arg == arg && slots[s].field == field) return s;
    }
    return count;
  }

  static constexpr bool valid_order() {
    bool defaulted = false;
    for (std::size_t s = 0; s < positional; ++s) {
      if (slots[s].required && defaulted) return false;
      defaulted = defaulted || !slots[s].required;
    }
    return true;
  }
  static_assert(valid_order(), "a required positional parameter follows one with a default");

  static constexpr bool fields_known() {
    for (const Slot& slot : slots) {
      if (slot.field == no_field) return false;
    }
    return true;
  }
  static_assert(fields_known(), "a `positional` name of meta::fields() is not an argument name of the struct's fields");
};

template <class T>
struct optional_of {
  using type = std::optional<T>;
};
template <class T>
struct optional_of<std::optional<T>> {
  using type = std::optional<T>;
};

// The C++ type a slot's argument converts to (its signature in Python).
template <class Group, std::size_t K, std::size_t S>
constexpr auto slot_type() {
  using L = Layout<Group, K>;
  constexpr Slot slot = L::slots[S];
  using A = std::tuple_element_t<slot.arg, typename L::Args>;
  if constexpr (slot.fill == Fill::value) return std::type_identity<A>{};
  else if constexpr (slot.fill == Fill::model) return std::type_identity<std::optional<A>>{};
  else if constexpr (slot.fill == Fill::model_field)
    return std::type_identity<typename optional_of<member_t<A, slot.field>>::type>{};
  else if constexpr (slot.fill == Fill::field) return std::type_identity<member_t<A, slot.field>>{};
  else if constexpr (slot.fill == Fill::wait) return std::type_identity<bool>{};
  else if constexpr (slot.fill == Fill::poll_interval_ms) return std::type_identity<long>{};
  else return std::type_identity<std::optional<Progress>>{};
}
template <class Group, std::size_t K, std::size_t S>
using slot_t = typename decltype(slot_type<Group, K, S>())::type;

// The default of a slot of an argument of type A that has one: a plain value or option (A{}),
// a field of a struct taken field by field (its value in A{}), or a BulkOptions keyword. Every
// other slot (a model, its fields, the progress hooks) defaults to None.
template <class A>
[[gnu::cold]] py::object default_of(const Slot& slot) {
  if constexpr (std::is_same_v<A, BulkOptions>) {
    if (slot.fill == Fill::wait) return py::cast(BulkOptions{}.wait);
    return py::cast(BulkOptions{}.poll_interval_ms.count());
  } else if constexpr (meta::is_described_v<A>) {
    const A defaults{};
    py::object out;
    std::size_t index = 0;
    meta::for_each_field<A>([&](const auto& field) {
      if (index++ == slot.field) out = py::cast(defaults.*(field.member));
    });
    return out;
  } else {
    return py::cast(A{});
  }
}

// The Python parameters of one method (a custom pybind11 attribute: one loop over the slots
// instead of a py::arg per parameter, which would make code for each).
struct Parameters {
  const Slot* slots;
  std::size_t count, positional;
  py::object (*default_of)(const Slot&);  // for the slots that have a default of their own
};

// The defaults of Group's K-th operation: dispatches on the slot's argument.
template <class Group, std::size_t K>
[[gnu::cold]] py::object defaults_of(const Slot& slot) {
  using L = Layout<Group, K>;
  py::object out;
  [&]<std::size_t... I>(std::index_sequence<I...>) {
    (
        [&] {
          using A = std::tuple_element_t<I, typename L::Args>;
          constexpr bool model = L::find(Fill::model, I) < L::count;
          if constexpr (!model) {
            if (slot.arg == I) out = default_of<A>(slot);
          }
        }(),
        ...);
  }
  (std::make_index_sequence<L::Op::arity>{});
  return out;
}

template <class Group, std::size_t K>
constexpr Parameters parameters_of() {
  using L = Layout<Group, K>;
  return {L::slots.data(), L::count, L::positional, &defaults_of<Group, K>};
}

void add_parameters(const Parameters& parameters, py::detail::function_record* record);

// Where an argument's Python arguments are: `given` holds one per slot of the method.
struct Given {
  const py::handle* given;
  const Slot* slots;
  std::size_t count;
  const std::type_info* cls;  // of self, for an error
  const char* method;
};

// The index of the slot of `fill` for field J of argument I, for each J (count where none).
template <class Group, std::size_t K, std::size_t I, Fill fill>
constexpr auto field_slots() {
  using L = Layout<Group, K>;
  std::array<std::size_t, field_count_v<std::tuple_element_t<I, typename L::Args>> + 1> out{};
  for (std::size_t j = 0; j + 1 < out.size(); ++j) out[j] = L::find(fill, I, j);
  return out;
}
template <class Group, std::size_t K, std::size_t I, Fill fill>
inline constexpr auto field_slots_v = field_slots<Group, K, I, fill>();

// Sets each field of `out` whose slot is given (`slot_of[j]` < count), None aside when `skip_none`.
template <class A>
[[gnu::cold]] void read_fields(A& out, const Given& in, const std::size_t* slot_of, bool skip_none) {
  std::size_t j = 0;
  meta::for_each_field<A>([&](const auto& field) {
    const std::size_t s = slot_of[j++];
    if (s >= in.count || (skip_none && in.given[s].is_none())) return;
    convert(in.given[s], out.*(field.member), Path{meta::argument_name(field)});
  });
}

// A TypeError in Python's words when a model argument is given both whole and as its fields,
// or neither way.
void check_whole_or_fields(const Given& in, std::size_t whole, std::size_t arg);

template <class A>
[[gnu::cold]] A model_argument(const Given& in, std::size_t whole, std::size_t arg, const std::size_t* slot_of) {
  A out{};
  const bool given_whole = !in.given[whole].is_none();
  if (given_whole) convert(in.given[whole], out, Path{in.slots[whole].name});
  check_whole_or_fields(in, whole, arg);
  if (!given_whole) read_fields(out, in, slot_of, true);
  return out;
}

template <class A>
[[gnu::cold]] A value_argument(py::handle value, const char* name) {
  A out{};
  convert(value, out, Path{name});
  return out;
}

// The operation's argument I from the Python arguments.
template <class Group, std::size_t K, std::size_t I>
auto argument(const Given& in) {
  using L = Layout<Group, K>;
  using A = std::tuple_element_t<I, typename L::Args>;
  if constexpr (std::is_same_v<A, BulkOptions>) {
    return bulk_options(in.given[L::find(Fill::wait, I)], in.given[L::find(Fill::poll_interval_ms, I)],
        in.given[L::find(Fill::on_progress, I)], in.given[L::find(Fill::progress, I)], *in.cls, in.method);
  } else if constexpr (L::find(Fill::model, I) < L::count) {
    return model_argument<A>(in, L::find(Fill::model, I), I, field_slots_v<Group, K, I, Fill::model_field>.data());
  } else if constexpr (L::find(Fill::value, I) < L::count) {
    return value_argument<A>(in.given[L::find(Fill::value, I)], L::op.params[I].name);
  } else {
    A out{};
    read_fields(out, in, field_slots_v<Group, K, I, Fill::field>.data(), false);
    return out;
  }
}

// Makes the method `name` of cls: its parameters from the layout of Group's K-th operation,
// Finish{}(self, args) with the core's arguments assembled from them.
template <class Group, std::size_t K, class Finish, class H, std::size_t... S>
[[gnu::cold]] void def_layout(Class<H>& cls, const char* name, const char* doc, std::index_sequence<S...>) {
  using L = Layout<Group, K>;
  auto method = [](const H& self, Deferred<slot_t<Group, K, S>>... arguments) {
    const py::handle given[] = {arguments.value..., py::handle()};
    const Given in{given, L::slots.data(), L::count, &typeid(H), L::op.name};
    auto args = [&]<std::size_t... I>(std::index_sequence<I...>) {
      return typename L::Args{argument<Group, K, I>(in)...};
    }
    (std::make_index_sequence<L::Op::arity>{});
    return Finish{}(self, std::move(args));
  };
  py::class_<H>& base = cls;
  base.def(name, method, parameters_of<Group, K>(), doc);
}

template <class Group, std::size_t K, class Finish, class H>
void def_layout(Class<H>& cls, const char* name, const char* doc) {
  def_layout<Group, K, Finish>(cls, name, doc, std::make_index_sequence<Layout<Group, K>::count>{});
}

// Calls the operation and answers its outcome (sync) or a future of it (async).
template <class Group, std::size_t K, class Mode>
struct Run {
  template <class Api, class Args>
  auto operator()(const Handle<Api, Mode>& self, Args args) const {
    using R = typename Layout<Group, K>::Op::result;
    return run<R>(Mode{}, [&](std::function<void(R)> done) {
      std::apply([&](const auto&... a) { (self.api().*(Layout<Group, K>::op.start))(a..., std::move(done)); }, args);
    });
  }
};

template <class Item, class Mode>
struct StartPages {
  template <class Api, class Query>
  auto operator()(const Handle<Api, Mode>& self, std::tuple<Query> query) const {
    return PagesIterator<Item, Mode>{self.owner, std::make_shared<Pages<Item>>(self.api().pages(std::get<0>(query)))};
  }
};

template <class Item, class Mode>
struct StartItems {
  template <class Api, class Query>
  auto operator()(const Handle<Api, Mode>& self, std::tuple<Query> query) const {
    auto state = std::make_shared<ItemsState<Item>>();
    state->pages = std::make_shared<Pages<Item>>(self.api().pages(std::get<0>(query)));
    return ItemsIterator<Item, Mode>{self.owner, std::move(state)};
  }
};

template <class R>
struct page_item {
  using type = void;
};
template <class Item>
struct page_item<Outcome<Page<Item>>> {
  using type = Item;
};

// A listing: the operation answers Page<Item> and its group has pages(query).
template <class Group, class Op>
constexpr bool is_listing() {
  if constexpr (Op::arity != 1 || std::is_void_v<typename page_item<typename Op::result>::type>) {
    return false;
  } else {
    return requires(Group & group, const std::tuple_element_t<0, typename Op::args>& query) { group.pages(query); };
  }
}

template <class Group, std::size_t K, class Mode>
[[gnu::cold]] void def_operation(py::module_& root, Class<Handle<Group, Mode>>& cls) {
  using L = Layout<Group, K>;
  bind_result<typename L::Op::result>(root);
  def_layout<Group, K, Run<Group, K, Mode>>(cls, L::op.name, L::op.doc);
  if constexpr (is_listing<Group, typename L::Op>()) {
    using Item = typename page_item<typename L::Op::result>::type;
    if (!is_bound<PagesIterator<Item, Mode>>()) bind_pages<Item>(root, listed<Item>::name);
    def_layout<Group, K, StartPages<Item, Mode>>(cls, "pages",
        "Every page of the listing, one outcome each, following the next links.");
    def_layout<Group, K, StartItems<Item, Mode>>(cls, "iter",
        "Every item of every page; a page that is not a success raises ctct.PageError.");
  }
}

// Every operation Owner lists, as methods of cls.
template <class Owner, class Mode>
[[gnu::cold]] void def_operations(py::module_& root, Class<Handle<Owner, Mode>>& cls) {
  [&]<std::size_t... K>(std::index_sequence<K...>) { (def_operation<Owner, K, Mode>(root, cls), ...); }
  (std::make_index_sequence<std::tuple_size_v<decltype(Owner::operations())>>{});
}

// The class of a group, named as its C++ class (Contacts, ContactLists, ...) after `prefix`.
std::string group_class_name(const std::type_info& group, const std::string& prefix);

template <class Group, class Mode>
[[gnu::cold]] void bind_group(py::module_& root, const std::string& prefix, const char* doc) {
  Class<Handle<Group, Mode>> cls(root, group_class_name(typeid(Group), prefix).c_str(), doc);
  def_operations<Group, Mode>(root, cls);
}

}  // namespace ctct::python

namespace pybind11::detail {

// Appends the parameters after self, the keyword-only ones after the `*` (nargs_pos).
template <>
struct process_attribute<ctct::python::Parameters> : process_attribute_default<ctct::python::Parameters> {
  static void init(const ctct::python::Parameters& parameters, function_record* record) {
    ctct::python::add_parameters(parameters, record);
  }
};

}  // namespace pybind11::detail
