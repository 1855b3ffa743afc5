#include "services/directory/authorities.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>

#include "absl/strings/escaping.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "libs/status/status_macros.h"
#include "services/directory/errors.h"
#include "services/directory/legislative_areas.h"

namespace imi::directory {
namespace {

// 64-bit FNV-1a: a stable fingerprint (same value in every process), for
// request ids and page tokens. Not a security measure.
std::string Fingerprint(const std::string& s) {
  uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  char buf[17];
  std::snprintf(buf, sizeof(buf), "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

// Length-prefixed fields: an unambiguous canonical form.
void Put(std::string* out, const std::string& s) { absl::StrAppend(out, s.size(), ":", s, ";"); }
void PutList(std::string* out, const std::vector<std::string>& v) {
  absl::StrAppend(out, v.size(), "[");
  for (const auto& s : v) Put(out, s);
  out->push_back(']');
}

std::string Canonical(const AuthorityRecord& r) {
  std::string out;
  Put(&out, ToString(r.kind));
  Put(&out, r.country);
  Put(&out, ToString(r.level));
  Put(&out, r.region);
  for (const auto& n : r.names) {
    Put(&out, n.language);
    Put(&out, n.name);
  }
  Put(&out, r.acronym);
  PutList(&out, r.address.lines);
  Put(&out, r.address.postal_code);
  Put(&out, r.address.city);
  Put(&out, r.address.country);
  Put(&out, r.contact.email);
  Put(&out, r.contact.phone);
  Put(&out, r.contact.website);
  PutList(&out, r.languages);
  for (const auto& a : r.areas) {
    Put(&out, a.area);
    PutList(&out, a.keywords);
    PutList(&out, a.activities);
    PutList(&out, a.professions);
    for (const auto& [role, id] : a.coordinators) {
      Put(&out, role);
      Put(&out, id);
    }
  }
  Put(&out, r.supervising_coordinator);
  Put(&out, r.coordinator_area);
  return out;
}

constexpr const char* kPaths[] = {
    "names",         "acronym",         "address",         "address.lines",
    "address.postal_code", "address.city", "address.country", "contact",
    "contact.email", "contact.phone",   "contact.website", "languages",
    "areas",         "level",           "region",          "supervising_coordinator",
    "coordinator_area",
};

absl::Status CheckMaskPath(const std::string& path) {
  for (const char* p : kPaths) {
    if (path == p) return absl::OkStatus();
  }
  if (path == "kind" || path == "country") {
    return errors::InvalidUpdateMask(path, "is fixed at registration");
  }
  if (path == "state") {
    return errors::InvalidUpdateMask(
        path, "changes only through SubmitAuthorityRegistration, ValidateAuthority and "
              "DeregisterAuthority");
  }
  if (path == "name" || path == "display_name" || path == "etag" || path == "create_time" ||
      path == "update_time") {
    return errors::InvalidUpdateMask(path, "is output only");
  }
  if (path == "*") return errors::InvalidUpdateMask(path, "is not supported: list the fields");
  return errors::InvalidUpdateMask(path, "is not a field of Authority that can be updated");
}

void Apply(const std::string& path, const AuthorityRecord& v, AuthorityRecord* r) {
  if (path == "names") r->names = v.names;
  else if (path == "acronym") r->acronym = v.acronym;
  else if (path == "address") r->address = v.address;
  else if (path == "address.lines") r->address.lines = v.address.lines;
  else if (path == "address.postal_code") r->address.postal_code = v.address.postal_code;
  else if (path == "address.city") r->address.city = v.address.city;
  else if (path == "address.country") r->address.country = v.address.country;
  else if (path == "contact") r->contact = v.contact;
  else if (path == "contact.email") r->contact.email = v.contact.email;
  else if (path == "contact.phone") r->contact.phone = v.contact.phone;
  else if (path == "contact.website") r->contact.website = v.contact.website;
  else if (path == "languages") r->languages = v.languages;
  else if (path == "areas") r->areas = v.areas;
  else if (path == "level") r->level = v.level;
  else if (path == "region") r->region = v.region;
  else if (path == "supervising_coordinator") r->supervising_coordinator = v.supervising_coordinator;
  else if (path == "coordinator_area") r->coordinator_area = v.coordinator_area;
}

bool Differs(const std::string& path, const AuthorityRecord& a, const AuthorityRecord& b) {
  AuthorityRecord x = a;
  Apply(path, b, &x);
  return Canonical(x) != Canonical(a);
}

constexpr const char* kHelpdeskPaths[] = {
    "names", "contact", "contact.email", "contact.phone", "contact.website", "languages",
};

absl::Status CheckHelpdeskMaskPath(const std::string& path) {
  for (const char* p : kHelpdeskPaths) {
    if (path == p) return absl::OkStatus();
  }
  if (path == "country") return errors::InvalidUpdateMask(path, "is fixed");
  if (path == "authority") {
    return errors::InvalidUpdateMask(
        path, "changes only through the import (directory_server --import-helpdesks)");
  }
  if (path == "name" || path == "display_name" || path == "etag" || path == "update_time") {
    return errors::InvalidUpdateMask(path, "is output only");
  }
  if (path == "*") return errors::InvalidUpdateMask(path, "is not supported: list the fields");
  return errors::InvalidUpdateMask(path, "is not a field of Helpdesk that can be updated");
}

void ApplyHelpdesk(const std::string& path, const HelpdeskRecord& v, HelpdeskRecord* h) {
  if (path == "names") {
    h->names = v.names;
  } else if (path == "contact") {
    h->contact = v.contact;
  } else if (path == "contact.email") {
    h->contact.email = v.contact.email;
  } else if (path == "contact.phone") {
    h->contact.phone = v.contact.phone;
  } else if (path == "contact.website") {
    h->contact.website = v.contact.website;
  } else if (path == "languages") {
    h->languages = v.languages;
  }
}

bool HelpdeskDiffers(const std::string& path, const HelpdeskRecord& current,
                     const HelpdeskRecord& values) {
  HelpdeskRecord x = current;
  ApplyHelpdesk(path, values, &x);
  return x.names != current.names || !(x.contact == current.contact) ||
         x.languages != current.languages;
}

// The top-level fields set on a new authority, for its CREATED history entry.
std::vector<std::string> SetFields(const AuthorityRecord& r) {
  std::vector<std::string> out = {"kind", "country"};
  if (r.level != AuthorityLevel::kUnspecified) out.push_back("level");
  if (!r.region.empty()) out.push_back("region");
  out.push_back("names");
  if (!r.acronym.empty()) out.push_back("acronym");
  if (!(r.address == PostalAddress{})) out.push_back("address");
  if (!(r.contact == Contact{})) out.push_back("contact");
  if (!r.languages.empty()) out.push_back("languages");
  if (!r.areas.empty()) out.push_back("areas");
  if (!r.supervising_coordinator.empty()) out.push_back("supervising_coordinator");
  if (!r.coordinator_area.empty()) out.push_back("coordinator_area");
  out.push_back("state");
  return out;
}

HistoryEntry Entry(const auth::Principal& p, std::string action) {
  HistoryEntry h;
  h.actor = p.user;
  h.actor_authority = p.authority;
  h.action = std::move(action);
  return h;
}

absl::Status CheckRequestId(const std::string& id) {
  if (id.size() > 100) return errors::InvalidRequestId("is longer than 100 characters");
  for (unsigned char c : id) {
    if (c <= 0x20 || c >= 0x7f) {
      return errors::InvalidRequestId("must be printable ASCII without spaces (e.g. a UUID)");
    }
  }
  return absl::OkStatus();
}

std::string Token(std::initializer_list<std::string> parts) {
  return absl::WebSafeBase64Escape(absl::StrJoin(parts, "|"));
}

// Splits a token into exactly `n` parts (the last may contain '|').
absl::StatusOr<std::vector<std::string>> Untoken(const std::string& token, size_t n,
                                                 const std::string& tag) {
  std::string raw;
  if (!absl::WebSafeBase64Unescape(token, &raw)) {
    return errors::InvalidPageToken("is not a token this service issued");
  }
  std::vector<std::string> parts = absl::StrSplit(raw, absl::MaxSplits('|', n - 1));
  if (parts.size() != n || parts[0] != tag) {
    return errors::InvalidPageToken("is not a token this service issued for this method");
  }
  return parts;
}

absl::Status CheckPageSize(int size, int max) {
  if (size < 0 || size > max) return errors::InvalidPageSize(size, max);
  return absl::OkStatus();
}

}  // namespace

const std::vector<std::string>& UpdatablePaths() {
  static const auto* paths = new std::vector<std::string>(std::begin(kPaths), std::end(kPaths));
  return *paths;
}

const std::vector<std::string>& HelpdeskUpdatablePaths() {
  static const auto* paths =
      new std::vector<std::string>(std::begin(kHelpdeskPaths), std::end(kHelpdeskPaths));
  return *paths;
}

absl::StatusOr<Actor> Authorities::ResolveActor(const auth::Principal& p) const {
  Actor actor{p, std::nullopt};
  if (p.authority.rfind(kAuthorityCollection, 0) == 0) {
    const std::string id = p.authority.substr(std::string_view(kAuthorityCollection).size());
    if (IsAuthorityId(id)) {
      IMI_ASSIGN_OR_RETURN(actor.authority, store_->GetAuthority(id));
    }
  }
  return actor;
}

absl::Status Authorities::CheckAreaReferences(const AreaAccess& a, const std::string& field,
                                              const std::string& country) const {
  IMI_ASSIGN_OR_RETURN(std::set<std::string> existing, store_->ExistingAreas({a.area}));
  if (existing.count(a.area) == 0) {
    return errors::UnknownLegislativeArea(field + ".legislative_area", a.area);
  }
  std::vector<std::string> ids;
  for (const auto& [role, id] : a.coordinators) ids.push_back(id);
  if (ids.empty()) return absl::OkStatus();
  IMI_ASSIGN_OR_RETURN(std::vector<AuthorityRecord> found, store_->GetAuthorities(ids));
  std::map<std::string, const AuthorityRecord*> by_id;
  for (const auto& f : found) by_id[f.id] = &f;
  for (const auto& [role, id] : a.coordinators) {
    const std::string f = absl::StrCat(field, ".coordinators[", role, "]");
    auto it = by_id.find(id);
    if (it == by_id.end()) return errors::UnknownAuthority(f, id, "does not exist");
    const AuthorityRecord& c = *it->second;
    // The Commission coordinates the NIMICs (e.g. as their access coordinator).
    if (!IsCoordinatorKind(c.kind) && c.kind != AuthorityKind::kCommission) {
      return errors::UnknownAuthority(f, id, "is not a coordinator");
    }
    if (c.country != country && c.kind != AuthorityKind::kCommission) {
      return errors::UnknownAuthority(f, id, absl::StrCat("is not a coordinator of ", country));
    }
    if (c.state == AuthorityState::kDeregistered) {
      return errors::UnknownAuthority(f, id, "is deregistered");
    }
  }
  return absl::OkStatus();
}

absl::Status Authorities::CheckReferences(const AuthorityRecord& r, const std::string& prefix,
                                          const std::vector<std::string>& paths) const {
  auto wanted = [&](const char* path) {
    return paths.empty() || std::find(paths.begin(), paths.end(), path) != paths.end();
  };
  if (wanted("areas")) {
    for (size_t i = 0; i < r.areas.size(); ++i) {
      IMI_RETURN_IF_ERROR(
          CheckAreaReferences(r.areas[i], absl::StrCat(prefix, ".areas[", i, "]"), r.country));
    }
  }
  if (wanted("coordinator_area") && !r.coordinator_area.empty()) {
    IMI_ASSIGN_OR_RETURN(std::set<std::string> existing,
                         store_->ExistingAreas({r.coordinator_area}));
    if (existing.empty()) {
      return errors::UnknownLegislativeArea(prefix + ".coordinator_area", r.coordinator_area);
    }
  }
  if (wanted("supervising_coordinator") && !r.supervising_coordinator.empty()) {
    const std::string f = prefix + ".supervising_coordinator";
    IMI_ASSIGN_OR_RETURN(std::optional<AuthorityRecord> s,
                         store_->GetAuthority(r.supervising_coordinator));
    if (!s) return errors::UnknownAuthority(f, r.supervising_coordinator, "does not exist");
    if (!IsCoordinatorKind(s->kind) && s->kind != AuthorityKind::kCommission) {
      return errors::UnknownAuthority(f, s->id, "is not a coordinator");
    }
    if (s->kind != AuthorityKind::kCommission && s->country != r.country) {
      return errors::UnknownAuthority(f, s->id,
                                      absl::StrCat("is not a coordinator of ", r.country));
    }
    if (s->state == AuthorityState::kDeregistered) {
      return errors::UnknownAuthority(f, s->id, "is deregistered");
    }
  }
  return absl::OkStatus();
}

absl::StatusOr<AuthorityRecord> Authorities::Get(const std::string& name) const {
  IMI_ASSIGN_OR_RETURN(std::string id, ParseAuthorityName(name, "name"));
  IMI_ASSIGN_OR_RETURN(std::optional<AuthorityRecord> r, store_->GetAuthority(id));
  if (!r) return errors::AuthorityNotFound(id);
  return *std::move(r);
}

absl::StatusOr<AuthorityRecord> Authorities::Create(const auth::Principal& p,
                                                    const CreateRequest& request) {
  IMI_RETURN_IF_ERROR(CheckRequestId(request.request_id));
  AuthorityRecord r = request.authority;
  r.id.clear();
  r.version = 0;
  r.state = request.invite ? AuthorityState::kInvited : AuthorityState::kActive;
  IMI_RETURN_IF_ERROR(ValidateAuthority(r, "authority"));
  IMI_ASSIGN_OR_RETURN(Actor actor, ResolveActor(p));
  IMI_RETURN_IF_ERROR(CheckMayRegister(actor, r));
  if (r.supervising_coordinator.empty() && actor.authority &&
      (IsCoordinatorKind(actor.authority->kind) ||
       actor.authority->kind == AuthorityKind::kCommission) &&
      r.kind != AuthorityKind::kCommission) {
    r.supervising_coordinator = actor.authority->id;
  }
  IMI_RETURN_IF_ERROR(CheckReferences(r, "authority", {}));
  HistoryEntry h = Entry(p, "CREATED");
  h.changed_fields = SetFields(r);
  const std::string fingerprint =
      Fingerprint(Canonical(r) + (request.invite ? "invite" : "active"));
  IMI_ASSIGN_OR_RETURN(AuthorityStore::Created created,
                       store_->CreateAuthority(r, h, request.request_id, fingerprint));
  return std::move(created.record);
}

absl::StatusOr<AuthorityRecord> Authorities::Update(const auth::Principal& p,
                                                    const UpdateRequest& request) {
  IMI_ASSIGN_OR_RETURN(std::string id, ParseAuthorityName(request.name, "authority.name"));
  if (request.mask.empty()) {
    return errors::InvalidUpdateMask("", "is required: list the fields to change, e.g. \"contact\"");
  }
  std::vector<std::string> mask;
  for (const auto& path : request.mask) {
    IMI_RETURN_IF_ERROR(CheckMaskPath(path));
    if (std::find(mask.begin(), mask.end(), path) == mask.end()) mask.push_back(path);
  }
  IMI_ASSIGN_OR_RETURN(Actor actor, ResolveActor(p));
  {
    // Referenced areas and authorities are checked before the authority is
    // locked (they are never deleted, so the answer cannot go stale in
    // between), and only for the fields being changed.
    IMI_ASSIGN_OR_RETURN(AuthorityRecord before, Get(request.name));
    AuthorityRecord proposed = before;
    for (const auto& path : mask) Apply(path, request.values, &proposed);
    std::vector<std::string> changed;
    for (const auto& path : mask) {
      if (Differs(path, before, request.values)) changed.push_back(path);
    }
    if (!changed.empty()) IMI_RETURN_IF_ERROR(CheckReferences(proposed, "authority", changed));
  }
  return store_->MutateAuthority(id, [&](const AuthorityRecord& current) -> absl::StatusOr<Mutation> {
    if (current.state == AuthorityState::kDeregistered) {
      return errors::InvalidStateTransition(id, "DEREGISTERED", "update a deregistered authority");
    }
    AuthorityRecord merged = current;
    for (const auto& path : mask) Apply(path, request.values, &merged);

    absl::Status as_coordinator = CheckMayManage(actor, current);
    if (as_coordinator.ok()) {
      IMI_RETURN_IF_ERROR(CheckMayManage(actor, merged));  // stays within the remit
      IMI_ASSIGN_OR_RETURN(Remit remit, CoordinatorRemit(actor));
      IMI_RETURN_IF_ERROR(CheckAreaChanges(remit, current.areas, merged.areas));
    } else {
      if (!IsOwnLocalAdministrator(p, current)) return as_coordinator;
      for (const auto& path : mask) {
        if (!LocalAdministratorMayUpdate(path, current.state)) {
          return errors::OutsideRemit(
              kRuleLocalAdministrator,
              absl::StrCat("a local data administrator may change only contact, address, "
                           "languages and competences (areas), not '",
                           path, "'"));
        }
      }
      if (std::find(mask.begin(), mask.end(), "areas") != mask.end()) {
        IMI_RETURN_IF_ERROR(CheckOnlyCompetencesChanged(current.areas, merged.areas));
      }
    }
    IMI_RETURN_IF_ERROR(CheckEtag(current, request.etag));
    IMI_RETURN_IF_ERROR(ValidateAuthority(merged, "authority"));
    std::vector<std::string> changed;
    for (const auto& path : mask) {
      if (Differs(path, current, request.values)) changed.push_back(path);
    }
    Mutation m;
    if (changed.empty()) {
      m.unchanged = true;
      return m;
    }
    m.record = std::move(merged);
    m.history = Entry(p, "UPDATED");
    m.history.changed_fields = std::move(changed);
    return m;
  });
}

absl::StatusOr<AuthorityRecord> Authorities::Submit(const auth::Principal& p,
                                                    const std::string& name,
                                                    const std::string& etag) {
  IMI_ASSIGN_OR_RETURN(std::string id, ParseAuthorityName(name, "name"));
  return store_->MutateAuthority(id, [&](const AuthorityRecord& current) -> absl::StatusOr<Mutation> {
    if (!IsOwnLocalAdministrator(p, current)) {
      return errors::OutsideRemit(
          kRuleOwnAuthorityOnly,
          "only the authority's own local data administrator submits its registration");
    }
    IMI_RETURN_IF_ERROR(CheckEtag(current, etag));
    if (current.state != AuthorityState::kInvited) {
      return errors::InvalidStateTransition(id, std::string(ToString(current.state)),
                                            "submit the registration (only an INVITED authority)");
    }
    if (current.contact.email.empty()) {
      return errors::IncompleteRegistration(
          "authority.contact.email", "an authority needs a contact e-mail address to register");
    }
    Mutation m;
    m.record = current;
    m.record.state = AuthorityState::kPendingValidation;
    m.history = Entry(p, "SUBMITTED");
    m.history.changed_fields = {"state"};
    return m;
  });
}

absl::StatusOr<AuthorityRecord> Authorities::Validate(const auth::Principal& p,
                                                      const std::string& name,
                                                      const std::string& etag) {
  IMI_ASSIGN_OR_RETURN(std::string id, ParseAuthorityName(name, "name"));
  IMI_ASSIGN_OR_RETURN(Actor actor, ResolveActor(p));
  return store_->MutateAuthority(id, [&](const AuthorityRecord& current) -> absl::StatusOr<Mutation> {
    IMI_RETURN_IF_ERROR(CheckMayManage(actor, current));
    IMI_RETURN_IF_ERROR(CheckEtag(current, etag));
    if (current.state != AuthorityState::kPendingValidation) {
      return errors::InvalidStateTransition(
          id, std::string(ToString(current.state)),
          "validate (only a registration PENDING_VALIDATION can be validated)");
    }
    Mutation m;
    m.record = current;
    m.record.state = AuthorityState::kActive;
    m.history = Entry(p, "VALIDATED");
    m.history.changed_fields = {"state"};
    return m;
  });
}

absl::StatusOr<AuthorityRecord> Authorities::Deregister(const auth::Principal& p,
                                                        const std::string& name,
                                                        const std::string& etag,
                                                        const std::string& reason) {
  IMI_ASSIGN_OR_RETURN(std::string id, ParseAuthorityName(name, "name"));
  if (reason.size() > kMaxReasonLength) {
    return errors::InvalidValue("reason",
                                absl::StrCat("is longer than ", kMaxReasonLength, " characters"));
  }
  IMI_ASSIGN_OR_RETURN(Actor actor, ResolveActor(p));
  return store_->MutateAuthority(id, [&](const AuthorityRecord& current) -> absl::StatusOr<Mutation> {
    IMI_RETURN_IF_ERROR(CheckMayManage(actor, current));
    IMI_RETURN_IF_ERROR(CheckEtag(current, etag));
    if (current.state == AuthorityState::kDeregistered) {
      return errors::InvalidStateTransition(id, "DEREGISTERED", "deregister (already deregistered)");
    }
    Mutation m;
    m.record = current;
    m.record.state = AuthorityState::kDeregistered;
    m.history = Entry(p, "DEREGISTERED");
    m.history.changed_fields = {"state"};
    m.history.reason = reason;
    return m;
  });
}

absl::StatusOr<AuthorityRecord> Authorities::GrantArea(const auth::Principal& p,
                                                       const std::string& name,
                                                       const AreaAccess& access,
                                                       const std::string& etag) {
  IMI_ASSIGN_OR_RETURN(std::string id, ParseAuthorityName(name, "name"));
  IMI_RETURN_IF_ERROR(ValidateAreaAccess(access, "access"));
  IMI_ASSIGN_OR_RETURN(Actor actor, ResolveActor(p));
  IMI_ASSIGN_OR_RETURN(AuthorityRecord target, Get(name));
  IMI_RETURN_IF_ERROR(CheckAreaReferences(access, "access", target.country));
  return store_->MutateAuthority(id, [&](const AuthorityRecord& current) -> absl::StatusOr<Mutation> {
    IMI_RETURN_IF_ERROR(CheckMayManageArea(actor, current, access.area));
    IMI_RETURN_IF_ERROR(CheckEtag(current, etag));
    if (current.state == AuthorityState::kDeregistered) {
      return errors::InvalidStateTransition(id, "DEREGISTERED", "grant a legislative area");
    }
    Mutation m;
    m.record = current;
    bool replaced = false;
    for (auto& a : m.record.areas) {
      if (a.area == access.area) {
        if (a == access) {
          m.unchanged = true;
          return m;
        }
        a = access;
        replaced = true;
      }
    }
    if (!replaced) m.record.areas.push_back(access);
    m.history = Entry(p, "AREA_GRANTED");
    m.history.changed_fields = {"areas"};
    m.history.legislative_area = access.area;
    return m;
  });
}

absl::StatusOr<AuthorityRecord> Authorities::RevokeArea(const auth::Principal& p,
                                                        const std::string& name,
                                                        const std::string& area_name,
                                                        const std::string& etag) {
  IMI_ASSIGN_OR_RETURN(std::string id, ParseAuthorityName(name, "name"));
  if (area_name.empty()) {
    return errors::RequiredField("legislative_area", "legislativeAreas/{code}");
  }
  IMI_ASSIGN_OR_RETURN(std::string area, ParseAreaName(area_name, "legislative_area"));
  IMI_ASSIGN_OR_RETURN(Actor actor, ResolveActor(p));
  return store_->MutateAuthority(id, [&](const AuthorityRecord& current) -> absl::StatusOr<Mutation> {
    IMI_RETURN_IF_ERROR(CheckMayManageArea(actor, current, area));
    IMI_RETURN_IF_ERROR(CheckEtag(current, etag));
    if (current.state == AuthorityState::kDeregistered) {
      return errors::InvalidStateTransition(id, "DEREGISTERED", "revoke a legislative area");
    }
    if (current.FindArea(area) == nullptr) return errors::AreaNotGranted(id, area);
    Mutation m;
    m.record = current;
    m.record.areas.erase(std::remove_if(m.record.areas.begin(), m.record.areas.end(),
                                        [&](const AreaAccess& a) { return a.area == area; }),
                         m.record.areas.end());
    m.history = Entry(p, "AREA_REVOKED");
    m.history.changed_fields = {"areas"};
    m.history.legislative_area = area;
    return m;
  });
}

absl::StatusOr<HistoryPage> Authorities::History(const auth::Principal& p,
                                                 const std::string& name, int page_size,
                                                 const std::string& page_token) const {
  IMI_ASSIGN_OR_RETURN(std::string id, ParseAuthorityName(name, "name"));
  IMI_RETURN_IF_ERROR(CheckPageSize(page_size, kMaxHistoryPageSize));
  const int size = page_size == 0 ? kDefaultHistoryPageSize : page_size;
  int64_t before = 0;
  if (!page_token.empty()) {
    IMI_ASSIGN_OR_RETURN(std::vector<std::string> parts, Untoken(page_token, 3, "h1"));
    if (parts[1] != id || !absl::SimpleAtoi(parts[2], &before) || before <= 0) {
      return errors::InvalidPageToken("was issued for another authority");
    }
  }
  IMI_ASSIGN_OR_RETURN(std::optional<AuthorityRecord> target, store_->GetAuthority(id));
  if (!target) return errors::AuthorityNotFound(id);
  if (!IsOwnUser(p, *target)) {  // else no need to look up the caller's authority
    IMI_ASSIGN_OR_RETURN(Actor actor, ResolveActor(p));
    IMI_RETURN_IF_ERROR(CheckMayReadHistory(actor, *target));
  }
  IMI_ASSIGN_OR_RETURN(std::vector<HistoryEntry> entries,
                       store_->ListHistory(id, before, size + 1));
  HistoryPage page;
  if (static_cast<int>(entries.size()) > size) {
    entries.resize(size);
    page.next_page_token = Token({"h1", id, std::to_string(entries.back().id)});
  }
  page.changes = std::move(entries);
  return page;
}

absl::StatusOr<SearchPage> Authorities::Search(const SearchRequest& request) const {
  if (request.query.size() > kMaxQueryLength) {
    return errors::InvalidValue("query",
                                absl::StrCat("is longer than ", kMaxQueryLength, " characters"));
  }
  IMI_RETURN_IF_ERROR(CheckPageSize(request.page_size, kMaxSearchPageSize));
  SearchQuery q;
  q.text = request.query;
  if (std::all_of(q.text.begin(), q.text.end(),
                  [](unsigned char c) { return c <= 0x20; })) {
    q.text.clear();
  }
  for (size_t i = 0; i < request.countries.size(); ++i) {
    if (!IsDirectoryCountry(request.countries[i])) {
      return errors::UnknownCountry(absl::StrCat("countries[", i, "]"), request.countries[i]);
    }
    q.countries.push_back(request.countries[i]);
  }
  if (!request.legislative_area.empty()) {
    IMI_ASSIGN_OR_RETURN(q.area, ParseAreaName(request.legislative_area, "legislative_area"));
    IMI_ASSIGN_OR_RETURN(std::set<std::string> existing, store_->ExistingAreas({q.area}));
    if (existing.empty()) return errors::UnknownLegislativeArea("legislative_area", q.area);
  }
  for (size_t i = 0; i < request.kinds.size(); ++i) {
    if (request.kinds[i] == AuthorityKind::kUnspecified) {
      return errors::InvalidValue(absl::StrCat("kinds[", i, "]"), "must not be unspecified");
    }
    q.kinds.emplace_back(ToString(request.kinds[i]));
  }
  q.level = std::string(ToString(request.level));
  for (size_t i = 0; i < request.states.size(); ++i) {
    if (request.states[i] == AuthorityState::kUnspecified) {
      return errors::InvalidValue(absl::StrCat("states[", i, "]"), "must not be unspecified");
    }
    q.states.emplace_back(ToString(request.states[i]));
  }
  if (q.states.empty()) q.states.emplace_back(ToString(AuthorityState::kActive));
  std::sort(q.countries.begin(), q.countries.end());
  std::sort(q.kinds.begin(), q.kinds.end());
  std::sort(q.states.begin(), q.states.end());

  // The token is bound to the query and filters it was issued for.
  std::string binding;
  Put(&binding, q.text);
  PutList(&binding, q.countries);
  Put(&binding, q.area);
  PutList(&binding, q.kinds);
  Put(&binding, q.level);
  PutList(&binding, q.states);
  const std::string fp = Fingerprint(binding);

  q.limit = request.page_size == 0 ? kDefaultSearchPageSize : request.page_size;
  bool fuzzy_decided = false;
  if (!request.page_token.empty()) {
    IMI_ASSIGN_OR_RETURN(std::vector<std::string> parts, Untoken(request.page_token, 4, "s1"));
    if (parts[1] != fp) {
      return errors::InvalidPageToken("was issued for another query or other filters");
    }
    if (!absl::SimpleAtoi(parts[3], &q.offset) || q.offset < 0 || q.offset >= kMaxSearchTotal) {
      return errors::InvalidPageToken("is not a token this service issued");
    }
    q.fuzzy = parts[2] == "f";
    fuzzy_decided = true;
  }
  q.limit = std::min(q.limit, kMaxSearchTotal - q.offset);
  IMI_ASSIGN_OR_RETURN(SearchResult result, store_->Search(q));
  // Nothing as typed: look for similar spellings of every word.
  if (!fuzzy_decided && result.total == 0 && !q.text.empty()) {
    q.fuzzy = true;
    IMI_ASSIGN_OR_RETURN(result, store_->Search(q));
  }
  SearchPage page;
  page.total_size = result.total;
  const int next = q.offset + static_cast<int>(result.hits.size());
  if (!result.hits.empty() && next < result.total && next < kMaxSearchTotal) {
    page.next_page_token = Token({"s1", fp, q.fuzzy ? "f" : "e", std::to_string(next)});
  }
  page.matches = std::move(result.hits);
  return page;
}

absl::StatusOr<FindPage> Authorities::FindCompetent(const FindRequest& request) const {
  if (request.legislative_area.empty()) {
    return errors::RequiredField("legislative_area", "legislativeAreas/{code}");
  }
  IMI_ASSIGN_OR_RETURN(std::string area, ParseAreaName(request.legislative_area, "legislative_area"));
  if (request.country.empty()) return errors::RequiredField("country", "ISO 3166-1 alpha-2 code");
  if (!IsEeaCountry(request.country)) return errors::UnknownCountry("country", request.country);
  if (request.competence.size() > kMaxQueryLength) {
    return errors::InvalidValue("competence",
                                absl::StrCat("is longer than ", kMaxQueryLength, " characters"));
  }
  IMI_RETURN_IF_ERROR(CheckPageSize(request.page_size, kMaxFindPageSize));
  IMI_ASSIGN_OR_RETURN(std::set<std::string> existing, store_->ExistingAreas({area}));
  if (existing.empty()) return errors::UnknownLegislativeArea("legislative_area", area);
  const int size = request.page_size == 0 ? kDefaultFindPageSize : request.page_size;
  const std::string role(ToString(request.coordinator_role));

  std::string binding;
  Put(&binding, area);
  Put(&binding, request.country);
  Put(&binding, request.competence);
  Put(&binding, role);
  const std::string fp = Fingerprint(binding);

  // mode: 'c' competent, 'l' linked coordinators, 'n' NIMIC fallback.
  char mode = role.empty() ? 'c' : 'l';
  std::optional<NameCursor> after;
  if (!request.page_token.empty()) {
    IMI_ASSIGN_OR_RETURN(std::vector<std::string> parts, Untoken(request.page_token, 5, "f1"));
    if (parts[1] != fp) return errors::InvalidPageToken("was issued for other filters");
    if (parts[2].size() != 1 || (parts[2][0] != mode && !(parts[2][0] == 'n' && mode == 'l'))) {
      return errors::InvalidPageToken("is not a token this service issued");
    }
    mode = parts[2][0];
    after = NameCursor{parts[4], parts[3]};
  }
  std::vector<FoundAuthority> found;
  if (mode == 'c') {
    IMI_ASSIGN_OR_RETURN(found, store_->FindCompetent({area, request.country, request.competence,
                                                       after, size + 1}));
  } else if (mode == 'l') {
    IMI_ASSIGN_OR_RETURN(found, store_->FindCoordinators({area, request.country, role, after,
                                                          size + 1}));
    if (found.empty() && !after) {
      // Nobody is linked with that role: the national coordinators answer.
      mode = 'n';
      IMI_ASSIGN_OR_RETURN(found, store_->FindByKind(request.country, AuthorityKind::kNimic,
                                                     std::nullopt, size + 1));
    }
  } else {
    IMI_ASSIGN_OR_RETURN(found, store_->FindByKind(request.country, AuthorityKind::kNimic, after,
                                                   size + 1));
  }
  FindPage page;
  if (static_cast<int>(found.size()) > size) {
    found.resize(size);
    page.next_page_token =
        Token({"f1", fp, std::string(1, mode), found.back().record.id, found.back().sort_key});
  }
  for (auto& f : found) page.authorities.push_back(std::move(f.record));
  return page;
}

absl::StatusOr<std::vector<HelpdeskRecord>> Authorities::Helpdesks(
    const std::string& country) const {
  if (!country.empty() && !IsDirectoryCountry(country)) {
    return errors::UnknownCountry("country", country);
  }
  return store_->ListHelpdesks(country);
}

absl::StatusOr<HelpdeskRecord> Authorities::GetHelpdesk(const std::string& name) const {
  IMI_ASSIGN_OR_RETURN(std::string country, ParseHelpdeskName(name, "name"));
  if (!IsDirectoryCountry(country)) return errors::HelpdeskNotFound(name);
  IMI_ASSIGN_OR_RETURN(std::optional<HelpdeskRecord> h, store_->GetHelpdesk(country));
  if (!h) return errors::HelpdeskNotFound(name);
  return *std::move(h);
}

absl::StatusOr<HelpdeskRecord> Authorities::UpdateHelpdesk(const auth::Principal& p,
                                                           const HelpdeskUpdate& request) {
  IMI_ASSIGN_OR_RETURN(std::string country, ParseHelpdeskName(request.name, "helpdesk.name"));
  if (request.mask.empty()) {
    return errors::InvalidUpdateMask("", "is required: list the fields to change, e.g. \"names\"");
  }
  std::vector<std::string> mask;
  for (const auto& path : request.mask) {
    IMI_RETURN_IF_ERROR(CheckHelpdeskMaskPath(path));
    if (std::find(mask.begin(), mask.end(), path) == mask.end()) mask.push_back(path);
  }
  if (!IsDirectoryCountry(country)) return errors::HelpdeskNotFound(request.name);
  IMI_ASSIGN_OR_RETURN(Actor actor, ResolveActor(p));
  return store_->MutateHelpdesk(
      country, [&](const HelpdeskRecord& current) -> absl::StatusOr<HelpdeskMutation> {
        IMI_RETURN_IF_ERROR(CheckMayManageHelpdesk(actor, current.country));
        IMI_RETURN_IF_ERROR(CheckEtag(current, request.etag));
        HelpdeskRecord merged = current;
        for (const auto& path : mask) ApplyHelpdesk(path, request.values, &merged);
        IMI_RETURN_IF_ERROR(ValidateHelpdesk(merged, "helpdesk"));
        std::vector<std::string> changed;
        for (const auto& path : mask) {
          if (HelpdeskDiffers(path, current, request.values)) changed.push_back(path);
        }
        HelpdeskMutation m;
        if (changed.empty()) {
          m.unchanged = true;
          return m;
        }
        m.record = std::move(merged);
        m.history = Entry(p, "UPDATED");
        m.history.changed_fields = std::move(changed);
        return m;
      });
}

}  // namespace imi::directory
