// An in-process gRPC server for service tests, started through the same
// bootstrap as production (imi::server::Server: interceptor, health,
// reflection) on 127.0.0.1 port 0, with a client channel to it.
//
// Example:
//   DirectoryServiceImpl service(...);
//   imi::testing::GrpcTestServer server({&service});
//   auto stub = v1::DirectoryService::NewStub(server.channel());
#ifndef IMI_LIBS_TESTING_GRPC_SERVER_H_
#define IMI_LIBS_TESTING_GRPC_SERVER_H_

#include <memory>
#include <vector>

#include "grpcpp/channel.h"
#include "libs/server/server.h"

namespace imi::testing {

class GrpcTestServer {
 public:
  // Starts serving `services` (not owned). `readiness` defaults to always ready.
  // Aborts the test binary if the server cannot start.
  explicit GrpcTestServer(std::vector<grpc::Service*> services,
                          server::Server::Readiness readiness = nullptr);
  ~GrpcTestServer();

  std::shared_ptr<grpc::Channel> channel() const { return channel_; }
  server::Server& server() { return *server_; }

 private:
  std::unique_ptr<server::Server> server_;
  std::shared_ptr<grpc::Channel> channel_;
};

}  // namespace imi::testing

#endif  // IMI_LIBS_TESTING_GRPC_SERVER_H_
