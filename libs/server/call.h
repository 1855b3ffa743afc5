// The one way a unary handler of the callback API runs its work.
//
//   grpc::ServerUnaryReactor* DirectoryServiceImpl::GetLegislativeArea(
//       grpc::CallbackServerContext* ctx, const GetLegislativeAreaRequest* req,
//       LegislativeArea* resp) {
//     return imi::server::Unary(ctx, [&] { return DoGet(*req, resp); });
//   }
//
// Unary() sets the call's trace id (from the W3C `traceparent` metadata, or a
// new one) for the logs of the handler, echoes it to the client in the
// `trace-id` response header, runs `fn` and finishes the call with
// ToGrpcStatus(status). An INTERNAL or UNKNOWN error is logged with its
// original message (the client sees a generic one); an exception escaping
// `fn` is caught, logged and returned as INTERNAL instead of killing the
// process.
//
// Include this only from *_service.cc files: it pulls in gRPC headers.
#ifndef IMI_LIBS_SERVER_CALL_H_
#define IMI_LIBS_SERVER_CALL_H_

#include <functional>
#include <string>

#include "absl/status/status.h"
#include "grpcpp/server_context.h"
#include "grpcpp/support/server_callback.h"

namespace imi::server {

// The trace id of the call, from `traceparent` metadata or freshly made.
std::string TraceIdOf(const grpc::ServerContextBase& ctx);

grpc::ServerUnaryReactor* Unary(grpc::CallbackServerContext* ctx,
                                const std::function<absl::Status()>& fn);

}  // namespace imi::server

#endif  // IMI_LIBS_SERVER_CALL_H_
