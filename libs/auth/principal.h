// The authenticated caller of an RPC, as established by a verified access
// token (TokenVerifier::Verify). Services take permission decisions on it.
//
// Plain data with no gRPC or OpenSSL dependency, so domain code and its unit
// tests can build one directly:
//   imi::auth::Principal p{.user = "users/42",
//                          .authority = "authorities/dk-123",
//                          .country = "DK",
//                          .roles = {{"services", {"REQUEST_HANDLER"}}}};
//   if (p.HasRole("services", imi::auth::roles::kRequestHandler)) ...
//
// Thread safety: const methods may be called concurrently.
#ifndef IMI_LIBS_AUTH_PRINCIPAL_H_
#define IMI_LIBS_AUTH_PRINCIPAL_H_

#include <functional>
#include <initializer_list>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "absl/time/time.h"

namespace imi::auth {

// Legislative area code (or "*" for authority-wide) -> role names held there.
// std::less<> allows lookups by std::string_view without a copy.
using RoleMap = std::map<std::string, std::vector<std::string>, std::less<>>;

// Every member has a default initialiser, so designated initialisers naming
// only some members compile without -Wmissing-field-initializers noise.
struct Principal {
  // Resource name of the caller: "users/{user}" for people,
  // "serviceAccounts/{account}" for member-state systems.
  std::string user{};
  // Resource name of the caller's authority, e.g. "authorities/dk-123".
  std::string authority{};
  // ISO 3166-1 alpha-2 country of the authority; "EU" for the Commission.
  std::string country{};
  // Roles per legislative area; key "*" (kAllAreas) applies to every area.
  RoleMap roles{};
  // The token's `jti`, for revocation checks and audit records.
  std::string token_id{};
  // When the token stops being valid (without leeway).
  absl::Time expires_at = absl::InfinitePast();

  // True if `role` is held for `area` or for every area ("*").
  bool HasRole(std::string_view area, std::string_view role) const;
  // True if at least one of `roles` is held for `area` or for "*".
  bool HasAnyRole(std::string_view area,
                  std::initializer_list<std::string_view> roles) const;
  // True for Commission users (country "EU").
  bool IsCommission() const;
  // True for machine clients ("serviceAccounts/..." subjects).
  bool IsServiceAccount() const;
};

}  // namespace imi::auth

#endif  // IMI_LIBS_AUTH_PRINCIPAL_H_
