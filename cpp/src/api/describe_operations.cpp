// describe_operations(): the registry of operation.hpp written out for the parity tests.
#include <string>
#include <type_traits>

#include "ctct/bulk.hpp"
#include "ctct/client.hpp"
#include "ctct/contact_reports.hpp"
#include "ctct/oauth.hpp"
#include "ctct/operation.hpp"
#include "ctct/segments.hpp"
#include "ctct/tags.hpp"
#include "ctct/v2.hpp"
#include "json/json_write.hpp"

namespace ctct {
namespace {

void append_names(std::string& out, const char* key, auto&& each) {
  out += std::string(",\"") + key + "\":[";
  bool first = true;
  each([&](const char* name) {
    out += (first ? "\"" : ",\"") + std::string(name) + "\"";
    first = false;
  });
  out += "]";
}

template <class Arg>
void append_param(std::string& out, const meta::Param& param) {
  static constexpr const char* takes[] = {"argument", "option", "fields"};
  out += "{\"name\":\"" + std::string(param.name) + "\",\"takes\":\"";
  if constexpr (std::is_same_v<Arg, BulkOptions>) {
    out += "bulk_options\"}";
    return;
  } else {
    out += takes[static_cast<int>(param.takes)] + std::string("\"");
    if constexpr (meta::is_described_v<Arg>) {
      append_names(out, "fields",
          [](auto&& emit) { meta::for_each_field<Arg>([&](const auto& field) { emit(meta::argument_name(field)); }); });
      append_names(out, "json",
          [](auto&& emit) { meta::for_each_field<Arg>([&](const auto& field) { emit(field.name); }); });
    }
    if (param.takes == meta::Takes::fields)
      append_names(out, "positional", [&](auto&& emit) {
        for (const char* name : param.positional)
          if (name) emit(name);
      });
    out += "}";
  }
}

template <class Op, std::size_t... I>
void append_params(std::string& out, const Op& op, std::index_sequence<I...>) {
  ((out += (I ? "," : ""), append_param<std::tuple_element_t<I, typename Op::args>>(out, op.params[I])), ...);
}

template <class Group>
void append_operations(std::string& out) {
  out += "[";
  bool first = true;
  meta::for_each_operation<Group>([&](const auto& op) {
    using Op = std::remove_cvref_t<decltype(op)>;
    out += (first ? "" : ",") + std::string("{\"name\":\"") + op.name + "\",\"doc\":";
    json::write_string(out, op.doc);
    out += ",\"params\":[";
    append_params(out, op, std::make_index_sequence<Op::arity>{});
    out += "]}";
    first = false;
  });
  out += "]";
}

}  // namespace

std::string describe_operations() {
  std::string out = "{\"client\":";
  append_operations<Client>(out);
  out += ",\"groups\":[";
  bool first = true;
  meta::for_each_group<Client>([&](const auto& group) {
    using Group = typename std::remove_cvref_t<decltype(group)>::group;
    out += (first ? "" : ",") + std::string("{\"name\":\"") + group.name + "\",\"operations\":";
    append_operations<Group>(out);
    out += "}";
    first = false;
  });
  out += "],\"v2_client\":";
  append_operations<v2::Client>(out);
  out += ",\"oauth_client\":";
  append_operations<oauth::OAuthClient>(out);
  return out + "}";
}

}  // namespace ctct
