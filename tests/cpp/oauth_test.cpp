// The OAuth helpers against the emulator's authorization server.
#include <thread>

#include "auth/crypto.hpp"
#include "auth/jwt.hpp"
#include "auth/token_manager.hpp"
#include "policy_fixture.hpp"

namespace ctct::testing {
namespace {

class OAuthTest : public PolicyTest {};

TEST(Pkce, ChallengeIsS256OfTheVerifier) {
  // RFC 7636 appendix B.
  EXPECT_EQ(auth::base64url(auth::sha256("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk")),
      "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
  auto pkce = oauth::make_pkce();
  EXPECT_EQ(pkce.code_verifier.size(), 64u);
  EXPECT_EQ(pkce.code_challenge, auth::base64url(auth::sha256(pkce.code_verifier)));
  EXPECT_NE(oauth::make_state(), oauth::make_state());
}

// The application a token was issued to: Okta's cid first, RFC 9068's client_id else; the
// signature is never looked at.
TEST(JwtClientId, ReadsCidOrClientIdFromThePayload) {
  auto token = [](const std::string& payload) { return "e30." + auth::base64url(payload) + ".sig"; };
  EXPECT_EQ(auth::jwt_client_id(token(R"({"cid":"app-1","client_id":"app-2"})")), "app-1");
  EXPECT_EQ(auth::jwt_client_id(token(R"({"client_id":"app-2","exp":1})")), "app-2");
  EXPECT_EQ(auth::jwt_client_id(token(R"({"cid":7})")), "");
  EXPECT_TRUE(auth::jwt_expiry(token(R"({"cid":7,"exp":1})")));  // one odd claim spoils no other
  EXPECT_EQ(auth::jwt_client_id(token(R"({"sub":"x"})")), "");
  EXPECT_EQ(auth::jwt_client_id("opaque-token"), "");
  EXPECT_EQ(auth::jwt_client_id("a.%%%.c"), "");
}

TEST(AuthorizationUrl, CarriesScopesStateAndChallenge) {
  oauth::AuthorizationRequest request;
  request.client_id = "app";
  request.redirect_uri = "https://example.com/cb";
  request.state = "xyz";
  request.code_challenge = "abc";
  EXPECT_EQ(oauth::authorization_url(request),
      "https://authz.constantcontact.com/oauth2/default/v1/authorize?client_id=app&redirect_uri="
      "https%3A%2F%2Fexample.com%2Fcb&response_type=code&scope=account_read%20contact_data%20offline_access&state=xyz"
      "&code_challenge=abc&code_challenge_method=S256");
  request.code_challenge.clear();  // confidential client: no PKCE
  EXPECT_EQ(oauth::authorization_url(request).find("code_challenge"), std::string::npos);
  request.state.clear();
  EXPECT_THROW(oauth::authorization_url(request), UsageError);
}

TEST_F(OAuthTest, CodeExchangeWithPkceIsSingleUse) {
  auto pkce = oauth::make_pkce();
  const std::string location = authorize(pkce.code_challenge, "state-1");
  EXPECT_NE(location.find("state=state-1"), std::string::npos);
  const std::string code = code_of(location);
  oauth::OAuthClient client(oauth_options());
  auto wrong = client.exchange_code(code, redirect_uri, "not-the-verifier");
  EXPECT_EQ(wrong.outcome, Kind::error);
  EXPECT_EQ(wrong.error_key, "invalid_grant");

  const std::string second = code_of(authorize(pkce.code_challenge, "state-2"));
  auto tokens = client.exchange_code(second, redirect_uri, pkce.code_verifier);
  ASSERT_TRUE(tokens.ok()) << tokens.reason.value_or("");
  EXPECT_TRUE(tokens.value->refresh_token);  // offline_access was asked for
  EXPECT_TRUE(auth::jwt_expiry(tokens.value->access_token));
  EXPECT_EQ(auth::jwt_client_id(tokens.value->access_token), "ctct-tests");  // the client_id parameter
  auto again = client.exchange_code(second, redirect_uri, pkce.code_verifier);
  EXPECT_EQ(again.error_key, "invalid_grant");
  EXPECT_NE(again.reason->find("authorize again"), std::string::npos);
}

TEST_F(OAuthTest, ConfidentialClientExchangesAndRefreshes) {
  oauth::OAuthClient client(oauth_options("secret"));
  auto tokens = client.exchange_code(code_of(authorize("", "s")), redirect_uri);
  ASSERT_TRUE(tokens.ok()) << tokens.reason.value_or("");
  auto refreshed = client.refresh(*tokens.value->refresh_token);
  ASSERT_TRUE(refreshed.ok());
  EXPECT_EQ(auth::jwt_client_id(refreshed.value->access_token), "ctct-tests");  // HTTP Basic's user
  EXPECT_NE(refreshed.value->refresh_token, tokens.value->refresh_token);       // rotating
  auto stale = client.refresh(*tokens.value->refresh_token);
  EXPECT_EQ(stale.outcome, Kind::error);
  EXPECT_EQ(stale.error_key, "invalid_grant");
  EXPECT_EQ(stale.reason->find(*tokens.value->refresh_token), std::string::npos);
}

TEST_F(OAuthTest, DeviceFlowPollsUntilApproved) {
  oauth::OAuthClient client(oauth_options());
  auto device = client.start_device();
  ASSERT_TRUE(device.ok()) << device.reason.value_or("");
  EXPECT_EQ(device.value->interval, 1);
  std::promise<Outcome<oauth::Tokens>> done;
  client.poll_device(*device.value, [&](Outcome<oauth::Tokens> outcome) { done.set_value(std::move(outcome)); });
  std::this_thread::sleep_for(std::chrono::milliseconds(1500));  // the first poll finds it pending
  control("device/approve", R"({"user_code":")" + device.value->user_code + R"("})");
  auto tokens = done.get_future().get();
  ASSERT_TRUE(tokens.ok()) << tokens.reason.value_or("");
  EXPECT_TRUE(tokens.value->refresh_token);
  EXPECT_GE(requests("POST /oauth2/default/v1/token"), 2);
}

}  // namespace
}  // namespace ctct::testing
