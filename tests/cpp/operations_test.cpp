// The registry of operations (ctct/operation.hpp): every group lists its operations, and the
// listing the parity tests of Python and Node compare against is well-formed and complete.
#include <gtest/gtest.h>
#include <simdjson.h>

#include <set>
#include <string>

#include "ctct/bulk.hpp"
#include "ctct/client.hpp"
#include "ctct/json.hpp"
#include "ctct/operation.hpp"
#include "ctct/tags.hpp"

namespace {

TEST(OperationsTest, EveryGroupIsListedWithItsOperations) {
  simdjson::dom::parser parser;
  const std::string text = ctct::describe_operations();
  simdjson::dom::element root = parser.parse(text);
  std::set<std::string> listed;
  std::size_t operations = 0;
  for (simdjson::dom::element group : root["groups"].get_array()) {
    for (simdjson::dom::element op : group["operations"].get_array()) {
      listed.insert(std::string(group["name"].get_string().value()) + "." +
                    std::string(op["name"].get_string().value()));
      ++operations;
    }
  }
  for (const char* name : {"contacts.create", "contacts.list", "lists.create", "lists.remove", "activities.get",
           "tags.add_to_contacts", "custom_fields.update", "bulk.import_contacts", "bulk.wait"})
    EXPECT_TRUE(listed.count(name)) << name;
  EXPECT_EQ(listed.size(), operations) << "an operation is listed twice in its group";
  EXPECT_EQ(std::string(root["client"].at(0)["name"].get_string().value()), "add_contact_to_list");
}

TEST(OperationsTest, ParametersSayHowTheyAreTaken) {
  simdjson::dom::parser parser;
  const std::string text = ctct::describe_operations();
  simdjson::dom::element root = parser.parse(text);
  simdjson::dom::element bulk = root["groups"].at(5);
  ASSERT_EQ(std::string(bulk["name"].get_string().value()), "bulk");
  simdjson::dom::element import = bulk["operations"].at(0);
  simdjson::dom::element input = import["params"].at(0);
  EXPECT_EQ(std::string(input["takes"].get_string().value()), "fields");
  // The request body's list_ids is the argument `lists`, given after the rows.
  EXPECT_EQ(simdjson::to_string(input["positional"]), R"(["rows","lists"])");
  EXPECT_EQ(simdjson::to_string(input["fields"]), R"(["rows","lists","sms_permission_to_send"])");
  EXPECT_EQ(std::string(import["params"].at(1)["takes"].get_string().value()), "bulk_options");
}

// Each operation carries its help's first line, which names the request of a one-request
// operation: tests/python/test_spec_answers.py finds the operation's answers in the spec by it.
TEST(OperationsTest, EachOperationCarriesItsHelp) {
  simdjson::dom::parser parser;
  const std::string text = ctct::describe_operations();
  simdjson::dom::element root = parser.parse(text);
  std::string_view doc = root["groups"].at(0)["operations"].at(2)["doc"].get_string().value();
  EXPECT_EQ(doc.substr(0, 26), "GET /contacts/{contact_id}");
}

// The legacy v2 client and the OAuth client are listed as the v3 client is, so that Python and
// Node follow them too.
TEST(OperationsTest, TheV2AndOAuthClientsAreListed) {
  simdjson::dom::parser parser;
  const std::string text = ctct::describe_operations();
  simdjson::dom::element root = parser.parse(text);
  auto names = [&](const char* client) {
    std::string out;
    for (simdjson::dom::element op : root[client].get_array())
      out += std::string(out.empty() ? "" : " ") + std::string(op["name"].get_string().value());
    return out;
  };
  EXPECT_EQ(names("v2_client"), "lists create_contact add_contact_to_list");
  EXPECT_EQ(names("oauth_client"), "exchange_code refresh start_device poll_device");
  EXPECT_EQ(simdjson::to_string(root["v2_client"].at(2)["params"].at(2)), R"({"name":"action_by","takes":"option"})");
}

// Calls that take a model take designated initializers, as C++20 users write them.
TEST(OperationsTest, ModelsTakeDesignatedInitializers) {
  const ctct::ContactList list{.name = "Leads", .favorite = true};
  EXPECT_EQ(ctct::to_json(list), R"({"name":"Leads","favorite":true})");
}

}  // namespace
