#include "libs/redis/client.h"

#include <hiredis/hiredis.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <sys/time.h>

#include <cerrno>
#include <cstdlib>
#include <utility>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "libs/status/error.h"
#include "absl/strings/str_join.h"

namespace imi::redis {
namespace {

timeval ToTimeval(std::chrono::milliseconds ms) {
  timeval tv;
  tv.tv_sec = static_cast<time_t>(ms.count() / 1000);
  tv.tv_usec = static_cast<suseconds_t>((ms.count() % 1000) * 1000);
  return tv;
}

// hiredis writes with write(2), which raises SIGPIPE when Redis has closed the
// connection. Rather than changing the process-wide disposition behind the
// application's back, block SIGPIPE in this thread for the duration of a call
// and swallow the one the call raised (the classic "thread-local SIGPIPE"
// technique). A SIGPIPE that was already pending before the call is left
// alone.
class ScopedSigpipeBlock {
 public:
  ScopedSigpipeBlock() {
    sigemptyset(&pipe_);
    sigaddset(&pipe_, SIGPIPE);
    sigset_t pending;
    sigemptyset(&pending);
    sigpending(&pending);
    was_pending_ = sigismember(&pending, SIGPIPE) == 1;
    pthread_sigmask(SIG_BLOCK, &pipe_, &old_);
  }
  ~ScopedSigpipeBlock() {
    if (!was_pending_) {
      sigset_t pending;
      sigemptyset(&pending);
      sigpending(&pending);
      if (sigismember(&pending, SIGPIPE) == 1) {
        timespec zero{0, 0};
        while (sigtimedwait(&pipe_, nullptr, &zero) == -1 && errno == EINTR) {
        }
      }
    }
    pthread_sigmask(SIG_SETMASK, &old_, nullptr);
  }
  ScopedSigpipeBlock(const ScopedSigpipeBlock&) = delete;
  ScopedSigpipeBlock& operator=(const ScopedSigpipeBlock&) = delete;

 private:
  sigset_t pipe_;
  sigset_t old_;
  bool was_pending_ = false;
};

Reply Convert(const redisReply* r) {
  switch (r->type) {
    case REDIS_REPLY_STRING:
      return Reply::String(std::string(r->str, r->len));
    case REDIS_REPLY_STATUS:
      return Reply::Status(std::string(r->str, r->len));
    case REDIS_REPLY_ERROR:
      return Reply::Error(std::string(r->str, r->len));
    case REDIS_REPLY_INTEGER:
      return Reply::Integer(r->integer);
    case REDIS_REPLY_ARRAY: {
      std::vector<Reply> elements;
      elements.reserve(r->elements);
      for (size_t i = 0; i < r->elements; ++i)
        elements.push_back(Convert(r->element[i]));
      return Reply::Array(std::move(elements));
    }
    case REDIS_REPLY_NIL:
    default:
      return Reply::Nil();
  }
}

// Debian's Abseil is built with its own absl::string_view (not an alias of
// std::string_view), so convert explicitly at the boundary.
absl::string_view Av(std::string_view s) {
  return absl::string_view(s.data(), s.size());
}

bool ParseDecimal(std::string_view s, int* out) {
  if (s.empty() || s.find_first_not_of("0123456789") != std::string_view::npos)
    return false;
  return absl::SimpleAtoi(Av(s), out);
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

absl::StatusOr<std::string> PercentDecode(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '%') {
      out.push_back(s[i]);
      continue;
    }
    int hi = i + 2 < s.size() ? HexValue(s[i + 1]) : -1;
    int lo = i + 2 < s.size() ? HexValue(s[i + 2]) : -1;
    if (hi < 0 || lo < 0) {
      return absl::InvalidArgumentError(
          "redis url: bad percent-encoding in credentials");
    }
    out.push_back(static_cast<char>(hi * 16 + lo));
    i += 2;
  }
  return out;
}

absl::Status BadUrl(std::string_view why) {
  // The URL may hold a password: never echo it.
  return absl::InvalidArgumentError(absl::StrCat("redis url: ", Av(why)));
}

}  // namespace

struct Client::Conn {
  redisContext* ctx = nullptr;
  std::chrono::milliseconds timeout{0};  // timeout currently set on ctx

  void Close() {
    if (ctx != nullptr) redisFree(ctx);
    ctx = nullptr;
  }
  ~Conn() { Close(); }
};

