// The v2 client and its delivery against the emulator over HTTP: lists, the append fields, the
// duplicate refusal, and credentials that never show in a reason.
#include "ctct/v2.hpp"
#include "delivery_fixture.hpp"

namespace ctct::testing {
namespace {

class V2Delivery : public DeliveryTest {
 protected:
  void SetUp() override {
    DeliveryTest::SetUp();
    seed(R"({"v2_lists":[{"id":"1","name":"Newsletter"},{"id":"2","name":"Customers","status":"HIDDEN"}]})");
  }

  v2::Client client(std::string api_key = "", std::string base_url = "") {
    return v2::Client(v2::ClientOptions{.api_key = api_key.empty() ? emulator_.api_key() : api_key,
        .access_token = emulator_.access_token(),
        .base_url = base_url.empty() ? emulator_.v2_url() : base_url});
  }

  static Lead lead() {
    Lead lead;
    lead.email = "lead@example.com";
    lead.first_name = "Lee";
    lead.middle_name = "Q";
    lead.last_name = "Lead";
    lead.salutation = "Dr";
    lead.title = "Buyer";
    lead.company_name = "Acme";
    lead.phone_1 = "555-0100";
    lead.company_phone = "555-0142";
    lead.fax = "555-0199";
    lead.address_1 = "1 Main St";
    lead.city = "Springfield";
    lead.state = "IL";
    lead.country_code = "US";
    lead.postal_code = "62701";
    lead.company_address = "9 Works Rd";
    lead.company_city = "Shelbyville";
    lead.company_state = "IL";
    lead.company_country_code = "US";
    return lead;
  }
};

TEST_F(V2Delivery, ListsAnswersThePlainArray) {
  auto out = client().lists();
  ASSERT_EQ(out.outcome, Kind::success) << out.reason.value_or("");
  ASSERT_EQ(out.value->size(), 2u);
  EXPECT_EQ((*out.value)[0].id, "1");
  EXPECT_EQ((*out.value)[1].status, "HIDDEN");
}

TEST_F(V2Delivery, NewContactAnswersEveryAppendField) {
  auto out = client().add_contact_to_list("1", lead());
  ASSERT_EQ(out.outcome, Kind::success) << out.reason.value_or("");
  EXPECT_EQ(out.api_version, "v2");
  EXPECT_EQ(out.status, 201);
  EXPECT_EQ(out.attempts, 1);
  EXPECT_EQ(out.action, "created");
  EXPECT_TRUE(out.contact_id);
  EXPECT_EQ(out.contact_status, "ACTIVE");
  EXPECT_EQ(out.source, "API");
  EXPECT_EQ(out.confirmed, false);
  EXPECT_EQ(out.source_details, "ctct");
  EXPECT_EQ(out.email_address, "lead@example.com");
  EXPECT_TRUE(out.email_address_id);
  EXPECT_EQ(out.list_id, "1");
  EXPECT_EQ(out.list_status, "ACTIVE");
  EXPECT_TRUE(out.opt_in_date);
  EXPECT_EQ(out.opt_in_source, "ACTION_BY_OWNER");
  EXPECT_TRUE(out.warnings.empty());

  auto stored = state().v2_contacts.at(0);
  EXPECT_EQ(stored.prefix_name, "Dr");
  EXPECT_EQ(stored.middle_name, "Q");
  EXPECT_EQ(stored.job_title, "Buyer");
  EXPECT_EQ(stored.home_phone, "555-0100");
  EXPECT_EQ(stored.work_phone, "555-0142");
  EXPECT_EQ(stored.fax, "555-0199");
  ASSERT_EQ(stored.addresses.size(), 2u);
  EXPECT_EQ(stored.addresses[0].address_type, "PERSONAL");
  EXPECT_EQ(stored.addresses[0].state_code, "IL");
  EXPECT_EQ(stored.addresses[1].address_type, "BUSINESS");
  EXPECT_EQ(stored.addresses[1].city, "Shelbyville");
}

TEST_F(V2Delivery, VisitorAndCountryWarning) {
  auto given = lead();
  given.country = "United States";
  auto out = client().add_contact_to_list("1", given, v2::ActionBy::visitor);
  ASSERT_EQ(out.outcome, Kind::success) << out.reason.value_or("");
  EXPECT_EQ(out.opt_in_source, "ACTION_BY_VISITOR");
  EXPECT_EQ(out.warnings,
      std::vector<std::string>{"country was not sent: API v2 takes a country code only (country_code)."});
}

TEST_F(V2Delivery, DuplicateIsAFailure) {
  auto ctct = client();
  ASSERT_TRUE(ctct.add_contact_to_list("1", lead()).ok());
  auto out = ctct.add_contact_to_list("2", lead());
  EXPECT_EQ(out.outcome, Kind::failure);
  EXPECT_EQ(out.status, 409);
  EXPECT_EQ(out.error_key, "http.status.email_address.conflict");
  EXPECT_NE(out.reason.value_or("").find("A contact with email lead@example.com already exists"), std::string::npos)
      << out.reason.value_or("");
}

TEST_F(V2Delivery, InvalidInputIsRefusedBeforeSending) {
  auto ctct = client();
  auto uuid_list = ctct.add_contact_to_list("11111111-1111-4111-8111-000000000001", lead());
  EXPECT_EQ(uuid_list.outcome, Kind::failure);
  EXPECT_EQ(uuid_list.attempts, 0);
  EXPECT_EQ(uuid_list.reason.value_or("").rfind("list_id", 0), 0u);
  auto state_name = lead();
  state_name.state = "Illinois";
  auto out = ctct.add_contact_to_list("1", state_name);
  EXPECT_EQ(out.attempts, 0);
  EXPECT_EQ(out.reason.value_or("").rfind("state (API v2 state_code)", 0), 0u) << out.reason.value_or("");
  EXPECT_TRUE(state().v2_contacts.empty());
}

TEST_F(V2Delivery, WrongApiKeyIsAnErrorThatNeverShowsTheKey) {
  const std::string key = "secret-key-4711";
  auto out = client(key).add_contact_to_list("1", lead());
  EXPECT_EQ(out.outcome, Kind::error);
  EXPECT_EQ(out.status, 401);
  EXPECT_EQ(out.reason.value_or(key).find(key), std::string::npos) << out.reason.value_or("");
  auto lists = client(key).lists();
  EXPECT_EQ(lists.outcome, Kind::error);
  EXPECT_EQ(lists.reason.value_or(key).find(key), std::string::npos) << lists.reason.value_or("");
}

TEST_F(V2Delivery, UnreachableServerReasonHasNoKey) {
  const std::string key = "secret-key-4711";
  emulator_.stop();  // nothing listens on its port any more
  auto out = client(key, emulator_.v2_url()).add_contact_to_list("1", lead());
  EXPECT_EQ(out.outcome, Kind::error);
  EXPECT_EQ(out.status, 0);
  EXPECT_EQ(out.reason.value_or(key).find(key), std::string::npos) << out.reason.value_or("");
  EXPECT_EQ(out.reason.value_or("api_key").find("api_key"), std::string::npos);
}

TEST_F(V2Delivery, ServerErrorIsAnError) {
  fault(R"({"method":"POST","path":"/v2/contacts","status":503,"times":0})");
  auto out = client().add_contact_to_list("1", lead());
  EXPECT_EQ(out.outcome, Kind::error);
  EXPECT_EQ(out.status, 503);
}

}  // namespace
}  // namespace ctct::testing
