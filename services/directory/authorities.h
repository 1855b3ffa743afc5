// The directory's authority rules: registration and the state machine
// INVITED -> PENDING_VALIDATION -> ACTIVE -> DEREGISTERED, updates with
// field masks and etags, area grants, history, search, competent-authority
// lookup, and helpdesks (reading, and updates with the same field-mask and
// etag conventions). Permissions come from registration.h; persistence
// from an AuthorityStore (PostgreSQL, usually behind the Redis cache). No
// gRPC or SQL here: unit-tested with a fake store.
//
// Every write runs through AuthorityStore::MutateAuthority (or
// CreateAuthority): the authority is locked, the rules below decide on its
// current state, and the change, its history entry and its event are
// committed together; any error leaves everything unchanged.
//
// Thread safety: thread-safe if the store is.
#ifndef IMI_SERVICES_DIRECTORY_AUTHORITIES_H_
#define IMI_SERVICES_DIRECTORY_AUTHORITIES_H_

#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "libs/auth/principal.h"
#include "services/directory/authority.h"
#include "services/directory/authority_store.h"
#include "services/directory/registration.h"

namespace imi::directory {

struct CreateRequest {
  AuthorityRecord authority;  // id, state, times and version are ignored
  bool invite = false;        // INVITED instead of ACTIVE
  std::string request_id;     // "" for none
};

struct UpdateRequest {
  std::string name;                // "authorities/{id}"
  AuthorityRecord values;          // the new values of the fields in `mask`
  std::vector<std::string> mask;   // update_mask paths
  std::string etag;                // "" for unconditional
};

struct HelpdeskUpdate {
  std::string name;               // "helpdesks/{cc}"
  HelpdeskRecord values;          // the new values of the fields in `mask`
  std::vector<std::string> mask;  // update_mask paths
  std::string etag;               // "" for unconditional
};

struct SearchRequest {
  std::string query;
  std::vector<std::string> countries;
  std::string legislative_area;  // "legislativeAreas/{code}" or ""
  std::vector<AuthorityKind> kinds;
  AuthorityLevel level = AuthorityLevel::kUnspecified;
  std::vector<AuthorityState> states;  // empty: ACTIVE
  int page_size = 0;
  std::string page_token;
};

struct SearchPage {
  std::vector<SearchHit> matches;
  std::string next_page_token;
  int total_size = 0;
};

struct FindRequest {
  std::string legislative_area;  // "legislativeAreas/{code}", required
  std::string country;           // required
  std::string competence;
  CoordinatorRole coordinator_role = CoordinatorRole::kUnspecified;
  int page_size = 0;
  std::string page_token;
};

struct FindPage {
  std::vector<AuthorityRecord> authorities;
  std::string next_page_token;
};

struct HistoryPage {
  std::vector<HistoryEntry> changes;
  std::string next_page_token;
};

// Update-mask paths UpdateAuthority accepts.
const std::vector<std::string>& UpdatablePaths();
// Update-mask paths UpdateHelpdesk accepts.
const std::vector<std::string>& HelpdeskUpdatablePaths();

class Authorities {
 public:
  static constexpr int kDefaultSearchPageSize = 20;
  static constexpr int kMaxSearchPageSize = 100;
  static constexpr int kDefaultFindPageSize = 50;
  static constexpr int kMaxFindPageSize = 500;
  static constexpr int kDefaultHistoryPageSize = 50;
  static constexpr int kMaxHistoryPageSize = 500;
  static constexpr size_t kMaxQueryLength = 200;
  static constexpr size_t kMaxReasonLength = 1000;

  // `store` must outlive this object.
  explicit Authorities(AuthorityStore* store) : store_(store) {}

  // Errors: INVALID_NAME, AUTHORITY_NOT_FOUND.
  absl::StatusOr<AuthorityRecord> Get(const std::string& name) const;

  // Registers an authority (ACTIVE, or INVITED with `invite`). The
  // supervising coordinator defaults to the caller's coordinator authority.
  // Errors: INVALID_ARGUMENT naming the field (validation, unknown areas or
  // referenced authorities, INVALID_REQUEST_ID), OUTSIDE_REMIT,
  // REQUEST_ID_REUSED.
  absl::StatusOr<AuthorityRecord> Create(const auth::Principal& p, const CreateRequest& request);

