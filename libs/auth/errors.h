// The catalogue of errors returned by imi::auth (domain "auth.imi").
//
// Every token rejection is UNAUTHENTICATED with one of the reasons below in
// its google.rpc.ErrorInfo (read it back with imi::ErrorReason(status)).
// Messages say what was wrong for operators; they never echo the token.
// Key-loading and signing problems are configuration/programming errors and
// use the other codes listed per function.
#ifndef IMI_LIBS_AUTH_ERRORS_H_
#define IMI_LIBS_AUTH_ERRORS_H_

#include "absl/status/status.h"
#include "absl/strings/string_view.h"

namespace imi::auth {

// Constants are char arrays rather than std::string_view because
// Debian's Abseil keeps its own absl::string_view type
// (ABSL_OPTION_USE_STD_STRING_VIEW 0); an array converts to both.
inline constexpr char kErrorDomain[] = "auth.imi";

namespace reason {
// No credentials were presented.
inline constexpr char kTokenMissing[] = "TOKEN_MISSING";
// Not a compact JWS: wrong shape, bad base64url, bad JSON, bad header.
inline constexpr char kTokenMalformed[] = "TOKEN_MALFORMED";
// Longer than kMaxTokenBytes.
inline constexpr char kTokenTooLarge[] = "TOKEN_TOO_LARGE";
// `alg` is not "EdDSA" (e.g. "none", "HS256").
inline constexpr char kTokenAlgorithmUnsupported[] =
    "TOKEN_ALGORITHM_UNSUPPORTED";
// `kid` names no key the verifier holds.
inline constexpr char kTokenUnknownKey[] = "TOKEN_UNKNOWN_KEY";
// The signature does not match the header and payload.
inline constexpr char kTokenSignatureInvalid[] = "TOKEN_SIGNATURE_INVALID";
// `exp` (plus leeway) has passed.
inline constexpr char kTokenExpired[] = "TOKEN_EXPIRED";
// `nbf` or `iat` (minus leeway) is still in the future.
inline constexpr char kTokenNotYetValid[] = "TOKEN_NOT_YET_VALID";
// A required claim is missing or has the wrong type or shape.
inline constexpr char kTokenClaimsInvalid[] = "TOKEN_CLAIMS_INVALID";
// `iss` differs from the issuer the verifier expects.
inline constexpr char kTokenIssuerMismatch[] = "TOKEN_ISSUER_MISMATCH";

// Key material could not be parsed or is not an Ed25519 key.
inline constexpr char kKeyInvalid[] = "KEY_INVALID";
// A key file could not be read.
inline constexpr char kKeyFileUnreadable[] = "KEY_FILE_UNREADABLE";
// Claims given to TokenSigner::Sign are incomplete or inconsistent.
inline constexpr char kClaimsInvalid[] = "CLAIMS_INVALID";
}  // namespace reason

// UNAUTHENTICATED, domain kErrorDomain, the given reason.
absl::Status Unauthenticated(absl::string_view reason,
                             absl::string_view message);

}  // namespace imi::auth

#endif  // IMI_LIBS_AUTH_ERRORS_H_
