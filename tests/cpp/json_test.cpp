// JSON reading and writing of every model: exact bytes (as JavaScript's JSON.stringify writes
// them), round trips with hostile text, UTF-8 refusal with the field's path, read errors.
#include <gtest/gtest.h>

#include <climits>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "ctct/contact_reports.hpp"
#include "ctct/internal/utf8.hpp"
#include "ctct/json.hpp"
#include "json/json_read.hpp"
#include "json/json_write.hpp"

namespace ctct {
namespace {

using namespace std::string_literals;

// Quotes, backslashes, every control character, DEL, 2-, 3- and 4-byte UTF-8, U+2028/U+2029.
const std::vector<std::string> hostile = {
    "",
    "plain",
    "quote\" back\\slash /solidus",
    "\x01\x02\x03\x04\x05\x06\x07\b\t\n\x0b\f\r\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19"
    "\x1a\x1b\x1c\x1d\x1e\x1f\x7f",
    "nul\0inside"s,
    "Zo\xC3\xAB \xC3\x9F \xE6\x97\xA5\xE6\x9C\xAC",
    "emoji \xF0\x9F\x98\x80 clef \xF0\x9D\x84\x9E max \xF4\x8F\xBF\xBF",
    "separators \xE2\x80\xA8 \xE2\x80\xA9",
    std::string(1000, 'x') + "\"",
};

// Sets every field of `value` (optionals engaged, two items per vector) from a counter, so
// each type's every field takes part in the round trip.
template <class T>
void fill(T& value, int& n) {
  if constexpr (meta::is_text_v<T>) {
    value = hostile[n++ % hostile.size()];
  } else if constexpr (std::is_same_v<T, bool>) {
    value = n++ % 2 == 0;
  } else if constexpr (std::is_integral_v<T>) {
    value = static_cast<T>(n++ % 3 == 0 ? std::numeric_limits<T>::min() + n : n * 7919 - 500);
  } else if constexpr (std::is_floating_point_v<T>) {
    value = n++ % 2 == 0 ? n / 3.0 : -n * 1e-300;  // digits a short form would lose
  } else if constexpr (std::is_same_v<T, Kind>) {
    value = static_cast<Kind>(n++ % 3);
  } else if constexpr (meta::is_optional_v<T>) {
    fill(value.emplace(), n);
  } else if constexpr (meta::is_vector_v<T>) {
    value.resize(2);
    for (auto& item : value) fill(item, n);
  } else {
    meta::for_each_field<T>([&](const auto& field) { fill(value.*(field.member), n); });
  }
}

template <class T>
void expect_round_trip(const char* name) {
  SCOPED_TRACE(name);
  for (int start = 0; start < static_cast<int>(hostile.size()); ++start) {
    T value{};
    int n = start;
    fill(value, n);
    const auto text = json::write(value);
    ASSERT_TRUE(text.has_value());
    EXPECT_EQ(to_json(value), *text);
    const auto back = json::read<T>(*text);
    ASSERT_TRUE(back) << back.error->message;
    EXPECT_EQ(*back.value, value);

    Outcome<T> outcome{Kind::failure, "a reason", 409, "contacts.api.conflict", 2, {"a warning"}, value};
    const auto outcome_back = json::read<Outcome<T>>(to_json(outcome));
    ASSERT_TRUE(outcome_back) << outcome_back.error->message;
    EXPECT_EQ(*outcome_back.value, outcome);
  }
}

TEST(JsonWrite, RoundTripsEveryModelWithHostileText) {
#define CTCT_ROUND_TRIP(T, space, name) expect_round_trip<T>(#T);
  CTCT_JSON_TYPES(CTCT_ROUND_TRIP)
#undef CTCT_ROUND_TRIP
}

TEST(JsonWrite, EscapesExactlyLikeJsonStringify) {
  std::string all_controls;
  for (char c = 0; c < 0x20; ++c) all_controls += c;
  std::string out;
  json::write_string(out, all_controls + "\"\\/\x7f \xC3\xA9\xF0\x9F\x98\x80\xE2\x80\xA8\xE2\x80\xA9");
  // Expected bytes as printed by node: JSON.stringify(controls + "\"\\/\x7f é😀\u2028\u2029").
  EXPECT_EQ(out, "\"\\u0000\\u0001\\u0002\\u0003\\u0004\\u0005\\u0006\\u0007\\b\\t\\n\\u000b\\f\\r\\u000e"
                 "\\u000f\\u0010\\u0011\\u0012\\u0013\\u0014\\u0015\\u0016\\u0017\\u0018\\u0019\\u001a"
                 "\\u001b\\u001c\\u001d\\u001e\\u001f\\\"\\\\/\x7f \xC3\xA9\xF0\x9F\x98\x80\xE2\x80\xA8\xE2\x80"
                 "\xA9\"");
}

// The writer looks at eight bytes at a time: each character JSON escapes is found wherever it
// stands in a word, beside UTF-8 and ASCII that stay as they are.
TEST(JsonWrite, EscapesAtEveryPositionOfALongText) {
  const std::pair<char, std::string> escapes[] = {{'"', "\\\""}, {'\\', "\\\\"}, {'\n', "\\n"}, {'\x1f', "\\u001f"},
      {'\0', "\\u0000"}};
  for (std::size_t at = 0; at < 20; ++at) {
    for (const auto& [c, escaped] : escapes) {
      std::string text = "abcdefgh\xC3\xA9ijklmn\x7f~ opqrs";
      const std::string before = text.substr(0, at), after = text.substr(at + 1);
      text = before + c + after;
      std::string out;
      json::write_string(out, text);
      EXPECT_EQ(out, "\"" + before + escaped + after + "\"") << "at " << at;
    }
  }
}

TEST(JsonWrite, ContactIsCompactInDescribedOrder) {
  Contact contact;
  contact.list_memberships = {"x", "y"};
  contact.birthday_month = 12;
  contact.first_name = "Zo\xC3\xAB \"Zed\"";
  contact.email_address = EmailAddress{};
  contact.email_address->permission_to_send = "implicit";
  contact.email_address->address = "a.b@example.com";
  contact.contact_id = "1f7a4a2e-3b7c-4f1e-9a2d-5c6b7a8d9e0f";
  EXPECT_EQ(to_json(contact), R"({"contact_id":"1f7a4a2e-3b7c-4f1e-9a2d-5c6b7a8d9e0f","email_address":{"address":)"
                              R"("a.b@example.com","permission_to_send":"implicit"},"first_name":"Zo)"
                              "\xC3\xAB"
                              R"( \"Zed\"","birthday_month":12,"list_memberships":["x","y"]})");
}

