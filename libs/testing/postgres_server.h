// A throwaway PostgreSQL 15 cluster for tests, started once per test binary.
//
// PostgresServer::Get() starts the cluster on first use: a copy of a
// template cluster (initdb'd once per machine, under a file lock) in a fresh
// temp directory, pg_ctl start on a free loopback port (as the `postgres`
// user when the test runs as root, since PostgreSQL refuses to run as root),
// fsync off. The cluster is stopped and its directory removed at process
// exit; clusters left by test processes that were killed are removed by the
// next test process that starts.
// If the cluster cannot be started the test fails (FATAL) — tests never skip
// because a database is missing.
//
// Each test gets its own schema and login role with CreateServiceSchema(),
// exactly as a deployed service gets its own: the role owns the schema and has
// no rights on any other schema.
//
// Example:
//   imi::testing::ServiceDb db =
//       imi::testing::PostgresServer::Get().CreateServiceSchema("directory");
//   imi::pg::Pool pool(db.pool_options);   // connects as the new role
//
// Thread safety: Get() and CreateServiceSchema() are thread-safe.
#ifndef IMI_LIBS_TESTING_POSTGRES_SERVER_H_
#define IMI_LIBS_TESTING_POSTGRES_SERVER_H_

#include <string>

#include "libs/pg/pool.h"

namespace imi::testing {

struct ServiceDb {
  std::string schema;         // unique per call, e.g. "directory_7_4242"
  std::string role;           // login role that owns `schema` (same name)
  std::string dsn;            // libpq DSN connecting as `role`
  pg::PoolOptions pool_options;  // dsn + schema + small pool, ready for pg::Pool
};

class PostgresServer {
 public:
  // The shared cluster of this test binary; starts it on first call.
  static PostgresServer& Get();

  // Creates a fresh login role and a schema it owns, named
  // "<prefix>_<n>_<pid>" (unique across concurrently running test processes).
  ServiceDb CreateServiceSchema(const std::string& prefix);

  // Superuser DSN (for fixtures that need to inspect or break things).
  const std::string& admin_dsn() const { return admin_dsn_; }
  int port() const { return port_; }

  // Stops and starts the cluster (same data, same port): lets tests prove
  // that pools survive a PostgreSQL restart.
  void Stop();
  void Start();

 private:
  PostgresServer();
  ~PostgresServer();
  std::string dir_;
  std::string admin_dsn_;
  int port_ = 0;
  bool as_postgres_user_ = false;
};

// A free TCP port on 127.0.0.1 (bound and released; racy in theory, fine for tests).
int FreePort();

}  // namespace imi::testing

#endif  // IMI_LIBS_TESTING_POSTGRES_SERVER_H_
