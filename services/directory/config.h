// Configuration of the directory server, from environment variables.
#ifndef IMI_SERVICES_DIRECTORY_CONFIG_H_
#define IMI_SERVICES_DIRECTORY_CONFIG_H_

#include <chrono>
#include <string>

#include "absl/status/statusor.h"
#include "libs/config/env.h"
#include "libs/server/server.h"

namespace imi::directory {

struct Config {
  server::ServerConfig server;      // IMI_LISTEN_ADDR (default 0.0.0.0:50051), ...
  std::string pg_dsn;               // IMI_PG_DSN (required)
  std::string pg_schema;            // IMI_PG_SCHEMA (default "directory")
  int pg_pool_size = 8;             // IMI_PG_POOL_SIZE (1..64)
  std::string auth_public_keys_file;  // IMI_AUTH_PUBLIC_KEYS_FILE (required to serve)
  std::string auth_issuer;            // IMI_AUTH_ISSUER (default "imi-identity")
  bool migrate_on_start = true;     // IMI_MIGRATE_ON_START
  std::chrono::seconds startup_timeout{60};  // IMI_STARTUP_TIMEOUT_SECONDS: wait for PostgreSQL
  // IMI_REDIS_URL: "redis://[[user]:password@]host[:port][/db]"; "" = no
  // cache and no event relay (events stay in the outbox).
  std::string redis_url;
  int redis_pool_size = 8;                      // IMI_REDIS_POOL_SIZE (1..64)
  std::chrono::seconds cache_ttl{600};          // IMI_CACHE_TTL_SECONDS (1..86400)
  std::chrono::seconds search_cache_ttl{30};    // IMI_SEARCH_CACHE_TTL_SECONDS (0..3600; 0: off)
  // IMI_SEARCH_TERMS_PRUNE_SECONDS (0..604800; 0: off): how often a replica
  // removes search words no authority uses any more.
  std::chrono::seconds search_terms_prune_interval{3600};
  // IMI_SEARCH_EXPANSION_TTL_SECONDS (0..300; 0: off): how long a replica
  // reuses a query's word expansion (services/directory/search_expansions.h).
  std::chrono::seconds search_expansion_ttl{10};
};

// Reads and validates the configuration. Errors: INVALID_ARGUMENT whose
// message names every variable at fault, one per line.
// With `migrate_only` (also for imports), only what migrating needs is required.
absl::StatusOr<Config> LoadConfig(config::Env& env, bool migrate_only = false);

}  // namespace imi::directory

#endif  // IMI_SERVICES_DIRECTORY_CONFIG_H_
