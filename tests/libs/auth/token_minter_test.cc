#include "libs/auth/testing/token_minter.h"

#include "gtest/gtest.h"
#include "libs/auth/errors.h"
#include "libs/status/error.h"

namespace imi::auth::testing {
namespace {

TEST(TokenMinterTest, MintsTokensItsVerifierAccepts) {
  TokenMinter minter;
  absl::StatusOr<Principal> p = minter.verifier().Verify(
      minter.Mint(
          {.country = "SE", .roles = {{"services", {"REQUEST_HANDLER"}}}}),
      absl::Now());
  ASSERT_TRUE(p.ok()) << p.status();
  EXPECT_EQ(p->user, "users/test");
  EXPECT_EQ(p->authority, "authorities/test");
  EXPECT_EQ(p->country, "SE");
  EXPECT_TRUE(p->HasRole("services", "REQUEST_HANDLER"));
  EXPECT_FALSE(p->token_id.empty());
}

TEST(TokenMinterTest, DefaultsAndExplicitTimes) {
  TokenMinter minter("test-issuer");
  const absl::Time iat = absl::FromUnixSeconds(1'800'000'000);
  absl::StatusOr<Claims> c = minter.verifier().VerifyClaims(
      minter.Mint(
          {.ttl = absl::Minutes(1), .issued_at = iat, .token_id = "abc"}),
      iat);
  ASSERT_TRUE(c.ok()) << c.status();
  EXPECT_EQ(c->issuer, "test-issuer");
  EXPECT_EQ(c->country, "DK");
  EXPECT_EQ(c->expires_at, iat + absl::Minutes(1));
  EXPECT_EQ(c->token_id, "abc");
}

TEST(TokenMinterTest, MintExpiredIsRejectedAsExpired) {
  TokenMinter minter;
  absl::Status s =
      minter.verifier().Verify(minter.MintExpired(), absl::Now()).status();
  EXPECT_EQ(s.code(), absl::StatusCode::kUnauthenticated);
  EXPECT_EQ(imi::ErrorReason(s), reason::kTokenExpired);
}

TEST(TokenMinterTest, MintersHaveDistinctKeys) {
  TokenMinter a, b;
  EXPECT_NE(a.signer().key_id(), b.signer().key_id());
  EXPECT_EQ(
      imi::ErrorReason(b.verifier().Verify(a.Mint(), absl::Now()).status()),
      reason::kTokenUnknownKey);
  // PublicKeyPem is what a service under test would be configured with.
  absl::StatusOr<TokenVerifier> v =
      TokenVerifier::FromPemBundle(a.PublicKeyPem());
  ASSERT_TRUE(v.ok());
  EXPECT_TRUE(v->Verify(a.Mint(), absl::Now()).ok());
}

TEST(TokenMinterTest, MintRawSignsArbitraryContent) {
  TokenMinter minter;
  std::string token =
      minter.MintRaw(minter.DefaultHeaderJson(), R"({"sub":1})");
  EXPECT_EQ(
      imi::ErrorReason(minter.verifier().Verify(token, absl::Now()).status()),
      reason::kTokenClaimsInvalid);
}

TEST(TokenMinterTest, VerifierWithOptions) {
  TokenMinter minter;
  TokenVerifier v = minter.verifier({.expected_issuer = "other"});
  EXPECT_EQ(imi::ErrorReason(v.Verify(minter.Mint(), absl::Now()).status()),
            reason::kTokenIssuerMismatch);
}

}  // namespace
}  // namespace imi::auth::testing
