#include "services/directory/registration.h"

#include <map>

#include "absl/strings/str_cat.h"
#include "libs/auth/roles.h"
#include "services/directory/errors.h"

namespace imi::directory {
namespace {

// True if `role` is held for any area (or "*").
bool HoldsAnywhere(const auth::Principal& p, std::string_view role) {
  for (const auto& [area, roles] : p.roles) {
    for (const auto& r : roles) {
      if (r == role) return true;
    }
  }
  return false;
}

std::string Describe(const AuthorityRecord& r) {
  return r.id.empty() ? absl::StrCat("a new ", ToString(r.kind), " in ", r.country)
                      : absl::StrCat("authorities/", r.id);
}

// Country, region and kind remit, without the area restriction.
absl::Status CheckPlace(const Remit& remit, const AuthorityRecord& target) {
  if (remit.commission) return absl::OkStatus();
  if (target.country != remit.country) {
    return errors::OutsideRemit(kRuleOtherCountry,
                                absl::StrCat("coordinators of ", remit.country, " may not act on ",
                                             Describe(target), " (country ", target.country, ")"));
  }
  if (target.kind == AuthorityKind::kNimic || target.kind == AuthorityKind::kCommission ||
      (IsCoordinatorKind(target.kind) && !remit.manages_coordinators)) {
    return errors::OutsideRemit(
        kRuleKind, absl::StrCat(remit.manages_coordinators
                                    ? "only the Commission registers and manages NIMICs"
                                    : "only a NIMIC registers and manages other coordinators",
                                "; refused for ", Describe(target)));
  }
  if (!remit.region.empty() && target.region != remit.region) {
    return errors::OutsideRemit(kRuleOtherRegion,
                                absl::StrCat("this coordinator's remit is the region '",
                                             remit.region, "', not '", target.region, "'"));
  }
  return absl::OkStatus();
}

bool SameLinks(const AreaAccess& a, const AreaAccess& b) {
  return a.area == b.area && a.coordinators == b.coordinators;
}

}  // namespace

bool IsCommissionCoordinator(const auth::Principal& p) {
  return p.IsCommission() && (HoldsAnywhere(p, auth::roles::kSystemAdministrator) ||
                              HoldsAnywhere(p, auth::roles::kAccessCoordinator));
}

bool IsOwnLocalAdministrator(const auth::Principal& p, const AuthorityRecord& target) {
  return !target.id.empty() && p.authority == AuthorityResourceName(target.id) &&
         p.country == target.country &&
         p.HasRole(auth::kAllAreas, auth::roles::kLocalDataAdministrator);
}

absl::StatusOr<Remit> CoordinatorRemit(const Actor& actor) {
  const auth::Principal& p = actor.principal;
  Remit remit;
  if (IsCommissionCoordinator(p)) {
    remit.commission = true;
    remit.manages_coordinators = true;
    return remit;
  }
  if (p.IsCommission()) {
    return errors::OutsideRemit(kRuleMissingRole,
                                "Commission users need SYSTEM_ADMINISTRATOR or ACCESS_COORDINATOR");
  }
  const std::optional<AuthorityRecord>& a = actor.authority;
  if (!a || !IsCoordinatorKind(a->kind) || a->state != AuthorityState::kActive ||
      a->country != p.country) {
    return errors::OutsideRemit(
        kRuleNotACoordinator,
        absl::StrCat("the caller's authority '", p.authority,
                     "' is not an active IMI coordinator of ", p.country));
  }
  if (!HoldsAnywhere(p, auth::roles::kAccessCoordinator)) {
    return errors::OutsideRemit(kRuleMissingRole,
                                "registering and managing authorities needs ACCESS_COORDINATOR");
  }
  remit.country = a->country;
  remit.authority_id = a->id;
  switch (a->kind) {
    case AuthorityKind::kNimic:
      remit.manages_coordinators = true;
      break;
    case AuthorityKind::kSdimic:
      remit.region = a->region;
      break;
    case AuthorityKind::kLimic:
      remit.area = a->coordinator_area;
      break;
    case AuthorityKind::kDimic:
      // Delegated: restricted to the region and/or area it was given, if any.
      if (a->level == AuthorityLevel::kRegional || a->level == AuthorityLevel::kLocal) {
        remit.region = a->region;
      }
      remit.area = a->coordinator_area;
      break;
    default:
      break;
  }
  return remit;
}

absl::Status CheckMayRegister(const Actor& actor, const AuthorityRecord& proposed) {
  const auth::Principal& p = actor.principal;
  if (proposed.kind == AuthorityKind::kCommission) {
    if (p.IsCommission() && HoldsAnywhere(p, auth::roles::kSystemAdministrator)) {
      return absl::OkStatus();
    }
    return errors::OutsideRemit(kRuleCommissionOnly,
                                "only a Commission SYSTEM_ADMINISTRATOR registers the Commission");
  }
  if (proposed.kind == AuthorityKind::kNimic) {
    if (IsCommissionCoordinator(p)) return absl::OkStatus();
    return errors::OutsideRemit(kRuleCommissionOnly, "only the Commission registers NIMICs");
  }
  absl::StatusOr<Remit> remit = CoordinatorRemit(actor);
  if (!remit.ok()) return remit.status();
  if (remit->commission) return absl::OkStatus();
  if (absl::Status s = CheckPlace(*remit, proposed); !s.ok()) return s;
  if (!remit->area.empty()) {
    if (proposed.areas.empty()) {
      return errors::OutsideRemit(
          kRuleOtherArea, absl::StrCat("a coordinator of legislativeAreas/", remit->area,
                                       " registers authorities with access to that area"));
    }
  }
  for (const auto& a : proposed.areas) {
    if (!remit->area.empty() && a.area != remit->area) {
      return errors::OutsideRemit(kRuleOtherArea,
                                  absl::StrCat("this coordinator's remit is legislativeAreas/",
                                               remit->area, ", not legislativeAreas/", a.area));
    }
    if (!p.HasRole(a.area, auth::roles::kAccessCoordinator)) {
      return errors::OutsideRemit(kRuleMissingRole,
                                  absl::StrCat("granting legislativeAreas/", a.area,
                                               " needs ACCESS_COORDINATOR for that area"));
    }
  }
  return absl::OkStatus();
}

absl::Status CheckMayManage(const Actor& actor, const AuthorityRecord& target) {
  absl::StatusOr<Remit> remit = CoordinatorRemit(actor);
  if (!remit.ok()) return remit.status();
  if (remit->commission) return absl::OkStatus();
  if (absl::Status s = CheckPlace(*remit, target); !s.ok()) return s;
  if (!remit->area.empty() && target.FindArea(remit->area) == nullptr) {
    return errors::OutsideRemit(
        kRuleOtherArea, absl::StrCat("authorities/", target.id,
                                     " has no access to this coordinator's legislativeAreas/",
                                     remit->area));
  }
  return absl::OkStatus();
}

absl::Status CheckMayManageArea(const Actor& actor, const AuthorityRecord& target,
                                const std::string& area) {
  absl::StatusOr<Remit> remit = CoordinatorRemit(actor);
  if (!remit.ok()) return remit.status();
  if (remit->commission) return absl::OkStatus();
  if (absl::Status s = CheckPlace(*remit, target); !s.ok()) return s;
  if (!remit->area.empty() && area != remit->area) {
    return errors::OutsideRemit(kRuleOtherArea,
                                absl::StrCat("this coordinator's remit is legislativeAreas/",
                                             remit->area, ", not legislativeAreas/", area));
  }
  if (!actor.principal.HasRole(area, auth::roles::kAccessCoordinator)) {
    return errors::OutsideRemit(kRuleMissingRole,
                                absl::StrCat("granting or revoking legislativeAreas/", area,
                                             " needs ACCESS_COORDINATOR for that area"));
  }
  return absl::OkStatus();
}

bool IsOwnUser(const auth::Principal& p, const AuthorityRecord& target) {
  return p.authority == AuthorityResourceName(target.id) && p.country == target.country;
}

absl::Status CheckMayReadHistory(const Actor& actor, const AuthorityRecord& target) {
  if (IsOwnUser(actor.principal, target)) return absl::OkStatus();
  if (CheckMayManage(actor, target).ok()) return absl::OkStatus();
  return errors::OutsideRemit(
      kRuleHistoryReaders,
      absl::StrCat("the history of authorities/", target.id,
                   " is readable by its own users, the coordinators whose remit covers it and "
                   "the Commission"));
}

absl::Status CheckAreaChanges(const Remit& remit, const std::vector<AreaAccess>& before,
                              const std::vector<AreaAccess>& after) {
  if (remit.commission || remit.area.empty()) return absl::OkStatus();
  std::map<std::string, const AreaAccess*> b, a;
  for (const auto& x : before) b[x.area] = &x;
  for (const auto& x : after) a[x.area] = &x;
  for (const auto& [code, entry] : b) {
    if (code == remit.area) continue;
    auto it = a.find(code);
    if (it == a.end() || !(*it->second == *entry)) {
      return errors::OutsideRemit(kRuleOtherArea,
                                  absl::StrCat("only legislativeAreas/", remit.area,
                                               " is in this coordinator's remit; legislativeAreas/",
                                               code, " may not change"));
    }
  }
  for (const auto& [code, entry] : a) {
    if (code != remit.area && b.count(code) == 0) {
      return errors::OutsideRemit(kRuleOtherArea,
                                  absl::StrCat("only legislativeAreas/", remit.area,
                                               " is in this coordinator's remit; legislativeAreas/",
                                               code, " may not be added"));
    }
  }
  return absl::OkStatus();
}

absl::Status CheckMayManageHelpdesk(const Actor& actor, const std::string& country) {
  const auth::Principal& p = actor.principal;
  if (IsCommissionCoordinator(p)) return absl::OkStatus();
  if (p.IsCommission()) {
    return errors::OutsideRemit(
        kRuleMissingRole,
        "managing helpdesks needs SYSTEM_ADMINISTRATOR or ACCESS_COORDINATOR at the Commission");
  }
  if (country == "EU") {
    return errors::OutsideRemit(kRuleCommissionOnly,
                                "only the Commission manages the Commission's helpdesk");
  }
  const std::optional<AuthorityRecord>& a = actor.authority;
  if (!a || a->kind != AuthorityKind::kNimic || a->state != AuthorityState::kActive ||
      a->country != p.country) {
    return errors::OutsideRemit(
        kRuleNimicOnly, absl::StrCat("a helpdesk is managed by its country's NIMIC; the caller's "
                                     "authority '",
                                     p.authority, "' is not an active NIMIC of ", p.country));
  }
  if (a->country != country) {
    return errors::OutsideRemit(
        kRuleOtherCountry,
        absl::StrCat("the NIMIC of ", a->country, " may not manage the helpdesk of ", country));
  }
  if (!HoldsAnywhere(p, auth::roles::kAccessCoordinator) &&
      !p.HasRole(auth::kAllAreas, auth::roles::kLocalDataAdministrator)) {
    return errors::OutsideRemit(
        kRuleMissingRole,
        "managing the helpdesk needs ACCESS_COORDINATOR or LOCAL_DATA_ADMINISTRATOR");
  }
  return absl::OkStatus();
}

bool LocalAdministratorMayUpdate(const std::string& path, AuthorityState state) {
  if (path == "contact" || path.rfind("contact.", 0) == 0 || path == "address" ||
      path.rfind("address.", 0) == 0 || path == "languages" || path == "areas") {
    return true;
  }
  // While invited, the authority completes its own data.
  return state == AuthorityState::kInvited &&
         (path == "names" || path == "acronym" || path == "level" || path == "region");
}

absl::Status CheckOnlyCompetencesChanged(const std::vector<AreaAccess>& before,
                                         const std::vector<AreaAccess>& after) {
  std::map<std::string, const AreaAccess*> b;
  for (const auto& x : before) b[x.area] = &x;
  bool same = before.size() == after.size();
  for (const auto& x : after) {
    auto it = b.find(x.area);
    if (it == b.end() || !SameLinks(*it->second, x)) same = false;
  }
  if (same) return absl::OkStatus();
  return errors::OutsideRemit(
      kRuleLocalAdministrator,
      "a local data administrator may change only the competences (keywords, activities, "
      "professions) of the areas its authority has; coordinators grant and revoke areas and "
      "link coordinators");
}

}  // namespace imi::directory
