// Issues IMI access tokens: compact JWS, alg "EdDSA" (Ed25519, RFC 8037).
//
// Only the identity service holds a signer; every other service holds a
// TokenVerifier built from PublicKeyPem().
//
// Example:
//   IMI_ASSIGN_OR_RETURN(TokenSigner signer, TokenSigner::FromPem(pem));
//   Claims claims{.issuer = "imi-identity", .subject = "users/42",
//                 .authority = "authorities/dk-123", .country = "DK",
//                 .roles = {{"services", {"REQUEST_HANDLER"}}},
//                 .issued_at = now, .expires_at = now + absl::Minutes(5),
//                 .token_id = NewTokenId()};
//   IMI_ASSIGN_OR_RETURN(std::string token, signer.Sign(claims));
//
// Thread safety: all methods are const and may be called concurrently.
// Copies are cheap and share the (immutable) key.
#ifndef IMI_LIBS_AUTH_TOKEN_SIGNER_H_
#define IMI_LIBS_AUTH_TOKEN_SIGNER_H_

#include <memory>
#include <string>
#include <string_view>

#include "absl/status/statusor.h"
#include "libs/auth/claims.h"

namespace imi::auth {

class TokenSigner {
 public:
  // Loads an unencrypted PKCS#8 PEM Ed25519 private key ("BEGIN PRIVATE
  // KEY", as written by PrivateKeyPem() or `openssl genpkey -algorithm
  // ed25519`). Returns INVALID_ARGUMENT (reason KEY_INVALID) if the PEM
  // cannot be parsed, is encrypted, or holds another key type.
  static absl::StatusOr<TokenSigner> FromPem(std::string_view pem);

  // A signer with a fresh random key (tests, first start of a dev stack).
  // Aborts the process if the OpenSSL key generator fails.
  static TokenSigner Generate();

  // The public key as "BEGIN PUBLIC KEY" PEM (SubjectPublicKeyInfo), the
  // form TokenVerifier::FromPemBundle reads.
  std::string PublicKeyPem() const;
  // The private key as unencrypted PKCS#8 PEM. Handle with care.
  std::string PrivateKeyPem() const;
  // The `kid` put in every token header: the first 16 hex characters of
  // SHA-256 of the raw 32-byte public key.
  const std::string& key_id() const;

  // Returns the signed token for `claims`. An empty token_id is replaced by
  // NewTokenId() (set it yourself if you need to record it). Returns
  // INVALID_ARGUMENT (reason CLAIMS_INVALID) if ValidateClaims rejects the
  // claims, INTERNAL if OpenSSL fails to sign.
  absl::StatusOr<std::string> Sign(const Claims& claims) const;

  // Low level: signs arbitrary header and payload JSON texts as a compact
  // JWS, without checking them. Exists so tests can build deliberately
  // broken tokens with a trusted key; production code calls Sign().
  // Returns INTERNAL if OpenSSL fails to sign.
  absl::StatusOr<std::string> SignCompact(std::string_view header_json,
                                          std::string_view payload_json) const;

 private:
  struct Impl;
  explicit TokenSigner(std::shared_ptr<const Impl> impl);

  std::shared_ptr<const Impl> impl_;
};

}  // namespace imi::auth

#endif  // IMI_LIBS_AUTH_TOKEN_SIGNER_H_
