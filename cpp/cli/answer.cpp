#include "answer.hpp"

#include <algorithm>
#include <cctype>
#include <iostream>
#include <string_view>
#include <utility>
#include <vector>

#include <simdjson.h>

#include "status.hpp"
#include "table.hpp"

namespace ctct::cli {

namespace {

namespace dom = simdjson::dom;

// The fields every outcome carries beside its value (warnings go to standard error).
bool is_meta(std::string_view key) {
  return key == "outcome" || key == "reason" || key == "status" || key == "error_key" || key == "attempts" ||
         key == "warnings";
}

std::string scalar(dom::element value) {
  switch (value.type()) {
    case dom::element_type::STRING: return std::string(value.get_string().value());
    case dom::element_type::BOOL: return value.get_bool().value() ? "true" : "false";
    case dom::element_type::NULL_VALUE: return "";
    default: return simdjson::minify(value);
  }
}

bool is_object_list(dom::array array) {
  for (auto item : array)
    if (!item.is_object()) return false;
  return array.size() > 0;
}

// An object's members as dotted names and texts; lists of objects are set aside as tables.
struct Flat {
  std::vector<std::pair<std::string, std::string>> cells;
  std::vector<std::pair<std::string, dom::array>> tables;
};

void flatten(dom::object object, const std::string& prefix, Flat& flat) {
  for (auto [key, value] : object) {
    const std::string name = prefix + std::string(key);
    if (value.is_null()) continue;
    if (value.is_object()) {
      flatten(value.get_object().value(), name + ".", flat);
    } else if (value.is_array()) {
      const auto array = value.get_array().value();
      if (array.size() == 0) continue;
      if (is_object_list(array)) {
        if (prefix.empty()) flat.tables.emplace_back(name, array);
        else flat.cells.emplace_back(name, std::to_string(array.size()) + " items");
        continue;
      }
      std::string joined;
      for (auto item : array) joined += (joined.empty() ? "" : ", ") + scalar(item);
      flat.cells.emplace_back(name, joined);
    } else {
      flat.cells.emplace_back(name, scalar(value));
    }
  }
}

std::string heading(std::string name) {
  for (auto& c : name) c = c == '_' || c == '.' ? ' ' : static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return name;
}

// Items as rows, one column per member any of them has.
void print_items(dom::array items) {
  std::vector<std::string> columns;
  std::vector<Flat> flats;
  for (auto item : items) {
    Flat flat;
    flatten(item.get_object().value(), "", flat);
    for (const auto& table : flat.tables)
      flat.cells.emplace_back(table.first, std::to_string(table.second.size()) + " items");
    for (const auto& [name, text] : flat.cells)
      if (std::find(columns.begin(), columns.end(), name) == columns.end()) columns.push_back(name);
    flats.push_back(std::move(flat));
  }
  Row header;
  for (const auto& column : columns) header.push_back(heading(column));
  std::vector<Row> rows;
  for (const auto& flat : flats) {
    Row row(columns.size());
    for (const auto& [name, text] : flat.cells)
      row[std::find(columns.begin(), columns.end(), name) - columns.begin()] = text;
    rows.push_back(std::move(row));
  }
  print_table(std::cout, header, rows);
}

void print_value(dom::element value) {
  if (value.is_array()) {
    const auto array = value.get_array().value();
    if (array.size() == 0) std::cout << "None.\n";
    else if (is_object_list(array)) print_items(array);
    else
      for (auto item : array) std::cout << scalar(item) << "\n";
    return;
  }
  if (!value.is_object()) {
    std::cout << scalar(value) << "\n";
    return;
  }
  const auto object = value.get_object().value();
  // An answer that is one text (an export's CSV) is printed as it is.
  if (object.size() == 1) {
    const auto only = (*object.begin()).value;
    if (only.is_string()) {
      const auto text = only.get_string().value();
      std::cout << text << (text.empty() || text.back() != '\n' ? "\n" : "");
      return;
    }
  }
  Flat flat;
  flatten(object, "", flat);
  std::erase_if(flat.cells, [](const auto& cell) { return is_meta(cell.first); });
  if (flat.cells.empty() && flat.tables.empty()) {
    std::cout << "Done.\n";
    return;
  }
  std::vector<Row> rows;
  for (const auto& [name, text] : flat.cells) rows.push_back({name, text});
  if (!rows.empty()) print_table(std::cout, {"FIELD", "VALUE"}, rows);
  for (const auto& [name, items] : flat.tables) {
    if (!rows.empty() || flat.tables.size() > 1) std::cout << "\n" << name << ":\n";
    print_items(items);
  }
}

}  // namespace

void report(const std::string& outcome_json, bool as_json) {
  dom::parser parser;
  const dom::element root = parser.parse(outcome_json).value();
  const auto outcome = root.get_object().value();
  const std::string_view kind = outcome["outcome"].get_string().value();
  const int status = kind == "success" ? 0 : kind == "failure" ? exit_failures : exit_error;
  dom::array warnings;
  if (!as_json && outcome["warnings"].get(warnings) == simdjson::SUCCESS)
    for (auto warning : warnings) std::cerr << "ctct: warning: " << scalar(warning) << "\n";
  if (as_json) {
    std::cout << outcome_json << "\n";
  } else if (status == 0) {
    dom::element value;
    print_value(outcome["value"].get(value) == simdjson::SUCCESS ? value : root);
  } else {
    std::string_view reason;
    std::cerr << "ctct: " << (outcome["reason"].get(reason) == simdjson::SUCCESS ? reason : kind) << "\n";
  }
  std::cout.flush();
  if (status != 0) throw_exit(status);
}

}  // namespace ctct::cli
