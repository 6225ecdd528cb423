// A v3 client whose bulk activities advance one step per poll (polls_to_complete), so that
// progress is the same on any machine; seeded with two lists.
#pragma once

#include <string>
#include <vector>

#include "ctct/bulk.hpp"
#include "v3_fixture.hpp"

namespace ctct::testing {

class BulkTest : public V3Test {
 protected:
  void SetUp() override {
    V3Test::SetUp();
    seed(std::string(R"({"lists":[{"list_id":")") + list_a + R"(","name":"Leads"},{"list_id":")" + list_b +
         R"(","name":"Customers"}]})");
    emulator().control("POST", "activities", R"({"duration_ms":0,"polls_to_complete":2})");
    options_.poll_interval_ms = std::chrono::milliseconds(1);
  }
  Bulk& bulk() { return client().bulk(); }

  static std::vector<ImportContact> rows(std::size_t count, const std::string& prefix = "lead") {
    std::vector<ImportContact> out(count);
    for (std::size_t i = 0; i < count; ++i) {
      out[i].email = prefix + std::to_string(i) + "@example.com";
      out[i].first_name = "Lead";
    }
    return out;
  }
  // Well-formed ids that name no contact.
  static std::vector<std::string> unknown_ids(std::size_t count) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < count; ++i) {
      char id[40];
      std::snprintf(id, sizeof id, "aaaaaaaa-aaaa-4aaa-8aaa-%012zu", i);
      out.emplace_back(id);
    }
    return out;
  }
  long members(const std::string& list_id) {
    ContactQuery query;
    query.lists = {list_id};
    query.include_count = true;
    query.limit = 1;
    return client().contacts().list(query).value->count.value_or(-1);
  }

  BulkOptions options_;
};

}  // namespace ctct::testing
