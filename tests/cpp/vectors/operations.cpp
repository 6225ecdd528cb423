// Runs a vector's call: v3 operations through the registry (ctct/operation.hpp), the v2 client's
// from a small table, arguments read by the project's own JSON reader (tests/vectors/README.md).
#include <functional>
#include <future>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "ctct/bulk.hpp"
#include "ctct/client.hpp"
#include "ctct/json.hpp"
#include "ctct/lead_queue.hpp"
#include "ctct/operation.hpp"
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

// The argument of one parameter, read from args by the parameter's name (a `fields` parameter's
// value is its struct's JSON); bulk options keep their defaults.
template <class T>
T read_param(dom::object args, const ctct::meta::Param& param) {
  if constexpr (std::is_same_v<T, ctct::BulkOptions>) return T{};
  else if constexpr (std::is_same_v<T, ctct::ContactsImport>) return import_input(args);
  else return arg<T>(args, param.name);
}

// Calls the operation's callback form with the arguments read from args, and waits.
template <class Api, class Op, std::size_t... I>
std::string call(Api& api, const Op& op, dom::object args, std::index_sequence<I...>) {
  using Args = typename Op::args;
  Args values{read_param<std::tuple_element_t<I, Args>>(args, op.params[I])...};
  std::promise<typename Op::result> answer;
  (api.*op.start)(std::get<I>(values)...,
      [&answer](typename Op::result result) { answer.set_value(std::move(result)); });
  return to_json(answer.get_future().get());
}

// Runs the operation of Api named `name`, if Api has one; nullopt otherwise.
template <class Api>
std::optional<std::string> call_named(Api& api, std::string_view name, dom::object args) {
  std::optional<std::string> out;
  ctct::meta::for_each_operation<Api>([&](const auto& op) {
    using Op = std::remove_cvref_t<decltype(op)>;
    if (!out && name == op.name) out = call(api, op, args, std::make_index_sequence<Op::arity>{});
  });
  return out;
}

// "<group>.<operation>" or an operation of the client itself, found in the registry
// (ctct/operation.hpp): a new operation needs no change here.
std::string call_v3(ctct::Client& client, std::string_view op, dom::object args) {
  std::optional<std::string> out;
  const auto dot = op.find('.');
  if (dot == std::string_view::npos) {
    out = call_named(client, op, args);
  } else {
    ctct::meta::for_each_group<ctct::Client>([&](const auto& group) {
      if (!out && op.substr(0, dot) == group.name) out = call_named((client.*group.get)(), op.substr(dot + 1), args);
    });
  }
  if (!out) throw std::runtime_error("unknown op " + std::string(op));
  return *out;
}

using ctct::to_json;
using V2Op = std::function<std::string(ctct::v2::Client&, dom::object)>;

const std::map<std::string, V2Op, std::less<>> v2_ops = {
    {"lists", [](auto& c, auto) { return to_json(c.lists()); }},
    {"create_contact",
        [](auto& c, auto a) { return to_json(c.create_contact(arg<ctct::v2::Contact>(a, "contact"), action_by(a))); }},
    {"add_contact_to_list",
        [](auto& c, auto a) {
          return to_json(c.add_contact_to_list(arg<std::string>(a, "list_id"), arg<ctct::Lead>(a, "lead"),
              action_by(a)));
        }},
};

const V2Op& find_v2_op(std::string_view name) {
  auto found = v2_ops.find(name);
  if (found == v2_ops.end()) throw std::runtime_error("unknown op " + std::string(name));
  return found->second;
}

// call.client "queue", op "submit": each of args.leads ({list_id, lead, options}) submitted in
// order to a LeadQueue with args.queue's options, then the queue closed; the outcomes as an array.
std::string submit_to_queue(ctct::Client& client, std::string_view op, dom::object args) {
  if (op != "submit") throw std::runtime_error("the queue's op is submit");
  dom::array leads;
  if (args["leads"].get(leads)) throw std::runtime_error("leads must be an array");
  ctct::LeadQueue queue(client, arg<ctct::LeadQueueOptions>(args, "queue"));
  std::vector<std::future<ctct::DeliveryOutcome>> outcomes;
  for (dom::object item : leads)
    outcomes.push_back(queue.submit(arg<ctct::Lead>(item, "lead"), arg<std::string>(item, "list_id"),
        arg<ctct::DeliveryOptions>(item, "options")));
  queue.close();
  std::string out = "[";
  for (auto& outcome : outcomes) out += (out.size() > 1 ? "," : "") + to_json(outcome.get());
  return out + "]";
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
  if (client == "v3" || client == "queue") {
    ctct::Client v3({.access_token = access_token,
        .base_url = server_url(emulator, call, hostile_root) + "/v3",
        .http = http_options(call),
        .retry = vector_retry,
        .rate_limit = no_rate_limit});
    return client == "queue" ? submit_to_queue(v3, op, args) : call_v3(v3, op, args);
  }
  if (client == "v2") {
    ctct::v2::Client v2({.api_key = emulator.api_key(),
        .access_token = access_token,
        .base_url = server_url(emulator, call, hostile_root) + "/v2",
        .http = http_options(call),
        .retry = vector_retry,
        .rate_limit = no_rate_limit});
    return find_v2_op(op)(v2, args);
  }
  throw std::runtime_error("call.client must be v3, v2 or queue");
}

}  // namespace vectors
