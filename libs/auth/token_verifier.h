// Verifies IMI access tokens locally, with the identity service's public
// key(s): no call to identity per request.
//
// A verifier holds one or more Ed25519 public keys and picks the one named
// by the token's `kid`, so keys can be rotated: publish old+new public keys,
// switch identity to the new private key, drop the old public key once its
// last tokens have expired.
//
// Example:
//   IMI_ASSIGN_OR_RETURN(TokenVerifier verifier,
//                        TokenVerifier::FromFile(config.token_public_keys,
//                                                {.expected_issuer =
//                                                     "imi-identity"}));
//   absl::StatusOr<Principal> who = verifier.Verify(token, absl::Now());
//
// Thread safety: Verify and the other const methods may be called
// concurrently from any number of threads; the keys are immutable after
// construction, and the cache of verified tokens is internally locked.
// Copies are cheap and share the keys and the cache.
#ifndef IMI_LIBS_AUTH_TOKEN_VERIFIER_H_
#define IMI_LIBS_AUTH_TOKEN_VERIFIER_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "libs/auth/claims.h"
#include "libs/auth/principal.h"

namespace imi::auth {

struct VerifierOptions {
  // Tolerated clock difference between issuer and verifier, applied to
  // `exp`, `nbf` and `iat`.
  absl::Duration leeway = absl::Seconds(30);
  // If non-empty, tokens whose `iss` differs are rejected.
  std::string expected_issuer{};
  // How many verified tokens to remember (0: none). A remembered token skips
  // the signature check (~135 us) but never the clock checks, so it still
  // expires on time. Entries are keyed by the whole token string.
  size_t cache_entries = 16384;
};

class TokenVerifier {
 public:
  // Reads every PEM block in `pems` (concatenated; text between blocks is
  // ignored). Returns INVALID_ARGUMENT (reason KEY_INVALID) if there is no
  // block, a block is corrupt or is not a "PUBLIC KEY" (e.g. a private key
  // pasted in by mistake), a key is not Ed25519, or options.leeway is
  // negative. Identical keys are kept once.
  static absl::StatusOr<TokenVerifier> FromPemBundle(
      std::string_view pems, VerifierOptions options = {});

  // FromPemBundle on the contents of the file at `path`. Additionally
  // returns FAILED_PRECONDITION (reason KEY_FILE_UNREADABLE) if the file
  // cannot be read.
  static absl::StatusOr<TokenVerifier> FromFile(const std::string& path,
                                                VerifierOptions options = {});

  // Checks `token` (the compact JWS, without "Bearer ") at time `now` and
  // returns who it was issued to. Every failure is UNAUTHENTICATED with an
  // ErrorInfo reason (errors.h):
  //   TOKEN_MISSING               token is empty
  //   TOKEN_TOO_LARGE             more than kMaxTokenBytes
  //   TOKEN_MALFORMED             not three base64url parts, header not a
  //                               JSON object, no `kid`, `typ` not "JWT",
  //                               a `crit` header, payload not a JSON object
  //   TOKEN_ALGORITHM_UNSUPPORTED `alg` is not "EdDSA" ("none", "HS256"...)
  //   TOKEN_UNKNOWN_KEY           no key with this `kid`
  //   TOKEN_SIGNATURE_INVALID     signature does not verify
  //   TOKEN_CLAIMS_INVALID        a required claim missing or ill-formed
  //   TOKEN_ISSUER_MISMATCH       `iss` != options.expected_issuer
  //   TOKEN_EXPIRED               now >= exp + leeway
  //   TOKEN_NOT_YET_VALID         now < nbf - leeway, or now < iat - leeway
  // The first failing check wins: size, then header (alg before kid), then
  // signature; the payload is parsed only once the signature has verified,
  // and the clock is consulted last.
  // Does not consult a revocation list: check Principal::token_id for that.
  absl::StatusOr<Principal> Verify(std::string_view token,
                                   absl::Time now) const;

  // As Verify, but returns every claim (including iss, iat, nbf).
  absl::StatusOr<Claims> VerifyClaims(std::string_view token,
                                      absl::Time now) const;

  // The key ids this verifier accepts, in bundle order.
  std::vector<std::string> key_ids() const;
  const VerifierOptions& options() const;

 private:
  struct Impl;
  struct Cache;
  explicit TokenVerifier(std::shared_ptr<const Impl> impl);
  // Everything but the clock checks: size, header, key, signature, claims,
  // issuer.
  absl::StatusOr<Claims> VerifySignature(std::string_view token) const;

  std::shared_ptr<const Impl> impl_;
  std::shared_ptr<Cache> cache_;  // shared by copies; thread-safe
};

}  // namespace imi::auth

#endif  // IMI_LIBS_AUTH_TOKEN_VERIFIER_H_
