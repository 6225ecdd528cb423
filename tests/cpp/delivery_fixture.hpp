// An emulator per test for the delivery tests (v3 and v2): seeds, faults and the stored state.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "ctct/models.hpp"
#include "ctct/testing/emulator.hpp"
#include "ctct/v2.hpp"
#include "json/json_read.hpp"

namespace ctct::testing {

inline constexpr const char* newsletter = "11111111-1111-4111-8111-000000000001";
inline constexpr const char* custom_field = "ffffffff-ffff-4fff-8fff-000000000001";

// What GET /__emulator/state answers, as far as these tests look.
struct StoredState {
  std::vector<Contact> contacts;
  std::vector<v2::Contact> v2_contacts;
  static constexpr auto fields() {
    return std::make_tuple(meta::field("contacts", &StoredState::contacts),
        meta::field("v2_contacts", &StoredState::v2_contacts));
  }
};

class DeliveryTest : public ::testing::Test {
 protected:
  void SetUp() override { emulator_.start(); }

  void seed(const std::string& body) { emulator_.control("POST", "seed", body); }
  void fault(const std::string& body) { emulator_.control("POST", "faults", body); }

  StoredState state() {
    auto text = emulator_.control("GET", "state");
    auto read = json::read<StoredState>(text);
    EXPECT_TRUE(read) << (read.error ? read.error->message : "");
    return read.value.value_or(StoredState{});
  }

  Emulator emulator_;
};

}  // namespace ctct::testing
