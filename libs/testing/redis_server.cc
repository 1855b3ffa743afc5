#include "libs/testing/redis_server.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <filesystem>
#include <fstream>
#include <functional>
#include <future>
#include <sstream>
#include <thread>
#include <vector>

namespace imi::testing {
namespace {

[[noreturn]] void Fatal(const std::string& message) {
  std::fprintf(stderr, "FATAL (imi::testing::RedisServer): %s\n",
               message.c_str());
  std::fflush(stderr);
  std::abort();
}

// Same contract as imi::testing::FreePort() (postgres_server.h); kept private
// so this file links without the PostgreSQL fixture.
int PickFreePort() {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0) Fatal(std::string("socket: ") + std::strerror(errno));
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  addr.sin_port = 0;
  if (bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof(addr)) != 0) {
    Fatal(std::string("bind: ") + std::strerror(errno));
  }
  socklen_t len = sizeof(addr);
  getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len);
  close(fd);
  return ntohs(addr.sin_port);
}

// True if a Redis server on 127.0.0.1:port answers PING with +PONG.
bool AnswersPing(int port) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0) return false;
  timeval tv{0, 200 * 1000};
  setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv));
  setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof(tv));
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  addr.sin_port = htons(static_cast<uint16_t>(port));
  bool ok = false;
  if (connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof(addr)) == 0) {
    const char kPing[] = "PING\r\n";
    if (send(fd, kPing, sizeof(kPing) - 1, MSG_NOSIGNAL) == sizeof(kPing) - 1) {
      char buf[16] = {};
      ssize_t n = recv(fd, buf, sizeof(buf) - 1, 0);
      ok = n >= 5 && std::strncmp(buf, "+PONG", 5) == 0;
    }
  }
  close(fd);
  return ok;
}

std::string FindRedisServer() {
  if (const char* env = std::getenv("IMI_REDIS_SERVER");
      env != nullptr && *env != '\0') {
    return env;
  }
  std::vector<std::string> dirs;
  if (const char* path = std::getenv("PATH"); path != nullptr) {
    std::stringstream ss(path);
    std::string dir;
    while (std::getline(ss, dir, ':')) {
      if (!dir.empty()) dirs.push_back(dir);
    }
  }
  dirs.push_back("/usr/bin");
  dirs.push_back("/usr/sbin");
  dirs.push_back("/usr/local/bin");
  for (const auto& dir : dirs) {
    std::string candidate = dir + "/redis-server";
    if (access(candidate.c_str(), X_OK) == 0) return candidate;
  }
  Fatal(
      "redis-server not found in PATH (Debian: apt-get install redis-server), "
      "or set IMI_REDIS_SERVER to its path");
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// PR_SET_PDEATHSIG fires when the *thread* that forked the child exits, not
// the process. Forking from a thread that lives until the process ends ties
// the server's life to the test process, even when a test forks it from a
// short-lived worker thread or the process crashes.
class Spawner {
 public:
  static Spawner& Get() {
    static Spawner* spawner =
        new Spawner();  // never destroyed: its thread must outlive all
    return *spawner;
  }

  pid_t Run(std::function<pid_t()> fork_fn) {
    std::packaged_task<pid_t()> task(std::move(fork_fn));
    std::future<pid_t> result = task.get_future();
    {
      std::lock_guard<std::mutex> lock(mu_);
      tasks_.push_back(std::move(task));
    }
    cv_.notify_one();
    return result.get();
  }

 private:
  Spawner() {
    std::thread([this] { Loop(); }).detach();
  }

  [[noreturn]] void Loop() {
    for (;;) {
      std::packaged_task<pid_t()> task;
      {
        std::unique_lock<std::mutex> lock(mu_);
        cv_.wait(lock, [&] { return !tasks_.empty(); });
        task = std::move(tasks_.front());
        tasks_.pop_front();
      }
      task();
    }
  }

  std::mutex mu_;
  std::condition_variable cv_;
  std::deque<std::packaged_task<pid_t()>> tasks_;
};

void CloseInheritedFds() {
  // Only async-signal-safe calls here (we are between fork and exec).
#ifdef SYS_close_range
  if (syscall(SYS_close_range, 3u, ~0u, 0u) == 0) return;
#endif
  long max = sysconf(_SC_OPEN_MAX);
  if (max < 0 || max > 65536) max = 65536;
  for (int fd = 3; fd < max; ++fd) close(fd);
}

}  // namespace

