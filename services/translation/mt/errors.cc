#include "services/translation/mt/errors.h"

#include "absl/strings/str_cat.h"
#include "libs/status/error.h"

namespace imi::translation::mt::errors {

absl::Status PairUnavailable(absl::string_view source,
                             absl::string_view target) {
  return imi::Error(absl::StatusCode::kFailedPrecondition, kDomain,
                    "MT_PAIR_UNAVAILABLE",
                    absl::StrCat("no machine-translation engine translates '",
                                 source, "' into '", target,
                                 "', directly or through bridge languages"))
      .With("source", source)
      .With("target", target);
}

absl::Status TextEmpty() {
  return imi::InvalidField(kDomain, "TEXT_EMPTY", "text",
                           "must contain at least one non-space character");
}

absl::Status TextTooLong(std::size_t chars, std::size_t limit) {
  return imi::InvalidField(
      kDomain, "TEXT_TOO_LONG", "text",
      absl::StrCat("has ", chars, " characters; at most ", limit,
                   " can be machine-translated in one call"));
}

absl::Status TextInvalid(absl::string_view why) {
  return imi::InvalidField(kDomain, "TEXT_INVALID", "text", why);
}

absl::Status EngineUnavailable(absl::string_view engine,
                               absl::string_view detail) {
  return imi::Error(absl::StatusCode::kUnavailable, kDomain,
                    "MT_ENGINE_UNAVAILABLE",
                    absl::StrCat("machine-translation engine '", engine,
                                 "' failed: ", detail))
      .With("engine", engine);
}

absl::Status EngineTimeout(absl::string_view engine, absl::string_view detail) {
  return imi::Error(absl::StatusCode::kDeadlineExceeded, kDomain,
                    "MT_ENGINE_TIMEOUT",
                    absl::StrCat("machine-translation engine '", engine,
                                 "' did not answer in time: ", detail))
      .With("engine", engine);
}

absl::Status EngineBusy(absl::string_view engine, absl::string_view detail) {
  return imi::Error(absl::StatusCode::kResourceExhausted, kDomain,
                    "MT_ENGINE_BUSY",
                    absl::StrCat("machine-translation engine '", engine,
                                 "' is overloaded: ", detail))
      .With("engine", engine);
}

absl::Status EngineRejected(absl::string_view engine,
                            absl::string_view detail) {
  return imi::Error(absl::StatusCode::kFailedPrecondition, kDomain,
                    "MT_ENGINE_REJECTED",
                    absl::StrCat("machine-translation engine '", engine,
                                 "' refused the request: ", detail))
      .With("engine", engine);
}

absl::Status EngineProtocol(absl::string_view engine,
                            absl::string_view detail) {
  return imi::Error(absl::StatusCode::kInternal, kDomain, "MT_ENGINE_PROTOCOL",
                    absl::StrCat("machine-translation engine '", engine,
                                 "' answered something unexpected: ", detail))
      .With("engine", engine);
}

}  // namespace imi::translation::mt::errors
