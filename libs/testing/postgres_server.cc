#include "libs/testing/postgres_server.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <mutex>
#include <stdexcept>

#include <pqxx/pqxx>

#include "absl/strings/str_cat.h"

namespace imi::testing {
namespace {

constexpr char kPgBin[] = "/usr/lib/postgresql/15/bin";

[[noreturn]] void Die(const std::string& what) {
  std::fprintf(stderr, "FATAL: test PostgreSQL: %s\n", what.c_str());
  std::fflush(stderr);
  std::abort();
}

// Runs a shell command (as the postgres user when needed); dies on failure.
void Run(const std::string& cmd, bool as_postgres, bool must_succeed = true) {
  std::string full = as_postgres ? absl::StrCat("runuser -u postgres -- ", cmd) : cmd;
  int rc = std::system(full.c_str());
  if (rc != 0 && must_succeed) Die(absl::StrCat("command failed (", rc, "): ", full));
}

}  // namespace

int FreePort() {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  addr.sin_port = 0;
  if (::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof(addr)) != 0) Die("bind for a free port");
  socklen_t len = sizeof(addr);
  ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len);
  ::close(fd);
  return ntohs(addr.sin_port);
}

PostgresServer& PostgresServer::Get() {
  // Leaked on purpose: destroyed by the atexit hook below, after every test.
  static PostgresServer* server = [] {
    auto* s = new PostgresServer();
    std::atexit([] { delete &PostgresServer::Get(); });
    return s;
  }();
  return *server;
}

PostgresServer::PostgresServer() {
  as_postgres_user_ = ::geteuid() == 0;
  if (!std::filesystem::exists(absl::StrCat(kPgBin, "/initdb"))) {
    Die("PostgreSQL 15 is not installed (apt-get install postgresql-15)");
  }
  char tmpl[] = "/tmp/imi-test-pg-XXXXXX";
  if (::mkdtemp(tmpl) == nullptr) Die("mkdtemp");
  dir_ = tmpl;
  if (as_postgres_user_) {
    passwd* pw = ::getpwnam("postgres");
    if (pw == nullptr) Die("no 'postgres' user to run PostgreSQL as");
    if (::chown(dir_.c_str(), pw->pw_uid, pw->pw_gid) != 0) Die("chown " + dir_);
  }
  port_ = FreePort();
  Run(absl::StrCat(kPgBin, "/initdb -D ", dir_, "/data -A trust -U postgres -E UTF8 --locale=C.UTF-8",
                   " > ", dir_, "/initdb.log 2>&1"),
      as_postgres_user_);
  Start();
  admin_dsn_ = absl::StrCat("host=127.0.0.1 port=", port_, " dbname=postgres user=postgres");
}

void PostgresServer::Start() {
  Run(absl::StrCat(kPgBin, "/pg_ctl -D ", dir_, "/data -l ", dir_, "/server.log -w -t 60",
                   " -o \"-p ", port_, " -k ", dir_,
                   " -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off",
                   " -c full_page_writes=off -c max_connections=300\" start > /dev/null"),
      as_postgres_user_);
}

void PostgresServer::Stop() {
  Run(absl::StrCat(kPgBin, "/pg_ctl -D ", dir_, "/data -m fast -w stop > /dev/null"),
      as_postgres_user_, /*must_succeed=*/false);
}

PostgresServer::~PostgresServer() {
  Stop();
  std::error_code ec;
  std::filesystem::remove_all(dir_, ec);
}

ServiceDb PostgresServer::CreateServiceSchema(const std::string& prefix) {
  static std::atomic<int> counter{0};
  ServiceDb db;
  db.schema = absl::StrCat(prefix, "_", ++counter, "_", ::getpid());
  db.role = db.schema;
  try {
    pqxx::connection conn(admin_dsn_);
    pqxx::nontransaction tx(conn);
    const std::string role = tx.quote_name(db.role);
    // Exactly what deploy/ provisioning does for a service: a login role that
    // owns one schema and nothing else.
    tx.exec0(absl::StrCat("CREATE ROLE ", role, " LOGIN PASSWORD ", tx.quote("test")));
    tx.exec0(absl::StrCat("CREATE SCHEMA ", tx.quote_name(db.schema), " AUTHORIZATION ", role));
  } catch (const std::exception& e) {
    Die(absl::StrCat("creating schema ", db.schema, ": ", e.what()));
  }
  db.dsn = absl::StrCat("host=127.0.0.1 port=", port_, " dbname=postgres user=", db.role,
                        " password=test");
  db.pool_options.dsn = db.dsn;
  db.pool_options.schema = db.schema;
  db.pool_options.size = 4;
  return db;
}

}  // namespace imi::testing
