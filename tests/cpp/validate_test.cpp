// Input checks before sending: one rule each, with the exact reason a user reads.
#include <gtest/gtest.h>

#include "api/validate.hpp"
#include "ctct/delivery.hpp"
#include "ctct/models.hpp"

namespace ctct::detail {
namespace {

using namespace std::string_literals;

const std::string list_id = "1f7a4a2e-3b7c-4f1e-9a2d-5c6b7a8d9e0f";

Contact valid_contact() {
  Contact contact;
  contact.email_address = EmailAddress{};
  contact.email_address->address = "ann@example.com";
  contact.email_address->permission_to_send = "implicit";
  contact.first_name = "Zo\xC3\xAB";
  contact.create_source = "Contact";
  contact.birthday_month = 12;
  contact.birthday_day = 31;
  contact.anniversary = "2006-11-15";
  contact.list_memberships = {list_id};
  contact.street_addresses.resize(1);
  contact.street_addresses[0].kind = "home";
  return contact;
}

TEST(Validate, AcceptsValidInput) {
  EXPECT_EQ(validate(valid_contact(), "contact"), std::nullopt);
  EXPECT_EQ(validate(Contact{}, "contact"), std::nullopt);
  Lead lead;
  lead.email = "lead@example.org";
  EXPECT_EQ(validate(lead, "lead"), std::nullopt);
}

TEST(Validate, Required) {
  Lead lead;
  EXPECT_EQ(validate(lead, "lead"), "lead.email is required.");
  auto contact = valid_contact();
  contact.email_address->address.reset();
  EXPECT_EQ(validate(contact, "contact"), "contact.email_address.address is required.");
  contact = valid_contact();
  contact.street_addresses[0].kind.reset();
  EXPECT_EQ(validate(contact, "contact"), "contact.street_addresses[0].kind is required.");
  ContactList list;
  EXPECT_EQ(validate(list, ""), "name is required.");
  ContactSignUp sign_up;
  EXPECT_EQ(validate(sign_up, "sign_up"), "sign_up.list_memberships needs at least one item.");
}

TEST(Validate, MaxLengthCountsCharactersNotBytes) {
  auto contact = valid_contact();
  contact.first_name = std::string(50, 'a');
  EXPECT_EQ(validate(contact, "contact"), std::nullopt);
  std::string fifty_two_byte_chars;
  for (int i = 0; i < 50; ++i) fifty_two_byte_chars += "\xC3\xA9";
  contact.first_name = fifty_two_byte_chars;  // 100 bytes, 50 characters
  EXPECT_EQ(validate(contact, "contact"), std::nullopt);
  contact.first_name = std::string(57, 'a');
  EXPECT_EQ(validate(contact, "contact"),
      "contact.first_name is 57 characters long; Constant Contact allows at most 50.");
  contact.first_name = fifty_two_byte_chars + "\xF0\x9F\x98\x80";
  EXPECT_EQ(validate(contact, "contact"),
      "contact.first_name is 51 characters long; Constant Contact allows at most 50.");
}

TEST(Validate, MaxItems) {
  auto contact = valid_contact();
  contact.phone_numbers.resize(4);
  EXPECT_EQ(validate(contact, "contact"), "contact.phone_numbers has 4 items; Constant Contact allows at most 3.");
}

TEST(Validate, OneOf) {
  auto contact = valid_contact();
  contact.street_addresses[0].kind = "x";
  EXPECT_EQ(validate(contact, "contact"),
      "contact.street_addresses[0].kind must be one of home, work, other; got \"x\".");
  contact = valid_contact();
  contact.create_source = "contact";
  EXPECT_EQ(validate(contact, "contact"), "contact.create_source must be one of Contact, Account; got \"contact\".");
}

TEST(Validate, Uuid) {
  EXPECT_TRUE(is_uuid(list_id));
  EXPECT_TRUE(is_uuid("ABCDEF01-2345-6789-abcd-ef0123456789"));
  EXPECT_FALSE(is_uuid(""));
  EXPECT_FALSE(is_uuid("1f7a4a2e3b7c4f1e9a2d5c6b7a8d9e0f"));
  EXPECT_FALSE(is_uuid("1f7a4a2e-3b7c-4f1e-9a2d-5c6b7a8d9e0g"));
  EXPECT_FALSE(is_uuid("1f7a4a2e-3b7c-4f1e-9a2d-5c6b7a8d9e0f0"));
  EXPECT_FALSE(is_uuid("1f7a4a2e-3b7c4-f1e-9a2d-5c6b7a8d9e0f"));
  auto contact = valid_contact();
  contact.list_memberships = {list_id, "../../contacts"};
  EXPECT_EQ(validate(contact, "contact"),
      "contact.list_memberships[1] must be an id of 8-4-4-4-12 hexadecimal digits (or a v2 id of decimal digits); "
      "got \"../../contacts\".");
  contact.list_memberships = {list_id, "1700"};  // a v2 id, translated before sending
  EXPECT_EQ(validate(contact, "contact"), std::nullopt);
  CustomFieldValue custom;
  custom.custom_field_id = "nope";
  EXPECT_EQ(validate(custom, "custom_field"),
      "custom_field.custom_field_id must be an id of 8-4-4-4-12 hexadecimal digits; got "
      "\"nope\".");
}

TEST(Validate, Email) {
  Lead lead;
  for (const char* good : {"a@b.co", "first.last+tag@sub.example.org", "x@y.z", "o'brien@example.ie",
           "a=b?c&d#e@example.com", "a-b@x-y.example.com",
           "z\xC3\xB6"
           "e@b\xC3\xBC"
           "cher.example",
           "user@xn--bcher-kva.example", "1@2.example"}) {
    lead.email = good;
    EXPECT_EQ(validate(lead, "lead"), std::nullopt) << good;
  }
  EXPECT_EQ(validate(Lead{.email = ""}, "lead"), "lead.email is required.");  // given empty
  for (const char* bad :
      {"plain", "@example.com", "a@@example.com", "a@b@example.com", "a@example", "a b@c.de", "a@exa mple.com",
          "a@.com", "a@example.", "a\t@b.co", "a@example.com?x=1", "a@exa&mple.com", "a@example.com#x", "a@b=c.com",
          "a@example.com/x", "a@-example.com", "a@example-.com", "a@example..com", "a..b@example.com", ".a@example.com",
          "a.@example.com", "a(b)@example.com", "\"a\"@example.com", "a@[127.0.0.1]", "a@exam_ple.com"}) {
    lead.email = bad;
    EXPECT_EQ(validate(lead, "lead"),
        "lead.email must be an email address like name@example.com; got \""s + bad + "\".")
        << bad;
  }
  auto contact = valid_contact();
  contact.email_address->address = std::string(75, 'a') + "@b.com";  // 81 characters
  EXPECT_EQ(validate(contact, "contact"),
      "contact.email_address.address is 81 characters long; Constant Contact allows at most 80.");
}

TEST(Validate, Date) {
  auto contact = valid_contact();
  for (const char* good : {"2006-11-15", "2006/11/15", "2006-1-5", "2006/1/5", "11/15/2006", "1/5/2006", "11-15-2006",
           "1-05-2006", "2024-02-29"}) {
    contact.anniversary = good;
    EXPECT_EQ(validate(contact, "contact"), std::nullopt) << good;
  }
  for (const char* bad : {"2006-13-01", "2006-11-31", "2023-02-29", "2006-11/15", "15.11.2006", "06-11-15",
           "2006-11-1x", "2006--11", "0/1/2006", "2006-1-0", "2006-111-1"}) {
    contact.anniversary = bad;
    EXPECT_EQ(validate(contact, "contact"),
        "contact.anniversary must be a date like 2006-11-15 or 11/15/2006; got \""s + bad + "\".")
        << bad;
  }
}

TEST(Validate, IntegerRanges) {
  auto contact = valid_contact();
  contact.birthday_month = 13;
  EXPECT_EQ(validate(contact, "contact"), "contact.birthday_month is 13; Constant Contact accepts 1 to 12.");
  contact.birthday_month = 1;
  contact.birthday_day = 0;
  EXPECT_EQ(validate(contact, "contact"), "contact.birthday_day is 0; Constant Contact accepts 1 to 31.");
}

TEST(Validate, TextMustBeUnicode) {
  // A cut sequence, a lone high and low surrogate as WTF-8 (how Python and Node pass them), an
  // overlong '/', a code point past U+10FFFF, a stray continuation byte.
  for (const std::string& bad : {"Z\xC3"s, "Zo\xED\xA0\x80"s, "\xED\xBF\xBF!"s, "\xC0\xAF"s, "\xF4\x90\x80\x80"s,
           "a\x80"
           "b"s}) {
    auto contact = valid_contact();
    contact.street_addresses[0].city = bad;
    EXPECT_EQ(validate(contact, "contact"),
        "contact.street_addresses[0].city must be Unicode text; it holds an unpaired surrogate or "
        "bytes that are not UTF-8.");
  }
  auto contact = valid_contact();
  contact.street_addresses[0].city = "\xF0\x9F\x98\x80 \xED\x9F\xBF";  // U+1F600, U+D7FF
  EXPECT_EQ(validate(contact, "contact"), std::nullopt);
}

TEST(Validate, LineBreaksAndNul) {
  for (const std::string& bad : {"two\nlines"s, "carriage\rreturn"s, "nul\0byte"s}) {
    auto contact = valid_contact();
    contact.last_name = bad;
    EXPECT_EQ(validate(contact, "contact"),
        "contact.last_name contains a line break or NUL, which Constant Contact cannot store.");
  }
}

TEST(Validate, LongValuesAreNotEchoedWhole) {
  auto contact = valid_contact();
  std::string long_kind;
  for (int i = 0; i < 100; ++i) long_kind += "\xC3\xA9";
  contact.street_addresses[0].kind = long_kind;
  const auto reason = validate(contact, "contact");
  ASSERT_TRUE(reason);
  std::string shown;
  for (int i = 0; i < 40; ++i) shown += "\xC3\xA9";
  EXPECT_EQ(*reason, "contact.street_addresses[0].kind must be one of home, work, other; got \"" + shown + "...\".");
}

TEST(Validate, TopLevelVectorsAndScalars) {
  std::vector<Contact> contacts = {valid_contact(), valid_contact()};
  contacts[1].job_title = std::string(51, 'j');
  EXPECT_EQ(validate(contacts, "contacts"),
      "contacts[1].job_title is 51 characters long; Constant Contact allows at most 50.");
  EXPECT_EQ(validate("a\nb"s, "list_id"), "list_id contains a line break or NUL, which Constant Contact cannot store.");
}

}  // namespace
}  // namespace ctct::detail