TEST(JsonWrite, ResourcesLeaveOutWhatIsMissing) {
  EXPECT_EQ(to_json(Contact{}), "{}");
  EXPECT_EQ(to_json(Empty{}), "{}");
  EXPECT_EQ(to_json(Page<ContactList>{}), "{}");
  EXPECT_EQ(to_json(std::vector<v2::ContactList>{}), "[]");
  ContactList list;
  list.favorite = false;
  list.membership_count = 0;
  EXPECT_EQ(to_json(list), R"({"favorite":false,"membership_count":0})");
}

TEST(JsonWrite, OutcomesWriteNulls) {
  EXPECT_EQ(to_json(Outcome<Contact>{}),
      R"({"outcome":"error","reason":null,"status":0,"error_key":null,"attempts":0,"warnings":[],"value":null})");
  Outcome<Empty> done{Kind::success, std::nullopt, 204, std::nullopt, 1, {"a warning"}, Empty{}};
  EXPECT_EQ(to_json(done), R"({"outcome":"success","reason":null,"status":204,"error_key":null,"attempts":1,)"
                           R"("warnings":["a warning"],"value":{}})");
  Outcome<Contact> found;
  found.outcome = Kind::success;
  found.value = Contact{};
  found.value->first_name = "Ann";
  // The outcome writes nulls; the resource inside it still leaves missing fields out.
  EXPECT_EQ(to_json(found), R"({"outcome":"success","reason":null,"status":0,"error_key":null,"attempts":0,)"
                            R"("warnings":[],"value":{"first_name":"Ann"}})");
}

