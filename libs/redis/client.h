// A Redis client (hiredis 0.14) with a fixed-size pool of blocking connections.
//
// Every service shares one Client for its cache, counters, rate limits and the
// event bus. Commands are sent as argument vectors (redisCommandArgv), so keys
// and values are binary safe and never need quoting. Connections are opened
// lazily, on the first call that needs one, so constructing a Client never
// fails and never blocks even when Redis is down. A connection that hits an
// I/O error or a timeout is closed and reopened by a later call, and one that
// Redis closed while it sat idle in the pool (restart, idle timeout) is
// noticed before use and reopened, so the client recovers by itself after
// Redis restarts: calls made while Redis is down fail with UNAVAILABLE, and
// calls after it is back succeed.
//
// Example:
//   IMI_ASSIGN_OR_RETURN(imi::redis::RedisOptions options,
//                        imi::redis::Client::ParseUrl(url));
//   imi::redis::Client redis(options);
//   IMI_RETURN_IF_ERROR(redis.Set(key, text, std::chrono::hours(24)));
//   IMI_ASSIGN_OR_RETURN(std::optional<std::string> cached, redis.Get(key));
//   IMI_ASSIGN_OR_RETURN(imi::redis::Reply n,
//                        redis.Command({"INCR", "login:alice"}));
//
// Status codes returned by every call:
//   - a Redis error reply (see ErrorReplyToStatus()): INVALID_ARGUMENT for
//     "ERR ..." (syntax, arity, unknown command, value not an integer),
//     FAILED_PRECONDITION for state errors ("WRONGTYPE", "BUSYGROUP",
//     "NOGROUP", ...), UNAVAILABLE for transient server states ("LOADING",
//     "BUSY", "MASTERDOWN", "READONLY", "TRYAGAIN"), PERMISSION_DENIED for
//     "NOAUTH"/"WRONGPASS"/"NOPERM", RESOURCE_EXHAUSTED for "OOM". The message
//     is the server's text, starting with its error code.
//   - UNAVAILABLE: Redis unreachable, connection broken, the command did not
//     complete within the command timeout, or no pooled connection became
//     free within acquire_timeout. The connection involved is dropped.
//
// Thread safety: Client is thread-safe; each call borrows one pooled
// connection for its duration (a blocking command such as XREADGROUP BLOCK
// holds it until it returns).
//
// Side effect: a write to a connection Redis has closed would raise SIGPIPE.
// The client blocks SIGPIPE in the calling thread for the duration of each
// call and discards one that it caused, so the process disposition of
// SIGPIPE is left untouched.
#ifndef IMI_LIBS_REDIS_CLIENT_H_
#define IMI_LIBS_REDIS_CLIENT_H_

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"

namespace imi::redis {

struct RedisOptions {
  std::string host = "127.0.0.1";
  int port = 6379;
  // Database selected on every new connection (SELECT), 0-15 by default.
  int db = 0;
  // ACL user (Redis 6+); empty: the default user. Used only with a password.
  std::string username;
  // Sent with AUTH on every new connection when set.
  std::optional<std::string> password;
  // Number of connections. A caller that finds all busy waits for one.
  int pool_size = 4;
  // How long opening a TCP connection may take.
  std::chrono::milliseconds connect_timeout{1000};
  // How long one command (or one pipeline) may take to be written and
  // answered. Blocking commands use the overload of Command() with a timeout.
  std::chrono::milliseconds command_timeout{500};
  // How long a caller waits for a free pooled connection.
  std::chrono::milliseconds acquire_timeout{1000};
};

// One reply, as a plain value detached from hiredis.
struct Reply {
  enum class Type { kNil, kString, kInteger, kArray, kStatus, kError };

  Type type = Type::kNil;
  // kString: the bulk string (binary safe); kStatus: e.g. "OK";
  // kError: the server's error text, e.g. "WRONGTYPE Operation against ...".
  std::string str;
  // kInteger only.
  int64_t integer = 0;
  // kArray only (a nil array is kNil).
  std::vector<Reply> elements;

  bool is_nil() const { return type == Type::kNil; }
  bool is_string() const { return type == Type::kString; }
  bool is_integer() const { return type == Type::kInteger; }
  bool is_array() const { return type == Type::kArray; }
  bool is_status() const { return type == Type::kStatus; }
  bool is_error() const { return type == Type::kError; }

