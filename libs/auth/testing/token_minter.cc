#include "libs/auth/testing/token_minter.h"

#include <cstdio>
#include <cstdlib>
#include <utility>

#include "absl/strings/str_cat.h"
#include "libs/auth/claims.h"

namespace imi::auth::testing {
namespace {

// Test helpers have no caller that could handle a Status usefully: a bad
// spec is a bug in the test, so say so loudly and stop.
[[noreturn]] void Die(std::string_view what, const absl::Status& status) {
  std::fprintf(stderr, "TokenMinter: %.*s: %s\n", static_cast<int>(what.size()),
               what.data(), status.ToString().c_str());
  std::abort();
}

TokenVerifier VerifierOrDie(const std::string& pem, VerifierOptions options) {
  absl::StatusOr<TokenVerifier> v =
      TokenVerifier::FromPemBundle(pem, std::move(options));
  if (!v.ok()) Die("cannot build verifier", v.status());
  return *std::move(v);
}

}  // namespace

TokenMinter::TokenMinter(std::string issuer)
    : issuer_(std::move(issuer)),
      signer_(TokenSigner::Generate()),
      verifier_(VerifierOrDie(signer_.PublicKeyPem(), {})) {}

TokenVerifier TokenMinter::verifier(VerifierOptions options) const {
  return VerifierOrDie(signer_.PublicKeyPem(), std::move(options));
}

std::string TokenMinter::Mint(const PrincipalSpec& spec) const {
  const absl::Time iat = spec.issued_at.value_or(absl::Now());
  Claims claims{.issuer = issuer_,
                .subject = spec.user,
                .authority = spec.authority,
                .country = spec.country,
                .roles = spec.roles,
                .issued_at = iat,
                .not_before = iat,
                .expires_at = iat + spec.ttl,
                .token_id = spec.token_id};
  absl::StatusOr<std::string> token = signer_.Sign(claims);
  if (!token.ok()) Die("cannot mint token", token.status());
  return *std::move(token);
}

std::string TokenMinter::MintExpired(const PrincipalSpec& spec) const {
  PrincipalSpec expired = spec;
  expired.issued_at = absl::Now() - absl::Minutes(5) - spec.ttl;
  return Mint(expired);
}

std::string TokenMinter::MintRaw(std::string_view header_json,
                                 std::string_view payload_json) const {
  absl::StatusOr<std::string> token =
      signer_.SignCompact(header_json, payload_json);
  if (!token.ok()) Die("cannot sign raw token", token.status());
  return *std::move(token);
}

std::string TokenMinter::DefaultHeaderJson() const {
  return absl::StrCat(R"({"alg":"EdDSA","typ":"JWT","kid":")", signer_.key_id(),
                      R"("})");
}

}  // namespace imi::auth::testing
