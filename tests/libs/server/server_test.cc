// The server bootstrap: readiness-driven health, graceful drain, metrics,
// trace ids and error mapping, through a real gRPC server.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <future>
#include <thread>

#include "echo.grpc.pb.h"
#include "gmock/gmock.h"
#include "grpc/health/v1/health.grpc.pb.h"
#include "grpcpp/client_context.h"
#include "grpcpp/create_channel.h"
#include "gtest/gtest.h"
#include "libs/log/log.h"
#include "libs/server/call.h"
#include "libs/server/server.h"

namespace imi::server {
namespace {

class EchoImpl final : public imi::test::Echo::CallbackService {
 public:
  std::atomic<int> started{0};
  grpc::ServerUnaryReactor* Echo(grpc::CallbackServerContext* ctx,
                                 const imi::test::EchoRequest* req,
                                 imi::test::EchoResponse* resp) override {
    return Unary(ctx, req, resp,
                 [this](grpc::CallbackServerContext*, const imi::test::EchoRequest& req,
                        imi::test::EchoResponse* resp) -> absl::Status {
                   ++started;
                   std::this_thread::sleep_for(std::chrono::milliseconds(req.delay_ms()));
                   if (req.fail_code() != 0) {
                     if (req.fail_code() == 99) throw std::runtime_error("boom with secret detail");
                     return absl::Status(static_cast<absl::StatusCode>(req.fail_code()),
                                         "failed on purpose");
                   }
                   resp->set_text(req.text());
                   resp->set_trace_id(log::CurrentTraceId());
                   return absl::OkStatus();
                 });
  }
};

ServerConfig TestConfig() {
  ServerConfig c;
  c.service_name = "test";
  c.listen_addr = "127.0.0.1:0";
  c.metrics_addr = "127.0.0.1:0";
  c.readiness_interval = std::chrono::seconds(1);
  c.shutdown_grace = std::chrono::seconds(5);
  return c;
}

std::string HttpGet(int port, const std::string& path) {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(port);
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof(addr)) != 0) return "";
  std::string req = "GET " + path + " HTTP/1.1\r\nHost: x\r\n\r\n";
  ::send(fd, req.data(), req.size(), 0);
  std::string out;
  char buf[4096];
  ssize_t n;
  while ((n = ::recv(fd, buf, sizeof(buf), 0)) > 0) out.append(buf, n);
  ::close(fd);
  return out;
}

class ServerTest : public ::testing::Test {
 protected:
  void StartServer(Server::Readiness readiness = nullptr) {
    auto s = Server::Start(TestConfig(), {&echo_}, std::move(readiness));
    ASSERT_TRUE(s.ok()) << s.status();
    server_ = std::move(s).value();
    channel_ = grpc::CreateChannel("127.0.0.1:" + std::to_string(server_->port()),
                                   grpc::InsecureChannelCredentials());
    stub_ = imi::test::Echo::NewStub(channel_);
  }
  grpc::health::v1::HealthCheckResponse::ServingStatus Health(const std::string& service = "") {
    auto health = grpc::health::v1::Health::NewStub(channel_);
    grpc::ClientContext ctx;
    grpc::health::v1::HealthCheckRequest req;
    req.set_service(service);
    grpc::health::v1::HealthCheckResponse resp;
    grpc::Status s = health->Check(&ctx, req, &resp);
    return s.ok() ? resp.status() : grpc::health::v1::HealthCheckResponse::UNKNOWN;
  }
  grpc::Status Call(const imi::test::EchoRequest& req, imi::test::EchoResponse* resp,
                    grpc::ClientContext* ctx = nullptr) {
    grpc::ClientContext local;
    return stub_->Echo(ctx ? ctx : &local, req, resp);
  }

  EchoImpl echo_;
  std::unique_ptr<Server> server_;
  std::shared_ptr<grpc::Channel> channel_;
  std::unique_ptr<imi::test::Echo::Stub> stub_;
};

