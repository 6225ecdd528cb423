#include "inputs.hpp"

#include <charconv>
#include <utility>

#include <simdjson.h>
#include <CLI/CLI.hpp>

#include "json/json_write.hpp"

namespace ctct::cli {

namespace {

std::string quoted(const Input& input, const std::string& text) {
  if (!json::valid_utf8(text)) throw CLI::ValidationError(input.name, "the value given is not UTF-8 text");
  std::string out;
  json::write_string(out, text);
  return out;
}

bool is_number(const std::string& text) {
  double number = 0;
  const auto end = text.data() + text.size();
  const auto [at, error] = std::from_chars(text.data(), end, number);
  return !text.empty() && error == std::errc() && at == end;
}

std::string value_of(const Input& input) {
  const std::string& last = input.values.back();
  switch (input.leaf) {
    case Leaf::text: return quoted(input, last);
    case Leaf::number:  // a string otherwise: the reader's "expected an integer" names the field
      return is_number(last) ? last : quoted(input, last);
    case Leaf::boolean: return last == "true" || last == "false" ? last : quoted(input, last);
    case Leaf::texts: {
      std::string out = "[";
      for (const auto& value : input.values) out += (out.size() > 1 ? "," : "") + quoted(input, value);
      return out + "]";
    }
    case Leaf::pairs: {
      std::string out = "{";
      for (const auto& pair : input.values) {
        const auto equals = pair.find('=');
        if (equals == std::string::npos) throw CLI::ValidationError(input.name, "expected NAME=VALUE");
        out += (out.size() > 1 ? "," : "") + quoted(input, pair.substr(0, equals)) + ":" +
               quoted(input, pair.substr(equals + 1));
      }
      return out + "}";
    }
    case Leaf::json: {
      simdjson::dom::parser parser;
      if (parser.parse(last).error()) throw CLI::ValidationError(input.name, "the value given is not JSON");
      return last;
    }
  }
  return last;
}

// The given values as nested objects, keys in the order their inputs were declared.
struct Node {
  std::string value;  // a leaf's JSON
  std::vector<std::pair<std::string, Node>> members;

  Node& member(const std::string& key) {
    for (auto& [name, node] : members)
      if (name == key) return node;
    return members.emplace_back(key, Node{}).second;
  }
  void write(std::string& out) const {
    if (members.empty()) {
      out += value;
      return;
    }
    out += "{";
    for (std::size_t i = 0; i < members.size(); ++i) {
      if (i) out += ",";
      json::write_string(out, members[i].first);
      out += ":";
      members[i].second.write(out);
    }
    out += "}";
  }
};

std::string dotted(const std::vector<std::string>& path) {
  std::string out;
  for (const auto& key : path) out += (out.empty() ? "" : ".") + key;
  return out;
}

}  // namespace

std::optional<std::string> json_of(const Inputs& inputs) {
  Node root;
  bool given = false;
  for (const auto& input : inputs) {
    if (input.values.empty()) continue;
    Node* node = &root;
    for (const auto& key : input.path) node = &node->member(key);
    node->value = value_of(input);
    given = true;
  }
  if (!given) return std::nullopt;
  std::string out;
  root.write(out);
  return out;
}

std::string named_error(const Inputs& inputs, const std::string& message) {
  const Input* best = nullptr;
  for (const auto& input : inputs) {
    const auto path = dotted(input.path);
    const bool about = path.empty() ||
                       (message.rfind(path, 0) == 0 && message.size() > path.size() &&
                           (message[path.size()] == ':' || message[path.size()] == '[' || message[path.size()] == '.'));
    if (about && !input.values.empty() && (!best || path.size() > dotted(best->path).size())) best = &input;
  }
  if (!best) return message;
  const auto path = dotted(best->path);
  return best->name + ": " + (path.empty() ? message : message.substr(message.find_first_not_of(": ", path.size())));
}

}  // namespace ctct::cli
