// Sign -> verify round trips and every rejection path of TokenVerifier.
#include <openssl/evp.h>
#include <openssl/pem.h>

#include <atomic>
#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>
#include <vector>

#include "absl/strings/escaping.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "gtest/gtest.h"
#include "libs/auth/claims.h"
#include "libs/auth/errors.h"
#include "libs/auth/jws.h"
#include "libs/auth/token_signer.h"
#include "libs/auth/token_verifier.h"
#include "libs/status/error.h"

namespace imi::auth {
namespace {

using nlohmann::json;

const absl::Time kNow = absl::FromUnixSeconds(1'700'000'000);

::testing::AssertionResult IsRejected(const absl::Status& status,
                                      std::string_view want_reason) {
  if (status.code() != absl::StatusCode::kUnauthenticated) {
    return ::testing::AssertionFailure()
           << "want UNAUTHENTICATED/" << want_reason << ", got " << status;
  }
  if (imi::ErrorReason(status) != want_reason) {
    return ::testing::AssertionFailure()
           << "want reason " << want_reason << ", got "
           << imi::ErrorReason(status) << " (" << status << ")";
  }
  if (imi::ErrorDomain(status) != kErrorDomain) {
    return ::testing::AssertionFailure()
           << "domain " << imi::ErrorDomain(status);
  }
  return ::testing::AssertionSuccess();
}

::testing::AssertionResult HasReason(const absl::Status& status,
                                     absl::StatusCode code,
                                     std::string_view want_reason) {
  if (status.code() != code || imi::ErrorReason(status) != want_reason) {
    return ::testing::AssertionFailure()
           << "want " << absl::StatusCodeToString(code) << "/" << want_reason
           << ", got " << status << " reason " << imi::ErrorReason(status);
  }
  return ::testing::AssertionSuccess();
}

Claims SampleClaims() {
  return Claims{.issuer = "imi-identity",
                .subject = "users/42",
                .authority = "authorities/dk-123",
                .country = "DK",
                .roles = {{"services", {"REQUEST_HANDLER", "ALLOCATOR"}},
                          {"*", {"LOCAL_DATA_ADMINISTRATOR"}}},
                .issued_at = kNow,
                .not_before = kNow,
                .expires_at = kNow + absl::Minutes(5),
                .token_id = "0123456789abcdef0123456789abcdef"};
}

std::vector<std::string> Parts(const std::string& token) {
  return absl::StrSplit(token, '.');
}

std::string Join(const std::vector<std::string>& parts) {
  return absl::StrJoin(parts, ".");
}

class TokenTest : public ::testing::Test {
 protected:
  TokenTest()
      : signer_(TokenSigner::Generate()),
        verifier_(*TokenVerifier::FromPemBundle(signer_.PublicKeyPem())) {}

  std::string SignOk(const Claims& claims) {
    absl::StatusOr<std::string> token = signer_.Sign(claims);
    EXPECT_TRUE(token.ok()) << token.status();
    return token.value_or("");
  }

  // A valid payload as a JSON object, for tests that alter one claim.
  json SamplePayload() { return json::parse(*EncodeClaims(SampleClaims())); }

  std::string Header() {
    return absl::StrCat(R"({"alg":"EdDSA","typ":"JWT","kid":")",
                        signer_.key_id(), R"("})");
  }

  // Signed with the trusted key, arbitrary content.
  std::string SignRaw(std::string_view header, std::string_view payload) {
    return *signer_.SignCompact(header, payload);
  }

  absl::Status VerifyStatus(std::string_view token, absl::Time now = kNow) {
    return verifier_.Verify(token, now).status();
  }