  // Changes the fields in `mask`. Errors: INVALID_UPDATE_MASK, INVALID_NAME,
  // AUTHORITY_NOT_FOUND, OUTSIDE_REMIT, ETAG_MISMATCH, INVALID_STATE_TRANSITION
  // (a DEREGISTERED authority), validation errors.
  absl::StatusOr<AuthorityRecord> Update(const auth::Principal& p, const UpdateRequest& request);

  // INVITED -> PENDING_VALIDATION, by the authority's own local data
  // administrator; needs a contact e-mail (INCOMPLETE_REGISTRATION).
  absl::StatusOr<AuthorityRecord> Submit(const auth::Principal& p, const std::string& name,
                                         const std::string& etag);
  // PENDING_VALIDATION -> ACTIVE, by a coordinator with the authority in its remit.
  absl::StatusOr<AuthorityRecord> Validate(const auth::Principal& p, const std::string& name,
                                           const std::string& etag);
  // Any state but DEREGISTERED -> DEREGISTERED, by a coordinator with the
  // authority in its remit.
  absl::StatusOr<AuthorityRecord> Deregister(const auth::Principal& p, const std::string& name,
                                             const std::string& etag, const std::string& reason);
  // Adds (or replaces) the authority's entry for `access.area`.
  absl::StatusOr<AuthorityRecord> GrantArea(const auth::Principal& p, const std::string& name,
                                            const AreaAccess& access, const std::string& etag);
  // Removes the entry for `area_name` ("legislativeAreas/{code}").
  // Errors also: AREA_NOT_GRANTED.
  absl::StatusOr<AuthorityRecord> RevokeArea(const auth::Principal& p, const std::string& name,
                                             const std::string& area_name,
                                             const std::string& etag);

  // Newest first, for the authority's own users and the coordinators whose
  // remit covers it (CheckMayReadHistory). Errors: INVALID_NAME,
  // AUTHORITY_NOT_FOUND, INVALID_PAGE_SIZE, INVALID_PAGE_TOKEN, OUTSIDE_REMIT
  // (HISTORY_READERS).
  absl::StatusOr<HistoryPage> History(const auth::Principal& p, const std::string& name,
                                      int page_size, const std::string& page_token) const;

  // Errors: INVALID_VALUE (query too long), UNKNOWN_COUNTRY,
  // INVALID_NAME/UNKNOWN_LEGISLATIVE_AREA, INVALID_PAGE_SIZE, INVALID_PAGE_TOKEN.
  absl::StatusOr<SearchPage> Search(const SearchRequest& request) const;

  // The ACTIVE authorities competent for an area in a country (by name), or
  // with `coordinator_role` the country's coordinators linked with that role
  // in the area (its ACTIVE NIMICs if none is linked).
  absl::StatusOr<FindPage> FindCompetent(const FindRequest& request) const;

  // Errors: UNKNOWN_COUNTRY.
  absl::StatusOr<std::vector<HelpdeskRecord>> Helpdesks(const std::string& country) const;

  // The helpdesk named `name` ("helpdesks/{cc}"). Errors: INVALID_NAME,
  // HELPDESK_NOT_FOUND (also for a well-formed name of no EEA country).
  absl::StatusOr<HelpdeskRecord> GetHelpdesk(const std::string& name) const;

  // Changes the fields in `mask` (HelpdeskUpdatablePaths()) of a helpdesk,
  // if CheckMayManageHelpdesk allows; the merged helpdesk must pass
  // ValidateHelpdesk. Paths whose value does not change are not recorded;
  // an update that changes nothing writes nothing. Errors:
  // INVALID_UPDATE_MASK, INVALID_NAME, HELPDESK_NOT_FOUND, OUTSIDE_REMIT,
  // ETAG_MISMATCH, validation errors naming the field under "helpdesk."
  // (nothing is changed on any error).
  absl::StatusOr<HelpdeskRecord> UpdateHelpdesk(const auth::Principal& p,
                                                const HelpdeskUpdate& request);

 private:
  absl::StatusOr<Actor> ResolveActor(const auth::Principal& p) const;
  // Checks that the areas and authorities `r` refers to exist and fit (for
  // the fields `paths`, or all when empty).
  absl::Status CheckReferences(const AuthorityRecord& r, const std::string& prefix,
                               const std::vector<std::string>& paths) const;
  absl::Status CheckAreaReferences(const AreaAccess& a, const std::string& field,
                                   const std::string& country) const;

  AuthorityStore* store_;
};

}  // namespace imi::directory

#endif  // IMI_SERVICES_DIRECTORY_AUTHORITIES_H_
