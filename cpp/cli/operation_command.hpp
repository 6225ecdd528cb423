// One subcommand per operation of the registry (ctct/operation.hpp), made from its description:
// `argument` parameters that are values become positionals; a described model, a `fields`
// struct and `option` parameters become --flags (kebab-case of the snake_case name; a nested
// struct's fields as --<field>-<nested-field>), the fields a `fields` parameter names as
// positional (when values) become positionals, and BulkOptions becomes --wait and
// --poll-interval-ms. What is given is written as JSON and read by the core's JSON reader.
#pragma once

#include <algorithm>
#include <array>
#include <chrono>
#include <functional>
#include <future>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include <CLI/CLI.hpp>

#include "answer.hpp"
#include "connection.hpp"
#include "ctct/bulk.hpp"
#include "ctct/client.hpp"
#include "ctct/json.hpp"
#include "ctct/operation.hpp"
#include "inputs.hpp"
#include "json/json_read.hpp"
#include "names.hpp"
#include "progress.hpp"

namespace ctct::cli {

namespace registry {

template <class T>
struct unwrapped {
  using type = T;
};
template <class T>
struct unwrapped<std::optional<T>> {
  using type = T;
};
template <class T>
using unwrapped_t = typename unwrapped<T>::type;

template <class T>
inline constexpr bool is_text_map = false;
template <class C, class A>
inline constexpr bool is_text_map<std::map<std::string, std::string, C, A>> = true;

template <class T>
inline constexpr bool is_text_list = false;
template <class T, class A>
inline constexpr bool is_text_list<std::vector<T, A>> = meta::is_text_v<T>;

template <class T>
constexpr Leaf leaf_of() {
  using U = unwrapped_t<T>;
  if constexpr (meta::is_text_v<U>) return Leaf::text;
  else if constexpr (std::is_same_v<U, bool>) return Leaf::boolean;
  else if constexpr (std::is_arithmetic_v<U>) return Leaf::number;
  else if constexpr (is_text_list<U>) return Leaf::texts;
  else if constexpr (is_text_map<U>) return Leaf::pairs;
  else return Leaf::json;
}

// A struct given field by field (its own fields as flags), rather than as one value.
template <class T>
inline constexpr bool spread = meta::is_described_v<unwrapped_t<T>>;

// What one invocation of an operation's subcommand was given.
template <std::size_t Arity>
struct Given {
  Connection connection;
  bool json = false;
  bool wait = false;
  long poll_interval_ms = 1000;
  std::array<Inputs, Arity> params;
};

// The value's placeholder in help.
inline const char* type_name(Leaf leaf) {
  switch (leaf) {
    case Leaf::number: return "NUMBER";
    case Leaf::pairs: return "NAME=VALUE";
    case Leaf::json: return "JSON";
    default: return "TEXT";
  }
}

// Adds an input to the command: a positional, or a flag (a boolean one takes no value). A name
// the command already has (--json, --token) is CLI11's OptionAlreadyAdded when `ctct` starts.
inline void declare(CLI::App& command, Inputs& inputs, const std::string& name, std::vector<std::string> path,
    Leaf leaf, bool positional, bool required) {
  auto& input = inputs.emplace_back(Input{positional ? name : "--" + kebab(name), std::move(path), leaf, {}});
  CLI::Option* option = nullptr;
  if (leaf == Leaf::boolean && !positional) {
    option = command.add_flag(input.name + "{true}", input.values);
  } else if (leaf == Leaf::texts || leaf == Leaf::pairs) {
    option = command.add_option(input.name, input.values)->delimiter(',');
  } else {  // one value, taken whole (CLI11 would split "[...]" for a list); given twice, the last counts
    option = command
                 .add_option_function<std::string>(input.name,
                     [&input](const std::string& value) { input.values = {value}; })
                 ->multi_option_policy(CLI::MultiOptionPolicy::TakeLast);
  }
  option->type_name(type_name(leaf));
  if (required) option->required();
}

// The fields of T as inputs; `skip` are names of other parameters (lists.update's list_id).
template <class T>
void declare_fields(CLI::App& command, Inputs& inputs, const std::string& prefix, const std::vector<std::string>& path,
    const meta::Param& param, bool top, const std::vector<std::string>& skip) {
  std::vector<std::pair<std::string, std::function<void()>>> positionals;
  meta::for_each_field<T>([&](const auto& field) {
    using Member = std::remove_cvref_t<decltype(std::declval<T&>().*(field.member))>;
    const std::string name = prefix.empty() ? meta::argument_name(field) : prefix + "_" + meta::argument_name(field);
    if (prefix.empty() && std::find(skip.begin(), skip.end(), name) != skip.end()) return;
    auto below = path;
    below.emplace_back(field.name);
    if constexpr (spread<Member>) {
      declare_fields<unwrapped_t<Member>>(command, inputs, name, below, param, false, {});
    } else {
      constexpr Leaf leaf = leaf_of<Member>();
      bool positional = false;
      if (top && param.takes == meta::Takes::fields && leaf != Leaf::json && leaf != Leaf::pairs &&
          leaf != Leaf::boolean)
        for (const char* listed : param.positional) positional = positional || (listed && name == listed);
      if (positional)
        positionals.emplace_back(name,
            [&command, &inputs, name, below, &param] { declare(command, inputs, name, below, leaf, true, false); });
      else declare(command, inputs, name, below, leaf, false, false);
    }
  });
  // Positionals in the order the registry lists them.
  if (top)
    for (const char* listed : param.positional)
      for (auto& [name, add] : positionals)
        if (listed && name == listed) add();
}

template <class T, std::size_t Arity>
void declare_param(CLI::App& command, Given<Arity>& given, std::size_t index, const meta::Param& param,
    const std::vector<std::string>& names) {
  auto& inputs = given.params[index];
  if constexpr (std::is_same_v<T, BulkOptions>) {
    command.add_flag("--wait", given.wait,
        "Wait until every activity ends, showing progress (default: only start them)");
    command.add_option("--poll-interval-ms", given.poll_interval_ms, "With --wait: milliseconds between polls")
        ->capture_default_str();
  } else if constexpr (spread<T>) {
    auto skip = names;
    std::erase(skip, std::string(param.name));
    declare_fields<unwrapped_t<T>>(command, inputs, "", {}, param, true, skip);
  } else {
    const bool positional = param.takes == meta::Takes::argument;
    declare(command, inputs, param.name, {}, leaf_of<T>(), positional, positional);
  }
}

// The parameter's value: BulkOptions from --wait, anything else read from its JSON by the core's
// reader (an unreadable value is a usage error naming the input).
template <class T, std::size_t Arity>
T read_param(Given<Arity>& given, std::size_t index, Progress& progress, const std::string& phase) {
  if constexpr (std::is_same_v<T, BulkOptions>) {
    BulkOptions options;
    options.wait = given.wait;
    options.poll_interval_ms = std::chrono::milliseconds(given.poll_interval_ms);
    if (given.wait && !given.json)
      options.on_progress = [&progress, phase](const BulkProgress& p) { progress.update(phase, p.done, p.total); };
    return options;
  } else {
    const auto& inputs = given.params[index];
    auto text = json_of(inputs);
    if (!text) return T{};
    auto read = json::read<T>(*text);
    if (!read) throw CLI::ValidationError(named_error(inputs, read.error->message));
    return std::move(*read.value);
  }
}

template <class Op, std::size_t... I>
std::vector<std::string> param_names(const Op& op, std::index_sequence<I...>) {
  return {std::string(op.params[I].name)...};
}

template <class Op, std::size_t... I>
void declare_params(CLI::App& command, Given<Op::arity>& given, const Op& op, std::index_sequence<I...>) {
  const auto names = param_names(op, std::index_sequence<I...>{});
  (declare_param<std::tuple_element_t<I, typename Op::args>>(command, given, I, op.params[I], names), ...);
}

// Calls the operation with what was given and reports its outcome (answer.hpp).
template <class Api, class Op, std::size_t... I>
void call(Api& api, const Op& op, Given<Op::arity>& given, std::index_sequence<I...>) {
  using Args = typename Op::args;
  auto progress = Progress::for_stderr();
  const std::string phase = kebab(op.name);
  Args values{read_param<std::tuple_element_t<I, Args>>(given, I, progress, phase)...};
  std::promise<typename Op::result> answer;
  (api.*op.start)(std::get<I>(values)...,
      [&answer](typename Op::result result) { answer.set_value(std::move(result)); });
  const auto result = answer.get_future().get();
  progress.finish();
  report(to_json(result), given.json);
}

}  // namespace registry

// Adds `op` as a subcommand of `parent`; `api` finds the operation's group on a client.
template <class Op, class GetApi>
CLI::App* add_operation(CLI::App& parent, const Op& op, GetApi api) {
  using namespace registry;
  auto given = std::make_shared<Given<Op::arity>>();
  auto* command = parent.add_subcommand(kebab(op.name), op.doc);
  command->add_flag("--json", given->json, "Print the outcome as JSON (as every language's to_json gives it)");
  add_connection_options(*command, given->connection);
  declare_params(*command, *given, op, std::make_index_sequence<Op::arity>{});
  command->callback([given, op, api] {
    auto client = connect(given->connection);
    call(api(*client), op, *given, std::make_index_sequence<Op::arity>{});
  });
  return command;
}

}  // namespace ctct::cli
