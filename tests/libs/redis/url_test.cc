// Parsing of redis:// URLs and mapping of Redis error replies to statuses.
#include <gtest/gtest.h>

#include "libs/redis/client.h"

namespace imi::redis {
namespace {

TEST(ParseUrlTest, ReadsHostPortAndDb) {
  absl::StatusOr<RedisOptions> o =
      Client::ParseUrl("redis://cache.imi.svc:6380/2");
  ASSERT_TRUE(o.ok()) << o.status();
  EXPECT_EQ(o->host, "cache.imi.svc");
  EXPECT_EQ(o->port, 6380);
  EXPECT_EQ(o->db, 2);
  EXPECT_FALSE(o->password.has_value());
  EXPECT_EQ(o->pool_size, 4);
  EXPECT_EQ(o->command_timeout, std::chrono::milliseconds(500));
}

TEST(ParseUrlTest, DefaultsPortAndDb) {
  absl::StatusOr<RedisOptions> o = Client::ParseUrl("redis://localhost");
  ASSERT_TRUE(o.ok()) << o.status();
  EXPECT_EQ(o->host, "localhost");
  EXPECT_EQ(o->port, 6379);
  EXPECT_EQ(o->db, 0);
  ASSERT_TRUE(Client::ParseUrl("redis://localhost:7000/").ok());
  EXPECT_EQ(Client::ParseUrl("redis://localhost:7000/")->db, 0);
}

TEST(ParseUrlTest, ReadsPasswordWithoutUsername) {
  absl::StatusOr<RedisOptions> o =
      Client::ParseUrl("redis://:s3cret@10.0.0.5:6379/1");
  ASSERT_TRUE(o.ok()) << o.status();
  EXPECT_EQ(o->host, "10.0.0.5");
  EXPECT_EQ(o->password, "s3cret");
  EXPECT_EQ(o->username, "");
  EXPECT_EQ(o->db, 1);
}

TEST(ParseUrlTest, ReadsUsernameAndPercentEncodedPassword) {
  absl::StatusOr<RedisOptions> o =
      Client::ParseUrl("redis://imi:p%40ss%3Aw0rd@redis:6379");
  ASSERT_TRUE(o.ok()) << o.status();
  EXPECT_EQ(o->username, "imi");
  EXPECT_EQ(o->password, "p@ss:w0rd");
}

TEST(ParseUrlTest, ReadsBracketedIpv6Host) {
  absl::StatusOr<RedisOptions> o = Client::ParseUrl("redis://[::1]:6390/4");
  ASSERT_TRUE(o.ok()) << o.status();
  EXPECT_EQ(o->host, "::1");
  EXPECT_EQ(o->port, 6390);
  EXPECT_EQ(o->db, 4);
}

TEST(ParseUrlTest, RejectsMalformedUrls) {
  for (const char* url :
       {"", "http://redis:6379", "rediss://redis:6379", "redis://",
        "redis://:6379", "redis://redis:", "redis://redis:0",
        "redis://redis:70000", "redis://redis:12ab", "redis://redis:6379/x",
        "redis://redis:6379/-1", "redis://pw@redis:6379", "redis://:p%zz@redis",
        "redis://redis:6379/0?timeout=1", "redis://[::1:6379"}) {
    absl::StatusOr<RedisOptions> o = Client::ParseUrl(url);
    EXPECT_EQ(o.status().code(), absl::StatusCode::kInvalidArgument) << url;
  }
}

TEST(ParseUrlTest, ErrorMessageNeverEchoesThePassword) {
  absl::StatusOr<RedisOptions> o =
      Client::ParseUrl("redis://:topsecret@redis:99999");
  ASSERT_FALSE(o.ok());
  EXPECT_EQ(std::string(o.status().message()).find("topsecret"),
            std::string::npos);
}

TEST(ErrorReplyToStatusTest, MapsErrorCodesToStatusCodes) {
  EXPECT_EQ(ErrorReplyToStatus("ERR syntax error").code(),
            absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(
      ErrorReplyToStatus(
          "WRONGTYPE Operation against a key holding the wrong kind of value")
          .code(),
      absl::StatusCode::kFailedPrecondition);
  EXPECT_EQ(
      ErrorReplyToStatus("BUSYGROUP Consumer Group name already exists").code(),
      absl::StatusCode::kFailedPrecondition);
  EXPECT_EQ(ErrorReplyToStatus("LOADING Redis is loading the dataset in memory")
                .code(),
            absl::StatusCode::kUnavailable);
  EXPECT_EQ(ErrorReplyToStatus("NOAUTH Authentication required.").code(),
            absl::StatusCode::kPermissionDenied);
  EXPECT_EQ(ErrorReplyToStatus("OOM command not allowed").code(),
            absl::StatusCode::kResourceExhausted);
  EXPECT_EQ(ErrorReplyToStatus("WRONGTYPE x").message(), "WRONGTYPE x");
}

TEST(ErrorReplyToStatusTest, IsRedisErrorMatchesTheWholeCode) {
  absl::Status busy =
      ErrorReplyToStatus("BUSYGROUP Consumer Group name already exists");
  EXPECT_TRUE(IsRedisError(busy, "BUSYGROUP"));
  EXPECT_FALSE(IsRedisError(busy, "BUSY"));
  EXPECT_FALSE(IsRedisError(absl::OkStatus(), "BUSYGROUP"));
}

TEST(ReplyStatusTest, IsOkForEveryReplyButAnError) {
  EXPECT_TRUE(ReplyStatus(Reply::Nil()).ok());
  EXPECT_TRUE(ReplyStatus(Reply::String("x")).ok());
  EXPECT_TRUE(ReplyStatus(Reply::Integer(1)).ok());
  EXPECT_EQ(ReplyStatus(Reply::Error("ERR unknown command 'FOO'")).code(),
            absl::StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace imi::redis