TEST_F(ServerTest, HealthFollowsReadiness) {
  std::atomic<bool> ready{false};
  StartServer([&] { return ready ? absl::OkStatus() : absl::UnavailableError("db down"); });
  EXPECT_EQ(Health(), grpc::health::v1::HealthCheckResponse::NOT_SERVING);
  // Not ready, but alive: Kubernetes must not restart it for a database outage.
  EXPECT_EQ(Health(kLivenessService), grpc::health::v1::HealthCheckResponse::SERVING);
  ready = true;
  server_->CheckReadiness();
  EXPECT_EQ(Health(), grpc::health::v1::HealthCheckResponse::SERVING);
  ready = false;
  // The periodic check notices without being asked.
  std::this_thread::sleep_for(std::chrono::milliseconds(1500));
  EXPECT_EQ(Health(), grpc::health::v1::HealthCheckResponse::NOT_SERVING);
}

TEST_F(ServerTest, ShutdownDrainsInFlightCallsAndRefusesNewOnes) {
  StartServer();
  imi::test::EchoRequest slow;
  slow.set_text("slow");
  slow.set_delay_ms(700);
  auto in_flight = std::async(std::launch::async, [&] {
    imi::test::EchoResponse resp;
    grpc::Status s = Call(slow, &resp);
    return std::make_pair(s.error_code(), resp.text());
  });
  while (echo_.started == 0) std::this_thread::sleep_for(std::chrono::milliseconds(5));
  auto shutdown = std::async(std::launch::async, [&] { server_->Shutdown(); });
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  // New calls are refused while the old one drains.
  imi::test::EchoRequest fresh;
  imi::test::EchoResponse fresh_resp;
  grpc::ClientContext ctx;
  ctx.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(2));
  EXPECT_FALSE(Call(fresh, &fresh_resp, &ctx).ok());
  auto [code, text] = in_flight.get();
  EXPECT_EQ(code, grpc::StatusCode::OK);
  EXPECT_EQ(text, "slow");
  shutdown.get();
}

TEST_F(ServerTest, ShutdownCancelsCallsThatOutliveTheGracePeriod) {
  StartServer();
  imi::test::EchoRequest slow;
  slow.set_delay_ms(1500);
  auto in_flight = std::async(std::launch::async, [&] {
    imi::test::EchoResponse resp;
    return Call(slow, &resp).error_code();
  });
  while (echo_.started == 0) std::this_thread::sleep_for(std::chrono::milliseconds(5));
  auto t0 = std::chrono::steady_clock::now();
  server_->Shutdown(std::chrono::milliseconds(200));
  EXPECT_NE(in_flight.get(), grpc::StatusCode::OK);
  // Shutdown returned once the handler finished, not after an unbounded wait.
  EXPECT_LT(std::chrono::steady_clock::now() - t0, std::chrono::seconds(5));
}

