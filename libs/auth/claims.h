// The claims of an IMI access token and their JSON form (the JWS payload).
//
// Payload example:
//   {"iss":"imi-identity","sub":"users/42","authority":"authorities/dk-123",
//    "country":"DK","roles":{"services":["REQUEST_HANDLER"],"*":["ALLOCATOR"]},
//    "iat":1700000000,"nbf":1700000000,"exp":1700000300,
//    "jti":"9f86d081884c7d659a2feaa0c55ad015"}
//
// Times are NumericDate (RFC 7519): whole seconds since the Unix epoch; on
// encoding they are truncated to the second. `nbf` is optional.
#ifndef IMI_LIBS_AUTH_CLAIMS_H_
#define IMI_LIBS_AUTH_CLAIMS_H_

#include <optional>
#include <string>
#include <string_view>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "libs/auth/principal.h"

namespace imi::auth {

struct Claims {
  std::string issuer{};     // iss, e.g. "imi-identity"
  std::string subject{};    // sub, "users/42" or "serviceAccounts/x"
  std::string authority{};  // authority, "authorities/dk-123"
  std::string country{};    // country, ISO 3166-1 alpha-2 or "EU"
  RoleMap roles{};          // roles, area code or "*" -> role names
  absl::Time issued_at = absl::InfinitePast();   // iat (required)
  std::optional<absl::Time> not_before{};        // nbf (optional)
  absl::Time expires_at = absl::InfinitePast();  // exp (required)
  std::string token_id{};  // jti, 128-bit random hex (NewTokenId())
};

// A fresh random token id: 32 lowercase hex characters (128 bits from the
// OpenSSL CSPRNG). Thread-safe.
std::string NewTokenId();

// Returns OK if `claims` can be put in a token: issuer, subject, authority
// and token_id non-empty, country two ASCII capital letters, every role name
// and area code non-empty, issued_at and expires_at finite with
// expires_at > issued_at, not_before (if set) finite. Otherwise
// INVALID_ARGUMENT (reason CLAIMS_INVALID) naming the first problem.
absl::Status ValidateClaims(const Claims& claims);

// The compact JSON payload for `claims`. Does not validate; see
// ValidateClaims. Returns INVALID_ARGUMENT (reason CLAIMS_INVALID) if a
// string is not valid UTF-8.
absl::StatusOr<std::string> EncodeClaims(const Claims& claims);

// Parses a payload produced by EncodeClaims (or any issuer following the
// same schema). Unknown members are ignored. Returns UNAUTHENTICATED with
// reason TOKEN_MALFORMED if `json` is not a JSON object, and
// TOKEN_CLAIMS_INVALID if a required claim is missing, has the wrong type or
// fails ValidateClaims' rules. Times must be finite numbers; fractional
// seconds are accepted. Does not look at the clock.
absl::StatusOr<Claims> DecodeClaims(std::string_view json);

// The Principal the claims describe (subject becomes `user`).
Principal ToPrincipal(Claims claims);

}  // namespace imi::auth

#endif  // IMI_LIBS_AUTH_CLAIMS_H_
