#include "libs/testing/grpc_server.h"

#include <cstdio>
#include <cstdlib>

#include "grpcpp/create_channel.h"
#include "grpcpp/security/credentials.h"

namespace imi::testing {

GrpcTestServer::GrpcTestServer(std::vector<grpc::Service*> services,
                               server::Server::Readiness readiness) {
  server::ServerConfig config;
  config.service_name = "test";
  config.listen_addr = "127.0.0.1:0";
  config.metrics_addr = "127.0.0.1:0";
  config.shutdown_grace = std::chrono::seconds(5);
  config.readiness_interval = std::chrono::seconds(1);
  auto started = server::Server::Start(config, std::move(services), std::move(readiness));
  if (!started.ok()) {
    std::fprintf(stderr, "FATAL: test gRPC server: %s\n", started.status().ToString().c_str());
    std::abort();
  }
  server_ = std::move(started).value();
  channel_ = grpc::CreateChannel("127.0.0.1:" + std::to_string(server_->port()),
                                 grpc::InsecureChannelCredentials());
}

GrpcTestServer::~GrpcTestServer() { server_->Shutdown(std::chrono::seconds(5)); }

}  // namespace imi::testing
