// The v3 delivery against the emulator over HTTP: both paths, the append fields, refusals
// before sending, API refusals and errors, warnings and custom fields.
#include <future>

#include "ctct/client.hpp"
#include "delivery_fixture.hpp"

namespace ctct::testing {
namespace {

class V3Delivery : public DeliveryTest {
 protected:
  void SetUp() override {
    DeliveryTest::SetUp();
    seed(std::string(R"({"lists":[{"list_id":")") + newsletter + R"(","name":"Newsletter"}],)" +
         R"("custom_fields":[{"custom_field_id":")" + custom_field +
         R"(","label":"Middle name","name":"middle_name","type":"string"}]})");
  }

  Client client(std::string token = "") {
    return Client(ClientOptions{.access_token = token.empty() ? emulator_.access_token() : token,
        .base_url = emulator_.v3_url()});
  }

  static Lead lead() {
    Lead lead;
    lead.email = "lead@example.com";
    lead.first_name = "Lee";
    lead.last_name = "Lead";
    lead.phone_1 = "555-0100";
    lead.address_1 = "1 Main St";
    lead.address_2 = "Apt 2";
    lead.city = "Springfield";
    lead.state = "IL";
    lead.postal_code = "62701";
    lead.country_code = "US";
    lead.company_name = "Acme";
    lead.title = "Buyer";
    return lead;
  }
};

TEST_F(V3Delivery, WithoutTheReadBackALeadCostsOneRequest) {
  DeliveryOptions options;
  options.read_back = false;
  auto out = client().add_contact_to_list(newsletter, lead(), options);
  ASSERT_EQ(out.outcome, Kind::success) << out.reason.value_or("");
  EXPECT_EQ(out.attempts, 1);
  EXPECT_TRUE(out.contact_id);
  EXPECT_EQ(out.action, "created");
  EXPECT_EQ(out.list_id, newsletter);
  EXPECT_FALSE(out.contact_status);
  EXPECT_FALSE(out.email_address);
  EXPECT_FALSE(out.list_status);
  EXPECT_FALSE(out.opt_in_date);
  EXPECT_TRUE(out.warnings.empty());
  const auto stats = emulator_.control("GET", "stats");
  EXPECT_NE(stats.find(R"("requests":1,)"), std::string::npos) << stats;

  // The contact is on the list all the same.
  auto read = client().contacts().get(*out.contact_id, {"list_memberships"});
  ASSERT_TRUE(read.ok()) << read.reason.value_or("");
  EXPECT_EQ(read.value->list_memberships, std::vector<std::string>{newsletter});
}

TEST_F(V3Delivery, NewContactIsCreatedWithEveryAppendField) {
  auto out = client().add_contact_to_list(newsletter, lead());
  ASSERT_EQ(out.outcome, Kind::success) << out.reason.value_or("");
  EXPECT_FALSE(out.reason);
  EXPECT_EQ(out.action, "created");
  EXPECT_EQ(out.api_version, "v3");
  EXPECT_EQ(out.attempts, 2);  // sign-up form, then the read-back
  EXPECT_EQ(out.status, 200);
  EXPECT_TRUE(out.contact_id);
  EXPECT_EQ(out.contact_status, "explicit");
  EXPECT_EQ(out.source, "Contact");
  EXPECT_EQ(out.email_address, "lead@example.com");
  EXPECT_FALSE(out.email_address_id);  // v3 has no email address id
  EXPECT_EQ(out.list_id, newsletter);
  EXPECT_EQ(out.list_status, "active");
  EXPECT_TRUE(out.opt_in_date);
  EXPECT_EQ(out.opt_in_source, "Contact");
  EXPECT_FALSE(out.source_details);
  EXPECT_TRUE(out.warnings.empty());

  auto stored = state().contacts.at(0);
  EXPECT_EQ(stored.job_title, "Buyer");
  ASSERT_EQ(stored.street_addresses.size(), 1u);
  EXPECT_EQ(stored.street_addresses[0].kind, "home");
  EXPECT_EQ(stored.street_addresses[0].street, "1 Main St, Apt 2");
  EXPECT_EQ(stored.street_addresses[0].country, "US");  // country_code stands in for country
  ASSERT_EQ(stored.phone_numbers.size(), 1u);
  EXPECT_EQ(stored.phone_numbers[0].phone_number, "555-0100");
}

