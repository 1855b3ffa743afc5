// Persistence of authorities, their history, search and helpdesks: an
// interface the domain (authorities.h) works against, and the PostgreSQL
// implementation (authority_store.cc, the only SQL). The Redis cache
// (authority_cache.h) is a decorator implementing the same interface.
//
// Every write runs in one transaction that also appends the history entry
// and enqueues the domain event (libs/events outbox, stream
// kAuthorityStream), so a change, its history and its event commit together.
#ifndef IMI_SERVICES_DIRECTORY_AUTHORITY_STORE_H_
#define IMI_SERVICES_DIRECTORY_AUTHORITY_STORE_H_

#include <cstdint>
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "services/directory/authority.h"
#include "services/directory/helpdesk.h"
#include "services/directory/search_expansions.h"

namespace imi::pg {
class Pool;
}

namespace imi::directory {

// The Redis stream of authority events: types AuthorityCreated,
// AuthorityUpdated, AuthoritySubmitted, AuthorityValidated,
// AuthorityDeregistered, AuthorityAreaGranted, AuthorityAreaRevoked (payload:
// the serialized imi.directory.v1.Authority after the change) and
// DirectoryImported (aggregate "authorities", no payload: many authorities
// changed at once).
inline constexpr char kAuthorityStream[] = "imi.directory.authority";
inline constexpr char kDirectoryImportedEvent[] = "DirectoryImported";

// The Redis stream of helpdesk events: types HelpdeskUpdated (UpdateHelpdesk,
// or an import that changed it) and HelpdeskCreated (an import that added
// it); aggregate "helpdesks/{cc}"; payload the serialized
// imi.directory.v1.Helpdesk after the change (display_name unset).
inline constexpr char kHelpdeskStream[] = "imi.directory.helpdesk";

// One recorded change (of an authority, or of a helpdesk: see
// MutateHelpdesk).
struct HistoryEntry {
  int64_t id = 0;  // increasing; assigned by the store
  absl::Time time = absl::UnixEpoch();  // assigned by the store
  std::string actor;            // "users/..." or "serviceAccounts/..."
  std::string actor_authority;  // "authorities/..." or ""
  std::string action;           // CREATED, UPDATED, SUBMITTED, VALIDATED, DEREGISTERED,
                                // AREA_GRANTED, AREA_REVOKED
  std::vector<std::string> changed_fields;
  std::string legislative_area;  // code, for AREA_GRANTED / AREA_REVOKED
  std::string reason;
};

// "AuthorityCreated" for "CREATED", "AuthorityAreaGranted" for "AREA_GRANTED".
std::string EventTypeFor(const std::string& action);

// What a mutation writes.
struct Mutation {
  // The authority after the change. `id` and `create_time` are kept from the
  // stored row; `version` and `update_time` are set by the store.
  AuthorityRecord record;
  HistoryEntry history;
  // Nothing changed: the store writes nothing and returns the current record.
  bool unchanged = false;
};

// Decides a change from the current (locked) state of an authority, or
// refuses it with an error (the transaction is then rolled back).
using MutateFn = std::function<absl::StatusOr<Mutation>(const AuthorityRecord& current)>;

// A search, as the store runs it. Text is raw user input (the SQL folds it).
struct SearchQuery {
  std::string text;                    // "" lists by name
  bool fuzzy = false;                  // widen every word with similar spellings
  std::vector<std::string> countries;  // empty: all
  std::string area;                    // code; "": all
  std::vector<std::string> kinds;      // enum names; empty: all
  std::string level;                   // enum name; "": all
  std::vector<std::string> states;     // enum names; never empty
  int offset = 0;
  int limit = 20;
};

struct SearchHit {
  AuthorityRecord record;
  double score = 0;
};

struct SearchResult {
  std::vector<SearchHit> hits;  // best first
  int total = 0;                // all matches, capped at kMaxSearchTotal
};

inline constexpr int kMaxSearchTotal = 10000;

// A keyset position in name order.
struct NameCursor {
  std::string sort_key;
  std::string id;
};

struct FoundAuthority {
  AuthorityRecord record;
  std::string sort_key;  // position in name order, for the next page's cursor
};

// Competent authorities for an area in a country: ACTIVE, with access to
// `area`, optionally with a competence matching `competence`; in name order.
struct CompetentQuery {
  std::string area;
  std::string country;
  std::string competence;  // raw text; "" for any
  std::optional<NameCursor> after;
  int limit = 50;
};

// The ACTIVE coordinators of `country` linked with `role` in `area` by the
// country's authorities (including links to themselves); in name order.
struct CoordinatorQuery {
  std::string area;
  std::string country;
  std::string role;  // CoordinatorRole name
  std::optional<NameCursor> after;
  int limit = 50;
};

// What a helpdesk mutation writes (see Mutation).
struct HelpdeskMutation {
  // The helpdesk after the change. `country` and `authority_id` are kept
  // from the stored row; `version` and `update_time` are set by the store.
  HelpdeskRecord record;
  // Action UPDATED; legislative_area unused.
  HistoryEntry history;
  // Nothing changed: the store writes nothing and returns the current record.
  bool unchanged = false;
};

using HelpdeskMutateFn =
    std::function<absl::StatusOr<HelpdeskMutation>(const HelpdeskRecord& current)>;

class AuthorityStore {
 public:
  virtual ~AuthorityStore() = default;

