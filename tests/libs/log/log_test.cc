#include "libs/log/log.h"

#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <sstream>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "spdlog/spdlog.h"

namespace imi::log {
namespace {

TEST(TraceparentTest, ParsesValidHeadersAndRejectsMalformedOnes) {
  auto ok = ParseTraceparent("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
  ASSERT_TRUE(ok.has_value());
  EXPECT_EQ(ok->trace_id, "4bf92f3577b34da6a3ce929d0e0e4736");
  EXPECT_EQ(ok->span_id, "00f067aa0ba902b7");
  for (const char* bad : {"", "garbage", "00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01",
                          "00-00000000000000000000000000000000-00f067aa0ba902b7-01",
                          "00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01",
                          "ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
                          "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-extra"}) {
    EXPECT_FALSE(ParseTraceparent(bad).has_value()) << bad;
  }
  // Future versions may append fields.
  EXPECT_TRUE(
      ParseTraceparent("01-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-extra").has_value());
}

TEST(TraceparentTest, NewContextsAreValidAndDistinct) {
  TraceContext a = NewTraceContext(), b = NewTraceContext();
  EXPECT_NE(a.trace_id, b.trace_id);
  auto parsed = ParseTraceparent(FormatTraceparent(a));
  ASSERT_TRUE(parsed.has_value());
  EXPECT_EQ(parsed->trace_id, a.trace_id);
}

TEST(ScopedTraceIdTest, NestsAndRestores) {
  EXPECT_EQ(CurrentTraceId(), "");
  {
    ScopedTraceId outer("aaa");
    {
      ScopedTraceId inner("bbb");
      EXPECT_EQ(CurrentTraceId(), "bbb");
    }
    EXPECT_EQ(CurrentTraceId(), "aaa");
  }
  EXPECT_EQ(CurrentTraceId(), "");
}

TEST(JsonLogTest, WritesOneEscapedObjectPerLineWithTraceId) {
  // Capture stderr into a file for the duration of the test.
  char path[] = "/tmp/imi-log-test-XXXXXX";
  int fd = mkstemp(path);
  fflush(stderr);
  int saved = dup(2);
  dup2(fd, 2);
  ASSERT_TRUE(Init({.service = "directory", .json = true, .level = "info"}));
  {
    ScopedTraceId t("4bf92f3577b34da6a3ce929d0e0e4736");
    spdlog::info("user said \"hi\"\nand left\t{}", "\x01");
  }
  spdlog::debug("not shown at info level");
  spdlog::default_logger()->flush();
  fflush(stderr);
  dup2(saved, 2);
  close(saved);
  close(fd);
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  unlink(path);
  const std::string out = ss.str();
  EXPECT_THAT(out, ::testing::HasSubstr("\"service\":\"directory\""));
  EXPECT_THAT(out, ::testing::HasSubstr("\"trace_id\":\"4bf92f3577b34da6a3ce929d0e0e4736\""));
  EXPECT_THAT(out, ::testing::HasSubstr(R"(user said \"hi\"\nand left\t\u0001)"));
  EXPECT_THAT(out, ::testing::Not(::testing::HasSubstr("not shown")));
  EXPECT_EQ(std::count(out.begin(), out.end(), '\n'), 1);
  EXPECT_FALSE(Init({.service = "x", .level = "loud"}));
}

}  // namespace
}  // namespace imi::log
