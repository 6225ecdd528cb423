// Reading JSON straight into described structs with simdjson On-Demand (no intermediate tree).
// Unknown keys are read through unkept, so that malformed JSON anywhere is an error; a value of
// the wrong type is an error naming the field.
#pragma once

#include <array>
#include <cstdint>
#include <cstring>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include <simdjson.h>

#include "ctct/describe.hpp"
#include "ctct/outcome.hpp"
#include "json/walk.hpp"

namespace ctct::json {

struct ReadError {
  std::string message;  // e.g. "contact_id: expected a string"; never contains the input text
};

template <class T>
struct ReadResult {
  std::optional<T> value;
  std::optional<ReadError> error;
  explicit operator bool() const { return value.has_value(); }
};

// Parses `text` as T (a described struct, a vector of them, or a scalar). Reuses a per-thread
// parser and copies into padded storage only when `text` lacks simdjson's padding: pass as
// `readable` how many bytes from text.data() may be read (e.g. a std::string's capacity()).
template <class T>
ReadResult<T> read(std::string_view text, std::size_t readable = 0);

// Parses `text` as T, taking the value found at `key` of the top-level object, e.g.
// read_member<std::vector<Contact>>(body, "contacts").
template <class T>
ReadResult<T> read_member(std::string_view text, std::string_view key, std::size_t readable = 0);

// A list the server sends at most Cap items of (one page of a listing): more is an error naming
// the cap, and no item past it is built.
template <class Item, std::size_t Cap>
struct Capped {
  std::vector<Item> items;
};

namespace detail {

namespace od = simdjson::ondemand;

// What went wrong, and where: the path is built as the failure unwinds, so it costs nothing
// on success.
struct Failure {
  std::string path;
  std::string what;

