#include "libs/auth/jws.h"

#include <string>

#include "gtest/gtest.h"

namespace imi::auth {
namespace {

TEST(Base64UrlTest, EncodesWithoutPadding) {
  // RFC 4648 §10 vectors, url alphabet, no '='.
  EXPECT_EQ(Base64UrlEncode(""), "");
  EXPECT_EQ(Base64UrlEncode("f"), "Zg");
  EXPECT_EQ(Base64UrlEncode("fo"), "Zm8");
  EXPECT_EQ(Base64UrlEncode("foo"), "Zm9v");
  EXPECT_EQ(Base64UrlEncode("foob"), "Zm9vYg");
  EXPECT_EQ(Base64UrlEncode("fooba"), "Zm9vYmE");
  EXPECT_EQ(Base64UrlEncode("foobar"), "Zm9vYmFy");
  EXPECT_EQ(Base64UrlEncode("\xfb\xff\xbf"), "-_-_");
}

TEST(Base64UrlTest, RoundTripsEveryByteAndLength) {
  std::string all;
  for (int i = 0; i < 256; ++i) all.push_back(static_cast<char>(i));
  for (size_t n = 0; n <= all.size(); ++n) {
    std::string in = all.substr(0, n);
    auto out = Base64UrlDecode(Base64UrlEncode(in));
    ASSERT_TRUE(out.has_value()) << n;
    EXPECT_EQ(*out, in);
  }
}

TEST(Base64UrlTest, RejectsPaddingForeignCharactersAndBadLengths) {
  EXPECT_FALSE(Base64UrlDecode("Zg==").has_value());
  EXPECT_FALSE(Base64UrlDecode("Zm9v+/").has_value());  // standard alphabet
  EXPECT_FALSE(Base64UrlDecode("Zm9 v").has_value());
  EXPECT_FALSE(Base64UrlDecode("Z").has_value());  // 6 bits: no byte
  EXPECT_FALSE(Base64UrlDecode("Zm9vY").has_value());
}

TEST(Base64UrlTest, RejectsNonCanonicalTrailingBits) {
  // "Zg" is the encoding of "f"; "Zh" has the same byte and stray low bits.
  ASSERT_TRUE(Base64UrlDecode("Zg").has_value());
  EXPECT_FALSE(Base64UrlDecode("Zh").has_value());
  ASSERT_TRUE(Base64UrlDecode("Zm8").has_value());  // "fo"
  EXPECT_FALSE(Base64UrlDecode("Zm9").has_value());
  EXPECT_FALSE(Base64UrlDecode("Zm-").has_value());
}

TEST(KeyIdTest, IsFirst16HexOfSha256) {
  // SHA-256("abc") = ba7816bf8f01cfea414140de5dae2223...
  EXPECT_EQ(KeyIdFromRawPublicKey("abc"), "ba7816bf8f01cfea");
}

}  // namespace
}  // namespace imi::auth
