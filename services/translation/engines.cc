#include "services/translation/engines.h"

#include <filesystem>
#include <utility>

#include "absl/strings/str_cat.h"
#include "libs/status/error.h"
#include "services/translation/errors.h"
#include "spdlog/spdlog.h"

namespace imi::translation {

DeferredHttpEngine::DeferredHttpEngine(mt::HttpEngineOptions options)
    : options_(std::move(options)) {}

DeferredHttpEngine::~DeferredHttpEngine() { Stop(); }

void DeferredHttpEngine::Stop() {
  {
    absl::MutexLock lock(&mu_);
    stopping_ = true;
  }
  if (thread_.joinable()) thread_.join();
}

absl::Status DeferredHttpEngine::TryConnect() {
  absl::StatusOr<std::unique_ptr<mt::HttpEngine>> engine =
      mt::HttpEngine::Create(options_);
  if (!engine.ok()) return engine.status();
  spdlog::info("mt engine {}: {} pairs from {}", options_.name,
               (*engine)->Pairs().size(), options_.url);
  absl::MutexLock lock(&mu_);
  engine_ = std::shared_ptr<mt::HttpEngine>(std::move(*engine));
  return absl::OkStatus();
}

void DeferredHttpEngine::Start(std::function<void()> on_connected,
                               absl::Duration retry) {
  if (absl::Status s = TryConnect(); s.ok()) {
    on_connected();
    return;
  } else {
    spdlog::warn("mt engine {}: {} unreachable ({}); retrying every {}",
                 options_.name, options_.url, Describe(s),
                 absl::FormatDuration(retry));
  }
  thread_ = std::thread([this, on_connected = std::move(on_connected), retry] {
    while (true) {
      {
        absl::MutexLock lock(&mu_);
        // Sleeps for `retry` unless the destructor asks to stop.
        mu_.AwaitWithTimeout(absl::Condition(&stopping_), retry);
        if (stopping_) return;
      }
      if (TryConnect().ok()) {
        on_connected();
        return;
      }
    }
  });
}

absl::StatusOr<std::string> DeferredHttpEngine::Translate(
    std::string_view text, const mt::Pair& pair) {
  std::shared_ptr<mt::HttpEngine> engine;
  {
    absl::MutexLock lock(&mu_);
    engine = engine_;
  }
  if (engine == nullptr) {
    return errors::EngineUnavailable(options_.name,
                                     "the service has not been reached yet");
  }
  return engine->Translate(text, pair);
}

std::vector<mt::Pair> DeferredHttpEngine::Pairs() const {
  absl::MutexLock lock(&mu_);
  return engine_ == nullptr ? std::vector<mt::Pair>{} : engine_->Pairs();
}

bool DeferredHttpEngine::connected() const {
  absl::MutexLock lock(&mu_);
  return engine_ != nullptr;
}

absl::StatusOr<Engines> BuildEngines(const EngineOptions& options) {
  Engines out;
  std::vector<std::unique_ptr<mt::Engine>> engines;
  if (!options.apertium_modes_dir.empty() &&
      options.apertium_modes_dir != "off") {
    std::error_code ec;
    if (std::filesystem::is_directory(options.apertium_modes_dir, ec)) {
      mt::ApertiumEngineOptions ao;
      ao.modes_dir = options.apertium_modes_dir;
      ao.pipelines_per_mode = options.apertium_pipelines;
      absl::StatusOr<std::unique_ptr<mt::ApertiumEngine>> apertium =
          mt::ApertiumEngine::Create(ao);
      if (!apertium.ok()) return apertium.status();
      out.apertium = apertium->get();
      engines.push_back(*std::move(apertium));
    } else {
      // Not fatal: a deployment may translate through HTTP engines only.
      spdlog::warn(
          "mt: Apertium modes directory {} not found; no embedded engine",
          options.apertium_modes_dir);
    }
  }
  if (!options.http_url.empty()) {
    mt::HttpEngineOptions ho;
    ho.url = options.http_url;
    ho.api_key = options.http_api_key;
    ho.name = options.http_engine_name;
    ho.request_timeout = options.http_timeout;
    auto http = std::make_unique<DeferredHttpEngine>(std::move(ho));
    out.http = http.get();
    engines.push_back(std::move(http));
  }
  mt::RouterOptions ro;
  ro.preferences = options.routes;
  ro.max_bridges = options.max_bridges;
  absl::StatusOr<std::unique_ptr<mt::Router>> router =
      mt::Router::Create(std::move(engines), std::move(ro));
  if (!router.ok()) return router.status();
  out.router = *std::move(router);
  return out;
}

void WarmUpPipelines(mt::ApertiumEngine& apertium,
                     const std::vector<mt::Pair>& pairs) {
  for (const mt::Pair& pair : pairs) {
    const absl::Time start = absl::Now();
    absl::StatusOr<mt::ApertiumPipeline*> pipeline = apertium.PipelineFor(pair);
    absl::Status s = pipeline.ok() ? (*pipeline)->WarmUp() : pipeline.status();
    if (s.ok()) {
      spdlog::info("mt: {} warm in {}", pair.ToString(),
                   absl::FormatDuration(absl::Now() - start));
    } else {
      spdlog::warn("mt: warming {} failed: {}", pair.ToString(), Describe(s));
    }
  }
}

}  // namespace imi::translation
