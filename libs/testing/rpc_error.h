// Decoding a gRPC error the way a client does, for service tests:
//
//   imi::testing::RpcError e = imi::testing::ErrorOf(stub->Get(&ctx, req, &resp));
//   EXPECT_EQ(e.code, grpc::StatusCode::NOT_FOUND);
//   EXPECT_EQ(e.reason, "AUTHORITY_NOT_FOUND");
//   EXPECT_THAT(e.fields, ElementsAre("name"));
#ifndef IMI_LIBS_TESTING_RPC_ERROR_H_
#define IMI_LIBS_TESTING_RPC_ERROR_H_

#include <map>
#include <string>
#include <vector>

#include "grpcpp/support/status.h"

namespace imi::testing {

struct RpcError {
  grpc::StatusCode code = grpc::StatusCode::OK;
  std::string message;
  std::string reason;                          // google.rpc.ErrorInfo.reason
  std::string domain;                          // google.rpc.ErrorInfo.domain
  std::map<std::string, std::string> metadata;  // google.rpc.ErrorInfo.metadata
  std::vector<std::string> fields;             // google.rpc.BadRequest field paths
};

// Reads the code, message and the google.rpc.Status details of `status`.
RpcError ErrorOf(const grpc::Status& status);

}  // namespace imi::testing

#endif  // IMI_LIBS_TESTING_RPC_ERROR_H_
