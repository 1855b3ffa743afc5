// Every error the machine-translation layer can return, in one place.
// (absl::string_view parameters, like libs/status: Debian's Abseil has its
// own string_view type; wrap a std::string_view with AV() from absl_compat.h.)
// Domain: "translation.imi". Reasons are stable API: clients switch on them.
// The service's own errors.h (catalogue, languages) adds its reasons next to
// these; it must not reuse these names for anything else.
#ifndef IMI_SERVICES_TRANSLATION_MT_ERRORS_H_
#define IMI_SERVICES_TRANSLATION_MT_ERRORS_H_

#include <cstddef>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"

namespace imi::translation::mt::errors {

inline constexpr char kDomain[] = "translation.imi";

// FAILED_PRECONDITION, MT_PAIR_UNAVAILABLE: no configured engine (directly or
// through bridge languages) translates `source` into `target`. ErrorInfo
// metadata: source, target.
absl::Status PairUnavailable(absl::string_view source,
                             absl::string_view target);

// INVALID_ARGUMENT, TEXT_EMPTY on field "text": empty or whitespace only.
absl::Status TextEmpty();
// INVALID_ARGUMENT, TEXT_TOO_LONG on field "text": more than `limit` Unicode
// characters.
absl::Status TextTooLong(std::size_t chars, std::size_t limit);
// INVALID_ARGUMENT, TEXT_INVALID on field "text": not UTF-8, or contains NUL.
absl::Status TextInvalid(absl::string_view why);

// UNAVAILABLE, MT_ENGINE_UNAVAILABLE: the engine exists but failed (its
// process died or stalled twice on this text, the HTTP service is down or
// answered 5xx). Retrying later may succeed. Metadata: engine.
absl::Status EngineUnavailable(absl::string_view engine,
                               absl::string_view detail);
// DEADLINE_EXCEEDED, MT_ENGINE_TIMEOUT: the engine did not answer in time.
absl::Status EngineTimeout(absl::string_view engine, absl::string_view detail);
// RESOURCE_EXHAUSTED, MT_ENGINE_BUSY: too many texts queued for the engine.
absl::Status EngineBusy(absl::string_view engine, absl::string_view detail);
// FAILED_PRECONDITION, MT_ENGINE_REJECTED: the engine refused the request
// (an HTTP engine answered 4xx, e.g. unsupported language or bad API key).
absl::Status EngineRejected(absl::string_view engine, absl::string_view detail);
// INTERNAL, MT_ENGINE_PROTOCOL: the engine answered something unparseable.
absl::Status EngineProtocol(absl::string_view engine, absl::string_view detail);

}  // namespace imi::translation::mt::errors

#endif  // IMI_SERVICES_TRANSLATION_MT_ERRORS_H_