RedisServer& RedisServer::Get() {
  static RedisServer server;
  return server;
}

std::string RedisServer::UniqueName(std::string_view prefix) {
  static std::atomic<int> counter{0};
  return std::string(prefix) + ":" + std::to_string(getpid()) + ":" +
         std::to_string(counter.fetch_add(1) + 1);
}

RedisServer::RedisServer() {
  redis_server_path_ = FindRedisServer();
  char tmpl[] = "/tmp/imi-redis-XXXXXX";
  if (mkdtemp(tmpl) == nullptr)
    Fatal(std::string("mkdtemp: ") + std::strerror(errno));
  dir_ = tmpl;
  std::lock_guard<std::mutex> lock(mu_);
  // A free port can be taken between probing and binding: try a few.
  for (int attempt = 0; attempt < 5; ++attempt) {
    port_ = PickFreePort();
    if (StartLocked()) return;
  }
  Fatal("redis-server did not start; its log (" + dir_ + "/redis.log):\n" +
        ReadFile(dir_ + "/redis.log") + ReadFile(dir_ + "/redis.out"));
}

RedisServer::~RedisServer() {
  std::lock_guard<std::mutex> lock(mu_);
  StopLocked();
  std::error_code ignored;
  std::filesystem::remove_all(dir_, ignored);
}

bool RedisServer::StartLocked() {
  if (pid_ > 0) return true;
  const std::string port = std::to_string(port_);
  const std::string log = dir_ + "/redis.log";
  const std::string out = dir_ + "/redis.out";
  std::vector<std::string> args = {redis_server_path_,
                                   "--port",
                                   port,
                                   "--bind",
                                   host_,
                                   "--save",
                                   "",
                                   "--appendonly",
                                   "no",
                                   "--dir",
                                   dir_,
                                   "--logfile",
                                   log,
                                   "--loglevel",
                                   "warning",
                                   "--daemonize",
                                   "no"};
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);

  pid_t pid = Spawner::Get().Run([&]() -> pid_t {
    int out_fd =
        open(out.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
    int null_fd = open("/dev/null", O_RDONLY | O_CLOEXEC);
    pid_t child = fork();
    if (child == 0) {
      prctl(PR_SET_PDEATHSIG, SIGKILL);
      if (null_fd >= 0) dup2(null_fd, 0);
      if (out_fd >= 0) {
        dup2(out_fd, 1);
        dup2(out_fd, 2);
      }
      CloseInheritedFds();
      execv(argv[0], argv.data());
      _exit(127);
    }
    if (out_fd >= 0) close(out_fd);
    if (null_fd >= 0) close(null_fd);
    return child;
  });
  if (pid < 0) Fatal(std::string("fork: ") + std::strerror(errno));
  pid_ = pid;

  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(15);
  while (std::chrono::steady_clock::now() < deadline) {
    if (AnswersPing(port_)) return true;
    int wstatus = 0;
    if (waitpid(pid_, &wstatus, WNOHANG) ==
        pid_) {  // exited (port taken, bad flag, ...)
      pid_ = -1;
      return false;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  StopLocked();
  return false;
}

void RedisServer::StopLocked() {
  if (pid_ <= 0) return;
  kill(pid_, SIGKILL);
  while (waitpid(pid_, nullptr, 0) < 0 && errno == EINTR) {
  }
  pid_ = -1;
}

void RedisServer::Stop() {
  std::lock_guard<std::mutex> lock(mu_);
  StopLocked();
}

void RedisServer::Start() {
  std::lock_guard<std::mutex> lock(mu_);
  if (pid_ > 0) return;
  // Right after a SIGKILL the port is free again (Redis sets SO_REUSEADDR),
  // but retry briefly in case the kernel is slow to release it.
  for (int attempt = 0; attempt < 3; ++attempt) {
    if (StartLocked()) return;
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
  }
  Fatal("redis-server did not restart on port " + std::to_string(port_) +
        "; its log:\n" + ReadFile(dir_ + "/redis.log") +
        ReadFile(dir_ + "/redis.out"));
}

bool RedisServer::running() const {
  std::lock_guard<std::mutex> lock(mu_);
  return pid_ > 0;
}

std::string RedisServer::url() const {
  return "redis://" + host_ + ":" + std::to_string(port_) + "/0";
}

}  // namespace imi::testing
