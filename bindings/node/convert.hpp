// JS values <-> described C++ structs, generically through meta::for_each_field: no struct has
// hand-written conversion. JS objects become structs (a TypeError names the first property of
// the wrong type); structs become plain objects whose keys follow the described order and
// leave out what the JSON writer leaves out, so JSON.stringify(object) equals ctct::to_json.
#pragma once

#include <cmath>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <type_traits>
#include <vector>

#include <napi.h>

#include "ctct/describe.hpp"
#include "ctct/outcome.hpp"
#include "text.hpp"

namespace ctct::node {

namespace traits {
using meta::is_keyed_list_v;
using meta::is_optional;
using meta::is_vector;
template <class T>
struct is_string_map : std::false_type {};
template <>
struct is_string_map<std::map<std::string, std::string>> : std::true_type {};
}  // namespace traits

// The JS type of `value` as a type error names it (typeof, but null and array apart).
inline const char* type_name(const Napi::Value& value) {
  switch (value.Type()) {
    case napi_undefined: return "undefined";
    case napi_null: return "null";
    case napi_boolean: return "boolean";
    case napi_number: return "number";
    case napi_string: return "string";
    case napi_symbol: return "symbol";
    case napi_bigint: return "bigint";
    case napi_function: return "function";
    default: return value.IsArray() ? "array" : "object";
  }
}

// "<path> must be <what>, not <type>": the value itself is never shown (it may be a secret).
[[noreturn]] inline void type_error(const Napi::Value& value, const std::string& path, const char* what) {
  throw Napi::TypeError::New(value.Env(), path + " must be " + what + ", not " + type_name(value));
}

// The name of `key` inside `path` ("" for the options of a call, whose keys are named alone).
inline std::string member_path(const std::string& path, const std::string& key) {
  return path.empty() ? key : path + "." + key;
}

inline bool is_plain_object(const Napi::Value& value) {
  return value.IsObject() && !value.IsArray() && !value.IsFunction();
}

template <class T>
T from_js(const Napi::Value& value, const std::string& path);

// Fills a described struct from the properties of `object`; a property the struct does not
// describe is a TypeError too (it is almost always a misspelt or camelCased field name).
template <class T>
void read_fields(const Napi::Object& object, T& out, const std::string& path) {
  std::size_t known = 0;
  Napi::Array names = object.GetPropertyNames();
  meta::for_each_field<T>([&](const auto& field) {
    using M = std::remove_cvref_t<decltype(out.*(field.member))>;
    if constexpr (meta::is_keyed_list_v<M>) {
      if (const char* prefix = field.limits.key_prefix) {  // "<prefix><name>": value properties
        for (uint32_t i = 0; i < names.Length(); ++i) {
          Napi::Value name_value = names.Get(i);
          std::string key = text_of(name_value.ToString());
          if (auto name = meta::keyed_name(key, prefix)) {
            (out.*(field.member))
                .push_back({std::string(*name), from_js<std::string>(object.Get(name_value), member_path(path, key))});
            ++known;
          }
        }
        return;
      }
    }
    Napi::Value property = object.Get(field.name);
    if (property.IsUndefined()) return;
    ++known;
    out.*(field.member) = from_js<M>(property, member_path(path, field.name));
  });
  if (names.Length() == known) return;
  for (uint32_t i = 0; i < names.Length(); ++i) {
    Napi::Value name_value = names.Get(i);
    std::string name = text_of(name_value.ToString());
    bool described = meta::is_keyed_key<T>(name);
    meta::for_each_field<T>([&](const auto& field) { described = described || name == field.name; });
    if (!described && !object.Get(name_value).IsUndefined())
      throw Napi::TypeError::New(object.Env(), member_path(path, name) + " is not a known field");
  }
}

// "owner" or "visitor": the strings of a named enum, as a TypeError lists them.
template <meta::named_enum E>
std::string enum_choices() {
  std::string out;
  const auto& names = meta::enum_names<E>::names;
  for (std::size_t i = 0; i < std::size(names); ++i)
    out += std::string(i == 0 ? "\"" : i + 1 == std::size(names) ? " or \"" : ", \"") + names[i] + "\"";
  return out;
}

template <meta::named_enum E>
E enum_from_js(const Napi::Value& value, const std::string& path) {
  const auto& names = meta::enum_names<E>::names;
  if (value.IsString()) {
    const std::string text = text_of(value.As<Napi::String>());
    for (std::size_t i = 0; i < std::size(names); ++i)
      if (text == names[i]) return static_cast<E>(i);
  }
  throw Napi::TypeError::New(value.Env(), path + " must be " + enum_choices<E>());
}

template <class T>
T from_js(const Napi::Value& value, const std::string& path) {
  if constexpr (meta::is_text_v<T>) {
    if (!value.IsString()) type_error(value, path, "a string");
    return text_of(value.As<Napi::String>());
  } else if constexpr (std::is_same_v<T, bool>) {
    if (!value.IsBoolean()) type_error(value, path, "a boolean");
    return value.As<Napi::Boolean>().Value();
  } else if constexpr (std::is_integral_v<T>) {
    if (!value.IsNumber()) type_error(value, path, "an integer");
    double number = value.As<Napi::Number>().DoubleValue();
    if (!std::isfinite(number) || std::trunc(number) != number ||
        number < static_cast<double>(std::numeric_limits<T>::min()) ||
        number > static_cast<double>(std::numeric_limits<T>::max()))
      type_error(value, path, "an integer");
    return static_cast<T>(number);
  } else if constexpr (std::is_floating_point_v<T>) {
    if (!value.IsNumber() || !std::isfinite(value.As<Napi::Number>().DoubleValue()))
      type_error(value, path, "a number");
    return value.As<Napi::Number>().DoubleValue();
  } else if constexpr (meta::named_enum<T>) {
    return enum_from_js<T>(value, path);
  } else if constexpr (traits::is_optional<T>::value) {
    if (value.IsUndefined() || value.IsNull()) return std::nullopt;
    return from_js<typename T::value_type>(value, path);
  } else if constexpr (traits::is_vector<T>::value) {
    if (!value.IsArray()) type_error(value, path, "an array");
    auto array = value.As<Napi::Array>();
    T out;
    out.reserve(array.Length());
    for (uint32_t i = 0; i < array.Length(); ++i)
      out.push_back(from_js<typename T::value_type>(array.Get(i), path + "[" + std::to_string(i) + "]"));
    return out;
  } else if constexpr (traits::is_string_map<T>::value) {
    if (!is_plain_object(value)) type_error(value, path, "an object of strings");
    auto object = value.As<Napi::Object>();
    Napi::Array names = object.GetPropertyNames();
    T out;
    for (uint32_t i = 0; i < names.Length(); ++i) {
      Napi::Value name_value = names.Get(i);
      std::string name = text_of(name_value.ToString());
      out.emplace(name, from_js<std::string>(object.Get(name_value), member_path(path, name)));
    }
    return out;
  } else {
    static_assert(meta::is_described_v<T>, "from_js supports described structs and their members");
    if (!is_plain_object(value)) type_error(value, path, "an object");
    T out{};
    read_fields(value.As<Napi::Object>(), out, path);
    return out;
  }
}

template <class T>
Napi::Value to_js(Napi::Env env, const T& value) {
  if constexpr (meta::is_text_v<T>) {
    return Napi::String::New(env, value.data(), value.size());
  } else if constexpr (std::is_same_v<T, bool>) {
    return Napi::Boolean::New(env, value);
  } else if constexpr (std::is_integral_v<T> || std::is_floating_point_v<T>) {
    return Napi::Number::New(env, static_cast<double>(value));
  } else if constexpr (meta::named_enum<T>) {
    return Napi::String::New(env, meta::enum_name(value));
  } else if constexpr (traits::is_optional<T>::value) {
    if (!value) return env.Null();
    return to_js(env, *value);
  } else if constexpr (traits::is_vector<T>::value) {
    auto array = Napi::Array::New(env, value.size());
    for (std::size_t i = 0; i < value.size(); ++i) array.Set(static_cast<uint32_t>(i), to_js(env, value[i]));
    return array;
  } else {
    static_assert(meta::is_described_v<T>, "to_js supports described structs and their members");
    auto object = Napi::Object::New(env);
    meta::for_each_field<T>([&](const auto& field) {
      const auto& member = value.*(field.member);
      if constexpr (traits::is_keyed_list_v<std::remove_cvref_t<decltype(member)>>) {
        if (const char* prefix = field.limits.key_prefix) {  // spread as the JSON writer does
          for (const auto& item : member) object.Set(prefix + item.name, to_js(env, item.value));
          return;
        }
      }
      if (!meta::is_shown<T>(member)) return;  // the same omissions as the JSON writer
      object.Set(field.name, to_js(env, member));
    });
    return object;
  }
}

}  // namespace ctct::node
