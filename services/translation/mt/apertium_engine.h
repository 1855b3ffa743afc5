// The embedded machine-translation engine: every Apertium mode installed on
// this machine whose languages map to IMI (or bridge) languages, each served
// by warm ApertiumPipelines started on first use.
//
// Apertium names languages its own way (ISO 639-3 "spa", or 639-1 "es",
// "hbs" for Serbo-Croatian, variants after "_"). PairForApertiumMode maps a
// mode name to ISO 639-1 codes: the 26 IMI languages plus the bridge
// languages "ca" (Catalan), "mk" (Macedonian) and "nn" (Nynorsk), which no
// client asks for but the Router may route through. Serbo-Croatian counts as
// Croatian: "hbs-eng" is hr->en and "eng-hbs_HR" (the Croatian variant) is
// en->hr. Other variants (eng-cat_valencia, es-pt_BR, ...) are not used.
//
// Example:
//   IMI_ASSIGN_OR_RETURN(auto apertium, ApertiumEngine::Create());
//   IMI_ASSIGN_OR_RETURN(std::string es,
//                        apertium->Translate("The house.", {"en", "es"}));
//
// Thread safety: thread-safe.
#ifndef IMI_SERVICES_TRANSLATION_MT_APERTIUM_ENGINE_H_
#define IMI_SERVICES_TRANSLATION_MT_APERTIUM_ENGINE_H_

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "services/translation/mt/apertium_pipeline.h"
#include "services/translation/mt/engine.h"

namespace imi::translation::mt {

struct ApertiumEngineOptions {
  // Where the installed pairs put their *.mode files.
  std::string modes_dir = "/usr/share/apertium/modes";
  // Pipelines per mode, started one by one as load requires (a second one
  // only when every existing one is busy). Each pipeline is ~13 processes
  // and one thread; one already keeps two cores busy when fed back to back.
  int pipelines_per_mode = 1;
  // For every pipeline (its `name` is set to "apertium <mode>").
  ApertiumPipelineOptions pipeline;
};

// One installed mode and the pair it serves.
struct ApertiumMode {
  Pair pair;         // {"en", "es"}
  std::string mode;  // "eng-spa"
  std::string file;  // ".../modes/eng-spa.mode"
};

class ApertiumEngine : public Engine {
 public:
  // Scans options.modes_dir. An engine with no usable mode is valid (it
  // offers no pairs; a warning is logged). Errors: INVALID_ARGUMENT if
  // pipelines_per_mode is not in [1, 8]; NOT_FOUND if modes_dir does not
  // exist (Apertium is not installed).
  static absl::StatusOr<std::unique_ptr<ApertiumEngine>> Create(
      ApertiumEngineOptions options = {});
  ~ApertiumEngine() override;

  // See Engine::Translate. Starts the pair's pipeline if it is not running.
  absl::StatusOr<std::string> Translate(std::string_view text,
                                        const Pair& pair) override;
  std::vector<Pair> Pairs() const override;
  std::string name() const override { return "apertium"; }

  // The modes in use, one per pair, sorted by pair.
  std::vector<ApertiumMode> modes() const;

  // The least busy pipeline for `pair`, created if needed. For warm-up at
  // start-up, tests and benchmarks. Errors: FAILED_PRECONDITION
  // MT_PAIR_UNAVAILABLE if no mode serves `pair`; UNAVAILABLE if the
  // pipeline cannot be set up.
  absl::StatusOr<ApertiumPipeline*> PipelineFor(const Pair& pair);

 private:
  struct Slot;
  ApertiumEngine(ApertiumEngineOptions options,
                 std::map<Pair, std::unique_ptr<Slot>> slots);

  const ApertiumEngineOptions options_;
  const std::map<Pair, std::unique_ptr<Slot>> slots_;  // fixed after Create
};

// The pair an Apertium mode name serves, or nullopt if the mode is not used
// (unmapped language, variant, debug mode such as "hbs-mkd-pretransfer").
//   "eng-spa" -> en->es; "fr-es" -> fr->es; "nob-dan" -> nb->da;
//   "hbs-eng" -> hr->en; "eng-hbs_HR" -> en->hr; "eng-cat" -> en->ca;
//   "eng-cat_valencia" -> nullopt; "es-pt_BR" -> nullopt.
std::optional<Pair> PairForApertiumMode(std::string_view mode);

}  // namespace imi::translation::mt

#endif  // IMI_SERVICES_TRANSLATION_MT_APERTIUM_ENGINE_H_
