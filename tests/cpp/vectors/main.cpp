// ctct_vectors DIR [FILE...]: runs every vector of DIR (or the files named) against one
// in-process emulator and compares each normalised outcome with the vector's expectation.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <stdexcept>
#include <vector>

#include "../hostile_server.hpp"
#include "ctct/testing/emulator.hpp"
#include "surrogates.hpp"
#include "vectors.hpp"

namespace {

namespace dom = simdjson::dom;
namespace fs = std::filesystem;

std::string read_text(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path.string());
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// Calls the control API; its errors come back as a JSON array, and mean a broken vector.
void control(ctct::testing::Emulator& emulator, const std::string& path, const std::string& body = "",
    const std::string& method = "POST") {
  auto answer = emulator.control(method, path, body);
  if (!answer.empty() && answer.front() == '[') throw std::runtime_error(path + ": " + answer);
}

// Runs one `setup.control` entry: {method, path, body}, the body absent when there is none.
void control_call(ctct::testing::Emulator& emulator, dom::object call) {
  std::string_view method, path;
  if (call["method"].get(method) || call["path"].get(path))
    throw std::runtime_error("a control call needs method and path");
  dom::element body;
  control(emulator, std::string(path), call["body"].get(body) ? "" : simdjson::minify(body), std::string(method));
}

// Resets the emulator, then sends the seed, each fault and each control call of `setup` (absent
// parts are skipped).
void set_up(ctct::testing::Emulator& emulator, dom::object vector) {
  control(emulator, "reset");
  dom::object setup;
  if (vector["setup"].get(setup)) return;
  dom::element seed;
  if (!setup["seed"].get(seed)) control(emulator, "seed", simdjson::minify(seed));
  dom::array faults;
  if (!setup["faults"].get(faults)) {
    for (auto fault : faults) control(emulator, "faults", simdjson::minify(fault));
  }
  dom::array calls;
  if (!setup["control"].get(calls)) {
    for (auto call : calls) {
      dom::object object;
      if (call.get(object)) throw std::runtime_error("a control call is an object");
      control_call(emulator, object);
    }
  }
}

// tests/hostile/server.py, started by the first vector whose setup names a hostile behaviour
// and serving the rest of the run.
class Hostile {
 public:
  explicit Hostile(fs::path script) : script_(std::move(script)) {}
  // "" for a vector of the emulator, else http://127.0.0.1:PORT/<behaviour>.
  std::string root(dom::object vector) {
    std::string_view behaviour;
    if (vector["setup"]["hostile"].get(behaviour)) return "";
    if (!server_) server_ = std::make_unique<ctct::testing::HostileServer>(script_.string());
    if (!server_->port()) throw std::runtime_error("the hostile server did not start");
    return server_->root(std::string(behaviour));
  }

 private:
  fs::path script_;
  std::unique_ptr<ctct::testing::HostileServer> server_;
};

struct Result {
  std::string name, expected, actual;
  bool passed() const { return expected == actual; }
};

Result run(ctct::testing::Emulator& emulator, Hostile& hostile, const fs::path& path) {
  auto text = read_text(path);
  dom::parser parser;
  dom::object vector;
  const auto parsed_text = vectors::escape_lone_surrogates(text);
  if (parser.parse(parsed_text).get(vector)) throw std::runtime_error("not a JSON object");
  std::string_view name;
  dom::element expect;
  dom::object call;
  if (vector["name"].get(name) || vector["expect"].get(expect) || vector["call"].get(call))
    throw std::runtime_error("needs name, call and expect");
  set_up(emulator, vector);
  Result result{std::string(name), simdjson::minify(expect),
      vectors::normalise(vectors::perform(emulator, call, hostile.root(vector)), text)};
  dom::object expect_state;
  if (!vector["expect_state"].get(expect_state)) {
    result.expected += "\n  state: " + simdjson::minify(expect_state);
    result.actual += "\n  state: " + vectors::stored_state(emulator, expect_state);
  }
  return result;
}

std::vector<fs::path> vector_files(int argc, char** argv) {
  std::vector<fs::path> files;
  if (argc > 2) {
    for (int i = 2; i < argc; ++i) files.emplace_back(fs::path(argv[1]) / argv[i]);
    return files;
  }
  for (const auto& entry : fs::directory_iterator(argv[1]))
    if (entry.path().extension() == ".json") files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: ctct_vectors DIR [FILE...]\n";
    return 2;
  }
  ctct::testing::Emulator emulator;
  emulator.start();
  // DIR is tests/vectors: the server is tests/hostile/server.py beside it.
  Hostile hostile((fs::absolute(argv[1]) / ".." / "hostile" / "server.py").lexically_normal());
  int passed = 0, failed = 0;
  for (const auto& path : vector_files(argc, argv)) {
    try {
      auto result = run(emulator, hostile, path);
      if (result.passed()) {
        ++passed;
        std::cout << "ok " << result.name << "\n";
        continue;
      }
      std::cout << "FAIL " << result.name << "\n  expected: " << result.expected << "\n  actual:   " << result.actual
                << "\n";
    } catch (const std::exception& e) {
      std::cout << "FAIL " << path.filename().string() << "\n  " << e.what() << "\n";
    }
    ++failed;
  }
  std::cout << passed << " passed, " << failed << " failed" << std::endl;
  return failed ? 1 : 0;
}
