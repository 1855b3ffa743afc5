// The registration chain: who may register, validate, deregister and change
// which authority, and grant or revoke which legislative area
// (../shared/DESIGN.md §2 "Registration chain"; docs/directory.md).
//
//   - The Commission (token country "EU" with SYSTEM_ADMINISTRATOR or
//     ACCESS_COORDINATOR) may do everything, in every country; it alone
//     registers NIMICs, and only its SYSTEM_ADMINISTRATOR registers the
//     Commission authority itself.
//   - A NIMIC's ACCESS_COORDINATOR registers the other coordinators (SDIMIC,
//     LIMIC, DIMIC) and competent authorities of its country, and manages them.
//   - An SDIMIC, LIMIC or DIMIC's ACCESS_COORDINATOR registers and manages
//     competent authorities only: an SDIMIC in its region, a LIMIC in its
//     legislative area (it may grant and revoke only that area), a DIMIC
//     within the region and/or area it was delegated (if it has them).
//   - Nobody but the Commission acts outside its own country.
//   - A helpdesk is managed by its country's NIMIC (a user with
//     ACCESS_COORDINATOR or LOCAL_DATA_ADMINISTRATOR of an ACTIVE NIMIC of
//     that country) and by the Commission (every helpdesk, "EU" included).
//   - An authority's own LOCAL_DATA_ADMINISTRATOR may change only its
//     contact, address, languages and the competences (keywords, activities,
//     professions) of the areas it has; while the authority is INVITED also
//     its names, acronym, level and region (it completes its own data), and
//     it alone submits the registration.
// The acting user's authority (Principal::authority) must be an ACTIVE
// coordinator of the token's country, as stored in the directory.
//
// Pure functions over domain types: no I/O. Every refusal is PERMISSION_DENIED
// with reason OUTSIDE_REMIT and ErrorInfo metadata `rule` (kRule* below).
#ifndef IMI_SERVICES_DIRECTORY_REGISTRATION_H_
#define IMI_SERVICES_DIRECTORY_REGISTRATION_H_

#include <optional>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "libs/auth/principal.h"
#include "services/directory/authority.h"

namespace imi::directory {

// Values of the `rule` metadata of OUTSIDE_REMIT errors.
inline constexpr char kRuleNotACoordinator[] = "NOT_A_COORDINATOR";
inline constexpr char kRuleMissingRole[] = "MISSING_ROLE";
inline constexpr char kRuleOtherCountry[] = "OTHER_COUNTRY";
inline constexpr char kRuleOtherRegion[] = "OTHER_REGION";
inline constexpr char kRuleOtherArea[] = "OTHER_AREA";
inline constexpr char kRuleKind[] = "KIND_NOT_IN_REMIT";
inline constexpr char kRuleCommissionOnly[] = "COMMISSION_ONLY";
inline constexpr char kRuleLocalAdministrator[] = "LOCAL_ADMINISTRATOR_FIELDS";
inline constexpr char kRuleOwnAuthorityOnly[] = "OWN_AUTHORITY_ONLY";
inline constexpr char kRuleHistoryReaders[] = "HISTORY_READERS";
inline constexpr char kRuleNimicOnly[] = "NIMIC_ONLY";

// The caller of a write.
struct Actor {
  auth::Principal principal;
  // The principal's authority as stored, if the token names one that exists.
  std::optional<AuthorityRecord> authority;
};

// What a coordinator may act on.
struct Remit {
  bool commission = false;  // everything, everywhere
  std::string country;
  std::string region;  // "" for the whole country
  std::string area;    // "" for every legislative area
  // NIMIC (and the Commission): may register and manage other coordinators.
  bool manages_coordinators = false;
  // The coordinator authority's id ("" for the Commission).
  std::string authority_id;
};

// True if the principal is a Commission user with SYSTEM_ADMINISTRATOR or
// ACCESS_COORDINATOR (for any area).
bool IsCommissionCoordinator(const auth::Principal& p);

// True if `p` is a LOCAL_DATA_ADMINISTRATOR of `target` itself.
bool IsOwnLocalAdministrator(const auth::Principal& p, const AuthorityRecord& target);

// The remit of `actor` as a coordinator. OUTSIDE_REMIT (NOT_A_COORDINATOR or
// MISSING_ROLE) if it is neither a Commission coordinator nor an
// ACCESS_COORDINATOR user of an ACTIVE coordinator authority of its token's
// country.
absl::StatusOr<Remit> CoordinatorRemit(const Actor& actor);

// May `actor` register `proposed` (kind, country, region, areas as given)?
absl::Status CheckMayRegister(const Actor& actor, const AuthorityRecord& proposed);

// May `actor` manage the existing `target` as a coordinator (change any
// field, validate, deregister)? For area-restricted remits (LIMIC) the target
// must have access to that area.
absl::Status CheckMayManage(const Actor& actor, const AuthorityRecord& target);

// May `actor` grant or revoke `area` (a code) for `target`? The target must be
// in the actor's country/region and kind remit, `area` within its area remit,
// and the user must hold ACCESS_COORDINATOR for `area`.
absl::Status CheckMayManageArea(const Actor& actor, const AuthorityRecord& target,
                                const std::string& area);

// For an area-restricted remit: OUTSIDE_REMIT (OTHER_AREA) if any area entry
// other than the remit's changed between `before` and `after`.
absl::Status CheckAreaChanges(const Remit& remit, const std::vector<AreaAccess>& before,
                              const std::vector<AreaAccess>& after);

// May `actor` read the change history of `target`? Its own users may (any
// role), and the coordinators who may manage it (CheckMayManage: the
// Commission, the NIMIC of its country, an SDIMIC for its region, a LIMIC
// for an authority with access to its area). Anyone else: OUTSIDE_REMIT with
// rule HISTORY_READERS (the history names the users who made each change).
absl::Status CheckMayReadHistory(const Actor& actor, const AuthorityRecord& target);
// True if `p` is a user (any role) of `target` itself.
bool IsOwnUser(const auth::Principal& p, const AuthorityRecord& target);

// May `actor` change the helpdesk of `country` ("EU" for the Commission's)?
// Yes for a Commission coordinator (IsCommissionCoordinator), any country;
// for others the principal's authority must be an ACTIVE NIMIC of the
// token's country (else NIMIC_ONLY), that country must be `country` (else
// OTHER_COUNTRY; "EU": COMMISSION_ONLY) and the user must hold
// ACCESS_COORDINATOR (any area) or LOCAL_DATA_ADMINISTRATOR (else
// MISSING_ROLE). Commission users without those roles: MISSING_ROLE.
absl::Status CheckMayManageHelpdesk(const Actor& actor, const std::string& country);

// The update_mask paths a local data administrator may change in `state`.
bool LocalAdministratorMayUpdate(const std::string& path, AuthorityState state);

// For a local data administrator: OUTSIDE_REMIT (LOCAL_ADMINISTRATOR_FIELDS)
// unless `after` has exactly the areas and linked coordinators of `before`
// (only keywords, activities and professions may differ).
absl::Status CheckOnlyCompetencesChanged(const std::vector<AreaAccess>& before,
                                         const std::vector<AreaAccess>& after);

}  // namespace imi::directory

#endif  // IMI_SERVICES_DIRECTORY_REGISTRATION_H_