TEST(JsonWrite, DeliveryOutcomeWritesNullsAndEmptyWarnings) {
  DeliveryOutcome delivered;
  delivered.outcome = Kind::failure;
  delivered.api_version = "v2";
  EXPECT_EQ(to_json(delivered), R"({"outcome":"failure","reason":null,"contact_id":null,"contact_status":null,)"
                                R"("source":null,"confirmed":null,"email_address":null,"email_address_id":null,)"
                                R"("list_id":null,"list_status":null,"opt_in_date":null,"opt_in_source":null,)"
                                R"("source_details":null,"status":0,"error_key":null,"attempts":0,"action":null,)"
                                R"("api_version":"v2","warnings":[]})");
}

TEST(JsonWrite, IntegersAtTheirLimits) {
  ContactsCounts counts;
  counts.total = LONG_MAX;
  counts.explicit_ = LONG_MIN;
  counts.pending = 0;
  EXPECT_EQ(to_json(counts), R"({"total":9223372036854775807,"explicit":-9223372036854775808,"pending":0})");
}

TEST(JsonRead, NumbersWithAFractionRoundTrip) {
  auto read = json::read<OpenAndClickRates>(R"({"average_open_rate":0.25,"average_click_rate":1e-1,"contact_id":"c"})");
  ASSERT_TRUE(read) << read.error->message;
  EXPECT_EQ(read.value->average_open_rate, 0.25);
  EXPECT_EQ(to_json(*read.value), R"({"contact_id":"c","average_open_rate":0.25,"average_click_rate":0.1})");
  EXPECT_FALSE(json::read<OpenAndClickRates>(R"({"average_open_rate":"high"})"));
}

TEST(Utf8, AcceptsEveryBoundaryCodePoint) {
  for (const char* text : {"\x7F", "\xC2\x80", "\xDF\xBF", "\xE0\xA0\x80", "\xED\x9F\xBF", "\xEE\x80\x80",
           "\xEF\xBF\xBF", "\xF0\x90\x80\x80", "\xF4\x8F\xBF\xBF"}) {
    EXPECT_TRUE(json::valid_utf8(text)) << text;
  }
  EXPECT_TRUE(json::valid_utf8("long ascii run before \xC3\xA9 and after, twice \xC3\xA9!"));
}

// Every length a short string has, with a byte above 0x7F at each position in turn: the check
// reads short text in overlapping words, so each position is in a different one.
TEST(Utf8, IsAsciiSeesAHighByteAtEveryPositionOfEveryLength) {
  for (std::size_t length = 0; length <= 40; ++length) {
    std::string text(length, 'a');
    EXPECT_TRUE(json::is_ascii(text)) << length;
    for (std::size_t at = 0; at < length; ++at) {
      text[at] = '\x80';
      EXPECT_FALSE(json::is_ascii(text)) << length << " at " << at;
      EXPECT_FALSE(json::valid_utf8(text)) << length << " at " << at;  // a lone continuation byte
      text[at] = '\x7F';
      EXPECT_TRUE(json::is_ascii(text)) << length << " at " << at;
      text[at] = 'a';
    }
  }
}

struct Invalid {
  const char* name;
  std::string bytes;
  const char* repaired;  // as Python's errors="replace" and JavaScript's TextDecoder give it
};

const Invalid invalid_texts[] = {
    {"overlong slash",
        "a\xC0\xAF"
        "b",
        "a\xEF\xBF\xBD\xEF\xBF\xBD"
        "b"},
    {"overlong three bytes", "\xE0\x80\xAF", "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"},
    {"surrogate", "\xED\xA0\x80", "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"},
    {"truncated four bytes", "\xF0\x9F\x98", "\xEF\xBF\xBD"},
    {"truncated then ascii", "\xE2\x82x", "\xEF\xBF\xBDx"},
    {"0xFF", "ok \xFF", "ok \xEF\xBF\xBD"},
    {"lone continuation", "\x80", "\xEF\xBF\xBD"},
    {"past U+10FFFF", "\xF4\x90\x80\x80", "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"},
    {"invalid after eight ascii", "12345678\xFE", "12345678\xEF\xBF\xBD"},
};