  // The authority with `id`, or nullopt. Errors: UNAVAILABLE, INTERNAL.
  virtual absl::StatusOr<std::optional<AuthorityRecord>> GetAuthority(const std::string& id) = 0;

  // The authorities among `ids` that exist, in no particular order.
  virtual absl::StatusOr<std::vector<AuthorityRecord>> GetAuthorities(
      const std::vector<std::string>& ids) = 0;

  // The codes among `codes` that are existing legislative areas.
  virtual absl::StatusOr<std::set<std::string>> ExistingAreas(
      const std::vector<std::string>& codes) = 0;

  struct Created {
    AuthorityRecord record;
    bool replayed = false;  // request_id seen before: the first result
  };
  // Inserts `record` under a new id "<country lowercase>-NNNNNN", with
  // `history` (action CREATED) and its event. With a non-empty `request_id`:
  // if that id was already used by the same actor with the same
  // `fingerprint`, returns the authority it created (replayed) and writes
  // nothing; with another actor or fingerprint, ALREADY_EXISTS
  // (REQUEST_ID_REUSED).
  virtual absl::StatusOr<Created> CreateAuthority(const AuthorityRecord& record,
                                                  const HistoryEntry& history,
                                                  const std::string& request_id,
                                                  const std::string& fingerprint) = 0;

  // Locks authority `id`, calls `fn` with it, and writes what it returns
  // (record, history, event) in the same transaction. Returns the record as
  // written. Errors: AUTHORITY_NOT_FOUND, fn's errors, UNAVAILABLE, INTERNAL.
  virtual absl::StatusOr<AuthorityRecord> MutateAuthority(const std::string& id,
                                                          const MutateFn& fn) = 0;

  // Up to `limit` history entries of `id` with entry id < `before_id`
  // (0: from the newest), newest first.
  virtual absl::StatusOr<std::vector<HistoryEntry>> ListHistory(const std::string& id,
                                                                int64_t before_id, int limit) = 0;

  virtual absl::StatusOr<SearchResult> Search(const SearchQuery& query) = 0;
  virtual absl::StatusOr<std::vector<FoundAuthority>> FindCompetent(const CompetentQuery& q) = 0;
  virtual absl::StatusOr<std::vector<FoundAuthority>> FindCoordinators(
      const CoordinatorQuery& q) = 0;
  // The ACTIVE authorities of `kind` in `country`, in name order (at most `limit`).
  virtual absl::StatusOr<std::vector<FoundAuthority>> FindByKind(const std::string& country,
                                                                 AuthorityKind kind,
                                                                 const std::optional<NameCursor>& after,
                                                                 int limit) = 0;

  // Helpdesks of `country` ("" for all), by country, names in their order.
  virtual absl::StatusOr<std::vector<HelpdeskRecord>> ListHelpdesks(const std::string& country) = 0;

  // The helpdesk of `country` ("DK", "EU"), or nullopt.
  virtual absl::StatusOr<std::optional<HelpdeskRecord>> GetHelpdesk(const std::string& country) = 0;

  // Locks the helpdesk of `country`, calls `fn` with it, and writes what it
  // returns (row, names, a helpdesk_history entry, a HelpdeskUpdated event on
  // kHelpdeskStream) in one transaction. Returns the record as written.
  // Errors: HELPDESK_NOT_FOUND, fn's errors, UNAVAILABLE, INTERNAL.
  virtual absl::StatusOr<HelpdeskRecord> MutateHelpdesk(const std::string& country,
                                                        const HelpdeskMutateFn& fn) = 0;
};

// Bulk load (directory_server --import-authorities): see import.h.
struct ImportStats {
  int authorities_read = 0;
  int authorities_inserted = 0;
  int authorities_replaced = 0;  // with `replace`
  int authorities_unchanged = 0;  // already present, left as they were
  int helpdesks_read = 0;
  int helpdesks_written = 0;
};

// The PostgreSQL store. Thread-safe; borrows connections from `pool`, which
// must outlive it, and registers its named statements with it. The pool's
// schema must hold the events outbox (imi::events::Migrations()).
class PgAuthorityStore final : public AuthorityStore {
 public:
  // `expansion_ttl`: how long a query's word expansion is reused
  // (SearchExpansions; zero: never).
  explicit PgAuthorityStore(pg::Pool* pool, absl::Duration expansion_ttl = absl::Seconds(10));

