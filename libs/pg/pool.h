// A bounded pool of PostgreSQL connections (libpqxx 6.4) for one service.
//
// The pool owns a fixed number of connections, independent of the gRPC
// server's threads: a caller borrows one for the duration of a transaction
// and blocks (up to `acquire_timeout`) while all are busy. Connections are
// opened lazily and replaced when broken, so the pool survives a PostgreSQL
// restart: calls made while the server is down fail with UNAVAILABLE, and the
// next call after it is back opens a new connection.
//
// Every SQL statement a store runs is registered once with Prepare() under a
// name (which doubles as its metrics label) and executed by name; the pool
// prepares it on each connection before first use.
//
// Example:
//   pg::Pool pool(options);
//   pool.Prepare("get_area", "SELECT code FROM legislative_areas WHERE code = $1");
//   absl::StatusOr<std::string> code = pool.Transact(
//       pg::TxMode::kReadOnly, [&](pqxx::work& tx) -> absl::StatusOr<std::string> {
//         pqxx::result r = tx.exec_prepared("get_area", "services");
//         if (r.empty()) return absl::NotFoundError("no such area");
//         return r[0][0].as<std::string>();
//       });
//
// Thread safety: all methods are thread-safe.
#ifndef IMI_LIBS_PG_POOL_H_
#define IMI_LIBS_PG_POOL_H_

#include <chrono>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"

#include <pqxx/connection>
#include <pqxx/transaction>

namespace imi::pg {

struct PoolOptions {
  // libpq connection string, e.g. "host=127.0.0.1 port=5432 dbname=imi user=directory".
  std::string dsn;
  // Schema every unqualified name resolves to (search_path is "<schema>,
  // public": public holds only the extensions the admin installs, such as
  // unaccent and pg_trgm). Empty: server default.
  std::string schema;
  // Number of connections. 4-8 is the useful range on 2 cores.
  int size = 8;
  // How long a caller waits for a free connection before UNAVAILABLE.
  std::chrono::milliseconds acquire_timeout{2000};
  // statement_timeout applied to every connection (0: none).
  std::chrono::milliseconds statement_timeout{10000};
  // How many times a transaction is retried on serialization failure or
  // deadlock before ABORTED is returned.
  int max_retries = 5;
};

// Every transaction is a pqxx::work; the mode is applied with SET TRANSACTION
// as its first statement.
enum class TxMode {
  kReadWrite,     // READ COMMITTED, read-write
  kReadOnly,      // READ COMMITTED, read-only
  kSerializable,  // SERIALIZABLE, read-write (retried on serialization failure)
};

// Maps a libpqxx/libpq exception (caught as std::exception) to a status:
// unique violation -> ALREADY_EXISTS, foreign key / check / not null ->
// FAILED_PRECONDITION, insufficient privilege -> PERMISSION_DENIED, broken
// connection -> UNAVAILABLE, serialization failure / deadlock -> ABORTED,
// statement timeout / query canceled -> DEADLINE_EXCEEDED, anything else ->
// INTERNAL. The message keeps the server's text for the logs, and the status
// is marked with imi::MarkInternalDetail(), so clients only ever see a
// generic message for it (libs/status/grpc_status.h). Every error the pool
// itself returns is marked the same way. Stores that want a client to see a
// specific error (e.g. "that code is taken") map the status to one of their
// service's errors.h entries.
absl::Status StatusFromException(const std::exception& e);

class Pool {
 public:
  explicit Pool(PoolOptions options);
  ~Pool();
  Pool(const Pool&) = delete;
  Pool& operator=(const Pool&) = delete;

  // Registers a named statement. Call it before the first Transact() that uses
  // it (stores do it in their constructor). Re-registering a name with the
  // same SQL is a no-op; with different SQL it is a programming error and
  // aborts.
  void Prepare(std::string name, std::string sql);

  // Runs `fn` in a transaction on a pooled connection and commits if it
  // returns OK. Retries the whole function on serialization failure and
  // deadlock (up to options.max_retries, then ABORTED) and on a connection
  // that broke before the transaction did anything. Exceptions thrown by `fn`
  // are caught and mapped with StatusFromException(); `fn` never needs a
  // try/catch of its own.
  // Returns UNAVAILABLE if no connection could be had within
  // acquire_timeout or PostgreSQL is unreachable.
  absl::Status Transact(TxMode mode, const std::function<absl::Status(pqxx::work&)>& fn);

  template <typename T>
  absl::StatusOr<T> Transact(TxMode mode,
                             const std::function<absl::StatusOr<T>(pqxx::work&)>& fn) {
    absl::StatusOr<T> out = absl::InternalError("transaction did not run");
    absl::Status s = Transact(mode, [&](pqxx::work& tx) -> absl::Status {
      out = fn(tx);
      return out.status();
    });
    if (!s.ok()) return s;
    return out;
  }

  // Runs `fn` on a pooled connection without BEGIN/COMMIT (autocommit): each
  // statement is its own snapshot, and a single-statement read costs one
  // round trip instead of three. Use it for reads that need no consistency
  // across statements. Errors and retries as Transact(). Never write through
  // Read(): each statement would commit on its own.
  absl::Status Read(const std::function<absl::Status(pqxx::transaction_base&)>& fn);

  template <typename T>
  absl::StatusOr<T> Read(const std::function<absl::StatusOr<T>(pqxx::transaction_base&)>& fn) {
    absl::StatusOr<T> out = absl::InternalError("read did not run");
    absl::Status s = Read([&](pqxx::transaction_base& tx) -> absl::Status {
      out = fn(tx);
      return out.status();
    });
    if (!s.ok()) return s;
    return out;
  }

  // Runs `SELECT 1` on a pooled connection; OK if PostgreSQL answers.
  absl::Status Ping();

  // Opens a dedicated connection outside the pool (for LISTEN, migrations and
  // other long-lived sessions), with the pool's schema and timeouts.
  absl::StatusOr<std::unique_ptr<pqxx::connection>> OpenDedicated() const;

  const PoolOptions& options() const { return options_; }

 private:
  struct Slot;
  absl::StatusOr<Slot*> Acquire();
  void Release(Slot* slot);
  absl::Status EnsureOpen(Slot& slot);
  // The retry/acquire loop shared by Transact() and Read(): `attempt` runs
  // one try on an open connection and reports whether it may be retried.
  absl::Status Run(const std::function<absl::Status(Slot&, bool* retryable)>& attempt);

  const PoolOptions options_;
  mutable std::mutex mu_;
  std::condition_variable cv_;
  std::vector<std::unique_ptr<Slot>> slots_;  // fixed size
  std::vector<Slot*> free_;
  std::vector<std::pair<std::string, std::string>> statements_;
};

}  // namespace imi::pg

#endif  // IMI_LIBS_PG_POOL_H_