TEST(Utf8, RefusesInvalidTextWithTheFieldPath) {
  for (const auto& invalid : invalid_texts) {
    SCOPED_TRACE(invalid.name);
    EXPECT_FALSE(json::valid_utf8(invalid.bytes));

    Contact contact;
    contact.first_name = "fine";
    contact.email_address = EmailAddress{};
    contact.email_address->address = invalid.bytes;
    std::string bad_field;
    EXPECT_FALSE(json::write(contact, &bad_field));
    EXPECT_EQ(bad_field, "email_address.address");

    contact.email_address->address = "a@b.co";
    contact.phone_numbers.resize(2);
    contact.phone_numbers[1].kind = invalid.bytes;
    EXPECT_FALSE(json::write(contact, &bad_field));
    EXPECT_EQ(bad_field, "phone_numbers[1].kind");

    contact.phone_numbers.clear();
    contact.list_memberships = {"ok", invalid.bytes};
    EXPECT_FALSE(json::write(std::vector<Contact>{Contact{}, contact}, &bad_field));
    EXPECT_EQ(bad_field, "[1].list_memberships[1]");
  }
}

TEST(ToJson, ReplacesInvalidTextSoTheResultIsStillJson) {
  for (const auto& invalid : invalid_texts) {
    SCOPED_TRACE(invalid.name);
    Outcome<Note> outcome;
    outcome.value = Note{};
    outcome.value->content = invalid.bytes;
    const auto text = to_json(outcome);
    const auto back = json::read<Outcome<Note>>(text);
    ASSERT_TRUE(back) << back.error->message;
    EXPECT_EQ(back.value->value->content, invalid.repaired);
  }
}

TEST(JsonRead, PaddedAndUnpaddedInput) {
  const std::string text = R"({"name":"Weekly","favorite":true,"membership_count":3})";
  // Exactly as many readable bytes as the text: the reader must copy into padded storage.
  std::vector<char> exact(text.begin(), text.end());
  auto unpadded = json::read<ContactList>(std::string_view(exact.data(), exact.size()));
  ASSERT_TRUE(unpadded) << unpadded.error->message;
  EXPECT_EQ(unpadded.value->name, "Weekly");

  // Enough readable bytes after the text: read in place.
  std::string roomy = text;
  roomy.reserve(text.size() + simdjson::SIMDJSON_PADDING);
  auto padded = json::read<ContactList>(roomy, roomy.capacity());
  ASSERT_TRUE(padded) << padded.error->message;
  EXPECT_EQ(padded.value, unpadded.value);
  EXPECT_EQ(padded.value->membership_count, 3);

  // The per-thread buffer is reused: a long document, then a short one.
  std::string long_name(100000, 'n');
  auto big = json::read<ContactList>(R"({"name":")" + long_name + R"("})");
  ASSERT_TRUE(big);
  EXPECT_EQ(big.value->name, long_name);
  auto small = json::read<ContactList>(R"({"list_id":"a"})");
  ASSERT_TRUE(small);
  EXPECT_FALSE(small.value->name);
}

TEST(JsonRead, SkipsUnknownKeysAndUnescapesNames) {
  auto contact = json::read<Contact>(R"({"unknown":{"deep":[1,{"x":null}],"s":"}"},)"
                                     R"("first\u005fname":"Ann","email_address":{"address":)"
                                     R"("a@b.co","extra":[[]]},"tail":[true,false,null]})");
  ASSERT_TRUE(contact) << contact.error->message;
  EXPECT_EQ(contact.value->first_name, "Ann");
  EXPECT_EQ(contact.value->email_address->address, "a@b.co");
}

