#include "libs/auth/principal.h"

#include "gtest/gtest.h"
#include "libs/auth/roles.h"

namespace imi::auth {
namespace {

TEST(PrincipalTest, HasRoleForTheAreaItIsHeldIn) {
  Principal p{.roles = {{"services", {"REQUEST_HANDLER", "ALLOCATOR"}}}};
  EXPECT_TRUE(p.HasRole("services", roles::kRequestHandler));
  EXPECT_TRUE(p.HasRole("services", roles::kAllocator));
  EXPECT_FALSE(
      p.HasRole("professional-qualifications", roles::kRequestHandler));
  EXPECT_FALSE(p.HasRole("services", roles::kAlertHandler));
}

TEST(PrincipalTest, AuthorityWideRoleAppliesToEveryArea) {
  Principal p{.roles = {{"*", {"LOCAL_DATA_ADMINISTRATOR"}},
                        {"services", {"REQUEST_HANDLER"}}}};
  EXPECT_TRUE(p.HasRole("services", roles::kLocalDataAdministrator));
  EXPECT_TRUE(
      p.HasRole("professional-qualifications", roles::kLocalDataAdministrator));
  EXPECT_TRUE(p.HasRole(kAllAreas, roles::kLocalDataAdministrator));
  // A per-area role does not leak to other areas or to "*".
  EXPECT_FALSE(
      p.HasRole("professional-qualifications", roles::kRequestHandler));
  EXPECT_FALSE(p.HasRole(kAllAreas, roles::kRequestHandler));
}

TEST(PrincipalTest, HasAnyRole) {
  Principal p{.roles = {{"services", {"ALLOCATOR"}}}};
  EXPECT_TRUE(
      p.HasAnyRole("services", {roles::kRequestHandler, roles::kAllocator}));
  EXPECT_FALSE(p.HasAnyRole("services", {roles::kRequestHandler}));
  EXPECT_FALSE(p.HasAnyRole("services", {}));
  EXPECT_FALSE(p.HasAnyRole("gas", {roles::kAllocator}));
}

TEST(PrincipalTest, RolesAreCaseSensitive) {
  Principal p{.roles = {{"services", {"REQUEST_HANDLER"}}}};
  EXPECT_FALSE(p.HasRole("services", "request_handler"));
  EXPECT_FALSE(p.HasRole("SERVICES", "REQUEST_HANDLER"));
}

TEST(PrincipalTest, NoRolesMeansNothing) {
  Principal p;
  EXPECT_FALSE(p.HasRole("services", roles::kBasicUser));
  EXPECT_FALSE(p.HasRole(kAllAreas, roles::kBasicUser));
}

TEST(PrincipalTest, CommissionAndServiceAccount) {
  EXPECT_TRUE(Principal{.country = "EU"}.IsCommission());
  EXPECT_FALSE(Principal{.country = "DK"}.IsCommission());
  EXPECT_TRUE(
      Principal{.user = "serviceAccounts/dk-registry"}.IsServiceAccount());
  EXPECT_FALSE(Principal{.user = "users/42"}.IsServiceAccount());
}

}  // namespace
}  // namespace imi::auth
