// A v3 client on an in-process emulator, reset before every test: the tests of the v3
// operations drive it only over HTTP and through its control API.
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "ctct/client.hpp"
#include "ctct/testing/emulator.hpp"

namespace ctct::testing {

class V3Test : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    emulator_ = new Emulator();
    emulator_->start();
  }
  static void TearDownTestSuite() {
    delete emulator_;
    emulator_ = nullptr;
  }
  void SetUp() override {
    emulator_->control("POST", "reset");
    client_ = make_client(emulator_->access_token());
  }

  static std::unique_ptr<Client> make_client(const std::string& token, HttpOptions http = {}, RetryOptions retry = {}) {
    return std::make_unique<Client>(ClientOptions{token, emulator_->v3_url(), http, retry});
  }
  Emulator& emulator() { return *emulator_; }
  Client& client() { return *client_; }
  // Control API: the body of POST /__emulator/seed, and one fault of POST /__emulator/faults.
  std::string seed(const std::string& body) { return emulator_->control("POST", "seed", body); }
  std::string fault(const std::string& body) { return emulator_->control("POST", "faults", body); }

  static inline Emulator* emulator_ = nullptr;
  std::unique_ptr<Client> client_;
};

// Ids the tests seed, so that expectations can name them.
inline constexpr const char* list_a = "11111111-1111-4111-8111-000000000001";
inline constexpr const char* list_b = "11111111-1111-4111-8111-000000000002";
inline constexpr const char* contact_a = "cccccccc-cccc-4ccc-8ccc-000000000001";
inline constexpr const char* unknown_id = "99999999-9999-4999-8999-999999999999";

// The reason holds `part` (or, with at_start, begins with it).
inline ::testing::AssertionResult has(const std::optional<std::string>& reason, std::string_view part,
    bool at_start = false) {
  if (!reason) return ::testing::AssertionFailure() << "no reason";
  const auto at = reason->find(part);
  if (at == std::string::npos || (at_start && at != 0)) return ::testing::AssertionFailure() << "reason: " << *reason;
  return ::testing::AssertionSuccess();
}

inline Contact new_contact(const std::string& email) {
  Contact contact;
  contact.email_address = EmailAddress{};
  contact.email_address->address = email;
  contact.email_address->permission_to_send = "implicit";
  contact.first_name = "Nora";
  contact.last_name = "New";
  contact.create_source = "Contact";
  return contact;
}

}  // namespace ctct::testing