absl::Status ErrorReplyToStatus(std::string_view text) {
  std::string_view code = text.substr(0, text.find(' '));
  std::string message(text);
  if (code == "ERR") return absl::InvalidArgumentError(message);
  if (code == "LOADING" || code == "BUSY" || code == "MASTERDOWN" ||
      code == "READONLY" || code == "TRYAGAIN" || code == "CLUSTERDOWN" ||
      code == "MISCONF") {
    return absl::UnavailableError(message);
  }
  if (code == "NOAUTH" || code == "WRONGPASS" || code == "NOPERM") {
    return absl::PermissionDeniedError(message);
  }
  if (code == "OOM") return absl::ResourceExhaustedError(message);
  // WRONGTYPE, BUSYGROUP, NOGROUP, NOSCRIPT, EXECABORT, ...: the request is
  // fine but the data is not in the state it needs.
  return absl::FailedPreconditionError(message);
}

absl::Status ReplyStatus(const Reply& reply) {
  if (!reply.is_error()) return absl::OkStatus();
  return ErrorReplyToStatus(reply.str);
}

bool IsRedisError(const absl::Status& status, std::string_view code) {
  absl::string_view m = status.message();
  return !status.ok() && absl::StartsWith(m, Av(code)) &&
         (m.size() == code.size() || m[code.size()] == ' ');
}

absl::StatusOr<RedisOptions> Client::ParseUrl(std::string_view url) {
  constexpr std::string_view kScheme = "redis://";
  if (!absl::StartsWithIgnoreCase(Av(url), Av(kScheme))) {
    if (absl::StartsWithIgnoreCase(Av(url), "rediss://")) {
      return BadUrl("TLS (rediss://) is not supported");
    }
    return BadUrl("must start with redis://");
  }
  std::string_view rest = url.substr(kScheme.size());
  if (rest.find_first_of("?#") != std::string_view::npos) {
    return BadUrl("query parameters are not supported");
  }
  size_t slash = rest.find('/');
  std::string_view authority = rest.substr(0, slash);
  std::string_view path =
      slash == std::string_view::npos ? "" : rest.substr(slash + 1);

  RedisOptions options;
  size_t at = authority.rfind('@');
  if (at != std::string_view::npos) {
    std::string_view userinfo = authority.substr(0, at);
    authority = authority.substr(at + 1);
    size_t colon = userinfo.find(':');
    if (colon == std::string_view::npos) {
      return BadUrl("credentials must be written [username]:password@");
    }
    absl::StatusOr<std::string> user = PercentDecode(userinfo.substr(0, colon));
    if (!user.ok()) return user.status();
    absl::StatusOr<std::string> password =
        PercentDecode(userinfo.substr(colon + 1));
    if (!password.ok()) return password.status();
    options.username = *std::move(user);
    options.password = *std::move(password);
  }

  std::string_view host;
  std::string_view port;
  if (authority.starts_with("[")) {
    size_t close = authority.find(']');
    if (close == std::string_view::npos)
      return BadUrl("unterminated IPv6 address");
    host = authority.substr(1, close - 1);
    std::string_view after = authority.substr(close + 1);
    if (!after.empty()) {
      if (after[0] != ':') return BadUrl("unexpected text after IPv6 address");
      port = after.substr(1);
      if (port.empty()) return BadUrl("empty port");
    }
  } else {
    size_t colon = authority.rfind(':');
    host = authority.substr(0, colon);
    if (colon != std::string_view::npos) {
      port = authority.substr(colon + 1);
      if (port.empty()) return BadUrl("empty port");
    }
  }
  if (host.empty()) return BadUrl("missing host");
  options.host = std::string(host);
  if (!port.empty()) {
    int p = 0;
    if (!ParseDecimal(port, &p) || p < 1 || p > 65535) {
      return BadUrl("port must be a number between 1 and 65535");
    }
    options.port = p;
  }
  if (!path.empty()) {
    int db = 0;
    if (!ParseDecimal(path, &db)) {
      return BadUrl("database must be a non-negative number");
    }
    options.db = db;
  }
  return options;
}

Client::Client(RedisOptions options) : options_(std::move(options)) {
  int n = options_.pool_size < 1 ? 1 : options_.pool_size;
  conns_.reserve(n);
  for (int i = 0; i < n; ++i) {
    conns_.push_back(std::make_unique<Conn>());
    free_.push_back(conns_.back().get());
  }
}

Client::~Client() = default;

