// Configuration of the translation server, from environment variables
// (docs/translation.md#configuration lists them all).
#ifndef IMI_SERVICES_TRANSLATION_CONFIG_H_
#define IMI_SERVICES_TRANSLATION_CONFIG_H_

#include <chrono>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "libs/config/env.h"
#include "libs/server/server.h"
#include "services/translation/mt/engine.h"

namespace imi::translation {

struct Config {
  // IMI_LISTEN_ADDR (default 0.0.0.0:50053), ...; IMI_HANDLER_THREADS
  // defaults to 64 here (see config.cc).
  server::ServerConfig server;
  std::string pg_dsn;     // IMI_PG_DSN (required)
  std::string pg_schema;  // IMI_PG_SCHEMA (default "translation")
  int pg_pool_size = 8;   // IMI_PG_POOL_SIZE (1..64)
  std::string
      auth_public_keys_file;  // IMI_AUTH_PUBLIC_KEYS_FILE (required to serve)
  std::string auth_issuer;    // IMI_AUTH_ISSUER (default "imi-identity")
  bool migrate_on_start = true;  // IMI_MIGRATE_ON_START (also loads the seed)
  std::chrono::seconds startup_timeout{60};  // IMI_STARTUP_TIMEOUT_SECONDS

  // IMI_REDIS_URL: redis://[[user]:password@]host[:port][/db]; "" = no cache.
  std::string redis_url;
  // IMI_MT_CACHE_TTL_SECONDS (0..2592000, default 86400); 0 = no cache.
  std::chrono::seconds mt_cache_ttl{86400};
  // IMI_MT_ROUTES: routing preferences (mt/router.h), e.g.
  // "*:apertium,http; *-ga:http". "" = every engine for every pair.
  std::string mt_routes;
  int mt_max_bridges = 2;  // IMI_MT_MAX_BRIDGES (0..2)
  // IMI_MT_APERTIUM_MODES_DIR (default /usr/share/apertium/modes); "off"
  // disables the embedded engine.
  std::string mt_apertium_modes_dir;
  int mt_apertium_pipelines = 1;  // IMI_MT_APERTIUM_PIPELINES (per pair, 1..8)
  // IMI_MT_WARM_PAIRS: pairs whose pipelines start at start-up, e.g.
  // "en-es,es-en".
  std::vector<mt::Pair> mt_warm_pairs;
  // IMI_MT_HTTP_URL (http://host:port[/prefix]); "" = no HTTP engine.
  std::string mt_http_url;
  std::string mt_http_api_key;      // IMI_MT_HTTP_API_KEY
  std::string mt_http_engine_name;  // IMI_MT_HTTP_ENGINE_NAME (default "http")
  std::chrono::seconds mt_http_timeout{
      30};  // IMI_MT_HTTP_TIMEOUT_SECONDS (1..300)
};

// Reads and validates the configuration. Errors: INVALID_ARGUMENT whose
// message names every variable at fault, one per line.
// With `migrate_only`, only what migrating needs is required.
absl::StatusOr<Config> LoadConfig(config::Env& env, bool migrate_only = false);

}  // namespace imi::translation

#endif  // IMI_SERVICES_TRANSLATION_CONFIG_H_
