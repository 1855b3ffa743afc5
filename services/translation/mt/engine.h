// The interface every machine-translation engine implements, and the
// translation direction it is asked for.
//
// Engines are the embedded Apertium pipelines (apertium_engine.h) and external
// HTTP services (http_engine.h). The Router (router.h) picks an engine per
// pair and chains pairs through bridge languages; services call the Router,
// not engines.
//
// Example:
//   IMI_ASSIGN_OR_RETURN(std::string es,
//                        engine.Translate("The house.", {"en", "es"}));
#ifndef IMI_SERVICES_TRANSLATION_MT_ENGINE_H_
#define IMI_SERVICES_TRANSLATION_MT_ENGINE_H_

#include <compare>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"

namespace imi::translation::mt {

// A translation direction. Codes are ISO 639-1: one of the 26 IMI languages
// or a bridge language an engine offers (e.g. "ca" for Catalan).
struct Pair {
  std::string source;
  std::string target;

  friend bool operator==(const Pair&, const Pair&) = default;
  friend std::strong_ordering operator<=>(const Pair&, const Pair&) = default;
  template <typename H>
  friend H AbslHashValue(H h, const Pair& p) {
    return H::combine(std::move(h), p.source, p.target);
  }
  // "en-es".
  std::string ToString() const { return source + "-" + target; }
};

// A machine-translation engine.
//
// Thread safety: implementations are thread-safe; Translate may be called
// concurrently from any number of threads.
class Engine {
 public:
  virtual ~Engine() = default;

  // Translates `text` (UTF-8 plain text; line breaks are kept) for `pair`.
  // Returns the translation on success. Errors (see errors.h):
  //   FAILED_PRECONDITION MT_PAIR_UNAVAILABLE: `pair` is not in Pairs();
  //   INVALID_ARGUMENT TEXT_INVALID: the text contains NUL;
  //   UNAVAILABLE MT_ENGINE_UNAVAILABLE, DEADLINE_EXCEEDED MT_ENGINE_TIMEOUT,
  //   RESOURCE_EXHAUSTED MT_ENGINE_BUSY: transient engine failures;
  //   FAILED_PRECONDITION MT_ENGINE_REJECTED, INTERNAL MT_ENGINE_PROTOCOL:
  //   the engine refused the request or answered garbage.
  // Never returns the source text in place of a translation on failure.
  // Length limits are the Router's job; engines accept what they are given.
  virtual absl::StatusOr<std::string> Translate(std::string_view text,
                                                const Pair& pair) = 0;

  // The directions this engine translates directly, sorted.
  virtual std::vector<Pair> Pairs() const = 0;

  // A short stable name used in routing configuration and in results:
  // "apertium", "http", "etranslation", ...
  virtual std::string name() const = 0;
};

}  // namespace imi::translation::mt

#endif  // IMI_SERVICES_TRANSLATION_MT_ENGINE_H_