  TokenSigner signer_;
  TokenVerifier verifier_;
};

// --- Round trip ------------------------------------------------------------

TEST_F(TokenTest, SignThenVerifyReturnsThePrincipal) {
  std::string token = SignOk(SampleClaims());
  absl::StatusOr<Principal> p = verifier_.Verify(token, kNow);
  ASSERT_TRUE(p.ok()) << p.status();
  EXPECT_EQ(p->user, "users/42");
  EXPECT_EQ(p->authority, "authorities/dk-123");
  EXPECT_EQ(p->country, "DK");
  EXPECT_EQ(p->token_id, "0123456789abcdef0123456789abcdef");
  EXPECT_EQ(p->expires_at, kNow + absl::Minutes(5));
  EXPECT_EQ(p->roles, SampleClaims().roles);
  EXPECT_TRUE(p->HasRole("services", "REQUEST_HANDLER"));
  EXPECT_TRUE(p->HasRole("gas", "LOCAL_DATA_ADMINISTRATOR"));
  EXPECT_FALSE(p->HasRole("gas", "REQUEST_HANDLER"));
}

TEST_F(TokenTest, VerifyClaimsReturnsEveryClaim) {
  Claims in = SampleClaims();
  absl::StatusOr<Claims> out = verifier_.VerifyClaims(SignOk(in), kNow);
  ASSERT_TRUE(out.ok()) << out.status();
  EXPECT_EQ(out->issuer, in.issuer);
  EXPECT_EQ(out->subject, in.subject);
  EXPECT_EQ(out->issued_at, in.issued_at);
  EXPECT_EQ(out->not_before, in.not_before);
  EXPECT_EQ(out->expires_at, in.expires_at);
}

TEST_F(TokenTest, TokenIsCompactJwsWithEdDsaHeaderAndKid) {
  std::string token = SignOk(SampleClaims());
  EXPECT_FALSE(absl::StrContains(token, "="));
  std::vector<std::string> parts = Parts(token);
  ASSERT_EQ(parts.size(), 3u);
  json header = json::parse(*Base64UrlDecode(parts[0]));
  EXPECT_EQ(header, json::parse(Header()));
  json payload = json::parse(*Base64UrlDecode(parts[1]));
  EXPECT_EQ(payload["iss"], "imi-identity");
  EXPECT_EQ(payload["sub"], "users/42");
  EXPECT_EQ(payload["authority"], "authorities/dk-123");
  EXPECT_EQ(payload["country"], "DK");
  EXPECT_EQ(payload["roles"]["services"],
            json::array({"REQUEST_HANDLER", "ALLOCATOR"}));
  EXPECT_EQ(payload["iat"], 1'700'000'000);
  EXPECT_EQ(payload["nbf"], 1'700'000'000);
  EXPECT_EQ(payload["exp"], 1'700'000'300);
  EXPECT_EQ(payload["jti"], "0123456789abcdef0123456789abcdef");
  EXPECT_EQ(Base64UrlDecode(parts[2])->size(), 64u);
}

TEST_F(TokenTest, KeyIdIsSha256PrefixOfRawPublicKey) {
  // An Ed25519 SubjectPublicKeyInfo is 12 bytes of prefix + the raw key.
  std::string pem = signer_.PublicKeyPem();
  std::string body;
  for (absl::string_view line : absl::StrSplit(pem, '\n')) {
    if (!line.empty() && !absl::StartsWith(line, "-----"))
      body.append(line.data(), line.size());
  }
  std::string der;
  ASSERT_TRUE(absl::Base64Unescape(body, &der));
  ASSERT_EQ(der.size(), 44u);
  unsigned char digest[32];
  unsigned int len = 0;
  EVP_Digest(der.data() + 12, 32, digest, &len, EVP_sha256(), nullptr);
  EXPECT_EQ(signer_.key_id(), absl::BytesToHexString(absl::string_view(
                                  reinterpret_cast<char*>(digest), 8)));
  EXPECT_EQ(verifier_.key_ids(), std::vector<std::string>{signer_.key_id()});
}

TEST_F(TokenTest, SignFillsInRandomTokenId) {
  Claims claims = SampleClaims();
  claims.token_id.clear();
  absl::StatusOr<Principal> a = verifier_.Verify(SignOk(claims), kNow);
  absl::StatusOr<Principal> b = verifier_.Verify(SignOk(claims), kNow);
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_EQ(a->token_id.size(), 32u);
  EXPECT_EQ(a->token_id.find_first_not_of("0123456789abcdef"),
            std::string::npos);
  EXPECT_NE(a->token_id, b->token_id);
  EXPECT_NE(NewTokenId(), NewTokenId());
}

TEST_F(TokenTest, ServiceAccountAndCommissionTokens) {
  Claims claims = SampleClaims();
  claims.subject = "serviceAccounts/dk-register";
  claims.country = "EU";
  claims.roles = {{"*", {"SYSTEM_ADMINISTRATOR"}}};
  claims.not_before.reset();
  absl::StatusOr<Principal> p = verifier_.Verify(SignOk(claims), kNow);
  ASSERT_TRUE(p.ok()) << p.status();
  EXPECT_TRUE(p->IsServiceAccount());
  EXPECT_TRUE(p->IsCommission());
}

TEST_F(TokenTest, EmptyRolesAreAllowed) {
  Claims claims = SampleClaims();
  claims.roles.clear();
  absl::StatusOr<Principal> p = verifier_.Verify(SignOk(claims), kNow);
  ASSERT_TRUE(p.ok()) << p.status();
  EXPECT_TRUE(p->roles.empty());
}

TEST_F(TokenTest, SignRejectsIncompleteClaims) {
  auto sign_with = [&](auto mutate) {
    Claims c = SampleClaims();
    mutate(c);
    return signer_.Sign(c).status();
  };
  const auto kBad = absl::StatusCode::kInvalidArgument;
  EXPECT_TRUE(HasReason(sign_with([](Claims& c) { c.subject.clear(); }), kBad,
                        reason::kClaimsInvalid));
  EXPECT_TRUE(HasReason(sign_with([](Claims& c) { c.issuer.clear(); }), kBad,
                        reason::kClaimsInvalid));
  EXPECT_TRUE(HasReason(sign_with([](Claims& c) { c.authority.clear(); }), kBad,
                        reason::kClaimsInvalid));
  EXPECT_TRUE(HasReason(sign_with([](Claims& c) { c.country = "dk"; }), kBad,
                        reason::kClaimsInvalid));
  EXPECT_TRUE(
      HasReason(sign_with([](Claims& c) { c.expires_at = c.issued_at; }), kBad,
                reason::kClaimsInvalid));
  EXPECT_TRUE(HasReason(
      sign_with([](Claims& c) { c.issued_at = absl::InfinitePast(); }), kBad,
      reason::kClaimsInvalid));
  EXPECT_TRUE(
      HasReason(sign_with([](Claims& c) { c.roles["services"].push_back(""); }),
                kBad, reason::kClaimsInvalid));
  EXPECT_TRUE(HasReason(sign_with([](Claims& c) { c.subject = "users/\xff"; }),
                        kBad, reason::kClaimsInvalid));
}

// --- Keys -----------------------------------------------------------------

TEST_F(TokenTest, PrivateKeyPemRoundTrips) {
  absl::StatusOr<TokenSigner> again =
      TokenSigner::FromPem(signer_.PrivateKeyPem());
  ASSERT_TRUE(again.ok()) << again.status();
  EXPECT_EQ(again->key_id(), signer_.key_id());
  EXPECT_EQ(again->PublicKeyPem(), signer_.PublicKeyPem());
  absl::StatusOr<std::string> token = again->Sign(SampleClaims());
  ASSERT_TRUE(token.ok());
  EXPECT_TRUE(verifier_.Verify(*token, kNow).ok());
}

std::string EcKeyPem(bool private_key) {
  EVP_PKEY* key = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256");
  BIO* bio = BIO_new(BIO_s_mem());
  if (private_key) {
    PEM_write_bio_PrivateKey(bio, key, nullptr, nullptr, 0, nullptr, nullptr);
  } else {
    PEM_write_bio_PUBKEY(bio, key);
  }
  char* data = nullptr;
  long len = BIO_get_mem_data(bio, &data);
  std::string pem(data, len);
  BIO_free(bio);
  EVP_PKEY_free(key);
  return pem;
}

TEST_F(TokenTest, SignerRejectsBadKeys) {
  const auto kBad = absl::StatusCode::kInvalidArgument;
  EXPECT_TRUE(
      HasReason(TokenSigner::FromPem("").status(), kBad, reason::kKeyInvalid));
  EXPECT_TRUE(HasReason(TokenSigner::FromPem("not a key").status(), kBad,
                        reason::kKeyInvalid));
  EXPECT_TRUE(HasReason(TokenSigner::FromPem(EcKeyPem(true)).status(), kBad,
                        reason::kKeyInvalid));
  // A public key is not a private key.
  EXPECT_TRUE(HasReason(TokenSigner::FromPem(signer_.PublicKeyPem()).status(),
                        kBad, reason::kKeyInvalid));
}

TEST_F(TokenTest, VerifierRejectsBadBundles) {
  const auto kBad = absl::StatusCode::kInvalidArgument;
  EXPECT_TRUE(HasReason(TokenVerifier::FromPemBundle("").status(), kBad,
                        reason::kKeyInvalid));
  EXPECT_TRUE(HasReason(TokenVerifier::FromPemBundle("hello").status(), kBad,
                        reason::kKeyInvalid));
  EXPECT_TRUE(HasReason(TokenVerifier::FromPemBundle(EcKeyPem(false)).status(),
                        kBad, reason::kKeyInvalid));
  // A valid key followed by a corrupt block is refused as a whole.
  std::string corrupt = absl::StrCat(
      signer_.PublicKeyPem(),
      "-----BEGIN PUBLIC KEY-----\n!!!!\n-----END PUBLIC KEY-----\n");
  EXPECT_TRUE(HasReason(TokenVerifier::FromPemBundle(corrupt).status(), kBad,
                        reason::kKeyInvalid));
  // A private key in the public bundle is a mistake worth stopping for.
  EXPECT_TRUE(HasReason(
      TokenVerifier::FromPemBundle(
          absl::StrCat(signer_.PublicKeyPem(), signer_.PrivateKeyPem()))
          .status(),
      kBad, reason::kKeyInvalid));
  EXPECT_TRUE(
      HasReason(TokenVerifier::FromPemBundle(signer_.PublicKeyPem(),
                                             {.leeway = absl::Seconds(-1)})
                    .status(),
                kBad, reason::kKeyInvalid));
}

TEST_F(TokenTest, KeyRotation) {
  TokenSigner old_signer = signer_;
  TokenSigner new_signer = TokenSigner::Generate();
  ASSERT_NE(old_signer.key_id(), new_signer.key_id());
  std::string old_token = *old_signer.Sign(SampleClaims());
  std::string new_token = *new_signer.Sign(SampleClaims());

  // During rotation both keys are published (comments between blocks and a
  // repeated key are tolerated).
  std::string bundle =
      absl::StrCat("# current\n", new_signer.PublicKeyPem(), "\n# previous\n",
                   old_signer.PublicKeyPem(), new_signer.PublicKeyPem());
  absl::StatusOr<TokenVerifier> both = TokenVerifier::FromPemBundle(bundle);
  ASSERT_TRUE(both.ok()) << both.status();
  EXPECT_EQ(both->key_ids(), (std::vector<std::string>{new_signer.key_id(),
                                                       old_signer.key_id()}));
  EXPECT_TRUE(both->Verify(old_token, kNow).ok());
  EXPECT_TRUE(both->Verify(new_token, kNow).ok());

  // Afterwards only the new key remains: old tokens are refused.
  absl::StatusOr<TokenVerifier> only_new =
      TokenVerifier::FromPemBundle(new_signer.PublicKeyPem());
  ASSERT_TRUE(only_new.ok());
  EXPECT_TRUE(only_new->Verify(new_token, kNow).ok());
  absl::Status old_status = only_new->Verify(old_token, kNow).status();
  EXPECT_TRUE(IsRejected(old_status, reason::kTokenUnknownKey));
  EXPECT_EQ(imi::ErrorMetadata(old_status)["kid"], old_signer.key_id());
}

TEST_F(TokenTest, FromFileReadsBundle) {
  std::string path = ::testing::TempDir() + "/auth_test_keys.pem";
  {
    std::ofstream out(path);
    out << signer_.PublicKeyPem();
  }
  absl::StatusOr<TokenVerifier> v =
      TokenVerifier::FromFile(path, {.expected_issuer = "imi-identity"});
  ASSERT_TRUE(v.ok()) << v.status();
  EXPECT_EQ(v->options().expected_issuer, "imi-identity");
  EXPECT_TRUE(v->Verify(SignOk(SampleClaims()), kNow).ok());
  std::remove(path.c_str());

  EXPECT_TRUE(HasReason(TokenVerifier::FromFile(path).status(),
                        absl::StatusCode::kFailedPrecondition,
                        reason::kKeyFileUnreadable));
}

// --- Rejections -------------------------------------------------------------

TEST_F(TokenTest, RejectsEmptyToken) {
  EXPECT_TRUE(IsRejected(VerifyStatus(""), reason::kTokenMissing));
}

TEST_F(TokenTest, RejectsOversizedToken) {
  Claims claims = SampleClaims();
  // Roughly 9 KiB of roles: validly signed but too large.
  for (int i = 0; i < 300; ++i) {
    claims.roles[absl::StrCat("area-", i)] = {"REQUEST_HANDLER"};
  }
  std::string token = SignOk(claims);
  ASSERT_GT(token.size(), kMaxTokenBytes);
  EXPECT_TRUE(IsRejected(VerifyStatus(token), reason::kTokenTooLarge));

  // The limit is inclusive: shrink the roles until it fits.
  while (token.size() > kMaxTokenBytes) {
    claims.roles.erase(claims.roles.begin());
    token = SignOk(claims);
  }
  EXPECT_TRUE(VerifyStatus(token).ok());
}

TEST_F(TokenTest, RejectsMalformedTokens) {
  std::string good = SignOk(SampleClaims());
  std::vector<std::string> parts = Parts(good);
  for (const std::string& bad :
       {std::string("abc"), std::string("a.b"), good + ".x", std::string(".."),
        absl::StrCat("!!", parts[0], ".", parts[1], ".", parts[2]),
        absl::StrCat(parts[0], "=.", parts[1], ".", parts[2]),
        absl::StrCat(Base64UrlEncode("not json"), ".", parts[1], ".", parts[2]),
        absl::StrCat(Base64UrlEncode("[1,2]"), ".", parts[1], ".", parts[2]),
        absl::StrCat(parts[0], ".", parts[1], ".", parts[2], "==")}) {
    EXPECT_TRUE(IsRejected(VerifyStatus(bad), reason::kTokenMalformed)) << bad;
  }
}

TEST_F(TokenTest, SurvivesDeeplyNestedHeader) {
  // The header is parsed before the signature is checked, so it is fully
  // attacker-controlled; nesting must not blow the stack.
  std::string nested = std::string(3000, '[') + std::string(3000, ']');
  std::string token = absl::StrCat(Base64UrlEncode(nested), ".e30.");
  ASSERT_LE(token.size(), kMaxTokenBytes);
  EXPECT_TRUE(IsRejected(VerifyStatus(token), reason::kTokenMalformed));
}

TEST_F(TokenTest, RejectsAlgNone) {
  std::string payload = Base64UrlEncode(SamplePayload().dump());
  for (const char* alg :
       {"none", "None", "HS256", "RS256", "ES256", "Ed25519"}) {
    std::string header = Base64UrlEncode(
        absl::StrCat(R"({"alg":")", alg, R"(","typ":"JWT","kid":")",
                     signer_.key_id(), R"("})"));
    EXPECT_TRUE(
        IsRejected(VerifyStatus(absl::StrCat(header, ".", payload, ".")),
                   reason::kTokenAlgorithmUnsupported))
        << alg;
    // Even when the "signature" is an HMAC-sized blob.
    EXPECT_TRUE(IsRejected(
        VerifyStatus(absl::StrCat(header, ".", payload, ".",
                                  Base64UrlEncode(std::string(32, 'x')))),
        reason::kTokenAlgorithmUnsupported))
        << alg;
  }
}

TEST_F(TokenTest, RejectsBadHeaders) {
  std::string payload = SamplePayload().dump();
  const std::string kid = signer_.key_id();
  EXPECT_TRUE(IsRejected(
      VerifyStatus(SignRaw(R"({"typ":"JWT","kid":")" + kid + R"("})", payload)),
      reason::kTokenMalformed));  // no alg
  EXPECT_TRUE(IsRejected(
      VerifyStatus(SignRaw(R"({"alg":"EdDSA","typ":"JWT"})", payload)),
      reason::kTokenMalformed));  // no kid
  EXPECT_TRUE(IsRejected(
      VerifyStatus(SignRaw(
          R"({"alg":"EdDSA","typ":"at+jwt","kid":")" + kid + R"("})", payload)),
      reason::kTokenMalformed));
  EXPECT_TRUE(IsRejected(
      VerifyStatus(SignRaw(
          R"({"alg":"EdDSA","kid":")" + kid + R"(","crit":["exp"],"exp":1})",
          payload)),
      reason::kTokenMalformed));
  EXPECT_TRUE(IsRejected(
      VerifyStatus(SignRaw(
          R"({"alg":"EdDSA","typ":"JWT","kid":"0000000000000000"})", payload)),
      reason::kTokenUnknownKey));
}

TEST_F(TokenTest, AcceptsEquivalentHeaderInOtherForm) {
  // Not byte-identical to what TokenSigner writes: exercises the JSON path.
  std::string token =
      SignRaw(R"({ "kid" : ")" + signer_.key_id() + R"(", "alg":"EdDSA"})",
              SamplePayload().dump());
  absl::StatusOr<Principal> p = verifier_.Verify(token, kNow);
  ASSERT_TRUE(p.ok()) << p.status();
  EXPECT_EQ(p->user, "users/42");
}

TEST_F(TokenTest, RejectsTamperedPayload) {
  std::vector<std::string> parts = Parts(SignOk(SampleClaims()));
  json payload = json::parse(*Base64UrlDecode(parts[1]));
  payload["roles"]["services"].push_back("ALERT_HANDLER");
  parts[1] = Base64UrlEncode(payload.dump());
  EXPECT_TRUE(
      IsRejected(VerifyStatus(Join(parts)), reason::kTokenSignatureInvalid));

  parts = Parts(SignOk(SampleClaims()));
  payload = json::parse(*Base64UrlDecode(parts[1]));
  payload["exp"] = payload["exp"].get<int64_t>() + 86400;
  parts[1] = Base64UrlEncode(payload.dump());
  EXPECT_TRUE(
      IsRejected(VerifyStatus(Join(parts)), reason::kTokenSignatureInvalid));
}

TEST_F(TokenTest, RejectsTamperedOrTruncatedSignature) {
  std::vector<std::string> parts = Parts(SignOk(SampleClaims()));
  std::vector<std::string> flipped = parts;
  flipped[2][0] = flipped[2][0] == 'A' ? 'B' : 'A';
  EXPECT_TRUE(
      IsRejected(VerifyStatus(Join(flipped)), reason::kTokenSignatureInvalid));

  std::string sig = *Base64UrlDecode(parts[2]);
  std::vector<std::string> short_sig = parts;
  short_sig[2] = Base64UrlEncode(sig.substr(0, 63));
  EXPECT_TRUE(IsRejected(VerifyStatus(Join(short_sig)),
                         reason::kTokenSignatureInvalid));

  std::vector<std::string> no_sig = parts;
  no_sig[2].clear();
  EXPECT_TRUE(
      IsRejected(VerifyStatus(Join(no_sig)), reason::kTokenSignatureInvalid));
}

TEST_F(TokenTest, RejectsTokenSignedByAnotherKey) {
  TokenSigner intruder = TokenSigner::Generate();
  // With its own kid: not a key we know.
  EXPECT_TRUE(IsRejected(VerifyStatus(*intruder.Sign(SampleClaims())),
                         reason::kTokenUnknownKey));
  // Claiming our kid: the signature gives it away.
  std::string forged = *intruder.SignCompact(Header(), SamplePayload().dump());
  EXPECT_TRUE(IsRejected(VerifyStatus(forged), reason::kTokenSignatureInvalid));
  // Splicing our header onto its token changes nothing.
  std::vector<std::string> parts = Parts(*intruder.Sign(SampleClaims()));
  parts[0] = Base64UrlEncode(Header());
  EXPECT_TRUE(
      IsRejected(VerifyStatus(Join(parts)), reason::kTokenSignatureInvalid));
}

TEST_F(TokenTest, RejectsSignedPayloadThatIsNotAnObject) {
  EXPECT_TRUE(IsRejected(VerifyStatus(SignRaw(Header(), "not json")),
                         reason::kTokenMalformed));
  EXPECT_TRUE(IsRejected(VerifyStatus(SignRaw(Header(), "[]")),
                         reason::kTokenMalformed));
}

TEST_F(TokenTest, RejectsMissingRequiredClaims) {
  for (const char* claim :
       {"iss", "sub", "authority", "country", "roles", "iat", "exp", "jti"}) {
    json payload = SamplePayload();
    payload.erase(claim);
    EXPECT_TRUE(IsRejected(VerifyStatus(SignRaw(Header(), payload.dump())),
                           reason::kTokenClaimsInvalid))
        << claim;
  }
}

TEST_F(TokenTest, RejectsIllTypedClaims) {
  std::vector<std::pair<std::string, json>> cases = {
      {"sub", 42},
      {"sub", ""},
      {"country", "dk"},
      {"country", "DNK"},
      {"roles", json::array({"REQUEST_HANDLER"})},
      {"roles", json{{"services", "REQUEST_HANDLER"}}},
      {"roles", json{{"services", json::array({1})}}},
      {"roles", json{{"services", json::array({""})}}},
      {"exp", "1700000300"},
      {"exp", true},
      {"exp", 1e300},
      {"iat", nullptr},
      {"nbf", "soon"},
      {"jti", json::object()},
  };
  for (const auto& [claim, value] : cases) {
    json payload = SamplePayload();
    payload[claim] = value;
    EXPECT_TRUE(IsRejected(VerifyStatus(SignRaw(Header(), payload.dump())),
                           reason::kTokenClaimsInvalid))
        << claim << "=" << value.dump();
  }
}

TEST_F(TokenTest, AcceptsFractionalNumericDates) {
  json payload = SamplePayload();
  payload["exp"] = 1'700'000'300.5;
  absl::StatusOr<Principal> p =
      verifier_.Verify(SignRaw(Header(), payload.dump()), kNow);
  ASSERT_TRUE(p.ok()) << p.status();
  EXPECT_EQ(p->expires_at, kNow + absl::Seconds(300.5));
}

TEST_F(TokenTest, IgnoresUnknownClaims) {
  json payload = SamplePayload();
  payload["aud"] = "imi";
  payload["extra"] = json{{"nested", true}};
  EXPECT_TRUE(VerifyStatus(SignRaw(Header(), payload.dump())).ok());
}

TEST_F(TokenTest, ExpiryHonoursLeeway) {
  std::string token = SignOk(SampleClaims());
  const absl::Time exp = kNow + absl::Minutes(5);
  EXPECT_TRUE(VerifyStatus(token, exp - absl::Seconds(1)).ok());
  EXPECT_TRUE(VerifyStatus(token, exp).ok());
  EXPECT_TRUE(VerifyStatus(token, exp + absl::Seconds(29)).ok());
  EXPECT_TRUE(IsRejected(VerifyStatus(token, exp + absl::Seconds(30)),
                         reason::kTokenExpired));
  EXPECT_TRUE(IsRejected(VerifyStatus(token, exp + absl::Hours(24)),
                         reason::kTokenExpired));

  TokenVerifier strict = *TokenVerifier::FromPemBundle(
      signer_.PublicKeyPem(), {.leeway = absl::ZeroDuration()});
  EXPECT_TRUE(strict.Verify(token, exp - absl::Nanoseconds(1)).ok());
  EXPECT_TRUE(
      IsRejected(strict.Verify(token, exp).status(), reason::kTokenExpired));
}

TEST_F(TokenTest, NotBeforeHonoursLeeway) {
  Claims claims = SampleClaims();
  claims.not_before = kNow + absl::Minutes(1);
  std::string token = SignOk(claims);
  EXPECT_TRUE(IsRejected(VerifyStatus(token, kNow), reason::kTokenNotYetValid));
  EXPECT_TRUE(IsRejected(VerifyStatus(token, kNow + absl::Seconds(29)),
                         reason::kTokenNotYetValid));
  EXPECT_TRUE(VerifyStatus(token, kNow + absl::Seconds(30)).ok());
  EXPECT_TRUE(VerifyStatus(token, kNow + absl::Minutes(1)).ok());
}

TEST_F(TokenTest, RejectsTokenIssuedInTheFuture) {
  Claims claims = SampleClaims();
  claims.not_before.reset();
  std::string token = SignOk(claims);
  EXPECT_TRUE(IsRejected(VerifyStatus(token, kNow - absl::Minutes(1)),
                         reason::kTokenNotYetValid));
  // A clock a little behind the issuer's is tolerated.
  EXPECT_TRUE(VerifyStatus(token, kNow - absl::Seconds(30)).ok());
}

TEST_F(TokenTest, ExpectedIssuer) {
  TokenVerifier v = *TokenVerifier::FromPemBundle(
      signer_.PublicKeyPem(), {.expected_issuer = "imi-identity"});
  EXPECT_TRUE(v.Verify(SignOk(SampleClaims()), kNow).ok());
  Claims other = SampleClaims();
  other.issuer = "someone-else";
  EXPECT_TRUE(IsRejected(v.Verify(SignOk(other), kNow).status(),
                         reason::kTokenIssuerMismatch));
  // Without an expected issuer any issuer is fine.
  EXPECT_TRUE(verifier_.Verify(SignOk(other), kNow).ok());
}

TEST_F(TokenTest, ErrorsDoNotEchoTheToken) {
  std::vector<std::string> parts = Parts(SignOk(SampleClaims()));
  parts[2][0] = parts[2][0] == 'A' ? 'B' : 'A';
  std::string token = Join(parts);
  absl::Status status = VerifyStatus(token);
  ASSERT_FALSE(status.ok());
  EXPECT_FALSE(absl::StrContains(status.message(), parts[1]));
}

TEST_F(TokenTest, VerifyIsSafeToCallConcurrently) {
  std::string good = SignOk(SampleClaims());
  std::atomic<int> failures{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 200; ++i) {
        absl::Time now = (i + t) % 2 ? kNow : kNow + absl::Hours(1);
        absl::StatusOr<Principal> p = verifier_.Verify(good, now);
        bool want_ok = (i + t) % 2 == 1;
        if (p.ok() != want_ok) ++failures;
        if (p.ok() && p->user != "users/42") ++failures;
      }
    });
  }
  for (auto& th : threads) th.join();
  EXPECT_EQ(failures.load(), 0);
}

}  // namespace
}  // namespace imi::auth

