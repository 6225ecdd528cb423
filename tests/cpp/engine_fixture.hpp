// The HTTP engine's tests: an emulator per test, the request they send (GET /v3/contacts), a
// way to slow it down, and the emulator's counters (requests, connections).
#pragma once

#include <gtest/gtest.h>
#include <simdjson.h>

#include <cstdint>
#include <string>

#include "ctct/testing/emulator.hpp"
#include "http/engine.hpp"

namespace ctct::http {

class EngineTest : public ::testing::Test {
 protected:
  void SetUp() override { emulator_.start(); }

  Request contacts() const {
    Request request;
    request.url = emulator_.v3_url() + "/contacts";
    request.headers = {{"Authorization", "Bearer " + emulator_.access_token()}};
    return request;
  }

  // The next `times` requests to GET /v3/contacts (0: all) wait `delay_ms` before the answer.
  void slow_down_contacts(long delay_ms, int times) {
    emulator_.control("POST", "faults",
        R"({"method":"GET","path":"/v3/contacts","delay_ms":)" + std::to_string(delay_ms) + R"(,"times":)" +
            std::to_string(times) + "}");
  }

  std::int64_t stat(const char* name) {
    simdjson::dom::parser parser;
    const simdjson::padded_string text(emulator_.control("GET", "stats"));
    return parser.parse(text)[name].get_int64().value();
  }

  testing::Emulator emulator_;
};

}  // namespace ctct::http
