// directory_server: wiring only. See docs/directory.md.
//
//   directory_server                 serve (migrating first unless IMI_MIGRATE_ON_START=false)
//   directory_server --migrate-only  apply migrations and exit (Kubernetes Job)
//   directory_server --import-authorities=FILE.jsonl [--import-helpdesks=FILE.jsonl]
//                    [--import-replace]
//                                    migrate, bulk-load the files (import.h) and exit
#include <unistd.h>

#include <cstdio>
#include <cstring>
#include <memory>
#include <string>

#include "absl/strings/str_cat.h"
#include "absl/time/time.h"
#include "libs/auth/token_verifier.h"
#include "libs/events/consumer.h"
#include "libs/events/relay.h"
#include "libs/log/log.h"
#include "libs/pg/migrations.h"
#include "libs/pg/pool.h"
#include "libs/redis/client.h"
#include "libs/server/periodic.h"
#include "libs/server/server.h"
#include "libs/status/error.h"
#include "services/directory/authorities.h"
#include "services/directory/authority_cache.h"
#include "services/directory/authority_store.h"
#include "services/directory/config.h"
#include "services/directory/directory_service.h"
#include "services/directory/directory_store.h"
#include "services/directory/import.h"
#include "services/directory/legislative_areas.h"
#include "services/directory/migrations.h"
#include "spdlog/spdlog.h"

namespace {

constexpr char kUsage[] =
    "usage: %s [--migrate-only | --import-authorities=FILE.jsonl "
    "[--import-helpdesks=FILE.jsonl] [--import-replace]]\n";

struct Flags {
  bool migrate_only = false;
  imi::directory::ImportOptions import;
  bool importing() const {
    return !import.authorities_file.empty() || !import.helpdesks_file.empty();
  }
};

bool ParseFlags(int argc, char** argv, Flags* flags) {
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    auto value = [&](const char* name, std::string* out) {
      const std::string prefix = std::string(name) + "=";
      if (a.rfind(prefix, 0) != 0) return false;
      *out = a.substr(prefix.size());
      return true;
    };
    if (a == "--migrate-only") {
      flags->migrate_only = true;
    } else if (a == "--import-replace") {
      flags->import.replace = true;
    } else if (value("--import-authorities", &flags->import.authorities_file) ||
               value("--import-helpdesks", &flags->import.helpdesks_file)) {
    } else {
      return false;
    }
  }
  if (flags->migrate_only && flags->importing()) return false;
  if (flags->import.replace && !flags->importing()) return false;
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace imi;
  server::BlockShutdownSignals();
  Flags flags;
  if (!ParseFlags(argc, argv, &flags)) {
    std::fprintf(stderr, kUsage, argv[0]);
    return 2;
  }
  const bool one_shot = flags.migrate_only || flags.importing();

  config::Env env;
  absl::StatusOr<directory::Config> config = directory::LoadConfig(env, one_shot);
  if (!config.ok()) {
    config::Env::PrintProblems("directory", config.status());
    return 2;
  }
  log::Init({.service = "directory",
             .json = config->server.log_json,
             .level = config->server.log_level});

  pg::Pool pool({.dsn = config->pg_dsn,
                 .schema = config->pg_schema,
                 .size = config->pg_pool_size,
                 // A bulk import of 130,000 authorities is one long transaction.
                 .statement_timeout = flags.importing() ? std::chrono::milliseconds(0)
                                                        : std::chrono::milliseconds(10000)});
  const std::vector<pg::Migration> migrations = directory::Migrations();
  if (config->migrate_on_start || one_shot) {
    auto report = pg::MigrateWhenReachable(pool, migrations, config->startup_timeout);
    if (!report.ok()) {
      spdlog::critical("migrations failed: {}", Describe(report.status()));
      return 1;
    }
    spdlog::info("schema {}: {} migrations applied, {} already present", config->pg_schema,
                 report->applied.size(), report->already_applied);
    if (flags.migrate_only) return 0;
  }

