#include "services/translation/mt/http_engine.h"

#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "libs/status/error.h"
#include "nlohmann/json.hpp"
#include "tests/services/translation/fake_libretranslate.h"

namespace imi::translation::mt {
namespace {

using ::testing::Contains;
using testing::FakeLibreTranslate;
using ::testing::HasSubstr;

HttpEngineOptions Options(std::string url, std::string api_key = "",
                          std::vector<Pair> pairs = {}) {
  HttpEngineOptions o;
  o.url = std::move(url);
  o.api_key = std::move(api_key);
  o.pairs = std::move(pairs);
  return o;
}

TEST(HttpUrlTest, Parses) {
  auto u = ParseHttpUrl("http://mt.example:5000/api/");
  ASSERT_TRUE(u.ok()) << u.status();
  EXPECT_EQ(u->host, "mt.example");
  EXPECT_EQ(u->port, 5000);
  EXPECT_EQ(u->base, "/api");
  u = ParseHttpUrl("http://[::1]:8080");
  ASSERT_TRUE(u.ok()) << u.status();
  EXPECT_EQ(u->host, "::1");
  EXPECT_EQ(u->port, 8080);
  EXPECT_EQ(ParseHttpUrl("http://host")->port, 80);
  EXPECT_EQ(ParseHttpUrl("https://host").status().code(),
            absl::StatusCode::kUnimplemented);
  EXPECT_EQ(ParseHttpUrl("ftp://host").status().code(),
            absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(ParseHttpUrl("http://host:99999").status().code(),
            absl::StatusCode::kInvalidArgument);
}

TEST(HttpEngineTest, DiscoversPairsAndTranslates) {
  FakeLibreTranslate server;
  server.set_api_key("secret");
  auto engine = HttpEngine::Create(Options(server.url(), "secret"));
  ASSERT_TRUE(engine.ok()) << engine.status();
  EXPECT_EQ((*engine)->Pairs().size(), 12u);
  EXPECT_THAT((*engine)->Pairs(), Contains(Pair{"en", "de"}));

  absl::StatusOr<std::string> de =
      (*engine)->Translate("hello wide world", {"en", "de"});
  ASSERT_TRUE(de.ok()) << de.status();
  EXPECT_EQ(*de, "[de] olleh ediw dlrow");

  nlohmann::json sent = nlohmann::json::parse(server.last_body());
  EXPECT_EQ(sent["q"], "hello wide world");
  EXPECT_EQ(sent["source"], "en");
  EXPECT_EQ(sent["target"], "de");
  EXPECT_EQ(sent["format"], "text");
  EXPECT_EQ(sent["api_key"], "secret");
}

TEST(HttpEngineTest, CarriesUnicodeAndQuotesIntact) {
  FakeLibreTranslate server;
  auto engine = HttpEngine::Create(Options(server.url()));
  ASSERT_TRUE(engine.ok()) << engine.status();
  const std::string text = "Grüße \"quoted\" \\ back\nslash";
  absl::StatusOr<std::string> out = (*engine)->Translate(text, {"de", "fi"});
  ASSERT_TRUE(out.ok()) << out.status();
  EXPECT_EQ(*out, FakeLibreTranslate::Expected(text, "fi"));
}

TEST(HttpEngineTest, ReadsChunkedResponses) {
  FakeLibreTranslate server;
  server.set_chunked(true);
  auto engine = HttpEngine::Create(Options(server.url()));
  ASSERT_TRUE(engine.ok()) << engine.status();
  absl::StatusOr<std::string> out =
      (*engine)->Translate("abc def", {"en", "ga"});
  ASSERT_TRUE(out.ok()) << out.status();
  EXPECT_EQ(*out, "[ga] cba fed");
}

TEST(HttpEngineTest, ServerErrorIsUnavailable) {
  FakeLibreTranslate server;
  auto engine = HttpEngine::Create(Options(server.url()));
  ASSERT_TRUE(engine.ok()) << engine.status();
  server.set_fail_with(500);
  absl::StatusOr<std::string> out = (*engine)->Translate("hello", {"en", "de"});
  EXPECT_EQ(out.status().code(), absl::StatusCode::kUnavailable);
  EXPECT_EQ(ErrorReason(out.status()), "MT_ENGINE_UNAVAILABLE");
  EXPECT_THAT(out.status().message(), HasSubstr("HTTP 500"));
  EXPECT_THAT(out.status().message(), HasSubstr("told to fail"));

  server.set_fail_with(429);
  EXPECT_EQ((*engine)->Translate("hello", {"en", "de"}).status().code(),
            absl::StatusCode::kResourceExhausted);
}

TEST(HttpEngineTest, WrongApiKeyIsRejected) {
  FakeLibreTranslate server;
  server.set_api_key("right");
  auto engine = HttpEngine::Create(Options(server.url(), "wrong"));
  ASSERT_TRUE(engine.ok()) << engine.status();  // /languages needs no key
  absl::StatusOr<std::string> out = (*engine)->Translate("hello", {"en", "de"});
  EXPECT_EQ(out.status().code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_EQ(ErrorReason(out.status()), "MT_ENGINE_REJECTED");
}

TEST(HttpEngineTest, ServerDownIsUnavailable) {
  std::string url;
  {
    FakeLibreTranslate gone;
    url = gone.url();
  }  // the port is closed now
  auto engine = HttpEngine::Create(Options(url, "", {{"en", "de"}}));
  ASSERT_TRUE(engine.ok()) << engine.status();
  absl::StatusOr<std::string> out = (*engine)->Translate("hello", {"en", "de"});
  EXPECT_EQ(out.status().code(), absl::StatusCode::kUnavailable);
  EXPECT_EQ(ErrorReason(out.status()), "MT_ENGINE_UNAVAILABLE");
  // Discovery needs the server.
  EXPECT_EQ(HttpEngine::Create(Options(url)).status().code(),
            absl::StatusCode::kUnavailable);
}

TEST(HttpEngineTest, SlowServerTimesOut) {
  FakeLibreTranslate server;
  HttpEngineOptions options = Options(server.url(), "", {{"en", "de"}});
  options.request_timeout = absl::Milliseconds(200);
  auto engine = HttpEngine::Create(options);
  ASSERT_TRUE(engine.ok()) << engine.status();
  server.set_delay(absl::Seconds(1));
  absl::StatusOr<std::string> out = (*engine)->Translate("hello", {"en", "de"});
  EXPECT_EQ(out.status().code(), absl::StatusCode::kDeadlineExceeded);
  EXPECT_EQ(ErrorReason(out.status()), "MT_ENGINE_TIMEOUT");
}

TEST(HttpEngineTest, UnofferedPairNeverReachesTheServer) {
  FakeLibreTranslate server;
  auto engine = HttpEngine::Create(Options(server.url()));
  ASSERT_TRUE(engine.ok()) << engine.status();
  const int before = server.requests();
  absl::StatusOr<std::string> out = (*engine)->Translate("hello", {"en", "mt"});
  EXPECT_EQ(ErrorReason(out.status()), "MT_PAIR_UNAVAILABLE");
  EXPECT_EQ(server.requests(), before);
}

}  // namespace
}  // namespace imi::translation::mt
