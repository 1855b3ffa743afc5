// Forward-only schema migrations for one service's own schema.
//
// Each service keeps numbered files `migrations/NNNN_<verb>_<noun>.sql`;
// imi_embed_sql() in CMake compiles them into the binary as Migration values.
// Libraries that need tables in every service's schema (the events outbox)
// ship their own migration set under their own component name.
//
// Migrate() applies, in order, every migration not yet recorded in
// `<schema>.schema_migrations`, each in its own transaction, while holding a
// PostgreSQL advisory lock derived from the schema name, so replicas that
// start together do not race: the second waits and then finds nothing to do.
// Each applied migration is recorded with the SHA-256 of its SQL; a
// migration that was applied and whose SQL has since changed is refused with
// FAILED_PRECONDITION (reason MIGRATION_CHECKSUM_MISMATCH) naming it, and
// nothing more is applied.
#ifndef IMI_LIBS_PG_MIGRATIONS_H_
#define IMI_LIBS_PG_MIGRATIONS_H_

#include <chrono>
#include <string>
#include <vector>

#include "absl/status/statusor.h"

#include <pqxx/connection>
#include <pqxx/transaction_base>

namespace imi::pg {

struct Migration {
  std::string component;  // "directory", "events", ...
  int version;            // the file's number, unique within the component
  std::string name;       // file name without ".sql", e.g. "0001_create_legislative_areas"
  std::string sql;
};

struct MigrationReport {
  std::vector<std::string> applied;  // names applied by this call, in order
  int already_applied = 0;
};

// Applies `migrations` (all components, in the order given; within a
// component versions must increase) to `schema` over `conn`, which must be
// connected as a role that owns `schema`. Creates the schema if missing and
// the role may. Returns the report, or the first error (nothing after it is
// applied).
absl::StatusOr<MigrationReport> Migrate(pqxx::connection& conn, const std::string& schema,
                                        const std::vector<Migration>& migrations);

// OK if every migration in `migrations` is recorded in `schema` with a
// matching checksum; FAILED_PRECONDITION naming the first one that is not.
// Used by health checks to report readiness only once the schema is current.
// `tx` may be any transaction (a pooled one in readiness checks).
absl::Status CheckMigrated(pqxx::transaction_base& tx, const std::string& schema,
                           const std::vector<Migration>& migrations);

class Pool;

// What a service does at start-up: waits up to `wait` for PostgreSQL to
// accept connections (retrying every second), then Migrate()s the pool's
// schema over a dedicated connection.
// Errors: UNAVAILABLE if PostgreSQL stayed unreachable; Migrate()'s errors.
absl::StatusOr<MigrationReport> MigrateWhenReachable(const Pool& pool,
                                                     const std::vector<Migration>& migrations,
                                                     std::chrono::seconds wait);

// Readiness: OK if PostgreSQL answers through `pool` and every migration is
// applied; otherwise the reason (UNAVAILABLE, MIGRATION_PENDING, ...).
absl::Status CheckReady(Pool& pool, const std::vector<Migration>& migrations);

}  // namespace imi::pg

#endif  // IMI_LIBS_PG_MIGRATIONS_H_
