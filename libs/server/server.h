// Server bootstrap shared by every service: configuration common to all
// servers, the gRPC server with health checking, reflection, per-call trace
// ids, logs and metrics, and graceful shutdown.
//
// A service's main.cc is wiring only:
//
//   int main() {
//     imi::server::BlockShutdownSignals();            // before any thread starts
//     auto config = directory::LoadConfig();           // exits with one clear line on error
//     ...open pools, migrate...
//     DirectoryServiceImpl service(...);
//     auto server = imi::server::Server::Start(config->server, {&service}, readiness);
//     if (!server.ok()) { ... }
//     (*server)->WaitForShutdownSignalAndDrain();
//   }
//
// Readiness: the standard grpc.health.v1.Health service reports SERVING for
// the empty service name "" only while `readiness()` returns OK (checked
// every `readiness_interval`, e.g. database reachable and migrations
// applied), and NOT_SERVING as soon as shutdown begins.
//
// Liveness: the health name "liveness" (kLivenessService) is SERVING as long
// as the process serves gRPC, whatever the database does: point Kubernetes'
// liveness probe at it so that an outage of PostgreSQL does not restart pods.
//
// Shutdown: on SIGTERM/SIGINT the server reports NOT_SERVING, stops accepting
// new calls, lets in-flight calls finish for up to `shutdown_grace`, then
// cancels what is left.
#ifndef IMI_LIBS_SERVER_SERVER_H_
#define IMI_LIBS_SERVER_SERVER_H_

#include <chrono>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "libs/config/env.h"
#include "libs/server/metrics.h"

namespace grpc {
class Server;
class Service;
}  // namespace grpc

namespace imi::server {

// Health-check service name that reports process liveness only.
inline constexpr char kLivenessService[] = "liveness";

// Settings every server has, read from the environment by LoadServerConfig().
struct ServerConfig {
  std::string service_name;            // "directory"; used in logs
  std::string listen_addr;             // IMI_LISTEN_ADDR
  std::string metrics_addr;            // IMI_METRICS_ADDR ("off" disables; "" here = disabled)
  bool log_json = false;               // IMI_LOG_FORMAT=json|text
  std::string log_level = "info";      // IMI_LOG_LEVEL
  std::chrono::seconds shutdown_grace{20};  // IMI_SHUTDOWN_GRACE_SECONDS
  int max_message_bytes = 4 << 20;     // IMI_MAX_MESSAGE_BYTES
  std::chrono::seconds keepalive_time{60};  // IMI_KEEPALIVE_SECONDS (server pings idle clients)
  std::chrono::seconds readiness_interval{5};
  // IMI_HANDLER_THREADS: workers that run handler bodies (see call.h). Size
  // it above the database pool so CPU work overlaps with waiting.
  int handler_threads = 16;
};

// Reads the common variables; problems are recorded in `env`.
ServerConfig LoadServerConfig(config::Env& env, const std::string& service_name,
                              const std::string& default_listen_addr);

// Blocks SIGTERM and SIGINT in the calling thread and every thread started
// after it, so that WaitForShutdownSignalAndDrain() can receive them with
// sigwait. Call first thing in main().
void BlockShutdownSignals();

class Server {
 public:
  using Readiness = std::function<absl::Status()>;

  // Builds and starts the server with `services` (not owned; must outlive the
  // server), health checking, reflection, the logging/metrics interceptor and
  // the /metrics endpoint. Returns UNAVAILABLE if the listen or metrics
  // address cannot be bound.
  static absl::StatusOr<std::unique_ptr<Server>> Start(const ServerConfig& config,
                                                        std::vector<grpc::Service*> services,
                                                        Readiness readiness);
  ~Server();  // Shuts down (with the grace period) if not done yet.

  // The bound gRPC port (useful with port 0) and metrics port (0 if disabled).
  int port() const { return port_; }
  int metrics_port() const;
  Metrics& metrics() { return *metrics_; }

  // Re-evaluates readiness now (also done periodically).
  void CheckReadiness();

  // Waits for SIGTERM or SIGINT, then Shutdown(). REQUIRES: BlockShutdownSignals().
  void WaitForShutdownSignalAndDrain();

  // Graceful shutdown: NOT_SERVING, stop accepting, drain in-flight calls for
  // up to `grace` (default: the configured grace), cancel the rest. Idempotent.
  void Shutdown();
  void Shutdown(std::chrono::milliseconds grace);

 private:
  Server() = default;
  void SetServing(bool serving);

  ServerConfig config_;
  std::vector<std::string> service_names_;
  std::unique_ptr<Metrics> metrics_;
  std::unique_ptr<MetricsHttpServer> metrics_http_;
  std::unique_ptr<grpc::Server> server_;
  Readiness readiness_;
  int port_ = 0;
  std::mutex mu_;
  std::condition_variable cv_;
  bool stopping_ = false;
  bool shut_down_ = false;
  bool last_ready_ = true;  // for logging transitions only
  std::thread readiness_thread_;
};

}  // namespace imi::server

#endif  // IMI_LIBS_SERVER_SERVER_H_
