#include "libs/server/server.h"

#include <signal.h>

#include <chrono>
#include <optional>

#include "absl/strings/str_cat.h"
#include "grpcpp/ext/proto_server_reflection_plugin.h"
#include "grpcpp/health_check_service_interface.h"
#include "grpcpp/server.h"
#include "grpcpp/server_builder.h"
#include "grpcpp/support/server_interceptor.h"
#include "libs/log/log.h"
#include "libs/server/call.h"
#include "libs/status/error.h"
#include "spdlog/spdlog.h"

namespace imi::server {
namespace {

const char* CodeName(grpc::StatusCode code) {
  static const char* kNames[] = {
      "OK",        "CANCELLED",          "UNKNOWN",           "INVALID_ARGUMENT",
      "DEADLINE_EXCEEDED", "NOT_FOUND",  "ALREADY_EXISTS",    "PERMISSION_DENIED",
      "RESOURCE_EXHAUSTED", "FAILED_PRECONDITION", "ABORTED", "OUT_OF_RANGE",
      "UNIMPLEMENTED", "INTERNAL",       "UNAVAILABLE",       "DATA_LOSS",
      "UNAUTHENTICATED"};
  int i = static_cast<int>(code);
  return (i >= 0 && i <= 16) ? kNames[i] : "UNKNOWN";
}

// Records every call's outcome and latency, and writes one access-log line
// (debug level for successes, info for client errors, warn for server errors).
class ObservingInterceptor final : public grpc::experimental::Interceptor {
 public:
  ObservingInterceptor(grpc::experimental::ServerRpcInfo* info, Metrics* metrics)
      : method_(info->method()), metrics_(metrics), start_(std::chrono::steady_clock::now()) {}

  void Intercept(grpc::experimental::InterceptorBatchMethods* methods) override {
    using grpc::experimental::InterceptionHookPoints;
    if (methods->QueryInterceptionHookPoint(InterceptionHookPoints::POST_RECV_INITIAL_METADATA)) {
      auto* md = methods->GetRecvInitialMetadata();
      auto it = md->find("traceparent");
      std::optional<log::TraceContext> parsed;
      if (it != md->end()) {
        parsed = log::ParseTraceparent(std::string_view(it->second.data(), it->second.size()));
      }
      if (parsed) {
        trace_id_ = parsed->trace_id;
      } else {
        // Start a trace here, and hand it to the handler as if the client
        // had sent it, so the access log, the handler's logs and the
        // trace-id header all carry the same id. The string lives as long
        // as this interceptor, i.e. the call.
        log::TraceContext fresh = log::NewTraceContext();
        trace_id_ = fresh.trace_id;
        traceparent_ = log::FormatTraceparent(fresh);
        if (it != md->end()) md->erase(it);
        md->emplace(grpc::string_ref("traceparent"), grpc::string_ref(traceparent_));
      }
    }
    if (methods->QueryInterceptionHookPoint(InterceptionHookPoints::PRE_SEND_STATUS)) {
      grpc::Status status = methods->GetSendStatus();
      double seconds =
          std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
      const char* code = CodeName(status.error_code());
      metrics_->RecordCall(method_, code, seconds);
      log::ScopedTraceId scoped(trace_id_);
      auto level = spdlog::level::debug;
      switch (status.error_code()) {
        case grpc::StatusCode::OK: break;
        case grpc::StatusCode::INTERNAL:
        case grpc::StatusCode::UNKNOWN:
        case grpc::StatusCode::DATA_LOSS:
        case grpc::StatusCode::UNAVAILABLE:
        case grpc::StatusCode::DEADLINE_EXCEEDED: level = spdlog::level::warn; break;
        default: level = spdlog::level::info; break;
      }
      spdlog::log(level, "rpc {} {} {:.3f}ms", method_, code, seconds * 1000);
    }
    methods->Proceed();
  }

