// url_for_display: what repr, properties and reasons show of a URL a user gave.
#include <gtest/gtest.h>

#include "ctct/url.hpp"

namespace ctct {
namespace {

TEST(UrlForDisplayTest, DropsUserInfoAndKeepsTheRest) {
  EXPECT_EQ(url_for_display("https://ann:s3cret@api.example.com:8443/v3?x=1"), "https://api.example.com:8443/v3?x=1");
  EXPECT_EQ(url_for_display("http://token@127.0.0.1/v3"), "http://127.0.0.1/v3");
  EXPECT_EQ(url_for_display("https://a:b@c:d@host/v3"), "https://host/v3");
  EXPECT_EQ(url_for_display("ann:s3cret@host/v3"), "host/v3");
}

TEST(UrlForDisplayTest, LeavesUrlsWithoutUserInfoAlone) {
  EXPECT_EQ(url_for_display("https://api.cc.email/v3"), "https://api.cc.email/v3");
  EXPECT_EQ(url_for_display("https://host/v3/contacts?email=a@example.com"),
      "https://host/v3/contacts?email=a@example.com");
  EXPECT_EQ(url_for_display("https://host/v3#a@b"), "https://host/v3#a@b");
  EXPECT_EQ(url_for_display("not a url"), "not a url");
}

}  // namespace
}  // namespace ctct