  bool fail(simdjson::error_code code, const char* expected) {
    what = code == simdjson::INCORRECT_TYPE && *expected ? expected
           : code == simdjson::NUMBER_OUT_OF_RANGE       ? "number out of range"
                                                         : "invalid JSON";
    return false;
  }
  void prefix(std::string_view segment) { meta::prefix_path(path, segment); }
  ReadError error() const {
    if (path.empty() || what == "invalid JSON") return {what};
    return {path + ": " + what};
  }
};

// Reads `source` (an od::value, or the od::document at the root) into `out`.
template <class T, class Source>
bool read_value(Source& source, T& out, Failure& failure);

template <class T>
struct is_capped : std::false_type {};
template <class T>
struct is_text_map : std::false_type {};
template <class V, class C, class A>
struct is_text_map<std::map<std::string, V, C, A>> : std::true_type {};
template <class Item, std::size_t Cap>
struct is_capped<Capped<Item, Cap>> : std::true_type {
  static constexpr std::size_t cap = Cap;
};

// Reads a value ctct keeps nothing of through to its end: On Demand would skip it without
// checking it, and malformed JSON there must fail as it fails anywhere else.
inline bool check_value(od::value& value, Failure& failure) {
  od::json_type type;
  if (auto code = value.type().get(type)) return failure.fail(code, "");
  switch (type) {
    case od::json_type::object: {
      od::object object;
      if (auto code = value.get_object().get(object)) return failure.fail(code, "");
      for (auto member : object) {
        std::string_view key;
        od::value inner;
        if (auto code = member.unescaped_key().get(key)) return failure.fail(code, "");
        if (auto code = member.value().get(inner)) return failure.fail(code, "");
        if (!check_value(inner, failure)) return false;
      }
      return true;
    }
    case od::json_type::array: {
      od::array array;
      if (auto code = value.get_array().get(array)) return failure.fail(code, "");
      for (auto element : array) {
        od::value inner;
        if (auto code = element.get(inner)) return failure.fail(code, "");
        if (!check_value(inner, failure)) return false;
      }
      return true;
    }
    case od::json_type::string: {
      std::string_view text;
      if (auto code = value.get_string().get(text)) return failure.fail(code, "");
      return true;
    }
    case od::json_type::number: {
      od::number number;
      if (auto code = value.get_number().get(number)) return failure.fail(code, "");
      return true;
    }
    case od::json_type::boolean: {
      bool flag;
      if (auto code = value.get_bool().get(flag)) return failure.fail(code, "");
      return true;
    }
    case od::json_type::null: {
      bool is_null = false;
      if (value.is_null().get(is_null) != simdjson::SUCCESS || !is_null) return failure.fail(simdjson::TAPE_ERROR, "");
      return true;
    }
  }
  return failure.fail(simdjson::TAPE_ERROR, "");
}

// Reads a member's value that no field takes.
template <class Member>
bool check_member(Member& member, Failure& failure) {
  od::value value;
  if (auto code = member.value().get(value)) return failure.fail(code, "");
  return check_value(value, failure);
}

// Reads an array into `out`; with a cap, an item past `cap` fails the read before it is built.
template <class Item, class Source>
bool read_array(Source& source, std::vector<Item>& out, std::size_t cap, Failure& failure) {
  od::array array;
  if (auto code = source.get_array().get(array)) return failure.fail(code, "expected an array");
  out.clear();
  // A page is read into room for the most items a page holds, so that it is neither counted
  // first (a second walk over every token) nor regrown; a short page gives the room back. An
  // uncapped array (a nested list, a handful of items) is counted, which costs little there.
  std::size_t count = cap;
  if (!cap) {
    if (auto code = array.count_elements().get(count)) return failure.fail(code, "");
  }
  out.reserve(count);
  std::size_t index = 0;
  for (auto element : array) {
    if (cap && index == cap) {
      failure.what = "more than " + std::to_string(cap) + " items, the most the API sends in one page";
      return false;
    }
    od::value value;
    if (auto code = element.get(value)) return failure.fail(code, "");
    if (!read_value(value, out.emplace_back(), failure)) {
      failure.prefix("[" + std::to_string(index) + "]");
      return false;
    }
    ++index;
  }
  if (out.size() < out.capacity() / 2) out.shrink_to_fit();
  return true;
}

// Adds the member `name` (its key without the prefix) and its string value to a keyed list.
template <class List, class Member>
bool read_keyed(Member& member, std::string_view name, List& items, Failure& failure) {
  auto& item = items.emplace_back();
  item.name.assign(name);  // copied before the value is read
  od::value value;
  if (auto code = member.value().get(value)) return failure.fail(code, "");
  return read_value(value, item.value, failure);
}

// T's JSON keys in described order.
template <class T, std::size_t... I>
constexpr auto keys_of(std::index_sequence<I...>) {
  return std::array<std::string_view, sizeof...(I)>{std::get<I>(meta::fields_of<T>).key()...};
}
template <class T>
inline constexpr auto field_keys = keys_of<T>(std::make_index_sequence<std::tuple_size_v<decltype(T::fields())>>{});

// The index of the first field whose name `matches`, or the field count when none does. Answers
// list their members in described order, so the search starts at `from` (after the field found
// last) and usually ends at its first comparison.
template <class T, class Matches>
std::size_t field_index(Matches matches, std::size_t from) {
  constexpr auto& keys = field_keys<T>;
  for (std::size_t i = from; i < keys.size(); ++i)
    if (matches(keys[i])) return i;
  for (std::size_t i = 0; i < from && i < keys.size(); ++i)
    if (matches(keys[i])) return i;
  return keys.size();
}

// Whether the key `raw` (its text in the input) is `name`, as raw_json_string::unsafe_is_equal
// answers, but compared inline: memcmp's call cost more than the comparison for names this
// short. The input is padded, so reading a name's length past the key stays inside it.
inline bool key_is(const od::raw_json_string& raw, std::string_view name) {
  const char* key = raw.raw();
  const std::size_t n = name.size();
  if (n > simdjson::SIMDJSON_PADDING) return raw.unsafe_is_equal(name);
  if (key[n] != '"') return false;
  const auto same = [&](std::size_t at, auto word) {
    decltype(word) theirs;
    std::memcpy(&word, key + at, sizeof word);
    std::memcpy(&theirs, name.data() + at, sizeof theirs);
    return word == theirs;
  };
  if (n >= 8) {  // whole words, then the last eight bytes, overlapping the last word
    for (std::size_t at = 0; at + 8 <= n; at += 8)
      if (!same(at, std::uint64_t{})) return false;
    return same(n - 8, std::uint64_t{});
  }
  if (n >= 4) return same(0, std::uint32_t{}) && same(n - 4, std::uint32_t{});
  for (std::size_t at = 0; at < n; ++at)
    if (key[at] != name[at]) return false;
  return true;
}

// A string without escapes (most of them), read straight from the input, so that it is copied
// once (not unescaped into simdjson's buffer and copied from there); nothing, and nothing read,
// for anything else. Stage 1 has already refused invalid UTF-8 and unescaped control characters
// anywhere in the input. The token runs from the opening quote to the next structural character,
// so it ends with the closing quote and maybe whitespace.
inline std::optional<std::string_view> plain_string(od::value& value) {
  const std::string_view token = value.raw_json_token();
  if (token.empty() || token.front() != '"') return std::nullopt;
  std::size_t end = token.size() - 1;
  while (token[end] != '"') --end;  // past trailing whitespace
  const std::string_view text = token.substr(1, end - 1);
  if (text.find('\\') != std::string_view::npos) return std::nullopt;
  od::raw_json_string consumed;
  if (value.get_raw_json_string().get(consumed)) return std::nullopt;
  return text;
}

template <class M>
inline constexpr bool is_optional_text = false;
template <class V>
inline constexpr bool is_optional_text<std::optional<V>> = meta::is_text_v<V>;

// Reads the I-th field of T from a member's value; a null leaves its default (an empty optional
// or vector).
template <class T, std::size_t I>
bool read_field(od::value& value, T& out, Failure& failure) {
  constexpr auto& field = std::get<I>(meta::fields_of<T>);
  auto& target = out.*(field.member);
  using M = std::decay_t<decltype(target)>;
  if constexpr (is_optional_text<M>) {  // most fields: built in place
    if (auto plain = plain_string(value)) {
      target.emplace(*plain);
      return true;
    }
  }
  bool is_null = false;
  if (value.is_null().get(is_null) == simdjson::SUCCESS && is_null) {
    target = {};
    return true;
  }
  bool ok;
  if constexpr (meta::is_optional_v<M>) ok = read_value(value, target.emplace(), failure);
  else ok = read_value(value, target, failure);
  if (ok) return true;
  failure.prefix(field.name);
  return false;
}

// One reader per field of T, by index: a key is matched once, then its reader called directly.
template <class T, std::size_t... I>
constexpr auto readers_of(std::index_sequence<I...>) {
  return std::array<bool (*)(od::value&, T&, Failure&), sizeof...(I)>{&read_field<T, I>...};
}

// A member no field names: a key of one of T's keyed lists ("cf:<name>"), or a key ctct keeps
// nothing of, read through to check it.
template <class T, class Member>
bool read_unnamed(Member& member, std::string_view key, T& out, Failure& failure) {
  bool ok = true, matched = false;
  meta::for_each_field<T>([&](const auto& field) {
    if constexpr (meta::is_keyed_list_v<std::decay_t<decltype(out.*(field.member))>>) {
      if (matched) return;
      if (auto name = meta::keyed_name(key, field.limits.key_prefix)) {
        matched = true;
        ok = read_keyed(member, *name, out.*(field.member), failure);
        if (!ok) failure.prefix(key);
      }
    }
  });
  return matched ? ok : check_member(member, failure);
}

template <class T, class Source>
bool read_object(Source& source, T& out, Failure& failure) {
  static constexpr auto readers = readers_of<T>(std::make_index_sequence<field_keys<T>.size()>{});
  od::object object;
  if (auto code = source.get_object().get(object)) return failure.fail(code, "expected an object");
  std::size_t next = 0;  // where the search for the next key starts
  for (auto member : object) {
    // A key is compared as it stands in the input: no field name holds an escape, so a key that
    // equals one is that field's. Only a key that equals none is unescaped and compared again.
    od::raw_json_string raw;
    if (auto code = member.key().get(raw)) return failure.fail(code, "");
    std::size_t index = field_index<T>([&](std::string_view name) { return key_is(raw, name); }, next);
    std::string_view key;
    if (index == readers.size()) {
      if (auto code = member.unescaped_key().get(key)) return failure.fail(code, "");
      index = field_index<T>([&](std::string_view name) { return name == key; }, next);
    }
    if (index == readers.size()) {
      if (!read_unnamed(member, key, out, failure)) return false;
      continue;
    }
    next = index + 1;
    od::value value;
    if (auto code = member.value().get(value)) return failure.fail(code, "");
    if (!readers[index](value, out, failure)) return false;
  }
  return true;
}

template <class T, class Source>
bool read_value(Source& source, T& out, Failure& failure) {
  if constexpr (meta::is_text_v<T>) {
    std::string_view text;
    if constexpr (std::is_same_v<Source, od::value>) {
      if (auto plain = plain_string(source)) {
        out = T(*plain);  // built fresh: cheaper than assign()'s general replace into an empty string
        return true;
      }
    }
    if (auto code = source.get_string().get(text)) return failure.fail(code, "expected a string");
    out = T(text);
  } else if constexpr (std::is_same_v<T, bool>) {
    if (auto code = source.get_bool().get(out)) return failure.fail(code, "expected true or false");
  } else if constexpr (std::is_integral_v<T>) {
    std::int64_t number;
    if (auto code = source.get_int64().get(number)) return failure.fail(code, "expected an integer");
    if (number < std::numeric_limits<T>::min() || number > std::numeric_limits<T>::max())
      return failure.fail(simdjson::NUMBER_OUT_OF_RANGE, "");
    out = static_cast<T>(number);
  } else if constexpr (std::is_floating_point_v<T>) {
    if (auto code = source.get_double().get(out)) return failure.fail(code, "expected a number");
  } else if constexpr (std::is_same_v<T, Kind>) {
    std::string_view text;
    if (auto code = source.get_string().get(text)) return failure.fail(code, "expected success, failure or error");
    if (text == "success") out = Kind::success;
    else if (text == "failure") out = Kind::failure;
    else if (text == "error") out = Kind::error;
    else return failure.fail(simdjson::INCORRECT_TYPE, "expected success, failure or error");
  } else if constexpr (meta::is_optional_v<T>) {
    bool is_null = false;
    if (source.is_null().get(is_null) == simdjson::SUCCESS && is_null) {
      out.reset();
      return true;
    }
    return read_value(source, out.emplace(), failure);
  } else if constexpr (meta::is_vector_v<T>) {
    return read_array(source, out, 0, failure);
  } else if constexpr (is_capped<T>::value) {
    return read_array(source, out.items, is_capped<T>::cap, failure);
  } else if constexpr (is_text_map<T>::value) {  // an object by its keys (DeliveryOptions.custom_field_ids)
    od::object object;
    if (auto code = source.get_object().get(object)) return failure.fail(code, "expected an object");
    out.clear();
    for (auto member : object) {
      std::string_view key;
      od::value value;
      if (auto code = member.unescaped_key().get(key)) return failure.fail(code, "");
      std::string name(key);  // copied before the value is read
      if (auto code = member.value().get(value)) return failure.fail(code, "");
      if (!read_value(value, out[name], failure)) {
        failure.prefix(name);
        return false;
      }
    }
  } else {
    static_assert(meta::is_described_v<T>, "json::read supports described structs only");
    if constexpr (meta::reads_from_text_v<T>) {
      od::json_type type;
      if (auto code = source.type().get(type)) return failure.fail(code, "");
      if (type == od::json_type::string) return read_value(source, out.*(T::from_text), failure);
      if (type != od::json_type::object)
        return failure.fail(simdjson::INCORRECT_TYPE, "expected a string or an object");
    }
    return read_object(source, out, failure);
  }
  return true;
}

// The per-thread parser and, for input without simdjson's padding, a reused padded copy.
struct ThreadState {
  od::parser parser;
  std::string padded;
};

inline ThreadState& thread_state() {
  thread_local ThreadState state;
  return state;
}

// Starts parsing `text`, copying it into padded storage only when it lacks the padding.
inline simdjson::error_code start(std::string_view text, std::size_t readable, od::document& doc) {
  auto& state = thread_state();
  if (readable < text.size() + simdjson::SIMDJSON_PADDING) {
    state.padded.assign(text);
    state.padded.resize(text.size() + simdjson::SIMDJSON_PADDING);  // keeps capacity across calls
    return state.parser.iterate(state.padded.data(), text.size(), state.padded.size()).get(doc);
  }
  return state.parser.iterate(text.data(), text.size(), readable).get(doc);
}

// Reading stopped before the end of the text: something follows the value.
inline bool trailing_content(od::document& doc) {
  const char* location = nullptr;
  return doc.current_location().get(location) == simdjson::SUCCESS;
}

// Values are read in place into result.value (no move of a large struct); a failed read
// leaves no half-read value behind.
template <class T>
void finish(bool ok, ReadResult<T>& result, const Failure& failure) {
  if (ok) return;
  result.value.reset();
  result.error = failure.error();
}

}  // namespace detail

template <class T>
ReadResult<T> read(std::string_view text, std::size_t readable) {
  detail::Failure failure;
  detail::od::document doc;
  ReadResult<T> result;
  T& value = result.value.emplace();
  bool ok = false;
  if (auto code = detail::start(text, readable, doc)) {
    failure.fail(code, "");
  } else if (detail::read_value(doc, value, failure)) {
    ok = !detail::trailing_content(doc) || failure.fail(simdjson::TAPE_ERROR, "");
  }
  detail::finish(ok, result, failure);
  return result;
}

template <class T>
ReadResult<T> read_member(std::string_view text, std::string_view key, std::size_t readable) {
  detail::Failure failure;
  detail::od::document doc;
  detail::od::object object;
  ReadResult<T> result;
  T& value = result.value.emplace();
  bool ok = false, found = false;
  if (auto code = detail::start(text, readable, doc)) {
    failure.fail(code, "");
  } else if (auto code = doc.get_object().get(object)) {
    failure.fail(code, "expected an object");
  } else {
    ok = true;
    for (auto member : object) {
      std::string_view name;
      detail::od::value field;
      if (auto code = member.unescaped_key().get(name)) {
        ok = failure.fail(code, "");
      } else if (name != key || found) {
        ok = detail::check_member(member, failure);
      } else if (auto code = member.value().get(field)) {
        ok = failure.fail(code, "");
      } else if (!detail::read_value(field, value, failure)) {
        failure.prefix(key);
        ok = false;
      } else {
        found = true;
      }
      if (!ok) break;
    }
    if (ok && found && detail::trailing_content(doc)) ok = failure.fail(simdjson::TAPE_ERROR, "");
    if (ok && !found) {
      failure.path = std::string(key);
      failure.what = "missing";
      ok = false;
    }
  }
  detail::finish(ok, result, failure);
  return result;
}

}  // namespace ctct::json
