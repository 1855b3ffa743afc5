// Role names carried in access tokens (DESIGN.md §2 "User").
//
// A token's `roles` claim maps a legislative area code (e.g. "services") or
// kAllAreas ("*", authority-wide) to the role names held there. Services
// compare against these constants instead of spelling the strings, so a typo
// is a compile error rather than a silently denied call.
//
// Example:
//   if (!principal.HasRole(area, imi::auth::roles::kRequestHandler)) {
//     return errors::PermissionDenied(...);
//   }
#ifndef IMI_LIBS_AUTH_ROLES_H_
#define IMI_LIBS_AUTH_ROLES_H_

namespace imi::auth {

// The constants are char arrays rather than std::string_view because
// Debian's Abseil keeps its own absl::string_view type
// (ABSL_OPTION_USE_STD_STRING_VIEW 0); an array converts to both.

// The `roles` key for roles held for every legislative area of the authority.
inline constexpr char kAllAreas[] = "*";

namespace roles {

// Per legislative area.
inline constexpr char kBasicUser[] = "BASIC_USER";  // directory only
inline constexpr char kRequestHandler[] = "REQUEST_HANDLER";
inline constexpr char kAllocator[] = "ALLOCATOR";
inline constexpr char kReferralHandler[] = "REFERRAL_HANDLER";
inline constexpr char kAlertHandler[] = "ALERT_HANDLER";

// Authority-wide (normally held under kAllAreas).
inline constexpr char kLocalDataAdministrator[] = "LOCAL_DATA_ADMINISTRATOR";

// Users of coordinator authorities.
inline constexpr char kAccessCoordinator[] = "ACCESS_COORDINATOR";
inline constexpr char kRequestCoordinator[] = "REQUEST_COORDINATOR";
inline constexpr char kAlertCoordinator[] = "ALERT_COORDINATOR";

// Commission users (country "EU").
inline constexpr char kSystemAdministrator[] = "SYSTEM_ADMINISTRATOR";
inline constexpr char kTranslator[] = "TRANSLATOR";
inline constexpr char kHelpdesk[] = "HELPDESK";

}  // namespace roles
}  // namespace imi::auth

#endif  // IMI_LIBS_AUTH_ROLES_H_
