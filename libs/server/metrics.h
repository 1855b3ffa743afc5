// Prometheus metrics for a service: per-method gRPC call counts by status
// code and latency histograms (recorded by the server interceptor), plus
// collectors a service adds for its own gauges (pool usage, cache hits...).
//
// Render() produces the Prometheus text exposition format (version 0.0.4),
// served at GET /metrics by MetricsHttpServer.
//
// Thread safety: all methods are thread-safe.
#ifndef IMI_LIBS_SERVER_METRICS_H_
#define IMI_LIBS_SERVER_METRICS_H_

#include <array>
#include <functional>
#include <map>
#include <mutex>
#include <thread>
#include <string>
#include <utility>
#include <vector>

namespace imi::server {

class Metrics {
 public:
  // Upper bounds (seconds) of the latency histogram buckets.
  static constexpr std::array<double, 14> kBuckets = {
      0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};

  // Records one finished call. `method` is the full gRPC method
  // ("/imi.directory.v1.DirectoryService/GetLegislativeArea"); `code` its
  // status code name ("OK", "NOT_FOUND", ...).
  void RecordCall(const std::string& method, const std::string& code, double seconds);

  // Adds a collector whose output (complete Prometheus text lines, with HELP
  // and TYPE) is appended to every Render().
  void AddCollector(std::function<std::string()> collector);

  // Counter value of (method, code); 0 if never recorded. For tests.
  long long CallCount(const std::string& method, const std::string& code) const;

  std::string Render() const;

 private:
  struct Histogram {
    std::array<long long, kBuckets.size()> buckets{};
    long long count = 0;
    double sum = 0;
  };
  mutable std::mutex mu_;
  std::map<std::pair<std::string, std::string>, long long> calls_;
  std::map<std::string, Histogram> latency_;
  std::vector<std::function<std::string()>> collectors_;
};

// A minimal HTTP/1.1 server on its own thread that answers GET /metrics with
// Metrics::Render() and 404 for anything else. Deliberately tiny: it serves
// Prometheus scrapes on a separate port, nothing more.
class MetricsHttpServer {
 public:
  MetricsHttpServer(Metrics* metrics);
  ~MetricsHttpServer();  // Stops.

  // Binds `address` ("host:port"; port 0 picks a free one) and starts serving.
  // Returns false with `*error` set if the address cannot be bound.
  bool Start(const std::string& address, std::string* error);
  void Stop();
  int port() const { return port_; }

 private:
  void Loop();
  Metrics* metrics_;
  int listen_fd_ = -1;
  int wake_fd_[2] = {-1, -1};
  int port_ = 0;
  std::thread* thread_ = nullptr;
};

}  // namespace imi::server

#endif  // IMI_LIBS_SERVER_METRICS_H_
