// A throwaway Redis 7 server for tests, started once per test binary.
//
// RedisServer::Get() starts `redis-server` as a child process on first use,
// on a free loopback port, without persistence (`--save "" --appendonly no`,
// working directory in a fresh temp dir), and waits until it answers PING.
// The server is killed at process exit, and also when the test process dies
// abnormally (the child is started with PR_SET_PDEATHSIG from a thread that
// lives as long as the process). If redis-server cannot be started the
// process aborts with a message: tests never skip because Redis is missing.
//
// All tests of a binary share the server, so each test uses its own keys and
// stream names (UniqueName()).
//
// Example:
//   imi::testing::RedisServer& server = imi::testing::RedisServer::Get();
//   imi::redis::Client client(*imi::redis::Client::ParseUrl(server.url()));
//   std::string key = imi::testing::RedisServer::UniqueName("cache");
//   ...
//   server.Stop();   // Redis is down: calls fail with UNAVAILABLE
//   server.Start();  // same port, empty data set
//
// Thread safety: all methods are thread-safe.
#ifndef IMI_LIBS_TESTING_REDIS_SERVER_H_
#define IMI_LIBS_TESTING_REDIS_SERVER_H_

#include <sys/types.h>

#include <mutex>
#include <string>
#include <string_view>

namespace imi::testing {

class RedisServer {
 public:
  // The shared server of this test binary; starts it on first call.
  static RedisServer& Get();

  // "<prefix>:<pid>:<n>", n unique within this process: a key prefix or
  // stream name no other test uses.
  static std::string UniqueName(std::string_view prefix);

  // Kills the server (SIGKILL, like a crash) and waits for it to exit. All
  // data is lost. No-op if it is already stopped.
  void Stop();

  // Starts the server again on the same port and waits until it answers
  // PING; aborts the process if it cannot. No-op if it is running.
  void Start();

  bool running() const;
  int port() const { return port_; }
  const std::string& host() const { return host_; }
  // "redis://127.0.0.1:<port>/0"
  std::string url() const;

 private:
  RedisServer();
  ~RedisServer();
  // REQUIRES: mu_ held. Returns false if the server did not come up.
  bool StartLocked();
  void StopLocked();

  mutable std::mutex mu_;
  std::string host_ = "127.0.0.1";
  std::string dir_;  // temp working directory (logs)
  std::string redis_server_path_;
  int port_ = 0;
  pid_t pid_ = -1;  // guarded by mu_
};

}  // namespace imi::testing

#endif  // IMI_LIBS_TESTING_REDIS_SERVER_H_