  absl::StatusOr<std::optional<AuthorityRecord>> GetAuthority(const std::string& id) override;
  absl::StatusOr<std::vector<AuthorityRecord>> GetAuthorities(
      const std::vector<std::string>& ids) override;
  absl::StatusOr<std::set<std::string>> ExistingAreas(
      const std::vector<std::string>& codes) override;
  absl::StatusOr<Created> CreateAuthority(const AuthorityRecord& record,
                                          const HistoryEntry& history,
                                          const std::string& request_id,
                                          const std::string& fingerprint) override;
  absl::StatusOr<AuthorityRecord> MutateAuthority(const std::string& id,
                                                  const MutateFn& fn) override;
  absl::StatusOr<std::vector<HistoryEntry>> ListHistory(const std::string& id, int64_t before_id,
                                                        int limit) override;
  absl::StatusOr<SearchResult> Search(const SearchQuery& query) override;
  absl::StatusOr<std::vector<FoundAuthority>> FindCompetent(const CompetentQuery& q) override;
  absl::StatusOr<std::vector<FoundAuthority>> FindCoordinators(const CoordinatorQuery& q) override;
  absl::StatusOr<std::vector<FoundAuthority>> FindByKind(const std::string& country,
                                                         AuthorityKind kind,
                                                         const std::optional<NameCursor>& after,
                                                         int limit) override;
  absl::StatusOr<std::vector<HelpdeskRecord>> ListHelpdesks(const std::string& country) override;
  absl::StatusOr<std::optional<HelpdeskRecord>> GetHelpdesk(const std::string& country) override;
  absl::StatusOr<HelpdeskRecord> MutateHelpdesk(const std::string& country,
                                                const HelpdeskMutateFn& fn) override;

  // Removes the search words that no authority's search document contains
  // any more (migration 0006); returns how many. Writers of the search index
  // wait while it runs (a fraction of a second for 130,000 authorities).
  absl::StatusOr<int64_t> PruneSearchTerms();

  // Where a bulk load takes its authorities from, one chunk at a time, so
  // that reading and parsing the next chunk overlaps with writing this one.
  struct ImportSource {
    // The next chunk of validated records; an empty vector at the end. An
    // error aborts the load (nothing is written).
    std::function<absl::StatusOr<std::vector<AuthorityRecord>>()> next;
    // Called after the last chunk is written, before the helpdesks and the
    // commit; an error aborts the load. May be empty.
    std::function<absl::Status()> check;
  };

  // Bulk load in one transaction: inserts the authorities that do not exist
  // yet (or, with `replace`, overwrites those whose content differs), with a
  // CREATED/UPDATED history entry by `actor` each, then inserts the
  // helpdesks that do not exist yet (or, with `replace`, overwrites those
  // whose content differs), each with a CREATED/UPDATED helpdesk history
  // entry and a HelpdeskCreated/HelpdeskUpdated event, and enqueues one
  // DirectoryImported event (and an AuthorityUpdated event per replaced
  // authority). Ids already present and
  // unchanged are left alone, so loading the same file twice changes
  // nothing. References between authorities may point forward within the
  // load (checked at commit). `source` is consumed once: should the
  // transaction have to be retried, the load fails with ABORTED instead.
  absl::StatusOr<ImportStats> Import(const ImportSource& source,
                                     const std::vector<HelpdeskRecord>& helpdesks, bool replace,
                                     const std::string& actor, const std::string& reason);
  // The SQL SearchAuthorities runs for a non-empty query, for benchmarks
  // that run the same statements through pgbench: ExpandSql ($1 text, $2
  // fuzzy) → tq, exact, exact_names, then (or with a cached expansion, only)
  // SearchSql ($1 tq, $2 exact, $3 states, $4 countries, $5 area, $6 kinds,
  // $7 level, $8 limit, $9 offset, $10 exact_names).
  static const std::string& SearchSql();
  static const char* ExpandSql();

  // The same for records already in memory.
  absl::StatusOr<ImportStats> Import(const std::vector<AuthorityRecord>& authorities,
                                     const std::vector<HelpdeskRecord>& helpdesks, bool replace,
                                     const std::string& actor, const std::string& reason);

 private:
  static constexpr size_t kMaxExpansions = 10000;
  pg::Pool* pool_;
  SearchExpansions expansions_;
};

}  // namespace imi::directory

#endif  // IMI_SERVICES_DIRECTORY_AUTHORITY_STORE_H_
