#include "libs/config/env.h"

#include <map>
#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace imi::config {
namespace {

Env FakeEnv(std::map<std::string, std::string> vars) {
  auto owned = std::make_shared<std::map<std::string, std::string>>(std::move(vars));
  return Env([owned](const char* name) -> const char* {
    auto it = owned->find(name);
    return it == owned->end() ? nullptr : it->second.c_str();
  });
}

TEST(EnvTest, ReadsValuesAndDefaults) {
  Env env = FakeEnv({{"A", "x"}, {"N", "12"}, {"B", "YES"}, {"ADDR", "0.0.0.0:80"}, {"F", "json"}});
  EXPECT_EQ(env.String("A", "d"), "x");
  EXPECT_EQ(env.String("MISSING", "d"), "d");
  EXPECT_EQ(env.Int("N", 1, 1, 64), 12);
  EXPECT_EQ(env.Int("MISSING", 8, 1, 64), 8);
  EXPECT_TRUE(env.Bool("B", false));
  EXPECT_EQ(env.Address("ADDR", ""), "0.0.0.0:80");
  EXPECT_EQ(env.OneOf("F", "text", {"text", "json"}), "json");
  EXPECT_TRUE(env.Finish().ok());
}

TEST(EnvTest, ReportsEveryBadVariableByNameAtOnce) {
  Env env = FakeEnv({{"IMI_PG_POOL_SIZE", "lots"}, {"IMI_LOG_FORMAT", "xml"},
                     {"IMI_LISTEN_ADDR", "nowhere"}, {"IMI_FLAG", "maybe"}});
  env.Int("IMI_PG_POOL_SIZE", 8, 1, 64);
  env.OneOf("IMI_LOG_FORMAT", "text", {"text", "json"});
  env.Address("IMI_LISTEN_ADDR", "0.0.0.0:1");
  env.Bool("IMI_FLAG", true);
  env.Required("IMI_PG_DSN");
  env.ReadableFile("IMI_KEYS", /*required=*/true);
  absl::Status s = env.Finish();
  EXPECT_EQ(s.code(), absl::StatusCode::kInvalidArgument);
  const std::string m(s.message());
  for (const char* name : {"IMI_PG_POOL_SIZE: must be an integer from 1 to 64, got 'lots'",
                           "IMI_LOG_FORMAT", "IMI_LISTEN_ADDR", "IMI_FLAG",
                           "IMI_PG_DSN: is required", "IMI_KEYS"}) {
    EXPECT_THAT(m, ::testing::HasSubstr(name));
  }
}

TEST(EnvTest, RejectsOutOfRangeNumbersAndUnreadableFiles) {
  Env env = FakeEnv({{"N", "0"}, {"F", "/nonexistent/keys.pem"}});
  EXPECT_EQ(env.Int("N", 8, 1, 64), 8);
  env.ReadableFile("F", false);
  EXPECT_THAT(std::string(env.Finish().message()),
              ::testing::HasSubstr("F: file '/nonexistent/keys.pem' does not exist"));
}

}  // namespace
}  // namespace imi::config