 private:
  std::string method_;
  Metrics* metrics_;
  std::chrono::steady_clock::time_point start_;
  std::string trace_id_;
  std::string traceparent_;  // backs the metadata entry added for the handler
};

class ObservingInterceptorFactory final
    : public grpc::experimental::ServerInterceptorFactoryInterface {
 public:
  explicit ObservingInterceptorFactory(Metrics* metrics) : metrics_(metrics) {}
  grpc::experimental::Interceptor* CreateServerInterceptor(
      grpc::experimental::ServerRpcInfo* info) override {
    return new ObservingInterceptor(info, metrics_);
  }

 private:
  Metrics* metrics_;
};

}  // namespace

ServerConfig LoadServerConfig(config::Env& env, const std::string& service_name,
                              const std::string& default_listen_addr) {
  ServerConfig c;
  c.service_name = service_name;
  c.listen_addr = env.Address("IMI_LISTEN_ADDR", default_listen_addr);
  std::string metrics = env.String("IMI_METRICS_ADDR", "0.0.0.0:9464");
  if (metrics == "off") {
    c.metrics_addr = "";
  } else {
    c.metrics_addr = env.Address("IMI_METRICS_ADDR", "0.0.0.0:9464");
  }
  c.log_json = env.OneOf("IMI_LOG_FORMAT", "text", {"text", "json"}) == "json";
  c.log_level = env.OneOf("IMI_LOG_LEVEL", "info",
                          {"trace", "debug", "info", "warn", "error", "critical", "off"});
  c.shutdown_grace = env.Seconds("IMI_SHUTDOWN_GRACE_SECONDS", 20, 0, 600);
  c.max_message_bytes = env.Int("IMI_MAX_MESSAGE_BYTES", 4 << 20, 1024, 64 << 20);
  c.keepalive_time = env.Seconds("IMI_KEEPALIVE_SECONDS", 60, 10, 3600);
  c.handler_threads = env.Int("IMI_HANDLER_THREADS", 16, 1, 256);
  return c;
}

void BlockShutdownSignals() {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGTERM);
  sigaddset(&set, SIGINT);
  pthread_sigmask(SIG_BLOCK, &set, nullptr);
}

