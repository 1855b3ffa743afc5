// An external machine-translation service behind a LibreTranslate-style HTTP
// API — how a deployment reaches language pairs Apertium lacks (e.g. through
// a LibreTranslate instance or an adapter in front of the Commission's
// eTranslation).
//
// Protocol:
//   POST {url}/translate  {"q": text, "source": "en", "target": "es",
//                          "format": "text", "api_key": key}
//     -> 200 {"translatedText": "..."}, or 4xx/5xx {"error": "..."}
//   GET  {url}/languages
//     -> 200 [{"code": "en", "name": "English", "targets": ["es", ...]}, ...]
// (without "targets", every listed language is assumed to translate into
// every other). Plain HTTP/1.1 only, no TLS yet (see http_client.h); one
// connection per call.
//
// Example:
//   HttpEngineOptions options;
//   options.url = "http://libretranslate:5000";
//   options.api_key = key;
//   IMI_ASSIGN_OR_RETURN(auto http, HttpEngine::Create(options));
//
// Thread safety: thread-safe.
#ifndef IMI_SERVICES_TRANSLATION_MT_HTTP_ENGINE_H_
#define IMI_SERVICES_TRANSLATION_MT_HTTP_ENGINE_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/synchronization/mutex.h"
#include "absl/time/time.h"
#include "services/translation/mt/engine.h"
#include "services/translation/mt/http_client.h"

namespace imi::translation::mt {

struct HttpEngineOptions {
  std::string url;            // "http://host:port[/prefix]"
  std::string api_key;        // sent as "api_key" when not empty
  std::string name = "http";  // engine name in routing config and results
  absl::Duration connect_timeout = absl::Seconds(2);
  absl::Duration request_timeout = absl::Seconds(30);  // whole call
  // The pairs to offer. Empty: ask the service (GET /languages) in Create
  // and on RefreshPairs.
  std::vector<Pair> pairs;
};

class HttpEngine : public Engine {
 public:
  // Errors: INVALID_ARGUMENT / UNIMPLEMENTED for a bad or https URL; when
  // options.pairs is empty, any error of RefreshPairs (the service must be
  // reachable at start-up to say what it offers).
  static absl::StatusOr<std::unique_ptr<HttpEngine>> Create(
      HttpEngineOptions options);

  // See Engine::Translate. HTTP failures map to: connection refused/reset or
  // 5xx -> UNAVAILABLE MT_ENGINE_UNAVAILABLE; timeout -> DEADLINE_EXCEEDED
  // MT_ENGINE_TIMEOUT; 429 -> RESOURCE_EXHAUSTED MT_ENGINE_BUSY; other 4xx ->
  // FAILED_PRECONDITION MT_ENGINE_REJECTED; bad JSON -> INTERNAL
  // MT_ENGINE_PROTOCOL. Error messages carry the server's "error" text.
  absl::StatusOr<std::string> Translate(std::string_view text,
                                        const Pair& pair) override;
  std::vector<Pair> Pairs() const override;
  std::string name() const override { return options_.name; }

  // Re-reads GET /languages and replaces the pairs on success. Errors as for
  // Translate; the old pairs stay on failure. No-op if options.pairs was set.
  absl::Status RefreshPairs();

 private:
  HttpEngine(HttpEngineOptions options, HttpUrl url);

  const HttpEngineOptions options_;
  const HttpUrl url_;
  mutable absl::Mutex mu_;
  std::vector<Pair> pairs_ ABSL_GUARDED_BY(mu_);
};

}  // namespace imi::translation::mt

#endif  // IMI_SERVICES_TRANSLATION_MT_HTTP_ENGINE_H_
