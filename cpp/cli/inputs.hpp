// What the command line gives one parameter of an operation, value by value, and the JSON text
// made of it: the core's JSON reader then turns that text into the parameter's C++ type, so
// types are checked where every language's are (and limits where the core checks them).
#pragma once

#include <deque>
#include <optional>
#include <string>
#include <vector>

namespace ctct::cli {

// How a value typed on the command line becomes JSON.
enum class Leaf {
  text,     // a JSON string
  number,   // a JSON number (anything else is sent as a string, which the reader refuses by name)
  boolean,  // a flag: true, or --flag=false
  texts,    // an array of strings: repeated, or separated by commas
  pairs,    // an object of strings: NAME=VALUE, repeated
  json,     // JSON text as it is (lists of objects, such as an import's rows)
};

struct Input {
  std::string name;               // as typed and shown: "--first-name", or a positional's "list_id"
  std::vector<std::string> path;  // JSON keys below the parameter; empty: the parameter itself
  Leaf leaf = Leaf::text;
  std::vector<std::string> values;  // filled by CLI11
};

// One parameter's inputs; a deque, so that the values CLI11 fills keep their place.
using Inputs = std::deque<Input>;

// The JSON text of what was given, or nullopt when nothing was (the parameter keeps its default).
// A value that cannot become JSON (text that is not UTF-8, JSON that does not parse, a pair
// without "=") throws CLI::ValidationError naming the input, never its value.
std::optional<std::string> json_of(const Inputs& inputs);

// The input a reader error's path (e.g. "source.list_ids[0]: expected a string") is about, so
// the error names what the user typed.
std::string named_error(const Inputs& inputs, const std::string& message);

}  // namespace ctct::cli
