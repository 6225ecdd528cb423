// The JSON reader reads through what it keeps nothing of: malformed JSON in an unknown member,
// at any depth, fails the read as it would anywhere else, and well-formed unknown members of
// every kind are read past. (The hostile server's malformed-unknown-field answer checks the same
// over HTTP in hostile_answers_test.cpp.)
#include <gtest/gtest.h>

#include <string>

#include "ctct/models.hpp"
#include "json/json_read.hpp"

namespace ctct {
namespace {

std::string contact_with(const std::string& unknown) {
  return R"({"contact_id":"c1","first_name":"Ada","unknown":)" + unknown + R"(,"last_name":"L"})";
}

class MalformedUnknown : public ::testing::TestWithParam<const char*> {};

TEST_P(MalformedUnknown, FailsTheRead) {
  const auto text = contact_with(GetParam());
  auto result = json::read<Contact>(text);
  EXPECT_FALSE(result) << text;
  ASSERT_TRUE(result.error);
  EXPECT_EQ(result.error->message, "invalid JSON") << text;
}

INSTANTIATE_TEST_SUITE_P(Values, MalformedUnknown,
    ::testing::Values(R"({"a":[1,2,,3]})", R"([1 2])", R"({"a" 1})", R"({"a":1,})", R"([1,])", R"("bad \q escape")",
        R"("\ud800 lone")", R"(tru)", R"(nul)", R"(1.2.3)", R"(-)", R"(01)", R"({"deep":[{"deeper":{"x":[nope]}}]})",
        R"({,})", R"([[[]]]])"));

TEST(UnknownFields, WellFormedOnesOfEveryKindAreReadPast) {
  const auto text = contact_with(
      R"({"s":"text \u00e9 \" \\","n":-1.5e3,"t":true,"f":false,"z":null,"a":[[],{},[1,{"b":[null]}]]})");
  auto result = json::read<Contact>(text);
  ASSERT_TRUE(result) << result.error->message;
  EXPECT_EQ(result.value->first_name, "Ada");
  EXPECT_EQ(result.value->last_name, "L");
}

// A member after the one read_member takes is read through too.
TEST(UnknownFields, ReadMemberChecksTheOtherMembers) {
  EXPECT_TRUE((json::read_member<std::vector<std::string>>(R"({"a":["x"],"b":{"c":1}})", "a")));
  EXPECT_FALSE((json::read_member<std::vector<std::string>>(R"({"a":["x"],"b":{"c":,}})", "a")));
  EXPECT_FALSE((json::read_member<std::vector<std::string>>(R"({"b":[1,,2],"a":["x"]})", "a")));
}

}  // namespace
}  // namespace ctct