// Strings without a backslash are copied straight from the input, the others unescaped: both
// read the same text, with whitespace anywhere JSON allows it, and keys are matched either way.
TEST(JsonRead, StringsWithAndWithoutEscapes) {
  auto contact = json::read<Contact>(
      "{ \"first_name\" : \"\" , \"last_name\":\"Zo\u00eb \\\"Z\\\"\\\\\","
      "\"job_title\"\t:\t\"\xC3\xA9t\xC3\xA9 \xF0\x9F\x98\x80\"\n,"
      "\"a\\\"b\":\"x\",\"company_n\\u0061me\":\"\\/\",\"email_address\":{\"address\" :\"a@b.co\" },"
      "\"list_memberships\":[ \"one\" , \"t\\u0077o\"  ]  }");
  ASSERT_TRUE(contact) << contact.error->message;
  EXPECT_EQ(contact.value->first_name, "");
  EXPECT_EQ(contact.value->last_name, "Zo\u00eb \"Z\"\\");
  EXPECT_EQ(contact.value->job_title, "\xC3\xA9t\xC3\xA9 \xF0\x9F\x98\x80");
  EXPECT_EQ(contact.value->company_name, "/");
  EXPECT_EQ(contact.value->email_address->address, "a@b.co");
  EXPECT_EQ(contact.value->list_memberships, (std::vector<std::string>{"one", "two"}));
  auto names = json::read<std::vector<std::string>>(R"([ "a" , "", "\"" ,"c"  ])");
  ASSERT_TRUE(names) << names.error->message;
  EXPECT_EQ(*names.value, (std::vector<std::string>{"a", "", "\"", "c"}));
  // A control character must be escaped, even in a string that is otherwise copied as it stands.
  for (const char* text : {"{\"first_name\":\"a\tb\"}", "{\"first_name\":\"a\nb\"}", "{\"fir\x01st\":\"a\"}"}) {
    auto refused = json::read<Contact>(text);
    ASSERT_FALSE(refused) << text;
    EXPECT_EQ(refused.error->message, "invalid JSON");
  }
}

// Keys are compared a word at a time, reading past their ends: an escape at every position of
// every short string is seen, a key with an escape just after a string is still read, and a key
// one byte short of a name or one byte longer is not that name.
TEST(JsonRead, EscapesAndKeysAtEveryPositionOfShortText) {
  for (std::size_t length = 1; length <= 24; ++length) {
    for (std::size_t at = 0; at < length; ++at) {
      std::string escaped(length, 'x'), plain(length, 'x');
      escaped.replace(at, 1, "\\n");
      plain[at] = '\n';
      const std::string text = "{\"first_name\":\"" + escaped + "\",\"last_name\":\"" + std::string(length, 'y') +
                               "\",\"job_tit\\u006ce\":\"z\"}";
      auto contact = json::read<Contact>(text);
      ASSERT_TRUE(contact) << text << ": " << contact.error->message;
      EXPECT_EQ(contact.value->first_name, plain) << text;
      EXPECT_EQ(contact.value->last_name, std::string(length, 'y')) << text;
      EXPECT_EQ(contact.value->job_title, "z") << text;
    }
  }
  auto near = json::read<Contact>(R"({"first_nam":"a","last_names":"b","company_name":"c"})");
  ASSERT_TRUE(near) << near.error->message;
  EXPECT_FALSE(near.value->first_name);
  EXPECT_FALSE(near.value->last_name);
  EXPECT_EQ(near.value->company_name, "c");
}

TEST(JsonRead, NullLeavesFieldsEmpty) {
  auto contact = json::read<Contact>(
      R"({"first_name":null,"email_address":null,"phone_numbers":null,"birthday_day":null})");
  ASSERT_TRUE(contact) << contact.error->message;
  EXPECT_EQ(*contact.value, Contact{});
}