namespace imi::auth {
namespace {

// The cache of verified tokens must never outlive a token's validity, and
// must never accept a token it did not verify.
TEST(TokenVerifierCacheTest, CachedTokenStillExpiresAndTamperedTokenMisses) {
  TokenSigner signer = TokenSigner::Generate();
  auto verifier = TokenVerifier::FromPemBundle(signer.PublicKeyPem());
  ASSERT_TRUE(verifier.ok());
  Claims c;
  c.issuer = "imi-identity";
  c.subject = "users/1";
  c.authority = "authorities/dk-1";
  c.country = "DK";
  c.issued_at = absl::FromUnixSeconds(1'800'000'000);
  c.expires_at = c.issued_at + absl::Minutes(5);
  c.token_id = NewTokenId();
  auto token = signer.Sign(c);
  ASSERT_TRUE(token.ok());
  ASSERT_TRUE(verifier->Verify(*token, c.issued_at + absl::Minutes(1)).ok());  // now cached
  EXPECT_TRUE(verifier->Verify(*token, c.issued_at + absl::Minutes(2)).ok());
  auto late = verifier->Verify(*token, c.expires_at + absl::Minutes(1));
  EXPECT_EQ(late.status().code(), absl::StatusCode::kUnauthenticated);
  EXPECT_EQ(ErrorReason(late.status()), "TOKEN_EXPIRED");
  std::string tampered = *token;
  tampered[tampered.size() - 2] = tampered[tampered.size() - 2] == 'A' ? 'B' : 'A';
  EXPECT_FALSE(verifier->Verify(tampered, c.issued_at + absl::Minutes(1)).ok());
}

}  // namespace
}  // namespace imi::auth
