#include "services/directory/config.h"

#include "libs/redis/client.h"
#include "libs/status/status_macros.h"

namespace imi::directory {

absl::StatusOr<Config> LoadConfig(config::Env& env, bool migrate_only) {
  Config c;
  c.server = server::LoadServerConfig(env, "directory", "0.0.0.0:50051");
  c.pg_dsn = env.Required("IMI_PG_DSN");
  c.pg_schema = env.String("IMI_PG_SCHEMA", "directory");
  c.pg_pool_size = env.Int("IMI_PG_POOL_SIZE", 8, 1, 64);
  c.auth_public_keys_file = env.ReadableFile("IMI_AUTH_PUBLIC_KEYS_FILE", !migrate_only);
  c.auth_issuer = env.String("IMI_AUTH_ISSUER", "imi-identity");
  c.migrate_on_start = env.Bool("IMI_MIGRATE_ON_START", true);
  c.startup_timeout = env.Seconds("IMI_STARTUP_TIMEOUT_SECONDS", 60, 0, 3600);
  c.redis_url = env.String("IMI_REDIS_URL", "");
  if (!c.redis_url.empty()) {
    absl::StatusOr<redis::RedisOptions> parsed = redis::Client::ParseUrl(c.redis_url);
    if (!parsed.ok()) env.Fail("IMI_REDIS_URL", std::string(parsed.status().message()));
  }
  c.redis_pool_size = env.Int("IMI_REDIS_POOL_SIZE", 8, 1, 64);
  c.cache_ttl = env.Seconds("IMI_CACHE_TTL_SECONDS", 600, 1, 86400);
  c.search_cache_ttl = env.Seconds("IMI_SEARCH_CACHE_TTL_SECONDS", 30, 0, 3600);
  c.search_terms_prune_interval =
      env.Seconds("IMI_SEARCH_TERMS_PRUNE_SECONDS", 3600, 0, 7 * 86400);
  c.search_expansion_ttl = env.Seconds("IMI_SEARCH_EXPANSION_TTL_SECONDS", 10, 0, 300);
  IMI_RETURN_IF_ERROR(env.Finish());
  return c;
}

}  // namespace imi::directory
