// Builds the machine-translation engines and router from configuration:
// the embedded Apertium engine (if its modes directory exists) and,
// optionally, an external HTTP engine (LibreTranslate-style).
//
// The HTTP engine is wrapped in a DeferredHttpEngine, so an external service
// that is down when this service starts does not stop it from starting: the
// engine offers no pairs until it has been reached (retried in the
// background), then the router is refreshed and routes through it.
//
// Thread safety: the returned objects are thread-safe.
#ifndef IMI_SERVICES_TRANSLATION_ENGINES_H_
#define IMI_SERVICES_TRANSLATION_ENGINES_H_

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/synchronization/mutex.h"
#include "absl/time/time.h"
#include "services/translation/mt/apertium_engine.h"
#include "services/translation/mt/engine.h"
#include "services/translation/mt/http_engine.h"
#include "services/translation/mt/router.h"

namespace imi::translation {

// An HttpEngine created when its service is first reachable.
class DeferredHttpEngine final : public mt::Engine {
 public:
  explicit DeferredHttpEngine(mt::HttpEngineOptions options);
  ~DeferredHttpEngine() override;  // Stop()s

  // Stops retrying and waits for the background thread. Call it before
  // destroying the router that `on_connected` refreshes. Idempotent.
  void Stop();

  // Tries to reach the service now; if that fails, keeps trying every
  // `retry` on a background thread. `on_connected` runs once, after the
  // engine got its pairs (on this thread or the background one).
  void Start(std::function<void()> on_connected,
             absl::Duration retry = absl::Seconds(30));

  // Before the service was reached: MT_ENGINE_UNAVAILABLE (the router offers
  // no route through this engine then anyway).
  absl::StatusOr<std::string> Translate(std::string_view text,
                                        const mt::Pair& pair) override;
  std::vector<mt::Pair> Pairs() const override;
  std::string name() const override { return options_.name; }
  bool connected() const;

 private:
  absl::Status TryConnect();

  const mt::HttpEngineOptions options_;
  mutable absl::Mutex mu_;
  std::shared_ptr<mt::HttpEngine> engine_ ABSL_GUARDED_BY(mu_);
  bool stopping_ ABSL_GUARDED_BY(mu_) = false;
  std::thread thread_;
};

// Every member has a default initialiser, so designated initialisers may
// name only some (no -Wmissing-field-initializers).
struct EngineOptions {
  // "" or "off": no Apertium.
  std::string apertium_modes_dir = "/usr/share/apertium/modes";
  int apertium_pipelines = 1;
  std::string http_url{};  // "": no HTTP engine
  std::string http_api_key{};
  std::string http_engine_name = "http";
  absl::Duration http_timeout = absl::Seconds(30);
  std::string routes{};  // IMI_MT_ROUTES
  int max_bridges = 2;
};

struct Engines {
  std::unique_ptr<mt::Router> router;
  mt::ApertiumEngine* apertium = nullptr;  // owned by router; null if none
  DeferredHttpEngine* http = nullptr;      // owned by router; null if none
};

// Errors: INVALID_ARGUMENT for routing preferences naming an engine that is
// not configured, or other bad options.
absl::StatusOr<Engines> BuildEngines(const EngineOptions& options);

// Starts and warms the Apertium pipelines of `pairs` (one after the other),
// logging those that fail. Blocks until done.
void WarmUpPipelines(mt::ApertiumEngine& apertium,
                     const std::vector<mt::Pair>& pairs);

}  // namespace imi::translation

#endif  // IMI_SERVICES_TRANSLATION_ENGINES_H_
