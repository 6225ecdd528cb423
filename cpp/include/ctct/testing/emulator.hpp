// An in-memory Constant Contact on loopback (cpp-httplib): /v3, /v2 and the control API
// /__emulator/..., so tests run without an account: ours in every language, and yours (CMake
// target ctct::emulator, examples/cpp/emulator_test.cpp). The control API: tests/vectors/README.md.
#pragma once

#include <memory>
#include <string>

namespace ctct::testing {

struct EmulatorOptions {
  std::string host = "127.0.0.1";
  int port = 0;              // 0: a free port
  std::string access_token;  // empty: a generated one
  std::string api_key;       // v2 api_key; empty: a generated one
};

class Emulator {
 public:
  explicit Emulator(EmulatorOptions options = {});
  ~Emulator();  // stop()
  Emulator(const Emulator&) = delete;
  Emulator& operator=(const Emulator&) = delete;

  void start();  // binds and serves on a background thread; throws std::runtime_error if it cannot bind
  void stop();

  // Makes /v3 and /v2 answer 429 beyond `per_second` requests (a token bucket) or `daily`
  // requests, as the service does; 0 switches that limit off. Throws std::invalid_argument
  // on a negative number.
  void limits(long per_second, long daily = 0);

  int port() const;
  std::string url() const;     // http://127.0.0.1:PORT
  std::string v3_url() const;  // url() + "/v3"
  std::string v2_url() const;  // url() + "/v2"
  const std::string& access_token() const;
  const std::string& api_key() const;

  // Runs a control-API call in process, same as an HTTP call to /__emulator/<path>;
  // answers its JSON body.
  std::string control(const std::string& method, const std::string& path, const std::string& body = "");

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace ctct::testing

namespace ctct {
// The names of 0.1, kept for one minor version: the emulator is ctct::testing::Emulator now, as
// it is ctct.testing.Emulator in Python and Emulator of ctct/testing in Node.
using EmulatorOptions [[deprecated("use ctct::testing::EmulatorOptions")]] = testing::EmulatorOptions;
using Emulator [[deprecated("use ctct::testing::Emulator")]] = testing::Emulator;
}  // namespace ctct
