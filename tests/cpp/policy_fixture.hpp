// An emulator for the policy tests (retries, rate limits, OAuth, managed tokens), reset before
// every test, and helpers that read its statistics and walk the authorization code flow.
#pragma once

#include <gtest/gtest.h>
#include <simdjson.h>

#include <future>
#include <memory>
#include <string>

#include "ctct/client.hpp"
#include "ctct/oauth.hpp"
#include "ctct/testing/emulator.hpp"
#include "http/engine.hpp"

namespace ctct::testing {

class PolicyTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    emulator_ = new Emulator();
    emulator_->start();
  }
  static void TearDownTestSuite() {
    delete emulator_;
    emulator_ = nullptr;
  }
  void SetUp() override { emulator_->control("POST", "reset"); }

  Emulator& emulator() { return *emulator_; }
  std::string control(const std::string& path, const std::string& body = "{}") {
    return emulator_->control("POST", path, body);
  }

  // Requests the emulator counted for `route` ("POST /v3/contacts"), or in all when empty.
  long requests(const std::string& route = "") {
    simdjson::dom::parser parser;
    const simdjson::padded_string text(emulator_->control("GET", "stats"));
    auto stats = parser.parse(text);
    if (route.empty()) return static_cast<long>(stats["requests"].get_int64().value());
    auto count = stats["by_route"][route].get_int64();
    return count.error() ? 0 : static_cast<long>(count.value());
  }

  // Token requests of `grant_type` the emulator answered with tokens (`issued`) or refused.
  long grants(const std::string& grant_type, bool issued = true) {
    simdjson::dom::parser parser;
    const simdjson::padded_string text(emulator_->control("GET", "stats"));
    auto count = parser.parse(text)[issued ? "grants" : "refused_grants"][grant_type].get_int64();
    return count.error() ? 0 : static_cast<long>(count.value());
  }

  // Fast retries, so that tests of the retry rules do not wait seconds.
  ClientOptions options() {
    ClientOptions options;
    options.access_token = emulator_->access_token();
    options.base_url = emulator_->v3_url();
    options.retry = {.max_attempts = 4, .base_delay_ms = 10, .max_delay_ms = 100};
    return options;
  }

  oauth::OAuthOptions oauth_options(const std::string& client_secret = "") {
    oauth::OAuthOptions options;
    options.client_id = "ctct-tests";
    options.client_secret = client_secret;
    options.token_url = emulator_->url() + "/oauth2/default/v1/token";
    options.device_url = emulator_->url() + "/oauth2/default/v1/device/authorize";
    return options;
  }

  static constexpr const char* redirect_uri = "http://127.0.0.1/callback";

  // Follows the authorization URL as a browser would, up to the redirect: answers its Location.
  std::string authorize(const std::string& code_challenge, const std::string& state) {
    oauth::AuthorizationRequest request;
    request.client_id = "ctct-tests";
    request.redirect_uri = redirect_uri;
    request.state = state;
    request.code_challenge = code_challenge;
    request.authorize_url = emulator_->url() + "/oauth2/default/v1/authorize";
    http::Engine engine(HttpOptions{});
    std::promise<http::Response> answer;
    engine.submit(http::Request{"GET", oauth::authorization_url(request), {}, {}},
        [&](http::Response response) { answer.set_value(std::move(response)); });
    auto response = answer.get_future().get();
    const auto location = response.header("location");
    return location ? std::string(*location) : std::string();
  }

  // The code of a redirect Location.
  static std::string code_of(const std::string& location) {
    auto start = location.find("code=");
    if (start == std::string::npos) return {};
    start += 5;
    return location.substr(start, location.find('&', start) - start);
  }

  // Tokens through the code flow with PKCE.
  oauth::Tokens sign_in() {
    auto pkce = oauth::make_pkce();
    oauth::OAuthClient client(oauth_options());
    auto tokens = client.exchange_code(code_of(authorize(pkce.code_challenge, "s")), redirect_uri, pkce.code_verifier);
    EXPECT_TRUE(tokens.ok()) << tokens.reason.value_or("");
    return tokens.value.value_or(oauth::Tokens{});
  }

  static inline Emulator* emulator_ = nullptr;
};

}  // namespace ctct::testing
