#include "libs/server/call.h"

#include <exception>

#include "libs/log/log.h"
#include "libs/status/grpc_status.h"
#include "spdlog/spdlog.h"

namespace imi::server {

std::string TraceIdOf(const grpc::ServerContextBase& ctx) {
  const auto& md = ctx.client_metadata();
  auto it = md.find("traceparent");
  if (it != md.end()) {
    auto parsed = log::ParseTraceparent(std::string_view(it->second.data(), it->second.size()));
    if (parsed) return parsed->trace_id;
  }
  return log::NewTraceContext().trace_id;
}

grpc::ServerUnaryReactor* Unary(grpc::CallbackServerContext* ctx,
                                const std::function<absl::Status()>& fn) {
  std::string trace_id = TraceIdOf(*ctx);
  ctx->AddInitialMetadata("trace-id", trace_id);
  log::ScopedTraceId scoped(std::move(trace_id));
  absl::Status status;
  try {
    status = fn();
  } catch (const std::exception& e) {
    status = absl::InternalError(std::string("unhandled exception: ") + e.what());
  } catch (...) {
    status = absl::InternalError("unhandled non-standard exception");
  }
  if (status.code() == absl::StatusCode::kInternal || status.code() == absl::StatusCode::kUnknown ||
      status.code() == absl::StatusCode::kDataLoss) {
    spdlog::error("call failed: {}", status.ToString());
  } else if (status.code() == absl::StatusCode::kUnavailable) {
    spdlog::warn("call unavailable: {}", std::string(status.message()));
  }
  auto* reactor = ctx->DefaultReactor();
  reactor->Finish(ToGrpcStatus(status));
  return reactor;
}

}  // namespace imi::server
