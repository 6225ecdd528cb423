// SHA-256 and base64 through libcrypto: known answers of FIPS 180-4 and RFC 4648.
#include <gtest/gtest.h>

#include "auth/crypto.hpp"

namespace ctct::testing {
namespace {

std::string hex(const std::string& bytes) {
  static constexpr char digits[] = "0123456789abcdef";
  std::string out;
  for (unsigned char c : bytes) out += {digits[c >> 4], digits[c & 15]};
  return out;
}

TEST(Crypto, Sha256KnownAnswers) {
  EXPECT_EQ(hex(auth::sha256("")), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(hex(auth::sha256("abc")), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(hex(auth::sha256("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")),
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

TEST(Crypto, Base64KnownAnswers) {
  const std::pair<const char*, const char*> rfc4648[] = {{"", ""}, {"f", "Zg=="}, {"fo", "Zm8="}, {"foo", "Zm9v"},
      {"foob", "Zm9vYg=="}, {"fooba", "Zm9vYmE="}, {"foobar", "Zm9vYmFy"}};
  for (const auto& [plain, encoded] : rfc4648) EXPECT_EQ(auth::base64(plain), encoded);
  EXPECT_EQ(auth::base64url("\xfb\xff\xbf"), "-_-_");
  EXPECT_EQ(auth::base64url("f"), "Zg");
}

TEST(Crypto, Base64urlDecodesWithOrWithoutPadding) {
  EXPECT_EQ(auth::base64url_decode("Zm9vYg"), "foob");
  EXPECT_EQ(auth::base64url_decode("Zm9vYmE="), "fooba");
  EXPECT_EQ(auth::base64url_decode("-_-_"), "\xfb\xff\xbf");
  EXPECT_EQ(auth::base64url_decode(""), "");
}

TEST(Crypto, Base64urlRefusesWhatIsNotBase64url) {
  EXPECT_FALSE(auth::base64url_decode("Zm9v+g"));  // the standard alphabet's +
  EXPECT_FALSE(auth::base64url_decode("Zm9 v"));   // white space, which libcrypto would skip
  EXPECT_FALSE(auth::base64url_decode("Zm9vY"));   // a length no encoding has
  EXPECT_FALSE(auth::base64url_decode("Zm=9"));
}

}  // namespace
}  // namespace ctct::testing
