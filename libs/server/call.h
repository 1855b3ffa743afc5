// The one way a unary handler of the callback API runs its work.
//
//   grpc::ServerUnaryReactor* DirectoryServiceImpl::GetLegislativeArea(
//       grpc::CallbackServerContext* ctx, const GetLegislativeAreaRequest* req,
//       LegislativeArea* resp) {
//     return imi::server::Unary(ctx, req, resp,
//         [this](grpc::CallbackServerContext* ctx, const GetLegislativeAreaRequest& req,
//                LegislativeArea* resp) -> absl::Status { ... });
//   }
//
// Unary() returns at once; the body runs on the handler pool, a fixed set of
// worker threads shared by every service in the process, so that blocking
// work (PostgreSQL, Redis, Apertium) never blocks gRPC's own threads. The
// body gets the context, request and response as arguments: capture nothing
// from the handler's stack (it is gone by the time the body runs).
//
// Around the body Unary() sets the call's trace id (from the W3C
// `traceparent` metadata, or a new one) for its logs, echoes it to the client
// in the `trace-id` response header, and finishes the call with
// ToGrpcStatus(status). An INTERNAL or UNKNOWN error is logged with its
// original message (the client sees a generic one); an exception escaping the
// body is caught, logged and returned as INTERNAL instead of killing the
// process.
//
// Include this only from *_service.cc files: it pulls in gRPC headers.
#ifndef IMI_LIBS_SERVER_CALL_H_
#define IMI_LIBS_SERVER_CALL_H_

#include <functional>
#include <string>
#include <utility>

#include "absl/status/status.h"
#include "grpcpp/server_context.h"
#include "grpcpp/support/server_callback.h"

namespace imi::server {

// The trace id of the call, from `traceparent` metadata or freshly made.
std::string TraceIdOf(const grpc::ServerContextBase& ctx);

// Sizes the process-wide handler pool. The first call wins (Server::Start
// calls it with IMI_HANDLER_THREADS); without a call the pool has 16 threads.
void ConfigureHandlerPool(int threads);

// Runs `work` on the handler pool and finishes the call with its status.
grpc::ServerUnaryReactor* RunUnary(grpc::CallbackServerContext* ctx,
                                   std::function<absl::Status()> work);

template <typename Request, typename Response, typename Body>
grpc::ServerUnaryReactor* Unary(grpc::CallbackServerContext* ctx, const Request* request,
                                Response* response, Body body) {
  return RunUnary(ctx, [ctx, request, response, body = std::move(body)]() mutable {
    return body(ctx, *request, response);
  });
}

}  // namespace imi::server

#endif  // IMI_LIBS_SERVER_CALL_H_
