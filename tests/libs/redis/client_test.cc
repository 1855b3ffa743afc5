// imi::redis::Client against a real redis-server started by the fixture.
#include "libs/redis/client.h"
#include "libs/status/error.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <string>
#include <thread>
#include <vector>

#include "absl/strings/str_cat.h"
#include "libs/testing/redis_server.h"

namespace imi::redis {
namespace {

using ::imi::testing::RedisServer;
using std::chrono::milliseconds;

RedisOptions OptionsFor(const RedisServer& server) {
  absl::StatusOr<RedisOptions> options = Client::ParseUrl(server.url());
  if (!options.ok()) ADD_FAILURE() << options.status();
  return *options;
}

class ClientTest : public ::testing::Test {
 protected:
  void SetUp() override {
    server_ = &RedisServer::Get();
    server_->Start();  // in case an earlier test stopped it and then failed
    client_ = std::make_unique<Client>(OptionsFor(*server_));
    prefix_ = RedisServer::UniqueName(
        ::testing::UnitTest::GetInstance()->current_test_info()->name());
  }
  void TearDown() override { server_->Start(); }

  std::string Key(std::string_view name) const {
    return prefix_ + ":" + std::string(name);
  }

  RedisServer* server_ = nullptr;
  std::unique_ptr<Client> client_;
  std::string prefix_;
};

TEST_F(ClientTest, SetThenGetReturnsTheValue) {
  ASSERT_TRUE(client_->Set(Key("k"), "hello").ok());
  absl::StatusOr<std::optional<std::string>> v = client_->Get(Key("k"));
  ASSERT_TRUE(v.ok()) << v.status();
  EXPECT_EQ(*v, "hello");
}

TEST_F(ClientTest, GetOfMissingKeyReturnsNullopt) {
  absl::StatusOr<std::optional<std::string>> v = client_->Get(Key("missing"));
  ASSERT_TRUE(v.ok()) << v.status();
  EXPECT_FALSE(v->has_value());
}

TEST_F(ClientTest, SetWithTtlGivesTheKeyAnExpiry) {
  ASSERT_TRUE(client_->Set(Key("ttl"), "v", milliseconds(60000)).ok());
  absl::StatusOr<Reply> pttl = client_->Command({"PTTL", Key("ttl")});
  ASSERT_TRUE(pttl.ok()) << pttl.status();
  EXPECT_GT(pttl->integer, 0);
  EXPECT_LE(pttl->integer, 60000);

  ASSERT_TRUE(client_->Set(Key("forever"), "v").ok());
  EXPECT_EQ(client_->Command({"PTTL", Key("forever")})->integer, -1);
}

TEST_F(ClientTest, KeysAndValuesAreBinarySafe) {
  const std::string key = Key(std::string("bin\0key \r\n", 10));
  std::string value;
  for (int i = 0; i < 256; ++i) value.push_back(static_cast<char>(i));
  value += std::string("\0\0\r\n$3\r\n", 8);
  ASSERT_TRUE(client_->Set(key, value).ok());
  absl::StatusOr<std::optional<std::string>> v = client_->Get(key);
  ASSERT_TRUE(v.ok()) << v.status();
  ASSERT_TRUE(v->has_value());
  EXPECT_EQ(**v, value);
  EXPECT_EQ(v->value().size(), 264u);
}

TEST_F(ClientTest, DelReturnsHowManyKeysExisted) {
  ASSERT_TRUE(client_->Set(Key("a"), "1").ok());
  ASSERT_TRUE(client_->Set(Key("b"), "2").ok());
  absl::StatusOr<int64_t> n = client_->Del({Key("a"), Key("b"), Key("c")});
  ASSERT_TRUE(n.ok()) << n.status();
  EXPECT_EQ(*n, 2);
  EXPECT_FALSE(client_->Get(Key("a"))->has_value());
  EXPECT_EQ(*client_->Del({}), 0);
}

TEST_F(ClientTest, PingSucceedsWhileRedisIsUp) {
  EXPECT_TRUE(client_->Ping().ok());
}

TEST_F(ClientTest, CommandReturnsEachReplyType) {
  absl::StatusOr<Reply> status = client_->Command({"SET", Key("s"), "x"});
  ASSERT_TRUE(status.ok()) << status.status();
  EXPECT_EQ(*status, Reply::Status("OK"));

  absl::StatusOr<Reply> integer = client_->Command({"INCRBY", Key("n"), "41"});
  ASSERT_TRUE(integer.ok()) << integer.status();
  EXPECT_EQ(*integer, Reply::Integer(41));

  absl::StatusOr<Reply> nil = client_->Command({"GET", Key("none")});
  ASSERT_TRUE(nil.ok());
  EXPECT_TRUE(nil->is_nil());

  ASSERT_TRUE(client_->Command({"RPUSH", Key("list"), "a", "b", "c"}).ok());
  absl::StatusOr<Reply> array =
      client_->Command({"LRANGE", Key("list"), "0", "-1"});
  ASSERT_TRUE(array.ok()) << array.status();
  EXPECT_EQ(*array, Reply::Array({Reply::String("a"), Reply::String("b"),
                                  Reply::String("c")}));
}

TEST_F(ClientTest, WrongTypeErrorReplyIsFailedPreconditionWithServerMessage) {
  ASSERT_TRUE(client_->Command({"LPUSH", Key("list"), "x"}).ok());
  absl::StatusOr<std::optional<std::string>> v = client_->Get(Key("list"));
  EXPECT_EQ(v.status().code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_TRUE(IsRedisError(v.status(), "WRONGTYPE")) << v.status();
  // Redis's text is for the logs: clients get a generic message.
  EXPECT_TRUE(HasInternalDetail(v.status()));
  // The connection stays usable after an error reply.
  EXPECT_TRUE(client_->Ping().ok());
}

TEST_F(ClientTest, MalformedCommandIsInvalidArgument) {
  absl::StatusOr<Reply> unknown = client_->Command({"NOSUCHCOMMAND", "x"});
  EXPECT_EQ(unknown.status().code(), absl::StatusCode::kInvalidArgument)
      << unknown.status();
  absl::StatusOr<Reply> arity = client_->Command({"GET"});
  EXPECT_EQ(arity.status().code(), absl::StatusCode::kInvalidArgument)
      << arity.status();
  absl::StatusOr<Reply> not_int = client_->Command({"INCRBY", Key("n"), "abc"});
  EXPECT_EQ(not_int.status().code(), absl::StatusCode::kInvalidArgument)
      << not_int.status();
  EXPECT_EQ(client_->Command({}).status().code(),
            absl::StatusCode::kInvalidArgument);
}

TEST_F(ClientTest, PipelineReturnsRepliesInCommandOrder) {
  std::vector<std::vector<std::string>> commands;
  for (int i = 0; i < 100; ++i) commands.push_back({"INCR", Key("counter")});
  commands.push_back({"GET", Key("counter")});
  absl::StatusOr<std::vector<Reply>> replies = client_->Pipeline(commands);
  ASSERT_TRUE(replies.ok()) << replies.status();
  ASSERT_EQ(replies->size(), 101u);
  for (int i = 0; i < 100; ++i) EXPECT_EQ((*replies)[i], Reply::Integer(i + 1));
  EXPECT_EQ((*replies)[100], Reply::String("100"));
}

TEST_F(ClientTest, PipelineKeepsAnErrorReplyInPlaceAndRunsTheOtherCommands) {
  ASSERT_TRUE(client_->Command({"LPUSH", Key("list"), "x"}).ok());
  absl::StatusOr<std::vector<Reply>> replies = client_->Pipeline({
      {"SET", Key("a"), "1"},
      {"GET", Key("list")},  // WRONGTYPE
      {"SET", Key("b"), "2"},
  });
  ASSERT_TRUE(replies.ok()) << replies.status();
  ASSERT_EQ(replies->size(), 3u);
  EXPECT_TRUE(ReplyStatus((*replies)[0]).ok());
  EXPECT_EQ(ReplyStatus((*replies)[1]).code(),
            absl::StatusCode::kFailedPrecondition);
  EXPECT_TRUE(ReplyStatus((*replies)[2]).ok());
  EXPECT_EQ(*client_->Get(Key("b")), "2");
}

TEST_F(ClientTest, EmptyPipelineReturnsNoReplies) {
  absl::StatusOr<std::vector<Reply>> replies = client_->Pipeline({});
  ASSERT_TRUE(replies.ok());
  EXPECT_TRUE(replies->empty());
}

TEST_F(ClientTest,
       CommandExceedingTimeoutIsUnavailableAndItsConnectionIsReplaced) {
  RedisOptions options = OptionsFor(*server_);
  options.pool_size = 1;  // the next call must reuse the only slot
  options.command_timeout = milliseconds(100);
  Client client(options);
  ASSERT_TRUE(client.Ping().ok());

  absl::StatusOr<Reply> blocked = client.Command({"BLPOP", Key("queue"), "5"});
  EXPECT_EQ(blocked.status().code(), absl::StatusCode::kUnavailable)
      << blocked.status();

  // The timed-out connection was closed (so Redis dropped the blocked BLPOP,
  // which would otherwise swallow the next push) and a new one serves calls.
  ASSERT_TRUE(client.Ping().ok());
  ASSERT_TRUE(client.Command({"RPUSH", Key("queue"), "job"}).ok());
  EXPECT_EQ(client.Command({"LLEN", Key("queue")})->integer, 1);
}

TEST_F(ClientTest, BlockingCommandMayOutliveTheDefaultTimeoutWhenGivenItsOwn) {
  RedisOptions options = OptionsFor(*server_);
  options.command_timeout = milliseconds(50);
  Client client(options);
  absl::StatusOr<Reply> r =
      client.Command({"BLPOP", Key("empty"), "0.2"}, milliseconds(2000));
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_TRUE(r->is_nil());
  // And the connection is back to the short timeout for ordinary commands.
  EXPECT_EQ(client.Command({"BLPOP", Key("empty"), "1"}).status().code(),
            absl::StatusCode::kUnavailable);
}

TEST_F(ClientTest, ConstructingAClientNeverFailsWhileRedisIsDown) {
  RedisOptions options = OptionsFor(*server_);
  server_->Stop();
  Client client(options);
  absl::Status ping = client.Ping();
  EXPECT_EQ(ping.code(), absl::StatusCode::kUnavailable) << ping;
  EXPECT_EQ(client.Get(Key("x")).status().code(),
            absl::StatusCode::kUnavailable);
  EXPECT_EQ(client.Pipeline({{"PING"}, {"PING"}}).status().code(),
            absl::StatusCode::kUnavailable);
  server_->Start();
  EXPECT_TRUE(client.Ping().ok());
}

TEST_F(ClientTest,
       FailsWithUnavailableWhileRedisIsDownAndRecoversAfterRestart) {
  ASSERT_TRUE(client_->Set(Key("before"), "1").ok());
  server_->Stop();
  for (int i = 0; i < 3; ++i) {
    EXPECT_EQ(client_->Ping().code(), absl::StatusCode::kUnavailable);
    EXPECT_EQ(client_->Set(Key("during"), "1").code(),
              absl::StatusCode::kUnavailable);
  }
  server_->Start();
  // A call right after the restart may fail once per stale connection; a
  // later one must succeed.
  absl::Status s;
  for (int i = 0; i < 10; ++i) {
    s = client_->Set(Key("after"), "1");
    if (s.ok()) break;
    EXPECT_EQ(s.code(), absl::StatusCode::kUnavailable) << s;
  }
  EXPECT_TRUE(s.ok()) << s;
  EXPECT_EQ(*client_->Get(Key("after")), "1");
  EXPECT_FALSE(client_->Get(Key("before"))->has_value());  // no persistence
}

TEST_F(ClientTest,
       StaleConnectionsFromBeforeARestartAreReplacedWithoutFailingACall) {
  // Open every pooled connection, then restart Redis while they sit idle.
  std::vector<std::thread> threads;
  for (int i = 0; i < 4; ++i) {
    threads.emplace_back([&] {
      EXPECT_TRUE(
          client_->Command({"BLPOP", Key("warm"), "0.05"}, milliseconds(1000))
              .ok());
    });
  }
  for (auto& t : threads) t.join();
  server_->Stop();
  server_->Start();
  for (int i = 0; i < 8; ++i) EXPECT_TRUE(client_->Ping().ok()) << "call " << i;
}

TEST_F(ClientTest, ManyThreadsShareASmallPool) {
  RedisOptions options = OptionsFor(*server_);
  options.pool_size = 2;
  Client client(options);
  std::atomic<int> failures{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 8; ++t) {
    threads.emplace_back([&] {
      for (int i = 0; i < 200; ++i) {
        if (!client.Command({"INCR", Key("shared")}).ok()) failures++;
      }
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(failures.load(), 0);
  EXPECT_EQ(*client.Get(Key("shared")), "1600");
}

TEST_F(ClientTest, SelectsTheConfiguredDatabase) {
  RedisOptions options = OptionsFor(*server_);
  options.db = 3;
  Client db3(options);
  ASSERT_TRUE(db3.Set(Key("k"), "in-db-3").ok());
  EXPECT_EQ(*db3.Get(Key("k")), "in-db-3");
  EXPECT_FALSE(client_->Get(Key("k"))->has_value());
}

TEST_F(ClientTest, AuthenticatesWithUsernameAndPassword) {
  const std::string user = "u" + std::to_string(::getpid());
  ASSERT_TRUE(client_
                  ->Command({"ACL", "SETUSER", user, "on", ">right-password",
                             "~*", "+@all"})
                  .ok());

  absl::StatusOr<RedisOptions> good = Client::ParseUrl(absl::StrCat(
      "redis://", user, ":right-password@127.0.0.1:", server_->port(), "/0"));
  ASSERT_TRUE(good.ok()) << good.status();
  Client authed(*good);
  EXPECT_TRUE(authed.Ping().ok());
  absl::StatusOr<Reply> whoami = authed.Command({"ACL", "WHOAMI"});
  ASSERT_TRUE(whoami.ok()) << whoami.status();
  EXPECT_EQ(whoami->str, user);

  RedisOptions bad_options = *good;
  bad_options.password = "wrong";
  Client bad(bad_options);
  EXPECT_EQ(bad.Ping().code(), absl::StatusCode::kPermissionDenied);

  ASSERT_TRUE(client_->Command({"ACL", "DELUSER", user}).ok());
}

}  // namespace
}  // namespace imi::redis
