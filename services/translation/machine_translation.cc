#include "services/translation/machine_translation.h"

#include <algorithm>
#include <utility>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "libs/i18n/languages.h"
#include "libs/status/error.h"
#include "services/translation/errors.h"
#include "services/translation/sha256.h"
#include "spdlog/spdlog.h"

namespace imi::translation {
namespace {

// The engine each hop tries first, consecutive repeats joined once:
// "apertium", "apertium+http".
std::vector<std::string> FirstChoices(const mt::Route& route) {
  std::vector<std::string> out;
  for (const auto& engines : route.hop_engines) {
    out.push_back(engines.empty() ? std::string() : engines.front());
  }
  return out;
}

std::string JoinEngines(const std::vector<std::string>& hops) {
  std::vector<std::string> distinct;
  for (const std::string& e : hops) {
    if (distinct.empty() || distinct.back() != e) distinct.push_back(e);
  }
  return absl::StrJoin(distinct, "+");
}

}  // namespace

std::string EncodeCacheValue(const MtResult& r) {
  return absl::StrCat("v1\n", r.engine, "\n", absl::StrJoin(r.path, ","), "\n",
                      absl::StrJoin(r.hop_engines, ","), "\n", r.text);
}

std::optional<MtResult> DecodeCacheValue(std::string_view value) {
  std::vector<std::string> parts = absl::StrSplit(
      absl::string_view(value.data(), value.size()), absl::MaxSplits('\n', 4));
  if (parts.size() != 5 || parts[0] != "v1" || parts[1].empty())
    return std::nullopt;
  MtResult r;
  r.engine = parts[1];
  r.path = absl::StrSplit(parts[2], ',', absl::SkipEmpty());
  r.hop_engines = absl::StrSplit(parts[3], ',', absl::SkipEmpty());
  if (r.path.size() < 2 || r.hop_engines.size() + 1 != r.path.size())
    return std::nullopt;
  r.text = std::move(parts[4]);
  r.source = r.path.front();
  r.target = r.path.back();
  return r;
}

std::string CacheKey(const mt::Route& route, std::string_view text) {
  return absl::StrCat(
      "imi:translation:mt:v1:", JoinEngines(FirstChoices(route)), ":",
      absl::StrJoin(route.path, ">"), ":", Sha256Hex(text));
}

MachineTranslator::MachineTranslator(const mt::Router* router,
                                     TranslationCache* cache,
                                     MachineTranslatorOptions options)
    : router_(router), cache_(cache), options_(options) {}

absl::StatusOr<MtResult> MachineTranslator::Translate(
    std::string_view text, const std::string& source,
    const std::string& target) {
  if (!i18n::IsSupported(source))
    return errors::UnsupportedLanguage("source_language", source);
  if (!i18n::IsSupported(target))
    return errors::UnsupportedLanguage("target_language", target);
  if (absl::Status valid = mt::ValidateText(text); !valid.ok()) return valid;
  requests_.fetch_add(1);
  if (source == target) {
    // Nothing to translate: the text as it is, honestly not marked
    // machine-translated, and no engine or cache involved.
    MtResult same;
    same.text = std::string(text);
    same.source = same.target = source;
    same.path = {source};
    same.machine_translated = false;
    return same;
  }
  absl::StatusOr<mt::Route> route = router_->FindRoute(source, target);
  if (!route.ok()) return route.status();

  const bool use_cache =
      cache_ != nullptr && options_.cache_ttl > absl::ZeroDuration();
  std::string key;
  if (use_cache) {
    key = CacheKey(*route, text);
    CacheLookup found = cache_->Get(key);
    switch (found.outcome) {
      case CacheOutcome::kHit:
        if (std::optional<MtResult> hit = DecodeCacheValue(found.value); hit) {
          cache_hits_.fetch_add(1);
          hit->cached = true;
          return *std::move(hit);
        }
        cache_misses_.fetch_add(1);  // unreadable value: overwritten below
        break;
      case CacheOutcome::kMiss:
        cache_misses_.fetch_add(1);
        break;
      case CacheOutcome::kError:
        cache_errors_.fetch_add(1);
        cache_misses_.fetch_add(1);
        break;
      case CacheOutcome::kSkipped:
        cache_skipped_.fetch_add(1);
        break;
    }
  }

  engine_calls_.fetch_add(1);
  absl::StatusOr<mt::Translation> t = router_->Translate(text, source, target);
  if (!t.ok()) {
    engine_errors_.fetch_add(1);
    return t.status();
  }
  MtResult result;
  result.text = std::move(t->text);
  result.source = source;
  result.target = target;
  result.engine = std::move(t->engine);
  result.path = std::move(t->path);
  result.hop_engines = std::move(t->hop_engines);
  result.machine_translated = t->machine_translated;
  if (use_cache && result.hop_engines == FirstChoices(*route) &&
      result.path == route->path) {
    cache_->Put(key, EncodeCacheValue(result), options_.cache_ttl);
  }
  return result;
}

std::vector<MtRoute> MachineTranslator::RoutesFrom(
    const std::string& source) const {
  std::vector<MtRoute> out;
  for (const auto& lang : i18n::kLanguages) {
    const std::string target(lang.code);
    if (target == source) continue;
    absl::StatusOr<mt::Route> route = router_->FindRoute(source, target);
    if (!route.ok()) continue;
    MtRoute r;
    r.target = target;
    r.path = route->path;
    r.hop_engines = FirstChoices(*route);
    r.direct = route->path.size() == 2;
    out.push_back(std::move(r));
  }
  std::sort(out.begin(), out.end(), [](const MtRoute& a, const MtRoute& b) {
    return a.target < b.target;
  });
  return out;
}

MtStats MachineTranslator::stats() const {
  MtStats s;
  s.requests = requests_.load();
  s.engine_calls = engine_calls_.load();
  s.engine_errors = engine_errors_.load();
  s.cache_hits = cache_hits_.load();
  s.cache_misses = cache_misses_.load();
  s.cache_errors = cache_errors_.load();
  s.cache_skipped = cache_skipped_.load();
  return s;
}

std::string MachineTranslator::RenderMetrics() const {
  const MtStats s = stats();
  return absl::StrCat(
      "# HELP imi_translation_mt_requests_total Machine-translation requests "
      "that passed "
      "validation.\n"
      "# TYPE imi_translation_mt_requests_total counter\n"
      "imi_translation_mt_requests_total ",
      s.requests,
      "\n"
      "# HELP imi_translation_mt_engine_calls_total Requests that reached the "
      "engines (not "
      "served from cache), by outcome.\n"
      "# TYPE imi_translation_mt_engine_calls_total counter\n"
      "imi_translation_mt_engine_calls_total{outcome=\"ok\"} ",
      s.engine_calls - s.engine_errors,
      "\n"
      "imi_translation_mt_engine_calls_total{outcome=\"error\"} ",
      s.engine_errors,
      "\n"
      "# HELP imi_translation_mt_cache_lookups_total Cache lookups by result "
      "(error: Redis "
      "failed; skipped: Redis paused after a failure).\n"
      "# TYPE imi_translation_mt_cache_lookups_total counter\n"
      "imi_translation_mt_cache_lookups_total{result=\"hit\"} ",
      s.cache_hits,
      "\nimi_translation_mt_cache_lookups_total{result=\"miss\"} ",
      s.cache_misses - s.cache_errors,
      "\nimi_translation_mt_cache_lookups_total{result=\"error\"} ",
      s.cache_errors,
      "\nimi_translation_mt_cache_lookups_total{result=\"skipped\"} ",
      s.cache_skipped, "\n");
}

}  // namespace imi::translation