absl::StatusOr<Client::Conn*> Client::Acquire() {
  std::unique_lock<std::mutex> lock(mu_);
  if (!cv_.wait_for(lock, options_.acquire_timeout,
                    [&] { return !free_.empty(); })) {
    return absl::UnavailableError(
        absl::StrCat("redis: all ", conns_.size(), " connections busy for ",
                     options_.acquire_timeout.count(), "ms"));
  }
  // LIFO: keeps reusing the connections that are already open.
  Conn* conn = free_.back();
  free_.pop_back();
  return conn;
}

void Client::Release(Conn* conn) {
  {
    std::lock_guard<std::mutex> lock(mu_);
    free_.push_back(conn);
  }
  cv_.notify_one();
}

absl::Status Client::EnsureConnected(Conn& conn) {
  if (conn.ctx != nullptr) {
    // An idle connection has nothing to read. If it is readable, Redis closed
    // it (restart, idle timeout, CLIENT KILL): reopen it now instead of
    // failing the caller's command on it. One non-blocking poll per call.
    pollfd pfd{conn.ctx->fd, POLLIN, 0};
    if (poll(&pfd, 1, 0) == 0) return absl::OkStatus();
    conn.Close();
  }
  const std::string where =
      absl::StrCat("redis ", options_.host, ":", options_.port);
  redisContext* ctx =
      redisConnectWithTimeout(options_.host.c_str(), options_.port,
                              ToTimeval(options_.connect_timeout));
  if (ctx == nullptr)
    return absl::UnavailableError(absl::StrCat(where, ": out of memory"));
  if (ctx->err != 0) {
    absl::Status s =
        absl::UnavailableError(absl::StrCat(where, ": connect: ", ctx->errstr));
    redisFree(ctx);
    return s;
  }
  redisEnableKeepAlive(ctx);
  redisSetTimeout(ctx, ToTimeval(options_.command_timeout));
  conn.ctx = ctx;
  conn.timeout = options_.command_timeout;

  // Per-connection session state, re-established on every reconnect.
  std::vector<std::vector<std::string>> setup;
  if (options_.password.has_value()) {
    if (options_.username.empty()) {
      setup.push_back({"AUTH", *options_.password});
    } else {
      setup.push_back({"AUTH", options_.username, *options_.password});
    }
  }
  if (options_.db != 0) setup.push_back({"SELECT", absl::StrCat(options_.db)});
  for (const auto& args : setup) {
    std::vector<const char*> argv;
    std::vector<size_t> argvlen;
    for (const auto& a : args) {
      argv.push_back(a.data());
      argvlen.push_back(a.size());
    }
    auto* r = static_cast<redisReply*>(redisCommandArgv(
        ctx, static_cast<int>(argv.size()), argv.data(), argvlen.data()));
    if (r == nullptr) {
      absl::Status s = absl::UnavailableError(
          absl::StrCat(where, ": ", args[0], ": ", ctx->errstr));
      conn.Close();
      return s;
    }
    Reply reply = Convert(r);
    freeReplyObject(r);
    if (reply.is_error()) {
      conn.Close();
      absl::Status s = ErrorReplyToStatus(reply.str);
      return absl::Status(s.code(),
                          absl::StrCat(where, ": ", args[0], ": ", reply.str));
    }
  }
  return absl::OkStatus();
}

absl::StatusOr<std::vector<Reply>> Client::Run(
    const std::vector<std::vector<std::string>>& commands,
    std::chrono::milliseconds timeout) {
  ScopedSigpipeBlock no_sigpipe;
  absl::StatusOr<Conn*> acquired = Acquire();
  if (!acquired.ok()) return acquired.status();
  Conn& conn = **acquired;
  struct ReleaseOnExit {
    Client* client;
    Conn* conn;
    ~ReleaseOnExit() { client->Release(conn); }
  } release{this, &conn};

  absl::Status connected = EnsureConnected(conn);
  if (!connected.ok()) return connected;
  if (conn.timeout != timeout) {
    if (redisSetTimeout(conn.ctx, ToTimeval(timeout)) != REDIS_OK) {
      conn.Close();
      return absl::UnavailableError("redis: cannot set the socket timeout");
    }
    conn.timeout = timeout;
  }

  for (const auto& args : commands) {
    std::vector<const char*> argv;
    std::vector<size_t> argvlen;
    argv.reserve(args.size());
    argvlen.reserve(args.size());
    for (const auto& a : args) {
      argv.push_back(a.data());
      argvlen.push_back(a.size());
    }
    if (redisAppendCommandArgv(conn.ctx, static_cast<int>(argv.size()),
                               argv.data(), argvlen.data()) != REDIS_OK) {
      conn.Close();
      return absl::UnavailableError(
          "redis: cannot buffer command (out of memory)");
    }
  }

  std::vector<Reply> replies;
  replies.reserve(commands.size());
  for (size_t i = 0; i < commands.size(); ++i) {
    void* raw = nullptr;
    if (redisGetReply(conn.ctx, &raw) != REDIS_OK || raw == nullptr) {
      // The connection is now out of step with its replies (or dead): drop it.
      // SO_RCVTIMEO expiring shows up as EAGAIN.
      bool timed_out =
          conn.ctx->err == REDIS_ERR_IO &&
          (absl::StrContains(conn.ctx->errstr, "temporarily unavailable") ||
           absl::StrContains(conn.ctx->errstr, "timed out"));
      std::string what =
          timed_out ? absl::StrCat("no reply within ", timeout.count(), "ms")
                    : std::string(conn.ctx->errstr);
      if (what.empty()) what = "connection closed";
      conn.Close();
      return absl::UnavailableError(
          absl::StrCat("redis ", options_.host, ":", options_.port, ": ",
                       commands[i].empty() ? "" : commands[i][0], ": ", what));
    }
    auto* r = static_cast<redisReply*>(raw);
    replies.push_back(Convert(r));
    freeReplyObject(r);
  }
  return replies;
}

