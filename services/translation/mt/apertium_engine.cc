#include "services/translation/mt/apertium_engine.h"

#include <algorithm>
#include <filesystem>
#include <system_error>
#include <utility>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "absl/synchronization/mutex.h"
#include "services/translation/mt/absl_compat.h"
#include "services/translation/mt/errors.h"
#include "spdlog/spdlog.h"

namespace imi::translation::mt {
namespace {

// Apertium language code (639-3 or 639-1) -> ISO 639-1, for the 26 IMI
// languages and the bridge languages. Anything else is not used.
std::string_view IsoCode(std::string_view code) {
  static constexpr std::pair<std::string_view, std::string_view> kCodes[] = {
      {"bul", "bg"},
      {"ces", "cs"},
      {"dan", "da"},
      {"deu", "de"},
      {"ell", "el"},
      {"eng", "en"},
      {"spa", "es"},
      {"est", "et"},
      {"fin", "fi"},
      {"fra", "fr"},
      {"gle", "ga"},
      {"hrv", "hr"},
      {"hun", "hu"},
      {"ita", "it"},
      {"lit", "lt"},
      {"lav", "lv"},
      {"mlt", "mt"},
      {"nld", "nl"},
      {"pol", "pl"},
      {"por", "pt"},
      {"ron", "ro"},
      {"slk", "sk"},
      {"slv", "sl"},
      {"swe", "sv"},
      {"isl", "is"},
      {"nob", "nb"},
      // Bridges.
      {"cat", "ca"},
      {"mkd", "mk"},
      {"nno", "nn"},
  };
  for (const auto& [apertium, iso] : kCodes) {
    if (code == apertium || code == iso) return iso;
  }
  return {};
}

}  // namespace

std::optional<Pair> PairForApertiumMode(std::string_view mode) {
  std::vector<absl::string_view> parts = absl::StrSplit(AV(mode), '-');
  if (parts.size() != 2) return std::nullopt;
  std::string_view source = SV(parts[0]);
  std::string_view target = SV(parts[1]);
  std::string_view variant;
  if (std::size_t u = target.find('_'); u != std::string_view::npos) {
    variant = target.substr(u + 1);
    target = target.substr(0, u);
  }
  if (source.find('_') != std::string_view::npos) return std::nullopt;
  // Serbo-Croatian: its analyser reads Croatian; as a target only the
  // Croatian variant is Croatian.
  std::string_view iso_source = source == "hbs" ? "hr" : IsoCode(source);
  std::string_view iso_target;
  if (target == "hbs") {
    if (variant == "HR") iso_target = "hr";
  } else if (variant.empty()) {
    iso_target = IsoCode(target);
  }
  if (iso_source.empty() || iso_target.empty() || iso_source == iso_target) {
    return std::nullopt;
  }
  return Pair{std::string(iso_source), std::string(iso_target)};
}

// --------------------------------------------------------------------------

struct ApertiumEngine::Slot {
  ApertiumMode mode;
  absl::Mutex mu;
  std::vector<std::unique_ptr<ApertiumPipeline>> pipelines ABSL_GUARDED_BY(mu);
};

absl::StatusOr<std::unique_ptr<ApertiumEngine>> ApertiumEngine::Create(
    ApertiumEngineOptions options) {
  if (options.pipelines_per_mode < 1 || options.pipelines_per_mode > 8) {
    return absl::InvalidArgumentError(
        absl::StrCat("pipelines_per_mode must be in [1, 8], got ",
                     options.pipelines_per_mode));
  }
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::directory_iterator it(options.modes_dir, ec);
  if (ec) {
    return absl::NotFoundError(absl::StrCat(
        "Apertium modes directory '", options.modes_dir, "': ", ec.message()));
  }
  std::map<Pair, std::unique_ptr<Slot>> slots;
  for (const fs::directory_entry& entry : it) {
    const fs::path& path = entry.path();
    if (path.extension() != ".mode") continue;
    const std::string mode = path.stem().string();
    std::optional<Pair> pair = PairForApertiumMode(mode);
    if (!pair) continue;
    auto& slot = slots[*pair];
    // Two modes for one pair (old "en-es" beside new "eng-spa"): take the
    // 639-3 one, which is the maintained package; else the first by name.
    if (slot != nullptr) {
      const std::string& have = slot->mode.mode;
      const bool better = mode.size() > have.size() ||
                          (mode.size() == have.size() && mode < have);
      if (!better) continue;
    }
    slot = std::make_unique<Slot>();
    slot->mode = ApertiumMode{*pair, mode, path.string()};
  }
  if (slots.empty()) {
    spdlog::warn("apertium: no usable mode in {}; the engine offers no pairs",
                 options.modes_dir);
  } else {
    std::string list;
    for (const auto& [pair, slot] : slots) {
      absl::StrAppend(&list, list.empty() ? "" : " ", slot->mode.mode);
    }
    spdlog::info("apertium: {} pairs from {}: {}", slots.size(),
                 options.modes_dir, list);
  }
  return std::unique_ptr<ApertiumEngine>(
      new ApertiumEngine(std::move(options), std::move(slots)));
}

ApertiumEngine::ApertiumEngine(ApertiumEngineOptions options,
                               std::map<Pair, std::unique_ptr<Slot>> slots)
    : options_(std::move(options)), slots_(std::move(slots)) {}

ApertiumEngine::~ApertiumEngine() = default;

std::vector<Pair> ApertiumEngine::Pairs() const {
  std::vector<Pair> pairs;
  pairs.reserve(slots_.size());
  for (const auto& [pair, slot] : slots_) pairs.push_back(pair);
  return pairs;
}

std::vector<ApertiumMode> ApertiumEngine::modes() const {
  std::vector<ApertiumMode> modes;
  modes.reserve(slots_.size());
  for (const auto& [pair, slot] : slots_) modes.push_back(slot->mode);
  return modes;
}

absl::StatusOr<ApertiumPipeline*> ApertiumEngine::PipelineFor(
    const Pair& pair) {
  auto it = slots_.find(pair);
  if (it == slots_.end())
    return errors::PairUnavailable(pair.source, pair.target);
  Slot& slot = *it->second;
  absl::MutexLock lock(&slot.mu);
  ApertiumPipeline* best = nullptr;
  for (const auto& p : slot.pipelines) {
    if (best == nullptr || p->outstanding() < best->outstanding())
      best = p.get();
  }
  const bool grow =
      best == nullptr ||
      (best->outstanding() > 0 &&
       static_cast<int>(slot.pipelines.size()) < options_.pipelines_per_mode);
  if (!grow) return best;
  ApertiumPipelineOptions po = options_.pipeline;
  po.name = absl::StrCat("apertium ", slot.mode.mode);
  if (options_.pipelines_per_mode > 1) {
    absl::StrAppend(&po.name, "#", slot.pipelines.size() + 1);
  }
  absl::StatusOr<std::unique_ptr<ApertiumPipeline>> created =
      ApertiumPipeline::ForModeFile(slot.mode.file, std::move(po));
  if (!created.ok()) {
    if (best != nullptr) return best;  // keep serving with what runs
    return errors::EngineUnavailable(name(), created.status().message());
  }
  slot.pipelines.push_back(*std::move(created));
  return slot.pipelines.back().get();
}

absl::StatusOr<std::string> ApertiumEngine::Translate(std::string_view text,
                                                      const Pair& pair) {
  absl::StatusOr<ApertiumPipeline*> pipeline = PipelineFor(pair);
  if (!pipeline.ok()) return pipeline.status();
  return (*pipeline)->Translate(text);
}

}  // namespace imi::translation::mt
