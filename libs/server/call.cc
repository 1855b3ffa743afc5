#include "libs/server/call.h"

#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

#include "libs/log/log.h"
#include "libs/status/error.h"
#include "libs/status/grpc_status.h"
#include "spdlog/spdlog.h"

namespace imi::server {
namespace {

// A fixed pool of worker threads. Created once and never destroyed: its
// threads wait on a condition variable at process exit, which is harmless,
// whereas joining them from a static destructor would race with gRPC's own
// teardown.
class HandlerPool {
 public:
  explicit HandlerPool(int threads) {
    for (int i = 0; i < threads; ++i) {
      threads_.emplace_back([this] { Loop(); });
    }
  }
  void Submit(std::function<void()> task) {
    {
      std::lock_guard<std::mutex> lock(mu_);
      tasks_.push_back(std::move(task));
    }
    cv_.notify_one();
  }

 private:
  void Loop() {
    while (true) {
      std::function<void()> task;
      {
        std::unique_lock<std::mutex> lock(mu_);
        cv_.wait(lock, [this] { return !tasks_.empty(); });
        task = std::move(tasks_.front());
        tasks_.pop_front();
      }
      task();
    }
  }
  std::mutex mu_;
  std::condition_variable cv_;
  std::deque<std::function<void()>> tasks_;
  std::vector<std::thread> threads_;
};

std::once_flag pool_once;
HandlerPool* pool = nullptr;

HandlerPool& Pool(int threads = 16) {
  std::call_once(pool_once, [threads] { pool = new HandlerPool(threads); });
  return *pool;
}

}  // namespace

void ConfigureHandlerPool(int threads) { Pool(threads); }

std::string TraceIdOf(const grpc::ServerContextBase& ctx) {
  const auto& md = ctx.client_metadata();
  auto it = md.find("traceparent");
  if (it != md.end()) {
    auto parsed = log::ParseTraceparent(std::string_view(it->second.data(), it->second.size()));
    if (parsed) return parsed->trace_id;
  }
  return log::NewTraceContext().trace_id;
}

grpc::ServerUnaryReactor* RunUnary(grpc::CallbackServerContext* ctx,
                                   std::function<absl::Status()> work) {
  auto* reactor = ctx->DefaultReactor();
  std::string trace_id = TraceIdOf(*ctx);
  ctx->AddInitialMetadata("trace-id", trace_id);
  Pool().Submit([ctx, reactor, trace_id = std::move(trace_id), work = std::move(work)]() mutable {
    log::ScopedTraceId scoped(std::move(trace_id));
    absl::Status status;
    // A call cancelled (or past its deadline) while queued is not worked on.
    if (ctx->IsCancelled()) {
      reactor->Finish(grpc::Status(grpc::StatusCode::CANCELLED, "call cancelled before it ran"));
      return;
    }
    try {
      status = work();
    } catch (const std::exception& e) {
      status = absl::InternalError(std::string("unhandled exception: ") + e.what());
    } catch (...) {
      status = absl::InternalError("unhandled non-standard exception");
    }
    switch (status.code()) {
      case absl::StatusCode::kInternal:
      case absl::StatusCode::kUnknown:
      case absl::StatusCode::kDataLoss:
        spdlog::error("call failed: {}", Describe(status));
        break;
      default:
        // Whatever the client will not see in full is logged here.
        if (status.code() == absl::StatusCode::kUnavailable || HasInternalDetail(status)) {
          spdlog::warn("call failed: {}", Describe(status));
        }
        break;
    }
    reactor->Finish(ToGrpcStatus(status));
  });
  return reactor;
}

}  // namespace imi::server
