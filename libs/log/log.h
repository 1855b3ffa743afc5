// Structured logging for every service: spdlog, human-readable or JSON lines,
// each line carrying the trace id of the call it belongs to.
//
// The trace id lives in a thread-local slot that ScopedTraceId sets for the
// duration of a handler (libs/server does it for every call), so any
// spdlog::info() inside the call is tagged without passing ids around.
//
// Example:
//   imi::log::Init({.service = "directory", .json = true, .level = "info"});
//   { imi::log::ScopedTraceId t("4bf92f3577b34da6a3ce929d0e0e4736");
//     spdlog::info("area {} read", code); }   // {"trace_id":"4bf9...", ...}
#ifndef IMI_LIBS_LOG_LOG_H_
#define IMI_LIBS_LOG_LOG_H_

#include <optional>
#include <string>
#include <string_view>

namespace imi::log {

struct Options {
  std::string service;       // added to every line
  bool json = false;         // JSON lines (for log collectors) vs text (for people)
  std::string level = "info";  // trace|debug|info|warn|error|critical|off
};

// Installs the default spdlog logger on stderr. Call once, early in main().
// Returns false (and logs nothing) if `level` is not a valid level name.
bool Init(const Options& options);

// The W3C trace context of a call.
struct TraceContext {
  std::string trace_id;  // 32 lowercase hex characters
  std::string span_id;   // 16 lowercase hex characters
};

// Parses a W3C `traceparent` header ("00-<trace>-<span>-<flags>"); nullopt if
// malformed or all-zero (which the spec says to ignore).
std::optional<TraceContext> ParseTraceparent(std::string_view header);
// A fresh random trace context, for calls that arrive without one.
TraceContext NewTraceContext();
// Formats `ctx` as a traceparent header value (version 00, sampled).
std::string FormatTraceparent(const TraceContext& ctx);

// The trace id set on this thread, or "" if none.
const std::string& CurrentTraceId();

// Sets this thread's trace id for its lifetime and restores the previous one.
class ScopedTraceId {
 public:
  explicit ScopedTraceId(std::string trace_id);
  ~ScopedTraceId();
  ScopedTraceId(const ScopedTraceId&) = delete;
  ScopedTraceId& operator=(const ScopedTraceId&) = delete;

 private:
  std::string previous_;
};

// Escapes `text` for inclusion inside a JSON string literal.
std::string JsonEscape(std::string_view text);

}  // namespace imi::log

#endif  // IMI_LIBS_LOG_LOG_H_
