// The credential check against the emulator over HTTP.
#include "v3_fixture.hpp"

namespace ctct::testing {
namespace {

using AccountTest = V3Test;

TEST_F(AccountTest, AnswersTheOrganizationTheOwnerAndTheAddress) {
  auto account = client().account();
  ASSERT_TRUE(account.ok()) << account.reason.value_or("");
  EXPECT_TRUE(account.value->organization_name);
  EXPECT_TRUE(account.value->contact_email);
  EXPECT_TRUE(account.value->time_zone_id);
  ASSERT_TRUE(account.value->physical_address);
  EXPECT_TRUE(account.value->physical_address->city);
  auto privileges = client().user_privileges();
  ASSERT_TRUE(privileges.ok()) << privileges.reason.value_or("");
  EXPECT_FALSE(privileges.value->empty());
}

TEST_F(AccountTest, RevokedTokenFailsTheAccountCheckWithWhatToDo) {
  ASSERT_TRUE(client().account().ok());
  emulator().control("POST", "expire_tokens");
  auto account = client().account();
  EXPECT_EQ(account.outcome, Kind::error);
  EXPECT_EQ(account.status, 401);
  EXPECT_TRUE(has(account.reason, "get a new access token or authorize again"));
  EXPECT_EQ(client().user_privileges().status, 401);
}

TEST_F(AccountTest, ForbiddenNamesTheScopeTheSummaryNeeds) {
  fault(R"({"method":"GET","path":"/v3/account/summary","status":403,"times":1})");
  auto account = client().account();
  EXPECT_EQ(account.outcome, Kind::error);
  EXPECT_EQ(account.status, 403);
  EXPECT_TRUE(has(account.reason, "the token lacks the account_read scope (authorize with it)"));
  EXPECT_TRUE(client().user_privileges().ok());
}

}  // namespace
}  // namespace ctct::testing
