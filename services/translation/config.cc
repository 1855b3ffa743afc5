#include "services/translation/config.h"

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "libs/i18n/languages.h"
#include "libs/redis/client.h"
#include "libs/status/status_macros.h"
#include "services/translation/mt/router.h"

namespace imi::translation {
namespace {

void ParseWarmPairs(config::Env& env, const std::string& value,
                    std::vector<mt::Pair>& out) {
  for (absl::string_view item :
       absl::StrSplit(value, absl::ByAnyChar(", "), absl::SkipEmpty())) {
    std::vector<std::string> langs = absl::StrSplit(item, '-');
    if (langs.size() != 2 || langs[0].empty() || langs[1].empty() ||
        langs[0] == langs[1]) {
      env.Fail("IMI_MT_WARM_PAIRS",
               absl::StrCat("must be a list like \"en-es,es-en\", got '", item,
                            "'"));
      return;
    }
    out.push_back({langs[0], langs[1]});
  }
}

}  // namespace

absl::StatusOr<Config> LoadConfig(config::Env& env, bool migrate_only) {
  Config c;
  c.server = server::LoadServerConfig(env, "translation", "0.0.0.0:50053");
  // A machine translation holds its handler thread while Apertium works on
  // it, so the threads bound how many texts the pipelines have in flight
  // (and pipelines are fastest with many): this service's default is 64
  // instead of the common 16. An explicit IMI_HANDLER_THREADS still wins.
  if (env.String("IMI_HANDLER_THREADS", "").empty())
    c.server.handler_threads = 64;
  c.pg_dsn = env.Required("IMI_PG_DSN");
  c.pg_schema = env.String("IMI_PG_SCHEMA", "translation");
  c.pg_pool_size = env.Int("IMI_PG_POOL_SIZE", 8, 1, 64);
  c.auth_public_keys_file =
      env.ReadableFile("IMI_AUTH_PUBLIC_KEYS_FILE", !migrate_only);
  c.auth_issuer = env.String("IMI_AUTH_ISSUER", "imi-identity");
  c.migrate_on_start = env.Bool("IMI_MIGRATE_ON_START", true);
  c.startup_timeout = env.Seconds("IMI_STARTUP_TIMEOUT_SECONDS", 60, 0, 3600);

  c.redis_url = env.String("IMI_REDIS_URL", "");
  if (!c.redis_url.empty()) {
    if (auto parsed = redis::Client::ParseUrl(c.redis_url); !parsed.ok()) {
      // The message names the part at fault, never the password.
      env.Fail("IMI_REDIS_URL", std::string(parsed.status().message()));
    }
  }
  c.mt_cache_ttl =
      env.Seconds("IMI_MT_CACHE_TTL_SECONDS", 86400, 0, 30 * 86400);
  c.mt_routes = env.String("IMI_MT_ROUTES", "");
  if (auto rules = mt::ParseRoutingPreferences(c.mt_routes); !rules.ok()) {
    env.Fail("IMI_MT_ROUTES", std::string(rules.status().message()));
  }
  c.mt_max_bridges = env.Int("IMI_MT_MAX_BRIDGES", 2, 0, 2);
  c.mt_apertium_modes_dir =
      env.String("IMI_MT_APERTIUM_MODES_DIR", "/usr/share/apertium/modes");
  c.mt_apertium_pipelines = env.Int("IMI_MT_APERTIUM_PIPELINES", 1, 1, 8);
  ParseWarmPairs(env, env.String("IMI_MT_WARM_PAIRS", ""), c.mt_warm_pairs);
  c.mt_http_url = env.String("IMI_MT_HTTP_URL", "");
  if (!c.mt_http_url.empty() && !absl::StartsWith(c.mt_http_url, "http://")) {
    env.Fail("IMI_MT_HTTP_URL",
             "must start with http:// (no TLS yet: use a local TLS-terminating "
             "proxy)");
  }
  c.mt_http_api_key = env.String("IMI_MT_HTTP_API_KEY", "");
  c.mt_http_engine_name = env.String("IMI_MT_HTTP_ENGINE_NAME", "http");
  if (c.mt_http_engine_name == "apertium" || c.mt_http_engine_name.empty() ||
      c.mt_http_engine_name.find_first_of(",;:+ ") != std::string::npos) {
    env.Fail("IMI_MT_HTTP_ENGINE_NAME",
             "must be a name other than 'apertium' without , ; : + or spaces");
  }
  c.mt_http_timeout = env.Seconds("IMI_MT_HTTP_TIMEOUT_SECONDS", 30, 1, 300);
  IMI_RETURN_IF_ERROR(env.Finish());
  return c;
}

}  // namespace imi::translation
