#include "services/directory/config.h"

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
  IMI_RETURN_IF_ERROR(env.Finish());
  return c;
}

}  // namespace imi::directory
