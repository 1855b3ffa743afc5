#include "libs/pg/migrations.h"

#include <map>
#include <thread>
#include <utility>

#include <openssl/sha.h>
#include <pqxx/pqxx>

#include "absl/strings/escaping.h"
#include "absl/strings/str_cat.h"
#include "libs/pg/pool.h"
#include "libs/status/error.h"
#include "spdlog/spdlog.h"

namespace imi::pg {
namespace {

constexpr char kDomain[] = "imi";

std::string Sha256Hex(const std::string& text) {
  unsigned char digest[SHA256_DIGEST_LENGTH];
  SHA256(reinterpret_cast<const unsigned char*>(text.data()), text.size(), digest);
  return absl::BytesToHexString(
      absl::string_view(reinterpret_cast<const char*>(digest), sizeof(digest)));
}

using Key = std::pair<std::string, int>;  // component, version

absl::Status ValidateOrder(const std::vector<Migration>& migrations) {
  std::map<std::string, int> last;
  for (const auto& m : migrations) {
    auto it = last.find(m.component);
    if (it != last.end() && m.version <= it->second) {
      return absl::InvalidArgumentError(absl::StrCat(
          "migration ", m.component, "/", m.name, " is out of order or duplicated"));
    }
    last[m.component] = m.version;
  }
  return absl::OkStatus();
}

// Reads what is recorded; empty if the table does not exist yet.
std::map<Key, std::pair<std::string, std::string>> Applied(pqxx::transaction_base& tx,
                                                            const std::string& schema) {
  std::map<Key, std::pair<std::string, std::string>> out;
  pqxx::result exists = tx.exec_params(
      "SELECT 1 FROM pg_tables WHERE schemaname = $1 AND tablename = 'schema_migrations'", schema);
  if (exists.empty()) return out;
  pqxx::result rows = tx.exec("SELECT component, version, name, checksum FROM " +
                              tx.quote_name(schema) + ".schema_migrations");
  for (const auto& r : rows) {
    out[{r[0].as<std::string>(), r[1].as<int>()}] = {r[2].as<std::string>(),
                                                      r[3].as<std::string>()};
  }
  return out;
}

absl::Status ChecksumMismatch(const Migration& m, const std::string& recorded) {
  return Error(absl::StatusCode::kFailedPrecondition, kDomain, "MIGRATION_CHECKSUM_MISMATCH",
               absl::StrCat("migration ", m.component, "/", m.name,
                            " was changed after it was applied (recorded sha256 ", recorded,
                            ", file sha256 ", Sha256Hex(m.sql),
                            "); add a new migration instead of editing an applied one"))
      .With("migration", m.name);
}

}  // namespace

absl::StatusOr<MigrationReport> Migrate(pqxx::connection& conn, const std::string& schema,
                                        const std::vector<Migration>& migrations) {
  absl::Status order = ValidateOrder(migrations);
  if (!order.ok()) return order;
  MigrationReport report;
  try {
    pqxx::nontransaction session(conn);
    // A migration may legitimately run long, and waiting for another
    // replica's lock is expected: no statement timeout for this session.
    session.exec0("SET statement_timeout = 0");
    session.exec0("SET lock_timeout = 0");
    const std::string lock_key = "imi.migrations." + schema;
    session.exec_params("SELECT pg_advisory_lock(hashtext($1))", lock_key);
    struct Unlock {
      pqxx::connection& conn;
      std::string key;
      ~Unlock() {
        try {
          pqxx::nontransaction s(conn);
          s.exec_params("SELECT pg_advisory_unlock(hashtext($1))", key);
        } catch (...) {
          // The lock dies with the session anyway.
        }
      }
    } unlock{conn, lock_key};
    const std::string q = session.quote_name(schema);
    // CREATE SCHEMA IF NOT EXISTS needs CREATE on the database even when the
    // schema exists, which a service role does not have: look first.
    if (session.exec_params("SELECT 1 FROM pg_namespace WHERE nspname = $1", schema).empty()) {
      session.exec0("CREATE SCHEMA " + q);
    }
    session.exec0("CREATE TABLE IF NOT EXISTS " + q +
                  ".schema_migrations ("
                  " component text NOT NULL,"
                  " version integer NOT NULL,"
                  " name text NOT NULL,"
                  " checksum text NOT NULL,"
                  " applied_at timestamptz NOT NULL DEFAULT now(),"
                  " PRIMARY KEY (component, version))");
    session.commit();

    std::map<Key, std::pair<std::string, std::string>> applied;
    {
      pqxx::read_transaction tx(conn);
      applied = Applied(tx, schema);
    }
    for (const auto& m : migrations) {
      const std::string sum = Sha256Hex(m.sql);
      auto it = applied.find({m.component, m.version});
      if (it != applied.end()) {
        if (it->second.second != sum) return ChecksumMismatch(m, it->second.second);
        ++report.already_applied;
        continue;
      }
      pqxx::work tx(conn);
      tx.exec0("SET LOCAL search_path TO " + q + ", public");
      tx.exec(m.sql);
      tx.exec_params("INSERT INTO " + q +
                         ".schema_migrations (component, version, name, checksum) "
                         "VALUES ($1, $2, $3, $4)",
                     m.component, m.version, m.name, sum);
      tx.commit();
      spdlog::info("applied migration {}/{} to schema {}", m.component, m.name, schema);
      report.applied.push_back(m.name);
    }
  } catch (const std::exception& e) {
    absl::Status s = StatusFromException(e);
    return absl::Status(s.code(), absl::StrCat("migrating schema ", schema, ": ", e.what()));
  }
  return report;
}

absl::Status CheckMigrated(pqxx::transaction_base& tx, const std::string& schema,
                           const std::vector<Migration>& migrations) {
  try {
    auto applied = Applied(tx, schema);
    for (const auto& m : migrations) {
      auto it = applied.find({m.component, m.version});
      if (it == applied.end()) {
        return Error(absl::StatusCode::kFailedPrecondition, kDomain, "MIGRATION_PENDING",
                     absl::StrCat("migration ", m.component, "/", m.name, " is not applied"))
            .With("migration", m.name);
      }
      if (it->second.second != Sha256Hex(m.sql)) return ChecksumMismatch(m, it->second.second);
    }
    return absl::OkStatus();
  } catch (const std::exception& e) {
    return StatusFromException(e);
  }
}

absl::StatusOr<MigrationReport> MigrateWhenReachable(const Pool& pool,
                                                     const std::vector<Migration>& migrations,
                                                     std::chrono::seconds wait) {
  const auto deadline = std::chrono::steady_clock::now() + wait;
  while (true) {
    auto conn = pool.OpenDedicated();
    if (conn.ok()) return Migrate(**conn, pool.options().schema, migrations);
    if (std::chrono::steady_clock::now() >= deadline) return conn.status();
    spdlog::warn("waiting for PostgreSQL: {}", std::string(conn.status().message()));
    std::this_thread::sleep_for(std::chrono::seconds(1));
  }
}

absl::Status CheckReady(Pool& pool, const std::vector<Migration>& migrations) {
  return pool.Transact(TxMode::kReadOnly, [&](pqxx::work& tx) {
    return CheckMigrated(tx, pool.options().schema, migrations);
  });
}

}  // namespace imi::pg
