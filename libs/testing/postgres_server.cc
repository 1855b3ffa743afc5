#include "libs/testing/postgres_server.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

#include <fcntl.h>
#include <signal.h>
#include <sys/file.h>

#include <atomic>
#include <fstream>
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

namespace {

constexpr char kDirPrefix[] = "/tmp/imi-test-pg-";

void ChownToPostgres(const std::string& path) {
  passwd* pw = ::getpwnam("postgres");
  if (pw == nullptr) Die("no 'postgres' user to run PostgreSQL as");
  if (::chown(path.c_str(), pw->pw_uid, pw->pw_gid) != 0) Die("chown " + path);
}

// Stops and removes clusters whose test process died without cleaning up
// (killed by a timeout or a signal), so they do not pile up on a developer
// machine. A cluster's owner is recorded in owner.pid.
void ReapAbandonedClusters(bool as_postgres) {
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator("/tmp", ec)) {
    const std::string path = entry.path().string();
    if (path.rfind(kDirPrefix, 0) != 0 || path.find("template") != std::string::npos) continue;
    std::ifstream in(path + "/owner.pid");
    pid_t owner = 0;
    if (!(in >> owner) || owner <= 0) continue;
    if (::kill(owner, 0) == 0 || errno != ESRCH) continue;  // still alive
    Run(absl::StrCat(kPgBin, "/pg_ctl -D ", path, "/data -m immediate -w stop > /dev/null 2>&1"),
        as_postgres, /*must_succeed=*/false);
    std::filesystem::remove_all(path, ec);
  }
}

// initdb once per machine into a template that every test process copies
// (a 0.1 s copy instead of a 0.6-0.8 s initdb). Built under a file lock;
// delete /tmp/imi-test-pg-template-15-* to rebuild it.
std::string TemplateDataDir(bool as_postgres) {
  const std::string base = absl::StrCat(kDirPrefix, "template-15-", ::geteuid());
  const std::string ready = base + "/ready";
  if (std::filesystem::exists(ready)) return base + "/data";
  int lock = ::open((base + ".lock").c_str(), O_CREAT | O_RDWR | O_CLOEXEC, 0600);
  if (lock < 0 || ::flock(lock, LOCK_EX) != 0) Die("locking the template cluster");
  if (!std::filesystem::exists(ready)) {
    std::error_code ec;
    std::filesystem::remove_all(base, ec);
    std::filesystem::create_directories(base);
    if (as_postgres) ChownToPostgres(base);
    Run(absl::StrCat(kPgBin, "/initdb -N -D ", base,
                     "/data -A trust -U postgres -E UTF8 --locale=C.UTF-8 > ", base,
                     "/initdb.log 2>&1"),
        as_postgres);
    std::ofstream(ready) << "ok\n";
  }
  ::flock(lock, LOCK_UN);
  ::close(lock);
  return base + "/data";
}

}  // namespace

PostgresServer::PostgresServer() {
  as_postgres_user_ = ::geteuid() == 0;
  if (!std::filesystem::exists(absl::StrCat(kPgBin, "/initdb"))) {
    Die("PostgreSQL 15 is not installed (apt-get install postgresql-15)");
  }
  ReapAbandonedClusters(as_postgres_user_);
  const std::string template_data = TemplateDataDir(as_postgres_user_);
  std::string tmpl = absl::StrCat(kDirPrefix, "XXXXXX");
  if (::mkdtemp(tmpl.data()) == nullptr) Die("mkdtemp");
  dir_ = tmpl;
  std::ofstream(dir_ + "/owner.pid") << ::getpid() << "\n";
  if (as_postgres_user_) ChownToPostgres(dir_);
  port_ = FreePort();
  // cp -a keeps the postgres ownership and the 0700 mode PostgreSQL insists on.
  Run(absl::StrCat("cp -a ", template_data, " ", dir_, "/data"), as_postgres_user_);
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
    // As provisioning does: extensions live in public, created by the admin.
    tx.exec0("CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public");
    tx.exec0("CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public");
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