absl::StatusOr<Reply> Client::Command(std::vector<std::string> args) {
  return Command(std::move(args), options_.command_timeout);
}

absl::StatusOr<Reply> Client::Command(std::vector<std::string> args,
                                      std::chrono::milliseconds timeout) {
  if (args.empty()) return absl::InvalidArgumentError("redis: empty command");
  // A zero socket timeout would mean "wait forever".
  if (timeout.count() <= 0)
    return absl::InvalidArgumentError("redis: timeout must be positive");
  std::vector<std::vector<std::string>> commands;
  commands.push_back(std::move(args));
  // Redis's own text (hosts, ports, key names) is for the logs, not clients.
  absl::StatusOr<std::vector<Reply>> replies = Run(commands, timeout);
  if (!replies.ok()) return MarkInternalDetail(replies.status());
  Reply& reply = replies->front();
  if (reply.is_error()) return MarkInternalDetail(ErrorReplyToStatus(reply.str));
  return std::move(reply);
}

absl::StatusOr<std::vector<Reply>> Client::Pipeline(
    std::vector<std::vector<std::string>> commands) {
  if (commands.empty()) return std::vector<Reply>{};
  for (const auto& c : commands) {
    if (c.empty())
      return absl::InvalidArgumentError("redis: empty command in pipeline");
  }
  absl::StatusOr<std::vector<Reply>> replies = Run(commands, options_.command_timeout);
  if (!replies.ok()) return MarkInternalDetail(replies.status());
  return replies;
}

absl::StatusOr<std::optional<std::string>> Client::Get(std::string_view key) {
  absl::StatusOr<Reply> r = Command({"GET", std::string(key)});
  if (!r.ok()) return r.status();
  if (r->is_nil()) return std::optional<std::string>();
  if (!r->is_string())
    return absl::InternalError("redis: GET returned a non-string reply");
  return std::optional<std::string>(std::move(r->str));
}

absl::Status Client::Set(std::string_view key, std::string_view value,
                         std::chrono::milliseconds ttl) {
  std::vector<std::string> args = {"SET", std::string(key), std::string(value)};
  if (ttl.count() < 0) return absl::InvalidArgumentError("redis: negative ttl");
  if (ttl.count() > 0) {
    args.push_back("PX");
    args.push_back(absl::StrCat(ttl.count()));
  }
  absl::StatusOr<Reply> r = Command(std::move(args));
  return r.status();
}

absl::StatusOr<int64_t> Client::Del(const std::vector<std::string>& keys) {
  if (keys.empty()) return 0;
  std::vector<std::string> args;
  args.reserve(keys.size() + 1);
  args.push_back("DEL");
  args.insert(args.end(), keys.begin(), keys.end());
  absl::StatusOr<Reply> r = Command(std::move(args));
  if (!r.ok()) return r.status();
  return r->integer;
}

absl::Status Client::Ping() {
  absl::StatusOr<Reply> r = Command({"PING"});
  if (!r.ok()) return r.status();
  if (!r->is_status() || r->str != "PONG") {
    return absl::InternalError(
        absl::StrCat("redis: unexpected PING reply '", r->str, "'"));
  }
  return absl::OkStatus();
}

}  // namespace imi::redis
