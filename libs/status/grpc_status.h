// The one conversion between absl::Status and grpc::Status for the suite.
//
// ToGrpcStatus() keeps the code and message and puts a serialized
// google.rpc.Status into the `grpc-status-details-bin` trailer, with the
// ErrorInfo (reason, domain, metadata) and BadRequest (field violations)
// attached by imi::Error. An error without a reason gets the reason
// "INTERNAL"/"UNAVAILABLE"/... derived from its code, so a client always finds
// an ErrorInfo.
//
// Internal errors are not leaked: for INTERNAL, UNKNOWN and DATA_LOSS, and
// for any status marked with MarkInternalDetail() (libs/pg marks every error
// it returns), the client gets a generic message for the code and only the
// code-derived reason; the original is logged by server::Unary().
//
// FromGrpcStatus() is the inverse, for service-to-service calls: it restores
// the code, message and payloads so that the caller can inspect the reason.
#ifndef IMI_LIBS_STATUS_GRPC_STATUS_H_
#define IMI_LIBS_STATUS_GRPC_STATUS_H_

#include "absl/status/status.h"
#include "grpcpp/support/status.h"

namespace imi {

grpc::Status ToGrpcStatus(const absl::Status& status);
absl::Status FromGrpcStatus(const grpc::Status& status);

}  // namespace imi

#endif  // IMI_LIBS_STATUS_GRPC_STATUS_H_
