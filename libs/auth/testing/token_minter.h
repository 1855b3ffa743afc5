// Test helper: mints valid (or deliberately broken) access tokens with a
// throw-away key, so service tests can call RPCs as any kind of user.
//
// Example:
//   imi::auth::testing::TokenMinter minter;
//   MyService service(minter.verifier());
//   std::string token = minter.Mint(
//       {.country = "DK", .roles = {{"services", {"REQUEST_HANDLER"}}}});
//   context.AddMetadata("authorization", "Bearer " + token);
//
// Thread safety: all methods are const and may be called concurrently.
// Not for production: the key lives only in memory and Mint aborts on
// misuse instead of returning a status.
#ifndef IMI_LIBS_AUTH_TESTING_TOKEN_MINTER_H_
#define IMI_LIBS_AUTH_TESTING_TOKEN_MINTER_H_

#include <optional>
#include <string>
#include <string_view>

#include "absl/time/time.h"
#include "libs/auth/principal.h"
#include "libs/auth/token_signer.h"
#include "libs/auth/token_verifier.h"

namespace imi::auth::testing {

// Who the minted token speaks for. Designated initialisers must follow this
// member order; every member has a default, so name only what matters.
struct PrincipalSpec {
  std::string user = "users/test";
  std::string authority = "authorities/test";
  std::string country = "DK";
  RoleMap roles{};
  absl::Duration ttl = absl::Minutes(5);
  // iat (and nbf); nullopt means absl::Now() at minting time.
  std::optional<absl::Time> issued_at{};
  // jti; empty means a fresh random id.
  std::string token_id{};
};

class TokenMinter {
 public:
  // Generates the key. `issuer` goes into every token's `iss`.
  explicit TokenMinter(std::string issuer = "imi-identity");

  // A verifier that accepts this minter's tokens (copies share the key).
  TokenVerifier verifier() const { return verifier_; }
  // A verifier for this minter's key with other options.
  TokenVerifier verifier(VerifierOptions options) const;
  // The public key, for services that read it from a file or variable.
  std::string PublicKeyPem() const { return signer_.PublicKeyPem(); }
  const TokenSigner& signer() const { return signer_; }
  const std::string& issuer() const { return issuer_; }

  // A valid token for `spec`, valid from issued_at until issued_at + ttl.
  // Aborts with a message if the signer rejects the spec (e.g. an empty
  // user or a country that is not two capital letters); build invalid
  // tokens with MintRaw instead.
  std::string Mint(const PrincipalSpec& spec = {}) const;

  // A token for `spec` that expired 5 minutes ago (well past the default
  // 30 s leeway); spec.issued_at is ignored.
  std::string MintExpired(const PrincipalSpec& spec = {}) const;

  // Signs arbitrary header and payload JSON with this minter's key, for
  // tests of rejection paths. Aborts if OpenSSL fails.
  std::string MintRaw(std::string_view header_json,
                      std::string_view payload_json) const;

  // The header TokenSigner would write, for use with MintRaw.
  std::string DefaultHeaderJson() const;

 private:
  std::string issuer_;
  TokenSigner signer_;
  TokenVerifier verifier_;
};

}  // namespace imi::auth::testing

#endif  // IMI_LIBS_AUTH_TESTING_TOKEN_MINTER_H_
