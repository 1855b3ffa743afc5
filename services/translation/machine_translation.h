// Machine translation of free text as the service offers it: request
// validation (IMI languages, text limits), the cache in front of the
// router, and counters for metrics.
//
// Cache key: "imi:translation:mt:v1:<engines>:<path>:<sha256(text)>", where
// <engines> are the engines the route tries first per hop (e.g.
// "apertium") and <path> the route's languages ("fr>es>en"). Changing
// IMI_MT_ROUTES so that another engine or bridge is used therefore changes
// the key: a cached result is only ever served for the engine and route that
// would produce it now. A result produced by a fallback engine (the
// preferred one failed) is not cached.
//
// Example:
//   MachineTranslator translator(router.get(), &cache, {.cache_ttl =
//   absl::Hours(24)}); IMI_ASSIGN_OR_RETURN(MtResult r,
//   translator.Translate("Hello.", "en", "es"));
//
// Thread safety: thread-safe.
#ifndef IMI_SERVICES_TRANSLATION_MACHINE_TRANSLATION_H_
#define IMI_SERVICES_TRANSLATION_MACHINE_TRANSLATION_H_

#include <atomic>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "services/translation/mt/router.h"
#include "services/translation/mt_cache.h"

namespace imi::translation {

struct MtResult {
  std::string text;
  std::string source;
  std::string target;
  std::string engine;
  std::vector<std::string> path;
  std::vector<std::string> hop_engines;
  bool machine_translated = true;
  bool cached = false;
};

// How text in one language reaches another IMI language.
struct MtRoute {
  std::string target;
  std::vector<std::string> path;
  std::vector<std::string> hop_engines;  // first choice per hop
  bool direct = false;
};

struct MachineTranslatorOptions {
  // Zero disables the cache.
  absl::Duration cache_ttl = absl::Hours(24);
};

// Counters since start.
struct MtStats {
  std::int64_t requests = 0;       // Translate calls that passed validation
  std::int64_t engine_calls = 0;   // calls that reached the router
  std::int64_t engine_errors = 0;  // of those, failed
  std::int64_t cache_hits = 0;
  std::int64_t cache_misses = 0;
  std::int64_t cache_errors = 0;   // Redis failed (counted as misses too)
  std::int64_t cache_skipped = 0;  // Redis paused after a failure
};

// Cache values: "v1\n<engine>\n<path,...>\n<hop engines,...>\n<text>".
std::string EncodeCacheValue(const MtResult& result);
// nullopt if `value` is not a value EncodeCacheValue wrote.
std::optional<MtResult> DecodeCacheValue(std::string_view value);
std::string CacheKey(const mt::Route& route, std::string_view text);

class MachineTranslator {
 public:
  // `router` is not owned; `cache` may be null (no cache). Both must outlive
  // the translator.
  MachineTranslator(const mt::Router* router, TranslationCache* cache,
                    MachineTranslatorOptions options = {});

  // Translates `text` from `source` into `target` (IMI language codes).
  // Errors: UNSUPPORTED_LANGUAGE naming source_language / target_language;
  // TEXT_EMPTY, TEXT_TOO_LONG, TEXT_INVALID (field "text"); then the
  // router's: MT_PAIR_UNAVAILABLE, MT_ENGINE_*. Cache failures are never
  // errors.
  absl::StatusOr<MtResult> Translate(std::string_view text,
                                     const std::string& source,
                                     const std::string& target);

  // For each other IMI language `source` can be translated into, the route
  // (sorted by target).
  std::vector<MtRoute> RoutesFrom(const std::string& source) const;

  MtStats stats() const;
  // Prometheus text lines (HELP, TYPE, samples) of the counters above.
  std::string RenderMetrics() const;

 private:
  const mt::Router* router_;
  TranslationCache* cache_;
  const MachineTranslatorOptions options_;
  std::atomic<std::int64_t> requests_{0}, engine_calls_{0}, engine_errors_{0},
      cache_hits_{0}, cache_misses_{0}, cache_errors_{0}, cache_skipped_{0};
};

}  // namespace imi::translation

#endif  // IMI_SERVICES_TRANSLATION_MACHINE_TRANSLATION_H_
