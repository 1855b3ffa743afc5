// gRPC glue: authenticates the caller of a server RPC from its
// `authorization: Bearer <token>` metadata.
//
// Kept in its own target (imi::auth_grpc) so that code which only verifies
// tokens does not link or include gRPC; this header forward-declares the
// gRPC type it needs.
//
// Example (in a handler or interceptor):
//   IMI_ASSIGN_OR_RETURN(imi::auth::Principal who,
//                        imi::auth::Authenticate(*context, verifier_));
//
// Thread safety: stateless functions; Authenticate reads the context's
// client metadata, so call it from the thread serving the RPC.
#ifndef IMI_LIBS_AUTH_GRPC_AUTH_H_
#define IMI_LIBS_AUTH_GRPC_AUTH_H_

#include <string_view>

#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "libs/auth/principal.h"
#include "libs/auth/token_verifier.h"

namespace grpc {
class ServerContextBase;
}  // namespace grpc

namespace imi::auth {

// The metadata key carrying the token (gRPC lower-cases keys).
inline constexpr char kAuthorizationMetadataKey[] = "authorization";

// Extracts the token from an Authorization header value "Bearer <token>"
// (RFC 6750 §2.1; the scheme is case-insensitive, spaces around the token
// are ignored). The returned view points into `header`. Returns
// UNAUTHENTICATED with reason TOKEN_MISSING if `header` is empty or blank,
// TOKEN_MALFORMED if the scheme is not Bearer or the token is empty or
// contains whitespace.
absl::StatusOr<std::string_view> ParseBearer(std::string_view header);

// Verifies the bearer token of the RPC served by `ctx` at time `now`.
// Returns the Principal, or UNAUTHENTICATED with reason TOKEN_MISSING if
// there is no `authorization` metadata, TOKEN_MALFORMED if there is more than
// one or ParseBearer rejects it, otherwise whatever TokenVerifier::Verify
// returns.
absl::StatusOr<Principal> Authenticate(const grpc::ServerContextBase& ctx,
                                       const TokenVerifier& verifier,
                                       absl::Time now);

// Authenticate at absl::Now().
absl::StatusOr<Principal> Authenticate(const grpc::ServerContextBase& ctx,
                                       const TokenVerifier& verifier);

}  // namespace imi::auth

#endif  // IMI_LIBS_AUTH_GRPC_AUTH_H_
