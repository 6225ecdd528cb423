// The v2 ids inside an operation's input: every field described with an id_of (describe.hpp),
// at any depth, found and replaced through the descriptions, so no operation lists its own.
#pragma once

#include <string>
#include <type_traits>
#include <utility>

#include "api/core.hpp"
#include "api/id_translator.hpp"
#include "ctct/describe.hpp"

namespace ctct::detail {

template <class T, class Fn>
void for_each_id(T& value, Fn& fn);

template <class M, class Fn>
void visit_ids(M& member, meta::IdOf kind, Fn& fn) {
  using V = std::remove_const_t<M>;
  if constexpr (meta::is_text_v<V>) {
    if (kind != meta::IdOf::none) fn(kind, member);
  } else if constexpr (meta::is_optional_v<V>) {
    if (member) visit_ids(*member, kind, fn);
  } else if constexpr (meta::is_vector_v<V>) {
    for (auto& item : member) visit_ids(item, kind, fn);
  } else if constexpr (meta::is_described_v<V>) {
    for_each_id(member, fn);
  }
}

// Calls fn(kind, id) for each list or contact id of `value` (const or not: fn may replace it).
template <class T, class Fn>
void for_each_id(T& value, Fn& fn) {
  meta::for_each_field<std::remove_const_t<T>>([&](const auto& field) {
    visit_ids(value.*(field.member), field.limits.id_of, fn);
  });
}

// The v2 ids `value` holds.
template <class T>
V2Ids v2_ids_of(const T& value) {
  V2Ids ids;
  auto add = [&ids](meta::IdOf kind, const auto& id) { ids.add(kind, id); };
  for_each_id(value, add);
  return ids;
}

// `value` with its v2 ids replaced by their v3 ids.
template <class T>
T with_translation(T value, const Translation& translation) {
  auto replace = [&translation](meta::IdOf kind, auto& id) { id = translation.v3(kind, id); };
  for_each_id(value, replace);
  return value;
}

// Runs `next` with `input`'s v2 ids replaced by their v3 ids, the translation's requests and
// warnings joining the outcome; without v2 ids, at once with `input` as given. A translation
// that fails is the outcome, and `next` does not run.
template <class Input, class T, class Next>
void with_v3_ids(Core& core, const Input& input, Callback<T> callback, Next next) {
  auto ids = v2_ids_of(input);
  if (ids.empty()) return next(input, std::move(callback));
  require(callback);
  core.check_open();
  translate_ids(core, ids,
      [input, callback = std::move(callback), next = std::move(next)](Outcome<Translation> translation) mutable {
        if (!translation.ok()) return callback(translation.template with_value<T>(std::nullopt));
        try {
          next(with_translation(input, *translation.value), [translation, callback](Outcome<T> out) {
            report(translation, out);
            callback(std::move(out));
          });
        } catch (const UsageError&) {
          callback(closed_meanwhile<T>());
        }
      });
}

}  // namespace ctct::detail
