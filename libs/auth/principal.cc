#include "libs/auth/principal.h"

#include <algorithm>

#include "absl/strings/match.h"
#include "libs/auth/roles.h"

namespace imi::auth {
namespace {

bool HeldIn(const RoleMap& roles, std::string_view area,
            std::string_view role) {
  auto it = roles.find(area);
  if (it == roles.end()) return false;
  return std::find(it->second.begin(), it->second.end(), role) !=
         it->second.end();
}

}  // namespace

bool Principal::HasRole(std::string_view area, std::string_view role) const {
  return HeldIn(roles, area, role) || HeldIn(roles, kAllAreas, role);
}

bool Principal::HasAnyRole(
    std::string_view area,
    std::initializer_list<std::string_view> wanted) const {
  return std::any_of(wanted.begin(), wanted.end(), [&](std::string_view role) {
    return HasRole(area, role);
  });
}

bool Principal::IsCommission() const { return country == "EU"; }

bool Principal::IsServiceAccount() const {
  return absl::StartsWith(user, "serviceAccounts/");
}

}  // namespace imi::auth