  directory::PgAuthorityStore pg_store(&pool, absl::FromChrono(config->search_expansion_ttl));
  if (flags.importing()) {
    const absl::Time start = absl::Now();
    absl::StatusOr<directory::ImportStats> stats = directory::ImportFiles(pg_store, flags.import);
    if (!stats.ok()) {
      // A command-line tool: the operator sees the whole message.
      std::fprintf(stderr, "directory: import failed: %s\n",
                   std::string(stats.status().message()).c_str());
      return 1;
    }
    spdlog::info(
        "import done in {:.1f} s: authorities read {}, inserted {}, replaced {}, unchanged {}; "
        "helpdesks read {}, written {}",
        absl::ToDoubleSeconds(absl::Now() - start), stats->authorities_read,
        stats->authorities_inserted, stats->authorities_replaced, stats->authorities_unchanged,
        stats->helpdesks_read, stats->helpdesks_written);
    if (stats->authorities_replaced > 0) {
      // Housekeeping only (every replica prunes hourly too): the import stands.
      absl::StatusOr<int64_t> pruned = pg_store.PruneSearchTerms();
      if (pruned.ok()) {
        spdlog::info("search words no longer used: {} removed", *pruned);
      } else {
        spdlog::warn("import kept; pruning search words failed (a server retries hourly): {}",
                     Describe(pruned.status()));
      }
    }
    return 0;
  }

  absl::StatusOr<auth::TokenVerifier> verifier =
      auth::TokenVerifier::FromFile(config->auth_public_keys_file,
                                    {.expected_issuer = config->auth_issuer});
  if (!verifier.ok()) {
    spdlog::critical("IMI_AUTH_PUBLIC_KEYS_FILE: {}", Describe(verifier.status()));
    return 2;
  }

  // Optional Redis: cache, event relay and the cache's invalidation consumer.
  std::unique_ptr<redis::Client> redis;
  std::unique_ptr<directory::CachingAuthorityStore> cache;
  std::unique_ptr<events::Relay> relay;
  std::unique_ptr<events::Consumer> invalidator;
  directory::AuthorityStore* store = &pg_store;
  if (!config->redis_url.empty()) {
    redis::RedisOptions options = *redis::Client::ParseUrl(config->redis_url);
    options.pool_size = config->redis_pool_size + 1;  // +1: the consumer's blocking read
    redis = std::make_unique<redis::Client>(options);
    cache = std::make_unique<directory::CachingAuthorityStore>(
        &pg_store, redis.get(),
        directory::CacheOptions{.authority_ttl = config->cache_ttl,
                                .search_ttl = config->search_cache_ttl});
    store = cache.get();
    relay = std::make_unique<events::Relay>(pool, *redis);
    char host[256] = "directory";
    ::gethostname(host, sizeof(host) - 1);
    invalidator = std::make_unique<events::Consumer>(
        *redis,
        events::ConsumerOptions{.stream = directory::kAuthorityStream,
                                .group = "directory-cache",
                                .consumer = absl::StrCat(host, "-", ::getpid())},
        [c = cache.get()](const events::Event& e) { return c->HandleEvent(e); });
  } else {
    spdlog::info("IMI_REDIS_URL not set: no cache; events stay in the outbox");
  }

  directory::PgDirectoryStore area_store(&pool);
  directory::LegislativeAreas areas(&area_store);
  directory::Authorities authorities(store);
  directory::DirectoryServiceImpl service(&areas, &authorities, &*verifier);

  auto server = server::Server::Start(config->server, {&service},
                                      [&] { return pg::CheckReady(pool, migrations); });
  if (!server.ok()) {
    spdlog::critical("{}", Describe(server.status()));
    return 1;
  }
  if (cache) {
    (*server)->metrics().AddCollector([c = cache.get()] { return c->RenderMetrics(); });
    relay->Start();
    invalidator->Start();
  }
  server::Periodic prune_terms(
      "pruning search words", absl::FromChrono(config->search_terms_prune_interval), [&] {
        absl::StatusOr<int64_t> pruned = pg_store.PruneSearchTerms();
        if (!pruned.ok()) {
          spdlog::warn("pruning search words failed: {}", Describe(pruned.status()));
        } else if (*pruned > 0) {
          spdlog::info("search words no longer used: {} removed", *pruned);
        }
      });
  prune_terms.Start();
  (*server)->WaitForShutdownSignalAndDrain();
  prune_terms.Stop();
  if (cache) {
    invalidator->Stop();
    relay->Stop();
  }
  return 0;
}