absl::StatusOr<std::unique_ptr<Server>> Server::Start(const ServerConfig& config,
                                                      std::vector<grpc::Service*> services,
                                                      Readiness readiness) {
  std::unique_ptr<Server> s(new Server());
  s->config_ = config;
  s->readiness_ = std::move(readiness);
  s->metrics_ = std::make_unique<Metrics>();
  ConfigureHandlerPool(config.handler_threads);

  grpc::EnableDefaultHealthCheckService(true);
  grpc::reflection::InitProtoReflectionServerBuilderPlugin();
  grpc::ServerBuilder builder;
  builder.AddListeningPort(config.listen_addr, grpc::InsecureServerCredentials(), &s->port_);
  // gRPC sets SO_REUSEPORT by default, which lets a second instance silently
  // share the port (and half the traffic); a clash must fail loudly instead.
  builder.AddChannelArgument(GRPC_ARG_ALLOW_REUSEPORT, 0);
  builder.SetMaxReceiveMessageSize(config.max_message_bytes);
  builder.SetMaxSendMessageSize(config.max_message_bytes);
  const int keepalive_ms = static_cast<int>(config.keepalive_time.count() * 1000);
  builder.AddChannelArgument(GRPC_ARG_KEEPALIVE_TIME_MS, keepalive_ms);
  builder.AddChannelArgument(GRPC_ARG_KEEPALIVE_TIMEOUT_MS, 20000);
  builder.AddChannelArgument(GRPC_ARG_KEEPALIVE_PERMIT_WITHOUT_CALLS, 1);
  // Clients may ping every 10 s; more often is treated as abuse.
  builder.AddChannelArgument(GRPC_ARG_HTTP2_MIN_RECV_PING_INTERVAL_WITHOUT_DATA_MS, 10000);
  builder.AddChannelArgument(GRPC_ARG_HTTP2_MAX_PING_STRIKES, 2);
  for (grpc::Service* service : services) builder.RegisterService(service);
  std::vector<std::unique_ptr<grpc::experimental::ServerInterceptorFactoryInterface>> factories;
  factories.push_back(std::make_unique<ObservingInterceptorFactory>(s->metrics_.get()));
  builder.experimental().SetInterceptorCreators(std::move(factories));

  s->server_ = builder.BuildAndStart();
  if (!s->server_ || s->port_ == 0) {
    return absl::UnavailableError(
        absl::StrCat("cannot listen on ", config.listen_addr, " (IMI_LISTEN_ADDR)"));
  }
  if (!config.metrics_addr.empty()) {
    s->metrics_http_ = std::make_unique<MetricsHttpServer>(s->metrics_.get());
    std::string error;
    if (!s->metrics_http_->Start(config.metrics_addr, &error)) {
      s->server_->Shutdown(std::chrono::system_clock::now());
      return absl::UnavailableError(error + " (IMI_METRICS_ADDR)");
    }
  }
  // Readiness is reported under "" (the whole server), which is what
  // Kubernetes' gRPC readiness probe and most clients ask for.
  s->service_names_.push_back("");
  // "liveness" only says the process serves gRPC: a database outage makes
  // the server unready (no traffic) but must not get it restarted.
  if (auto* health = s->server_->GetHealthCheckService()) {
    health->SetServingStatus(kLivenessService, true);
  }
  s->CheckReadiness();
  s->readiness_thread_ = std::thread([raw = s.get()] {
    std::unique_lock<std::mutex> lock(raw->mu_);
    while (!raw->stopping_) {
      raw->cv_.wait_for(lock, raw->config_.readiness_interval);
      if (raw->stopping_) break;
      lock.unlock();
      raw->CheckReadiness();
      lock.lock();
    }
  });
  spdlog::info("{} serving gRPC on port {}{}", config.service_name, s->port_,
               s->metrics_http_ ? absl::StrCat(", metrics on port ", s->metrics_http_->port())
                                : std::string());
  return s;
}

int Server::metrics_port() const { return metrics_http_ ? metrics_http_->port() : 0; }

void Server::SetServing(bool serving) {
  if (!server_) return;
  auto* health = server_->GetHealthCheckService();
  if (health == nullptr) return;
  for (const auto& name : service_names_) health->SetServingStatus(name, serving);
}

void Server::CheckReadiness() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (stopping_) return;
  }
  absl::Status ready = readiness_ ? readiness_() : absl::OkStatus();
  std::lock_guard<std::mutex> lock(mu_);
  if (!ready.ok() && last_ready_) spdlog::warn("not ready: {}", Describe(ready));
  if (ready.ok() && !last_ready_) spdlog::info("ready");
  last_ready_ = ready.ok();
  if (!stopping_) SetServing(ready.ok());
}

void Server::WaitForShutdownSignalAndDrain() {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGTERM);
  sigaddset(&set, SIGINT);
  int sig = 0;
  sigwait(&set, &sig);
  spdlog::info("received {}, draining for up to {} s", sig == SIGTERM ? "SIGTERM" : "SIGINT",
               config_.shutdown_grace.count());
  Shutdown();
}

void Server::Shutdown() {
  Shutdown(std::chrono::duration_cast<std::chrono::milliseconds>(config_.shutdown_grace));
}

void Server::Shutdown(std::chrono::milliseconds grace) {
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (shut_down_) return;
    shut_down_ = true;
    stopping_ = true;
    SetServing(false);
  }
  cv_.notify_all();
  if (readiness_thread_.joinable()) readiness_thread_.join();
  if (!server_) return;  // Start() failed before the server existed.
  // Stops accepting at once; in-flight calls may finish until the deadline.
  server_->Shutdown(std::chrono::system_clock::now() + grace);
  server_->Wait();
  if (metrics_http_) metrics_http_->Stop();
  spdlog::info("{} stopped", config_.service_name);
}

Server::~Server() { Shutdown(); }

}  // namespace imi::server
