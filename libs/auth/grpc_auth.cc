#include "libs/auth/grpc_auth.h"

#include <grpcpp/server_context.h>

#include <algorithm>
#include <iterator>

#include "absl/strings/match.h"
#include "libs/auth/errors.h"

namespace imi::auth {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t'; }

std::string_view TrimSpaces(std::string_view s) {
  while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsSpace(s.back())) s.remove_suffix(1);
  return s;
}

}  // namespace

absl::StatusOr<std::string_view> ParseBearer(std::string_view header) {
  header = TrimSpaces(header);
  if (header.empty()) {
    return Unauthenticated(reason::kTokenMissing, "no access token");
  }
  constexpr absl::string_view kScheme = "Bearer";
  if (header.size() < kScheme.size() ||
      !absl::EqualsIgnoreCase(absl::string_view(header.data(), kScheme.size()),
                              kScheme) ||
      (header.size() > kScheme.size() && !IsSpace(header[kScheme.size()]))) {
    // Deliberately not echoing the value: it may be a password (Basic).
    return Unauthenticated(reason::kTokenMalformed,
                           "authorization scheme is not Bearer");
  }
  std::string_view token = TrimSpaces(header.substr(kScheme.size()));
  if (token.empty()) {
    return Unauthenticated(reason::kTokenMalformed, "Bearer token is empty");
  }
  if (std::any_of(token.begin(), token.end(), IsSpace)) {
    return Unauthenticated(reason::kTokenMalformed,
                           "Bearer token contains whitespace");
  }
  return token;
}

absl::StatusOr<Principal> Authenticate(const grpc::ServerContextBase& ctx,
                                       const TokenVerifier& verifier,
                                       absl::Time now) {
  const auto& metadata = ctx.client_metadata();
  auto [first, last] =
      metadata.equal_range(grpc::string_ref(kAuthorizationMetadataKey));
  if (first == last) {
    return Unauthenticated(reason::kTokenMissing, "no authorization metadata");
  }
  // Two credentials are ambiguous; picking one could let a proxy's header
  // shadow the client's or the reverse.
  if (std::next(first) != last) {
    return Unauthenticated(reason::kTokenMalformed,
                           "more than one authorization metadata entry");
  }
  absl::StatusOr<std::string_view> token =
      ParseBearer(std::string_view(first->second.data(), first->second.size()));
  if (!token.ok()) return token.status();
  return verifier.Verify(*token, now);
}

absl::StatusOr<Principal> Authenticate(const grpc::ServerContextBase& ctx,
                                       const TokenVerifier& verifier) {
  return Authenticate(ctx, verifier, absl::Now());
}

}  // namespace imi::auth