TEST_F(V3Delivery, ExistingContactIsUpdatedAndAddedToTheList) {
  seed(R"({"contacts":[{"email_address":{"address":"lead@example.com"},"first_name":"Old"}]})");
  auto out = client().add_contact_to_list(newsletter, lead());
  ASSERT_EQ(out.outcome, Kind::success) << out.reason.value_or("");
  EXPECT_EQ(out.action, "updated");
  EXPECT_EQ(out.list_status, "active");
  EXPECT_EQ(out.source, "Account");  // who created it first
  auto stored = state().contacts;
  ASSERT_EQ(stored.size(), 1u);
  EXPECT_EQ(stored[0].first_name, "Lee");
  EXPECT_EQ(stored[0].list_memberships, std::vector<std::string>{newsletter});
}

TEST_F(V3Delivery, CreatePathSendsThreePhonesAndBothAddresses) {
  auto given = lead();
  given.fax = "555-0199";
  given.company_phone = "555-0142";
  given.company_address = "9 Works Rd";
  given.company_city = "Shelbyville";
  given.company_country_code = "US";
  auto out = client().add_contact_to_list(newsletter, given, {.fail_on_duplicate = true});
  ASSERT_EQ(out.outcome, Kind::success) << out.reason.value_or("");
  EXPECT_EQ(out.status, 201);
  EXPECT_EQ(out.attempts, 1);  // POST /contacts answers with the memberships
  EXPECT_EQ(out.action, "created");
  EXPECT_EQ(out.list_status, "active");
  EXPECT_EQ(out.source, "Account");
  EXPECT_TRUE(out.warnings.empty());
  auto stored = state().contacts.at(0);
  ASSERT_EQ(stored.phone_numbers.size(), 3u);
  EXPECT_EQ(stored.phone_numbers[0].kind, "home");
  EXPECT_EQ(stored.phone_numbers[1].kind, "work");
  EXPECT_EQ(stored.phone_numbers[2].kind, "other");
  EXPECT_EQ(stored.phone_numbers[2].phone_number, "555-0199");
  ASSERT_EQ(stored.street_addresses.size(), 2u);
  EXPECT_EQ(stored.street_addresses[1].kind, "work");
  EXPECT_EQ(stored.street_addresses[1].city, "Shelbyville");
}

TEST_F(V3Delivery, DuplicateIsAFailureWithFailOnDuplicate) {
  seed(R"({"contacts":[{"email_address":{"address":"lead@example.com"}}]})");
  auto out = client().add_contact_to_list(newsletter, lead(), {.fail_on_duplicate = true});
  EXPECT_EQ(out.outcome, Kind::failure);
  EXPECT_EQ(out.status, 409);
  EXPECT_EQ(out.error_key, "contacts.api.conflict");
  EXPECT_EQ(out.attempts, 1);
  EXPECT_NE(out.reason.value_or("").find("A contact with email lead@example.com already exists"), std::string::npos)
      << out.reason.value_or("");
  EXPECT_FALSE(out.contact_id);
}

TEST_F(V3Delivery, InvalidInputIsRefusedBeforeSending) {
  auto bad_email = lead();
  bad_email.email = "not-an-email";
  auto no_email = lead();
  no_email.email.reset();
  auto line_break = lead();
  line_break.city = "Spring\nfield";
  auto too_long = lead();
  too_long.title = std::string(51, 't');
  const std::pair<Lead, const char*> cases[] = {{bad_email, "email"}, {no_email, "email"}, {line_break, "city"},
      {too_long, "title (API v3 job_title)"}};
  auto ctct = client();
  for (const auto& [given, field] : cases) {
    auto out = ctct.add_contact_to_list(newsletter, given);
    EXPECT_EQ(out.outcome, Kind::failure);
    EXPECT_EQ(out.attempts, 0);
    EXPECT_EQ(out.status, 0);
    EXPECT_EQ(out.reason.value_or("").rfind(field, 0), 0u) << out.reason.value_or("");
  }
  auto bad_list = ctct.add_contact_to_list("list-1234", lead());  // neither a UUID nor a v2 id
  EXPECT_EQ(bad_list.attempts, 0);
  EXPECT_EQ(bad_list.reason.value_or("").rfind("list_id", 0), 0u);
  auto bad_key = ctct.add_contact_to_list(newsletter, lead(), {.custom_field_ids = {{"nickname", custom_field}}});
  EXPECT_EQ(bad_key.attempts, 0);
  EXPECT_NE(bad_key.reason.value_or("").find("nickname"), std::string::npos);
  EXPECT_TRUE(state().contacts.empty());
}

TEST_F(V3Delivery, UnknownListIsAFailure) {
  auto out = client().add_contact_to_list("22222222-2222-4222-8222-000000000002", lead());
  EXPECT_EQ(out.outcome, Kind::failure);
  EXPECT_EQ(out.attempts, 1);
  EXPECT_TRUE(out.reason);
  EXPECT_FALSE(out.contact_id);
}