  static Reply Nil() { return Reply{}; }
  static Reply String(std::string s) {
    return Reply{Type::kString, std::move(s), 0, {}};
  }
  static Reply Integer(int64_t i) { return Reply{Type::kInteger, {}, i, {}}; }
  static Reply Status(std::string s) {
    return Reply{Type::kStatus, std::move(s), 0, {}};
  }
  static Reply Error(std::string s) {
    return Reply{Type::kError, std::move(s), 0, {}};
  }
  static Reply Array(std::vector<Reply> e) {
    return Reply{Type::kArray, {}, 0, std::move(e)};
  }

  friend bool operator==(const Reply&, const Reply&) = default;
};

// Maps the text of a Redis error reply to a status (codes listed above).
absl::Status ErrorReplyToStatus(std::string_view error_text);

// OK unless `reply` is an error reply, which it maps with ErrorReplyToStatus().
absl::Status ReplyStatus(const Reply& reply);

// True if `status` came from a Redis error reply whose code (its first word)
// is `code`, e.g. IsRedisError(s, "BUSYGROUP").
bool IsRedisError(const absl::Status& status, std::string_view code);

class Client {
 public:
  // Parses "redis://[[username]:password@]host[:port][/db]" (port defaults to
  // 6379, db to 0; the password may be percent-encoded; an IPv6 host is
  // written in brackets). Returns INVALID_ARGUMENT naming what is wrong,
  // e.g. for another scheme ("rediss" TLS is not supported), a port outside
  // 1-65535 or a db that is not a non-negative number. Other options keep
  // their defaults.
  static absl::StatusOr<RedisOptions> ParseUrl(std::string_view url);

  // Never fails and never connects: connections are opened on first use.
  // REQUIRES: options.pool_size >= 1.
  explicit Client(RedisOptions options);
  ~Client();
  Client(const Client&) = delete;
  Client& operator=(const Client&) = delete;

  // Sends one command, e.g. {"SET", key, value, "PX", "1000"}, and returns
  // its reply. An error reply is returned as a status (see above), never as
  // a Reply of type kError.
  absl::StatusOr<Reply> Command(std::vector<std::string> args);

  // As above, but the command may take up to `timeout` instead of the
  // command timeout: for blocking commands (XREADGROUP ... BLOCK ms, BLPOP),
  // pass a timeout longer than the time the command may block.
  // INVALID_ARGUMENT if timeout is not positive.
  absl::StatusOr<Reply> Command(std::vector<std::string> args,
                                std::chrono::milliseconds timeout);

  // Sends all commands in one write and reads their replies in order (one
  // round trip; not atomic: wrap them in MULTI/EXEC for that). The result has
  // one Reply per command; an error reply of one command does not fail the
  // call but is returned in its place as a Reply of type kError (check each
  // with ReplyStatus()). The call fails (UNAVAILABLE) only when the
  // connection fails or times out, in which case some of the commands may
  // have been executed. An empty input returns an empty vector.
  absl::StatusOr<std::vector<Reply>> Pipeline(
      std::vector<std::vector<std::string>> commands);

  // GET: the value, or nullopt if the key does not exist. FAILED_PRECONDITION
  // if the key holds a non-string value.
  absl::StatusOr<std::optional<std::string>> Get(std::string_view key);

  // SET key value [PX ttl]. ttl == 0 means no expiry; INVALID_ARGUMENT if
  // ttl is negative.
  absl::Status Set(
      std::string_view key, std::string_view value,
      std::chrono::milliseconds ttl = std::chrono::milliseconds(0));

  // DEL: removes the keys; returns how many existed.
  absl::StatusOr<int64_t> Del(const std::vector<std::string>& keys);

  // PING: OK if Redis answers.
  absl::Status Ping();

  const RedisOptions& options() const { return options_; }

 private:
  struct Conn;  // hides redisContext
  absl::StatusOr<Conn*> Acquire();
  void Release(Conn* conn);
  absl::Status EnsureConnected(Conn& conn);
  absl::StatusOr<std::vector<Reply>> Run(
      const std::vector<std::vector<std::string>>& commands,
      std::chrono::milliseconds timeout);

  const RedisOptions options_;
  std::mutex mu_;
  std::condition_variable cv_;
  std::vector<std::unique_ptr<Conn>> conns_;  // fixed size
  std::vector<Conn*> free_;                   // guarded by mu_
};

}  // namespace imi::redis

#endif  // IMI_LIBS_REDIS_CLIENT_H_
