// translation_server: wiring only. See docs/translation.md.
//
//   translation_server                 serve (migrating and seeding first
//   unless
//                                      IMI_MIGRATE_ON_START=false)
//   translation_server --migrate-only  apply migrations, load the seed
//   catalogue, exit
#include <cstdio>
#include <cstring>
#include <memory>
#include <thread>

#include "libs/auth/token_verifier.h"
#include "libs/log/log.h"
#include "libs/pg/migrations.h"
#include "libs/pg/pool.h"
#include "libs/redis/client.h"
#include "libs/server/server.h"
#include "libs/status/error.h"
#include "services/translation/catalogue.h"
#include "services/translation/config.h"
#include "services/translation/engines.h"
#include "services/translation/languages.h"
#include "services/translation/machine_translation.h"
#include "services/translation/migrations.h"
#include "services/translation/mt_cache.h"
#include "services/translation/seed.h"
#include "services/translation/translation_service.h"
#include "services/translation/translation_store.h"
#include "spdlog/spdlog.h"

int main(int argc, char** argv) {
  using namespace imi;
  server::BlockShutdownSignals();
  const bool migrate_only =
      argc > 1 && std::strcmp(argv[1], "--migrate-only") == 0;
  if (argc > 1 && !migrate_only) {
    std::fprintf(stderr, "usage: %s [--migrate-only]\n", argv[0]);
    return 2;
  }

  config::Env env;
  absl::StatusOr<translation::Config> config =
      translation::LoadConfig(env, migrate_only);
  if (!config.ok()) {
    config::Env::PrintProblems("translation", config.status());
    return 2;
  }
  log::Init({.service = "translation",
             .json = config->server.log_json,
             .level = config->server.log_level});

  pg::Pool pool({.dsn = config->pg_dsn,
                 .schema = config->pg_schema,
                 .size = config->pg_pool_size});
  translation::PgTranslationStore store(&pool);
  const std::vector<pg::Migration> migrations = translation::Migrations();
  if (config->migrate_on_start || migrate_only) {
    auto report =
        pg::MigrateWhenReachable(pool, migrations, config->startup_timeout);
    if (!report.ok()) {
      spdlog::critical("migrations failed: {}", Describe(report.status()));
      return 1;
    }
    spdlog::info("schema {}: {} migrations applied, {} already present",
                 config->pg_schema, report->applied.size(),
                 report->already_applied);
    auto seeded = translation::LoadSeeds(store, translation::EmbeddedSeeds());
    if (!seeded.ok()) {
      spdlog::critical("seed catalogue failed: {}", Describe(seeded.status()));
      return 1;
    }
    spdlog::info("seed catalogue: {} question sets created, {} already present",
                 seeded->created.size(), seeded->already_present);
    if (migrate_only) return 0;
  }

  absl::StatusOr<auth::TokenVerifier> verifier = auth::TokenVerifier::FromFile(
      config->auth_public_keys_file, {.expected_issuer = config->auth_issuer});
  if (!verifier.ok()) {
    spdlog::critical("IMI_AUTH_PUBLIC_KEYS_FILE: {}",
                     Describe(verifier.status()));
    return 2;
  }

  absl::StatusOr<translation::Engines> engines = translation::BuildEngines({
      .apertium_modes_dir = config->mt_apertium_modes_dir,
      .apertium_pipelines = config->mt_apertium_pipelines,
      .http_url = config->mt_http_url,
      .http_api_key = config->mt_http_api_key,
      .http_engine_name = config->mt_http_engine_name,
      .http_timeout = absl::FromChrono(config->mt_http_timeout),
      .routes = config->mt_routes,
      .max_bridges = config->mt_max_bridges,
  });
  if (!engines.ok()) {
    spdlog::critical("machine translation: {}", Describe(engines.status()));
    return 2;
  }
  if (engines->http != nullptr) {
    translation::mt::Router* router = engines->router.get();
    engines->http->Start([router] { router->Refresh(); });
  }
  std::thread warm_up;
  if (engines->apertium != nullptr && !config->mt_warm_pairs.empty()) {
    warm_up = std::thread([&] {
      translation::WarmUpPipelines(*engines->apertium, config->mt_warm_pairs);
    });
  }

  // The cache is optional: without IMI_REDIS_URL (or with a TTL of 0)
  // every translation goes to the engines.
  std::unique_ptr<redis::Client> redis;
  std::unique_ptr<translation::RedisTranslationCache> cache;
  if (!config->redis_url.empty() && config->mt_cache_ttl.count() > 0) {
    redis::RedisOptions options = *redis::Client::ParseUrl(config->redis_url);
    // A cache answers fast or not at all (see mt_cache.h).
    options.connect_timeout = std::chrono::milliseconds(250);
    options.command_timeout = std::chrono::milliseconds(250);
    options.acquire_timeout = std::chrono::milliseconds(250);
    options.pool_size = 16;  // GETs from up to IMI_HANDLER_THREADS handlers
    redis = std::make_unique<redis::Client>(options);
    cache = std::make_unique<translation::RedisTranslationCache>(redis.get());
  }
  translation::MachineTranslator translator(
      engines->router.get(), cache.get(),
      {.cache_ttl = absl::FromChrono(config->mt_cache_ttl)});

  translation::Catalogue catalogue(&store);
  translation::Languages languages(&store, &translator);
  translation::TranslationServiceImpl service(&languages, &catalogue,
                                              &translator, &*verifier);

  auto server = server::Server::Start(config->server, {&service}, [&] {
    return pg::CheckReady(pool, migrations);
  });
  if (!server.ok()) {
    spdlog::critical("{}", Describe(server.status()));
    if (warm_up.joinable()) warm_up.join();
    return 1;
  }
  (*server)->metrics().AddCollector(
      [&translator] { return translator.RenderMetrics(); });
  (*server)->WaitForShutdownSignalAndDrain();
  // Before the router goes: the HTTP engine's retry thread refreshes it.
  if (engines->http != nullptr) engines->http->Stop();
  if (warm_up.joinable()) warm_up.join();
  return 0;
}
