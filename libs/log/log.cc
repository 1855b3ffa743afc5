#include "libs/log/log.h"

#include <chrono>
#include <cstdio>
#include <random>

#include "spdlog/details/log_msg.h"
#include "spdlog/formatter.h"
#include "spdlog/pattern_formatter.h"
#include "spdlog/sinks/stdout_sinks.h"
#include "spdlog/spdlog.h"

namespace imi::log {
namespace {

thread_local std::string current_trace_id;

bool IsLowerHex(std::string_view s) {
  for (char c : s) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  }
  return true;
}

std::string RandomHex(size_t chars) {
  thread_local std::mt19937_64 rng(std::random_device{}() ^
                                   std::chrono::steady_clock::now().time_since_epoch().count());
  static const char* kHex = "0123456789abcdef";
  std::string out(chars, '0');
  for (size_t i = 0; i < chars; i += 16) {
    uint64_t v = rng();
    for (size_t j = i; j < chars && j < i + 16; ++j, v >>= 4) out[j] = kHex[v & 15];
  }
  return out;
}

void AppendTime(const spdlog::details::log_msg& msg, spdlog::memory_buf_t& dest) {
  auto t = msg.time;
  auto secs = std::chrono::time_point_cast<std::chrono::seconds>(t);
  auto micros = std::chrono::duration_cast<std::chrono::microseconds>(t - secs).count();
  std::time_t tt = std::chrono::system_clock::to_time_t(t);
  std::tm tm{};
  gmtime_r(&tt, &tm);
  char buf[40];
  size_t n = std::strftime(buf, sizeof(buf), "%Y-%m-%dT%H:%M:%S", &tm);
  n += std::snprintf(buf + n, sizeof(buf) - n, ".%06lldZ", static_cast<long long>(micros));
  dest.append(buf, buf + n);
}

void Append(spdlog::memory_buf_t& dest, std::string_view s) { dest.append(s.data(), s.data() + s.size()); }

// One JSON object per line: time, level, service, trace_id, message.
class JsonFormatter final : public spdlog::formatter {
 public:
  explicit JsonFormatter(std::string service) : service_(std::move(service)) {}
  void format(const spdlog::details::log_msg& msg, spdlog::memory_buf_t& dest) override {
    Append(dest, "{\"time\":\"");
    AppendTime(msg, dest);
    Append(dest, "\",\"level\":\"");
    auto level = spdlog::level::to_string_view(msg.level);
    dest.append(level.data(), level.data() + level.size());
    Append(dest, "\",\"service\":\"");
    Append(dest, JsonEscape(service_));
    Append(dest, "\"");
    if (!current_trace_id.empty()) {
      Append(dest, ",\"trace_id\":\"");
      Append(dest, current_trace_id);
      Append(dest, "\"");
    }
    Append(dest, ",\"message\":\"");
    Append(dest, JsonEscape(std::string_view(msg.payload.data(), msg.payload.size())));
    Append(dest, "\"}\n");
  }
  std::unique_ptr<spdlog::formatter> clone() const override {
    return std::make_unique<JsonFormatter>(service_);
  }

 private:
  std::string service_;
};

// Human-readable: "2026-11-27T23:10:00.123456Z info  [directory] [trace] message".
class TextFormatter final : public spdlog::formatter {
 public:
  explicit TextFormatter(std::string service) : service_(std::move(service)) {}
  void format(const spdlog::details::log_msg& msg, spdlog::memory_buf_t& dest) override {
    AppendTime(msg, dest);
    Append(dest, " ");
    auto level = spdlog::level::to_string_view(msg.level);
    dest.append(level.data(), level.data() + level.size());
    Append(dest, " [");
    Append(dest, service_);
    Append(dest, "]");
    if (!current_trace_id.empty()) {
      Append(dest, " [");
      Append(dest, current_trace_id);
      Append(dest, "]");
    }
    Append(dest, " ");
    dest.append(msg.payload.data(), msg.payload.data() + msg.payload.size());
    Append(dest, "\n");
  }
  std::unique_ptr<spdlog::formatter> clone() const override {
    return std::make_unique<TextFormatter>(service_);
  }

 private:
  std::string service_;
};

}  // namespace

bool Init(const Options& options) {
  auto level = spdlog::level::from_str(options.level);
  if (level == spdlog::level::off && options.level != "off") return false;
  auto logger = std::make_shared<spdlog::logger>(
      options.service, std::make_shared<spdlog::sinks::stderr_sink_mt>());
  if (options.json) {
    logger->set_formatter(std::make_unique<JsonFormatter>(options.service));
  } else {
    logger->set_formatter(std::make_unique<TextFormatter>(options.service));
  }
  logger->set_level(level);
  logger->flush_on(spdlog::level::warn);
  spdlog::set_default_logger(logger);
  return true;
}

std::optional<TraceContext> ParseTraceparent(std::string_view h) {
  // version(2)-trace(32)-span(16)-flags(2)
  if (h.size() < 55 || h[2] != '-' || h[35] != '-' || h[52] != '-') return std::nullopt;
  std::string_view version = h.substr(0, 2), trace = h.substr(3, 32), span = h.substr(36, 16),
                   flags = h.substr(53, 2);
  if (!IsLowerHex(version) || version == "ff" || !IsLowerHex(trace) || !IsLowerHex(span) ||
      !IsLowerHex(flags)) {
    return std::nullopt;
  }
  if (version == "00" && h.size() != 55) return std::nullopt;
  if (trace.find_first_not_of('0') == std::string_view::npos ||
      span.find_first_not_of('0') == std::string_view::npos) {
    return std::nullopt;
  }
  return TraceContext{std::string(trace), std::string(span)};
}

TraceContext NewTraceContext() { return {RandomHex(32), RandomHex(16)}; }

std::string FormatTraceparent(const TraceContext& ctx) {
  return "00-" + ctx.trace_id + "-" + ctx.span_id + "-01";
}

const std::string& CurrentTraceId() { return current_trace_id; }

ScopedTraceId::ScopedTraceId(std::string trace_id) : previous_(std::move(current_trace_id)) {
  current_trace_id = std::move(trace_id);
}
ScopedTraceId::~ScopedTraceId() { current_trace_id = std::move(previous_); }

std::string JsonEscape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 8);
  for (unsigned char c : text) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof(buf), "\\u%04x", c);
          out += buf;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  return out;
}

}  // namespace imi::log
