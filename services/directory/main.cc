// directory_server: wiring only. See docs/directory.md.
//
//   directory_server                 serve (migrating first unless IMI_MIGRATE_ON_START=false)
//   directory_server --migrate-only  apply migrations and exit (Kubernetes Job)
#include <cstdio>
#include <cstring>

#include "libs/auth/token_verifier.h"
#include "libs/log/log.h"
#include "libs/pg/migrations.h"
#include "libs/pg/pool.h"
#include "libs/server/server.h"
#include "libs/status/error.h"
#include "services/directory/config.h"
#include "services/directory/directory_service.h"
#include "services/directory/directory_store.h"
#include "services/directory/legislative_areas.h"
#include "services/directory/migrations.h"
#include "spdlog/spdlog.h"

int main(int argc, char** argv) {
  using namespace imi;
  server::BlockShutdownSignals();
  const bool migrate_only = argc > 1 && std::strcmp(argv[1], "--migrate-only") == 0;
  if (argc > 1 && !migrate_only) {
    std::fprintf(stderr, "usage: %s [--migrate-only]\n", argv[0]);
    return 2;
  }

  config::Env env;
  absl::StatusOr<directory::Config> config = directory::LoadConfig(env, migrate_only);
  if (!config.ok()) {
    std::fprintf(stderr, "directory: configuration error:\n%s\n",
                 std::string(config.status().message()).c_str());
    return 2;
  }
  log::Init({.service = "directory",
             .json = config->server.log_json,
             .level = config->server.log_level});

  pg::Pool pool({.dsn = config->pg_dsn,
                 .schema = config->pg_schema,
                 .size = config->pg_pool_size});
  const std::vector<pg::Migration> migrations = directory::Migrations();
  if (config->migrate_on_start || migrate_only) {
    auto report = pg::MigrateWhenReachable(pool, migrations, config->startup_timeout);
    if (!report.ok()) {
      spdlog::critical("migrations failed: {}", Describe(report.status()));
      return 1;
    }
    spdlog::info("schema {}: {} migrations applied, {} already present", config->pg_schema,
                 report->applied.size(), report->already_applied);
    if (migrate_only) return 0;
  }

  absl::StatusOr<auth::TokenVerifier> verifier =
      auth::TokenVerifier::FromFile(config->auth_public_keys_file,
                                    {.expected_issuer = config->auth_issuer});
  if (!verifier.ok()) {
    spdlog::critical("IMI_AUTH_PUBLIC_KEYS_FILE: {}", Describe(verifier.status()));
    return 2;
  }

  directory::PgDirectoryStore store(&pool);
  directory::LegislativeAreas areas(&store);
  directory::DirectoryServiceImpl service(&areas, &*verifier);

  auto server = server::Server::Start(config->server, {&service},
                                      [&] { return pg::CheckReady(pool, migrations); });
  if (!server.ok()) {
    spdlog::critical("{}", Describe(server.status()));
    return 1;
  }
  (*server)->WaitForShutdownSignalAndDrain();
  return 0;
}