// The spec gives activity_errors as strings in 19 activity schemas and as objects in 2.
TEST(JsonRead, ActivityErrorsAsStringsOrAsObjects) {
  auto strings = json::read<Activity>(R"({"activity_errors":["Line 2: bad address","Line 5: too long"]})");
  ASSERT_TRUE(strings) << strings.error->message;
  auto objects = json::read<Activity>(R"({"activity_errors":[{"message":"Line 2: bad address"},)"
                                      R"({"message":"Line 5: too long","line_number":5}]})");
  ASSERT_TRUE(objects) << objects.error->message;
  EXPECT_EQ(strings.value->activity_errors,
      (std::vector<ActivityError>{{"Line 2: bad address"}, {"Line 5: too long"}}));
  EXPECT_EQ(strings.value->activity_errors, objects.value->activity_errors);
  auto mixed = json::read<Activity>(R"({"activity_errors":["one",{"message":"two"}]})");
  ASSERT_TRUE(mixed) << mixed.error->message;
  EXPECT_EQ(mixed.value->activity_errors.size(), 2u);
  auto number = json::read<Activity>(R"({"activity_errors":[7]})");
  ASSERT_FALSE(number);
  EXPECT_EQ(number.error->message, "activity_errors[0]: expected a string or an object");
}

// An integer of an answer that the spec leaves without a format (no int32) is read in 64 bits,
// small or not: a contact's birthday, a custom field's version, its choices' ids and order.
TEST(JsonRead, IntegersTheSpecLeavesUnboundedAreReadIn64Bits) {
  for (const char* number : {"12", "3000000000", "-9223372036854775808", "9223372036854775807"}) {
    const std::string n = number;
    auto contact = json::read<Contact>(R"({"birthday_month":)" + n + R"(,"birthday_day":)" + n + "}");
    ASSERT_TRUE(contact) << contact.error->message;
    EXPECT_EQ(contact.value->birthday_month, std::stol(n));
    EXPECT_EQ(contact.value->birthday_day, std::stol(n));
    auto field = json::read<CustomField>(R"({"version":)" + n + R"(,"metadata":{"decimal_places":)" + n +
                                         R"(},"choices":[{"choice_id":)" + n + R"(,"display_order":)" + n + "}]}");
    ASSERT_TRUE(field) << field.error->message;
    EXPECT_EQ(field.value->version, std::stol(n));
    EXPECT_EQ(field.value->metadata->decimal_places, std::stol(n));
    EXPECT_EQ(field.value->choices.at(0).choice_id, std::stol(n));
    EXPECT_EQ(field.value->choices.at(0).display_order, std::stol(n));
  }
}

TEST(JsonRead, WrongTypesNameTheField) {
  const std::pair<const char*, const char*> cases[] = {
      {R"({"contact_id":5})", "contact_id: expected a string"},
      {R"({"email_address":{"address":["a"]}})", "email_address.address: expected a string"},
      {R"({"email_address":"a@b.co"})", "email_address: expected an object"},
      {R"({"phone_numbers":[{},{"kind":{}}]})", "phone_numbers[1].kind: expected a string"},
      {R"({"phone_numbers":{}})", "phone_numbers: expected an array"},
      {R"({"list_memberships":["a",1]})", "list_memberships[1]: expected a string"},
      {R"({"birthday_month":"12"})", "birthday_month: expected an integer"},
      {R"({"birthday_month":1.5})", "birthday_month: expected an integer"},
      {R"({"birthday_month":99999999999999999999})", "birthday_month: expected an integer"},
      {"[]", "expected an object"},
  };
  for (const auto& [text, message] : cases) {
    auto result = json::read<Contact>(text);
    ASSERT_FALSE(result) << text;
    EXPECT_EQ(result.error->message, message) << text;
  }
  auto narrow = json::read<ContactSignUp>(R"({"birthday_month":3000000000})");
  ASSERT_FALSE(narrow);
  EXPECT_EQ(narrow.error->message, "birthday_month: number out of range");
  auto list = json::read<ContactList>(R"({"favorite":"yes"})");
  ASSERT_FALSE(list);
  EXPECT_EQ(list.error->message, "favorite: expected true or false");
  auto outcome = json::read<Outcome<Empty>>(R"({"outcome":"maybe"})");
  ASSERT_FALSE(outcome);
  EXPECT_EQ(outcome.error->message, "outcome: expected success, failure or error");
}

