// The C++ runner of tests/vectors: see tests/vectors/README.md for the format and the rules.
#pragma once

#include <string>

#include <simdjson.h>

namespace ctct::testing {
class Emulator;
}

namespace vectors {

// Performs `call` (client, token, op, args) against `emulator`, or against `hostile_root`
// (http://127.0.0.1:PORT/<behaviour> of tests/hostile/server.py) when it is not empty, and
// answers the outcome's to_json(). Throws std::runtime_error when the vector itself is malformed
// (unknown op, unreadable args).
std::string perform(ctct::testing::Emulator& emulator, simdjson::dom::object call,
    const std::string& hostile_root = "");

// The emulator's state as compact JSON with the keys of `expect_state`, in its order: contacts
// and v2_contacts as [{"email":ADDRESS,"lists":[IDS]}, ...] in store order, requests as the
// number of API requests the emulator saw.
std::string stored_state(ctct::testing::Emulator& emulator, simdjson::dom::object expect_state);

// The outcome text with loopback ports, and the UUIDs and timestamps that `vector_text` does not
// contain, replaced by placeholders.
std::string normalise(const std::string& outcome, const std::string& vector_text);

}  // namespace vectors
