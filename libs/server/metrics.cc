#include "libs/server/metrics.h"

#include <arpa/inet.h>
#include <netdb.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>
#include <fcntl.h>

#include <cstring>
#include <sstream>

namespace imi::server {

void Metrics::RecordCall(const std::string& method, const std::string& code, double seconds) {
  std::lock_guard<std::mutex> lock(mu_);
  ++calls_[{method, code}];
  Histogram& h = latency_[method];
  ++h.count;
  h.sum += seconds;
  for (size_t i = 0; i < kBuckets.size(); ++i) {
    if (seconds <= kBuckets[i]) ++h.buckets[i];
  }
}

void Metrics::AddCollector(std::function<std::string()> collector) {
  std::lock_guard<std::mutex> lock(mu_);
  collectors_.push_back(std::move(collector));
}

long long Metrics::CallCount(const std::string& method, const std::string& code) const {
  std::lock_guard<std::mutex> lock(mu_);
  auto it = calls_.find({method, code});
  return it == calls_.end() ? 0 : it->second;
}

namespace {
// Splits "/pkg.Service/Method" into the labels Prometheus users expect.
std::string Labels(const std::string& method) {
  size_t slash = method.rfind('/');
  std::string service = slash == std::string::npos ? "" : method.substr(1, slash - 1);
  std::string name = slash == std::string::npos ? method : method.substr(slash + 1);
  return "grpc_service=\"" + service + "\",grpc_method=\"" + name + "\"";
}
}  // namespace

std::string Metrics::Render() const {
  std::ostringstream out;
  std::vector<std::function<std::string()>> collectors;
  {
    std::lock_guard<std::mutex> lock(mu_);
    out << "# HELP grpc_server_handled_total Total number of RPCs completed on the server, "
           "regardless of success or failure.\n"
           "# TYPE grpc_server_handled_total counter\n";
    for (const auto& [key, n] : calls_) {
      out << "grpc_server_handled_total{" << Labels(key.first) << ",grpc_code=\"" << key.second
          << "\"} " << n << "\n";
    }
    out << "# HELP grpc_server_handling_seconds Histogram of response latency (seconds) of "
           "gRPC calls handled by the server.\n"
           "# TYPE grpc_server_handling_seconds histogram\n";
    for (const auto& [method, h] : latency_) {
      const std::string labels = Labels(method);
      for (size_t i = 0; i < kBuckets.size(); ++i) {
        out << "grpc_server_handling_seconds_bucket{" << labels << ",le=\"" << kBuckets[i]
            << "\"} " << h.buckets[i] << "\n";
      }
      out << "grpc_server_handling_seconds_bucket{" << labels << ",le=\"+Inf\"} " << h.count
          << "\n";
      out << "grpc_server_handling_seconds_sum{" << labels << "} " << h.sum << "\n";
      out << "grpc_server_handling_seconds_count{" << labels << "} " << h.count << "\n";
    }
    collectors = collectors_;
  }
  for (const auto& c : collectors) out << c();
  return out.str();
}

MetricsHttpServer::MetricsHttpServer(Metrics* metrics) : metrics_(metrics) {}
MetricsHttpServer::~MetricsHttpServer() { Stop(); }

bool MetricsHttpServer::Start(const std::string& address, std::string* error) {
  size_t colon = address.rfind(':');
  std::string host = address.substr(0, colon);
  std::string port = address.substr(colon + 1);
  if (host.size() >= 2 && host.front() == '[') host = host.substr(1, host.size() - 2);
  addrinfo hints{};
  hints.ai_family = AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM;
  hints.ai_flags = AI_PASSIVE;
  addrinfo* res = nullptr;
  if (int rc = ::getaddrinfo(host.empty() ? nullptr : host.c_str(), port.c_str(), &hints, &res);
      rc != 0) {
    *error = std::string("metrics address ") + address + ": " + gai_strerror(rc);
    return false;
  }
  for (addrinfo* ai = res; ai != nullptr; ai = ai->ai_next) {
    int fd = ::socket(ai->ai_family, ai->ai_socktype | SOCK_CLOEXEC, ai->ai_protocol);
    if (fd < 0) continue;
    int one = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
    if (::bind(fd, ai->ai_addr, ai->ai_addrlen) == 0 && ::listen(fd, 16) == 0) {
      listen_fd_ = fd;
      sockaddr_storage ss{};
      socklen_t len = sizeof(ss);
      ::getsockname(fd, reinterpret_cast<sockaddr*>(&ss), &len);
      port_ = ss.ss_family == AF_INET6 ? ntohs(reinterpret_cast<sockaddr_in6*>(&ss)->sin6_port)
                                       : ntohs(reinterpret_cast<sockaddr_in*>(&ss)->sin_port);
      break;
    }
    ::close(fd);
  }
  ::freeaddrinfo(res);
  if (listen_fd_ < 0) {
    *error = "metrics address " + address + ": cannot bind: " + std::strerror(errno);
    return false;
  }
  if (::pipe2(wake_fd_, O_CLOEXEC) != 0) {
    *error = "pipe: " + std::string(std::strerror(errno));
    return false;
  }
  thread_ = new std::thread([this] { Loop(); });
  return true;
}

void MetricsHttpServer::Stop() {
  if (thread_ != nullptr) {
    char c = 'x';
    (void)!::write(wake_fd_[1], &c, 1);
    thread_->join();
    delete thread_;
    thread_ = nullptr;
  }
  for (int* fd : {&listen_fd_, &wake_fd_[0], &wake_fd_[1]}) {
    if (*fd >= 0) ::close(*fd);
    *fd = -1;
  }
}

void MetricsHttpServer::Loop() {
  while (true) {
    pollfd fds[2] = {{listen_fd_, POLLIN, 0}, {wake_fd_[0], POLLIN, 0}};
    if (::poll(fds, 2, -1) < 0) {
      if (errno == EINTR) continue;
      return;
    }
    if (fds[1].revents) return;
    if (!(fds[0].revents & POLLIN)) continue;
    int client = ::accept4(listen_fd_, nullptr, nullptr, SOCK_CLOEXEC);
    if (client < 0) continue;
    timeval tv{2, 0};
    ::setsockopt(client, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv));
    ::setsockopt(client, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof(tv));
    // Read the request head (a scrape is a small GET; cap at 8 KiB).
    std::string request;
    char buf[2048];
    while (request.find("\r\n\r\n") == std::string::npos && request.size() < 8192) {
      ssize_t n = ::recv(client, buf, sizeof(buf), 0);
      if (n <= 0) break;
      request.append(buf, n);
    }
    std::string status = "404 Not Found", body = "not found\n",
                type = "text/plain; charset=utf-8";
    if (request.rfind("GET /metrics ", 0) == 0 || request.rfind("GET /metrics?", 0) == 0) {
      status = "200 OK";
      body = metrics_->Render();
      type = "text/plain; version=0.0.4; charset=utf-8";
    } else if (request.rfind("GET ", 0) != 0) {
      status = "405 Method Not Allowed";
      body = "only GET /metrics\n";
    }
    std::string response = "HTTP/1.1 " + status + "\r\nContent-Type: " + type +
                           "\r\nContent-Length: " + std::to_string(body.size()) +
                           "\r\nConnection: close\r\n\r\n" + body;
    size_t sent = 0;
    while (sent < response.size()) {
      ssize_t n = ::send(client, response.data() + sent, response.size() - sent, MSG_NOSIGNAL);
      if (n <= 0) break;
      sent += n;
    }
    ::close(client);
  }
}

}  // namespace imi::server