// A map of strings (DeliveryOptions.custom_field_ids) is an object read key by key; the `ctct`
// command reads add-contact-to-list's options through it.
TEST(JsonRead, MapsOfStringsAreObjects) {
  auto options = json::read<DeliveryOptions>(
      R"({"fail_on_duplicate":true,"custom_field_ids":{"fax":"id-1","middle_name":"id-2","fax":"id-3"}})");
  ASSERT_TRUE(options) << options.error->message;
  EXPECT_TRUE(options.value->fail_on_duplicate);
  EXPECT_EQ(options.value->custom_field_ids,
      (std::map<std::string, std::string>{{"fax", "id-3"}, {"middle_name", "id-2"}}));
  auto number = json::read<DeliveryOptions>(R"({"custom_field_ids":{"fax":5}})");
  ASSERT_FALSE(number);
  EXPECT_EQ(number.error->message, "custom_field_ids.fax: expected a string");
  auto array = json::read<DeliveryOptions>(R"({"custom_field_ids":["fax"]})");
  ASSERT_FALSE(array);
  EXPECT_EQ(array.error->message, "custom_field_ids: expected an object");
}

TEST(JsonRead, LongsTakeTheWholeInt64Range) {
  auto counts = json::read<ContactsCounts>(R"({"total":9223372036854775807,"explicit":-9223372036854775808})");
  ASSERT_TRUE(counts) << counts.error->message;
  EXPECT_EQ(counts.value->total, LONG_MAX);
  EXPECT_EQ(counts.value->explicit_, LONG_MIN);
}

TEST(JsonRead, InvalidJsonNeverEchoesTheInput) {
  for (const char* text :
      {R"({"access_token":"s3cr3t")", R"({"access_token":"s3cr3t"} x)", R"({"access_token":"s3cr3t"]})", "", "   ",
          R"({"first_name":"s3cr3t\q"})", "{\"access_token\":\"s3cr3t\xFF\"}", R"({"first_name":"s3cr3t",})"}) {
    auto result = json::read<Contact>(text);
    ASSERT_FALSE(result) << text;
    EXPECT_EQ(result.error->message, "invalid JSON") << text;
  }
}

TEST(JsonRead, TopLevelArrayAndScalars) {
  auto lists = json::read<std::vector<v2::ContactList>>(
      R"([{"id":"1","name":"A","contact_count":4},{"id":"2","status":"ACTIVE"}])");
  ASSERT_TRUE(lists) << lists.error->message;
  ASSERT_EQ(lists.value->size(), 2u);
  EXPECT_EQ((*lists.value)[0].contact_count, 4);
  EXPECT_EQ((*lists.value)[1].status, "ACTIVE");
  auto wrong = json::read<std::vector<v2::ContactList>>(R"([{"id":"1"},{"id":2}])");
  ASSERT_FALSE(wrong);
  EXPECT_EQ(wrong.error->message, "[1].id: expected a string");
  EXPECT_EQ(json::read<std::string>(R"("a\u2028\n")").value, "a\xE2\x80\xA8\n");
  EXPECT_EQ(json::read<long>("-42").value, -42);
  EXPECT_FALSE(json::read<int>("42 43"));
}

TEST(JsonRead, MemberOfTheTopLevelObject) {
  const std::string body = R"({"contacts":[{"first_name":"A"},{"first_name":"B"}],)"
                           R"("_links":{"next":{"href":"/v3/contacts?cursor=x"}}})";
  auto contacts = json::read_member<std::vector<Contact>>(body, "contacts");
  ASSERT_TRUE(contacts) << contacts.error->message;
  ASSERT_EQ(contacts.value->size(), 2u);
  EXPECT_EQ((*contacts.value)[1].first_name, "B");

  auto missing = json::read_member<std::vector<Contact>>(R"({"lists":[]})", "contacts");
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error->message, "contacts: missing");
  auto wrong = json::read_member<std::vector<Contact>>(R"({"contacts":[{"first_name":1}]})", "contacts");
  ASSERT_FALSE(wrong);
  EXPECT_EQ(wrong.error->message, "contacts[0].first_name: expected a string");
}

}  // namespace
}  // namespace ctct