TEST_F(ServerTest, CountsCallsByCodeAndServesThemAtMetrics) {
  StartServer();
  imi::test::EchoRequest ok, bad;
  bad.set_fail_code(static_cast<int>(absl::StatusCode::kInvalidArgument));
  imi::test::EchoResponse resp;
  EXPECT_TRUE(Call(ok, &resp).ok());
  EXPECT_TRUE(Call(ok, &resp).ok());
  EXPECT_EQ(Call(bad, &resp).error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_EQ(server_->metrics().CallCount("/imi.test.Echo/Echo", "OK"), 2);
  EXPECT_EQ(server_->metrics().CallCount("/imi.test.Echo/Echo", "INVALID_ARGUMENT"), 1);
  std::string page = HttpGet(server_->metrics_port(), "/metrics");
  EXPECT_THAT(page, ::testing::HasSubstr("HTTP/1.1 200 OK"));
  EXPECT_THAT(page, ::testing::HasSubstr(
                        "grpc_server_handled_total{grpc_service=\"imi.test.Echo\","
                        "grpc_method=\"Echo\",grpc_code=\"OK\"} 2"));
  EXPECT_THAT(page, ::testing::HasSubstr("grpc_server_handling_seconds_count{grpc_service=\"imi.test.Echo\",grpc_method=\"Echo\"} 3"));
  EXPECT_THAT(HttpGet(server_->metrics_port(), "/secrets"), ::testing::HasSubstr("404"));
}

TEST_F(ServerTest, HandlerSeesTheCallersTraceIdOrAFreshOne) {
  StartServer();
  imi::test::EchoRequest req;
  imi::test::EchoResponse resp;
  grpc::ClientContext ctx;
  ctx.AddMetadata("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");
  ASSERT_TRUE(Call(req, &resp, &ctx).ok());
  EXPECT_EQ(resp.trace_id(), "0af7651916cd43dd8448eb211c80319c");
  imi::test::EchoResponse fresh;
  ASSERT_TRUE(Call(req, &fresh).ok());
  EXPECT_EQ(fresh.trace_id().size(), 32u);
  EXPECT_NE(fresh.trace_id(), resp.trace_id());
}

TEST_F(ServerTest, AnExceptionInAHandlerIsInternalNotACrash) {
  StartServer();
  imi::test::EchoRequest req;
  req.set_fail_code(99);
  imi::test::EchoResponse resp;
  grpc::Status s = Call(req, &resp);
  EXPECT_EQ(s.error_code(), grpc::StatusCode::INTERNAL);
  EXPECT_THAT(s.error_message(), ::testing::Not(::testing::HasSubstr("secret")));
  imi::test::EchoRequest ok;
  EXPECT_TRUE(Call(ok, &resp).ok());  // still serving
}

TEST_F(ServerTest, RefusesToStartOnAnAddressInUse) {
  StartServer();
  ServerConfig clash = TestConfig();
  clash.listen_addr = "127.0.0.1:" + std::to_string(server_->port());
  EchoImpl other;
  auto s = Server::Start(clash, {&other}, nullptr);
  EXPECT_EQ(s.status().code(), absl::StatusCode::kUnavailable);
  EXPECT_THAT(std::string(s.status().message()), ::testing::HasSubstr("IMI_LISTEN_ADDR"));
}

TEST(ServerConfigTest, ReadsCommonVariablesAndNamesBadOnes) {
  std::map<std::string, std::string> vars = {{"IMI_LISTEN_ADDR", "127.0.0.1:6000"},
                                             {"IMI_LOG_FORMAT", "json"},
                                             {"IMI_SHUTDOWN_GRACE_SECONDS", "7"}};
  config::Env env([&](const char* n) -> const char* {
    auto it = vars.find(n);
    return it == vars.end() ? nullptr : it->second.c_str();
  });
  ServerConfig c = LoadServerConfig(env, "directory", "0.0.0.0:50051");
  EXPECT_TRUE(env.Finish().ok());
  EXPECT_EQ(c.listen_addr, "127.0.0.1:6000");
  EXPECT_TRUE(c.log_json);
  EXPECT_EQ(c.shutdown_grace, std::chrono::seconds(7));
  EXPECT_EQ(c.metrics_addr, "0.0.0.0:9464");

  vars = {{"IMI_SHUTDOWN_GRACE_SECONDS", "-1"}, {"IMI_METRICS_ADDR", "off"}};
  config::Env bad([&](const char* n) -> const char* {
    auto it = vars.find(n);
    return it == vars.end() ? nullptr : it->second.c_str();
  });
  ServerConfig d = LoadServerConfig(bad, "directory", "0.0.0.0:50051");
  EXPECT_EQ(d.metrics_addr, "");
  EXPECT_THAT(std::string(bad.Finish().message()),
              ::testing::HasSubstr("IMI_SHUTDOWN_GRACE_SECONDS"));
}

}  // namespace
}  // namespace imi::server