TEST_F(V3Delivery, ServerErrorIsAnError) {
  fault(R"({"method":"POST","path":"/v3/contacts/sign_up_form","status":500,"times":0})");
  auto out = client().add_contact_to_list(newsletter, lead());
  EXPECT_EQ(out.outcome, Kind::error);
  EXPECT_EQ(out.status, 500);
  EXPECT_GE(out.attempts, 1);
  EXPECT_TRUE(out.reason);
}

TEST_F(V3Delivery, RefusedAccessTokenIsAnError) {
  auto out = client("wrong-token").add_contact_to_list(newsletter, lead());
  EXPECT_EQ(out.outcome, Kind::error);
  EXPECT_EQ(out.status, 401);
  EXPECT_EQ(out.reason.value_or("").find("wrong-token"), std::string::npos);
}

TEST_F(V3Delivery, MalformedBodyIsAnError) {
  fault(R"({"method":"POST","path":"/v3/contacts/sign_up_form","status":201,"action":"malformed"})");
  auto out = client().add_contact_to_list(newsletter, lead());
  EXPECT_EQ(out.outcome, Kind::error);
  EXPECT_EQ(out.status, 201);
  EXPECT_TRUE(out.reason);
}

TEST_F(V3Delivery, FailedReadBackIsStillASuccessWithAWarning) {
  fault(R"({"method":"GET","path":"/v3/contacts/*","status":404,"times":0})");
  auto out = client().add_contact_to_list(newsletter, lead());
  ASSERT_EQ(out.outcome, Kind::success);
  EXPECT_FALSE(out.reason);
  EXPECT_EQ(out.attempts, 2);
  EXPECT_EQ(out.status, 404);  // the last request's
  EXPECT_TRUE(out.contact_id);
  EXPECT_EQ(out.action, "created");
  EXPECT_FALSE(out.list_status);
  ASSERT_EQ(out.warnings.size(), 1u);
  EXPECT_EQ(out.warnings[0].rfind("The lead is on the list, but", 0), 0u) << out.warnings[0];
}

TEST_F(V3Delivery, UnplacedFieldsWarnUnlessMappedToCustomFields) {
  auto given = lead();
  given.middle_name = "Q";
  given.salutation = "Dr";
  given.fax = "555-0199";
  given.company_phone = "555-0142";
  given.company_city = "Shelbyville";
  auto out = client().add_contact_to_list(newsletter, given, {.custom_field_ids = {{"middle_name", custom_field}}});
  ASSERT_EQ(out.outcome, Kind::success) << out.reason.value_or("");
  const std::vector<std::string> expected = {
      "salutation was not sent: API v3 has no field for it; map it to a custom field with custom_field_ids.",
      "company_phone was not sent: API v3's sign-up form has one phone number, for phone_1; map it "
      "to a custom field with custom_field_ids.",
      "fax was not sent: API v3's sign-up form has no field for it; map it to a custom field with "
      "custom_field_ids.",
      "company_city was not sent: API v3's sign-up form has one street address, used for the home "
      "address; map it to a custom field with custom_field_ids."};
  EXPECT_EQ(out.warnings, expected);
  auto stored = state().contacts.at(0);
  ASSERT_EQ(stored.custom_fields.size(), 1u);
  EXPECT_EQ(stored.custom_fields[0].custom_field_id, custom_field);
  EXPECT_EQ(stored.custom_fields[0].value, "Q");
}

TEST_F(V3Delivery, CompanyAddressIsUsedWhenThereIsNoHomeAddress) {
  Lead given;
  given.email = "lead@example.com";
  given.company_address = "9 Works Rd";
  given.company_state = "IL";
  auto out = client().add_contact_to_list(newsletter, given);
  ASSERT_EQ(out.outcome, Kind::success) << out.reason.value_or("");
  EXPECT_TRUE(out.warnings.empty());
  auto stored = state().contacts.at(0);
  ASSERT_EQ(stored.street_addresses.size(), 1u);
  EXPECT_EQ(stored.street_addresses[0].kind, "work");
  EXPECT_EQ(stored.street_addresses[0].street, "9 Works Rd");
}

TEST_F(V3Delivery, CallbackFormAnswersOnTheIoThreadWithoutBlockingIt) {
  auto ctct = client();
  std::promise<DeliveryOutcome> answered;
  ctct.add_contact_to_list(newsletter, lead(), {}, [&](DeliveryOutcome out) { answered.set_value(std::move(out)); });
  auto out = answered.get_future().get();
  EXPECT_EQ(out.outcome, Kind::success) << out.reason.value_or("");
  EXPECT_EQ(out.attempts, 2);
}

}  // namespace
}  // namespace ctct::testing
