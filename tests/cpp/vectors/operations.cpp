// The operations a vector may call, each mapped onto the C++ API with its arguments read by the
// project's own JSON reader, as tests/vectors/README.md lists them.
#include <functional>
#include <map>
#include <stdexcept>
#include <string_view>

#include "ctct/bulk.hpp"
#include "ctct/client.hpp"
#include "ctct/json.hpp"
#include "ctct/tags.hpp"
#include "ctct/testing/emulator.hpp"
#include "ctct/v2.hpp"
#include "json/json_read.hpp"
#include "surrogates.hpp"
#include "vectors.hpp"

namespace vectors {
namespace {

namespace dom = simdjson::dom;

// args[key] read as T, lone surrogates as WTF-8 (surrogates.hpp); a missing key leaves T's default.
template <class T>
T arg(dom::object args, std::string_view key) {
  dom::element element;
  if (args[key].get(element)) return T{};
  auto text = simdjson::minify(element);
  auto result = ctct::json::read<T>(text);
  if (!result) throw std::runtime_error(std::string(key) + ": " + result.error->message);
  restore_lone_surrogates(*result.value);
  return std::move(*result.value);
}

// DeliveryOptions is not a described struct (its custom_field_ids is a map): read by hand.
ctct::DeliveryOptions delivery_options(dom::object args) {
  ctct::DeliveryOptions options;
  dom::object object;
  if (args["options"].get(object)) return options;
  options.fail_on_duplicate = arg<bool>(object, "fail_on_duplicate");
  dom::object ids;
  if (!object["custom_field_ids"].get(ids)) {
    for (auto [name, id] : ids) options.custom_field_ids[std::string(name)] = std::string(id.get_string().value());
  }
  return options;
}

ctct::v2::ActionBy action_by(dom::object args) {
  auto name = arg<std::string>(args, "action_by");
  if (name.empty() || name == "owner") return ctct::v2::ActionBy::owner;
  if (name == "visitor") return ctct::v2::ActionBy::visitor;
  throw std::runtime_error("action_by: expected owner or visitor");
}

// The bulk operations take their model's JSON as input. For an import, rows N makes N copies of
// import_data's one row, {n} in the email the row's index.
ctct::ContactsImport import_input(dom::object args) {
  auto input = arg<ctct::ContactsImport>(args, "input");
  int64_t rows = 0;
  if (args["rows"].get(rows) || input.import_data.empty()) return input;
  const auto row = input.import_data[0];
  input.import_data.clear();
  for (int64_t n = 0; n < rows; ++n) {
    auto copy = row;
    if (auto at = copy.email.value_or("").find("{n}"); at != std::string::npos)
      copy.email->replace(at, 3, std::to_string(n));
    input.import_data.push_back(std::move(copy));
  }
  return input;
}

using ctct::Contact, ctct::ContactList, ctct::ContactQuery, ctct::ContactSignUp, ctct::Lead, ctct::ListQuery,
    ctct::to_json;
using Strings = std::vector<std::string>;
using V3Op = std::function<std::string(ctct::Client&, dom::object)>;
using V2Op = std::function<std::string(ctct::v2::Client&, dom::object)>;

const std::map<std::string, V3Op, std::less<>> v3_ops = {
    {"contacts.create", [](auto& c, auto a) { return to_json(c.contacts().create(arg<Contact>(a, "contact"))); }},
    {"contacts.create_or_update",
        [](auto& c, auto a) { return to_json(c.contacts().create_or_update(arg<ContactSignUp>(a, "contact"))); }},
    {"contacts.get",
        [](auto& c, auto a) {
          return to_json(c.contacts().get(arg<std::string>(a, "contact_id"), arg<Strings>(a, "include")));
        }},
    {"contacts.list", [](auto& c, auto a) { return to_json(c.contacts().list(arg<ContactQuery>(a, "query"))); }},
    {"contacts.update",
        [](auto& c, auto a) {
          return to_json(c.contacts().update(arg<std::string>(a, "contact_id"), arg<Contact>(a, "contact")));
        }},
    {"contacts.remove",
        [](auto& c, auto a) { return to_json(c.contacts().remove(arg<std::string>(a, "contact_id"))); }},
    {"contacts.counts",
        [](auto& c, auto a) { return to_json(c.contacts().counts(arg<bool>(a, "include_new_subscriber"))); }},
    {"contacts.resubscribe",
        [](auto& c, auto a) {
          return to_json(c.contacts().resubscribe(arg<std::string>(a, "contact_id"), arg<Strings>(a, "list_ids")));
        }},
    {"lists.create", [](auto& c, auto a) { return to_json(c.lists().create(arg<ContactList>(a, "list"))); }},
    {"lists.get", [](auto& c, auto a) { return to_json(c.lists().get(arg<std::string>(a, "list_id"))); }},
    {"lists.list", [](auto& c, auto a) { return to_json(c.lists().list(arg<ListQuery>(a, "query"))); }},
    {"lists.update",
        [](auto& c, auto a) {
          return to_json(c.lists().update(arg<std::string>(a, "list_id"), arg<ContactList>(a, "list")));
        }},
    {"lists.remove", [](auto& c, auto a) { return to_json(c.lists().remove(arg<std::string>(a, "list_id"))); }},
    {"activities.get", [](auto& c, auto a) { return to_json(c.activities().get(arg<std::string>(a, "activity_id"))); }},
    {"activities.list",
        [](auto& c, auto a) { return to_json(c.activities().list(arg<ctct::ActivityQuery>(a, "query"))); }},
    {"bulk.import_contacts", [](auto& c, auto a) { return to_json(c.bulk().import_contacts(import_input(a))); }},
    {"bulk.import_file",
        [](auto& c, auto a) { return to_json(c.bulk().import_file(arg<ctct::FileImport>(a, "input"))); }},
    {"bulk.add_to_lists",
        [](auto& c, auto a) { return to_json(c.bulk().add_to_lists(arg<ctct::ListMemberships>(a, "input"))); }},
    {"bulk.remove_from_lists",
        [](auto& c, auto a) { return to_json(c.bulk().remove_from_lists(arg<ctct::ListMemberships>(a, "input"))); }},
    {"bulk.delete_contacts",
        [](auto& c, auto a) { return to_json(c.bulk().delete_contacts(arg<ctct::ContactDelete>(a, "input"))); }},
    {"bulk.delete_lists",
        [](auto& c, auto a) { return to_json(c.bulk().delete_lists(arg<ctct::ListDelete>(a, "input"))); }},
    {"bulk.export_contacts",
        [](auto& c, auto a) { return to_json(c.bulk().export_contacts(arg<ctct::ContactExport>(a, "input"))); }},
    {"bulk.download_export",
        [](auto& c, auto a) { return to_json(c.bulk().download_export(arg<std::string>(a, "activity_id"))); }},
    {"bulk.wait", [](auto& c, auto a) { return to_json(c.bulk().wait(arg<Strings>(a, "activity_ids"))); }},
    {"tags.create", [](auto& c, auto a) { return to_json(c.tags().create(arg<ctct::Tag>(a, "tag"))); }},
    {"tags.get",
        [](auto& c, auto a) {
          return to_json(c.tags().get(arg<std::string>(a, "tag_id"), arg<bool>(a, "include_count")));
        }},
    {"tags.list", [](auto& c, auto a) { return to_json(c.tags().list(arg<ctct::TagQuery>(a, "query"))); }},
    {"tags.update",
        [](auto& c, auto a) {
          return to_json(c.tags().update(arg<std::string>(a, "tag_id"), arg<ctct::Tag>(a, "tag")));
        }},
    {"tags.remove", [](auto& c, auto a) { return to_json(c.tags().remove(arg<std::string>(a, "tag_id"))); }},
    {"tags.add_to_contacts",
        [](auto& c, auto a) { return to_json(c.tags().add_to_contacts(arg<ctct::ContactTagging>(a, "input"))); }},
    {"tags.remove_from_contacts",
        [](auto& c, auto a) { return to_json(c.tags().remove_from_contacts(arg<ctct::ContactTagging>(a, "input"))); }},
    {"tags.delete_many",
        [](auto& c, auto a) { return to_json(c.tags().delete_many(arg<ctct::TagDelete>(a, "input"))); }},
    {"custom_fields.create",
        [](auto& c, auto a) { return to_json(c.custom_fields().create(arg<ctct::CustomField>(a, "custom_field"))); }},
    {"custom_fields.get",
        [](auto& c, auto a) { return to_json(c.custom_fields().get(arg<std::string>(a, "custom_field_id"))); }},
    {"custom_fields.list",
        [](auto& c, auto a) { return to_json(c.custom_fields().list(arg<ctct::CustomFieldQuery>(a, "query"))); }},
    {"custom_fields.update",
        [](auto& c, auto a) {
          return to_json(c.custom_fields().update(arg<std::string>(a, "custom_field_id"),
              arg<ctct::CustomField>(a, "custom_field")));
        }},
    {"custom_fields.remove",
        [](auto& c, auto a) { return to_json(c.custom_fields().remove(arg<std::string>(a, "custom_field_id"))); }},
    {"add_contact_to_list",
        [](auto& c, auto a) {
          return to_json(c.add_contact_to_list(arg<std::string>(a, "list_id"), arg<Lead>(a, "lead"),
              delivery_options(a)));
        }},
};

const std::map<std::string, V2Op, std::less<>> v2_ops = {
    {"lists", [](auto& c, auto) { return to_json(c.lists()); }},
    {"create_contact",
        [](auto& c, auto a) { return to_json(c.create_contact(arg<ctct::v2::Contact>(a, "contact"), action_by(a))); }},
    {"add_contact_to_list",
        [](auto& c, auto a) {
          return to_json(c.add_contact_to_list(arg<std::string>(a, "list_id"), arg<Lead>(a, "lead"), action_by(a)));
        }},
};

template <class Map>
const typename Map::mapped_type& find_op(const Map& ops, std::string_view name) {
  auto found = ops.find(name);
  if (found == ops.end()) throw std::runtime_error("unknown op " + std::string(name));
  return found->second;
}

// The client options every runner uses (tests/vectors/README.md, "Running a vector").
const ctct::RetryOptions vector_retry{.max_attempts = 4, .base_delay_ms = 1, .max_delay_ms = 10};
const ctct::RateLimit no_rate_limit{.per_second = 0};

// call.http: the transport options a vector sets ({timeout_ms, connect_timeout_ms,
// max_response_bytes}); the others keep their defaults.
ctct::HttpOptions http_options(dom::object call) {
  ctct::HttpOptions http;
  dom::object given;
  if (call["http"].get(given)) return http;
  int64_t number = 0;
  if (!given["timeout_ms"].get(number)) http.timeout_ms = static_cast<long>(number);
  if (!given["connect_timeout_ms"].get(number)) http.connect_timeout_ms = static_cast<long>(number);
  if (!given["max_response_bytes"].get(number)) http.max_response_bytes = static_cast<std::size_t>(number);
  return http;
}

// The emulator's URL, the hostile server's for a setup.hostile vector, or with call.server
// "refused" a loopback port nothing listens on.
std::string server_url(ctct::testing::Emulator& emulator, dom::object call, const std::string& hostile_root) {
  std::string_view server;
  if (call["server"].get(server)) return hostile_root.empty() ? emulator.url() : hostile_root;
  if (server != "refused") throw std::runtime_error("call.server must be refused");
  return "http://127.0.0.1:1";
}

}  // namespace

std::string perform(ctct::testing::Emulator& emulator, dom::object call, const std::string& hostile_root) {
  std::string_view client, op, token;
  if (call["client"].get(client) || call["op"].get(op)) throw std::runtime_error("call needs client and op");
  auto access_token = call["token"].get(token) == simdjson::SUCCESS && token == "wrong" ? std::string("wrong-token")
                                                                                        : emulator.access_token();
  dom::object args;
  if (call["args"].get(args)) throw std::runtime_error("call.args must be an object");
  if (client == "v3") {
    ctct::Client v3({.access_token = access_token,
        .base_url = server_url(emulator, call, hostile_root) + "/v3",
        .http = http_options(call),
        .retry = vector_retry,
        .rate_limit = no_rate_limit});
    return find_op(v3_ops, op)(v3, args);
  }
  if (client == "v2") {
    ctct::v2::Client v2({.api_key = emulator.api_key(),
        .access_token = access_token,
        .base_url = server_url(emulator, call, hostile_root) + "/v2",
        .http = http_options(call),
        .retry = vector_retry,
        .rate_limit = no_rate_limit});
    return find_op(v2_ops, op)(v2, args);
  }
  throw std::runtime_error("call.client must be v3 or v2");
}

}  // namespace vectors
