#include "services/translation/mt/router.h"

#include <atomic>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "libs/status/error.h"
#include "services/translation/mt/apertium_engine.h"
#include "services/translation/mt/http_engine.h"
#include "tests/services/translation/fake_libretranslate.h"

namespace imi::translation::mt {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

// Translates by appending "|<target>", so a chain of hops is visible.
class FakeEngine : public Engine {
 public:
  FakeEngine(std::string name, std::vector<Pair> pairs,
             absl::Status fail = absl::OkStatus())
      : name_(std::move(name)),
        pairs_(std::move(pairs)),
        fail_(std::move(fail)) {}
  absl::StatusOr<std::string> Translate(std::string_view text,
                                        const Pair& pair) override {
    ++calls;
    if (!fail_.ok()) return fail_;
    return std::string(text) + "|" + pair.target;
  }
  std::vector<Pair> Pairs() const override { return pairs_; }
  std::string name() const override { return name_; }
  std::atomic<int> calls{0};

 private:
  std::string name_;
  std::vector<Pair> pairs_;
  absl::Status fail_;
};

std::unique_ptr<Router> MakeRouter(std::vector<std::unique_ptr<Engine>> engines,
                                   std::string preferences = "") {
  RouterOptions options;
  options.preferences = std::move(preferences);
  auto router = Router::Create(std::move(engines), options);
  EXPECT_TRUE(router.ok()) << router.status();
  return router.ok() ? *std::move(router) : nullptr;
}

std::vector<std::unique_ptr<Engine>> One(std::unique_ptr<Engine> e) {
  std::vector<std::unique_ptr<Engine>> v;
  v.push_back(std::move(e));
  return v;
}

// A chain a -> b -> c -> d -> e, plus a direct a -> c shortcut.
std::unique_ptr<Router> Chain() {
  return MakeRouter(One(std::make_unique<FakeEngine>(
      "x", std::vector<Pair>{
               {"a", "b"}, {"b", "c"}, {"c", "d"}, {"d", "e"}, {"a", "c"}})));
}

TEST(RouterTest, UsesTheDirectPair) {
  auto router = Chain();
  absl::StatusOr<Translation> t = router->Translate("t", "a", "c");
  ASSERT_TRUE(t.ok()) << t.status();
  EXPECT_EQ(t->text, "t|c");
  EXPECT_THAT(t->path, ElementsAre("a", "c"));
  EXPECT_EQ(t->engine, "x");
  EXPECT_TRUE(t->machine_translated);
}

TEST(RouterTest, BridgesWithTheFewestHops) {
  auto router = Chain();
  absl::StatusOr<Translation> t = router->Translate("t", "a", "e");
  ASSERT_TRUE(t.ok()) << t.status();
  EXPECT_EQ(t->text, "t|c|d|e");
  EXPECT_THAT(t->path, ElementsAre("a", "c", "d", "e"));
  EXPECT_THAT(t->hop_engines, ElementsAre("x", "x", "x"));
}

TEST(RouterTest, AtMostTwoBridges) {
  // a -> e is four hops (three bridges) without the a -> c shortcut.
  auto longer = MakeRouter(One(std::make_unique<FakeEngine>(
      "x", std::vector<Pair>{{"a", "b"}, {"b", "c"}, {"c", "d"}, {"d", "e"}})));
  absl::StatusOr<Translation> t = longer->Translate("t", "a", "e");
  EXPECT_EQ(t.status().code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_EQ(ErrorReason(t.status()), "MT_PAIR_UNAVAILABLE");
  EXPECT_TRUE(longer->Translate("t", "a", "d").ok());
}

TEST(RouterTest, UnreachablePairIsAClearErrorNotTheSourceText) {
  auto router = Chain();
  absl::StatusOr<Translation> t = router->Translate("source text", "e", "a");
  ASSERT_FALSE(t.ok());
  EXPECT_EQ(t.status().code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_EQ(ErrorReason(t.status()), "MT_PAIR_UNAVAILABLE");
  EXPECT_EQ(ErrorDomain(t.status()), "translation.imi");
  EXPECT_EQ(ErrorMetadata(t.status())["source"], "e");
  EXPECT_EQ(ErrorMetadata(t.status())["target"], "a");
  EXPECT_EQ(ErrorReason(router->Translate("t", "zz", "a").status()),
            "MT_PAIR_UNAVAILABLE");
}

TEST(RouterTest, SameLanguageReturnsTheTextUnchanged) {
  auto router = Chain();
  absl::StatusOr<Translation> t = router->Translate("Hello", "en", "en");
  ASSERT_TRUE(t.ok()) << t.status();
  EXPECT_EQ(t->text, "Hello");
  EXPECT_FALSE(t->machine_translated);
  EXPECT_EQ(t->engine, "");
  EXPECT_THAT(t->path, ElementsAre("en"));
}

TEST(RouterTest, RejectsBadText) {
  auto router = Chain();
  auto reason = [&](std::string_view text) {
    absl::Status s = router->Translate(text, "a", "b").status();
    EXPECT_EQ(s.code(), absl::StatusCode::kInvalidArgument) << text;
    std::vector<FieldViolation> v = FieldViolations(s);
    EXPECT_EQ(v.size(), 1u);
    if (!v.empty()) {
      EXPECT_EQ(v[0].field, "text");
    }
    return ErrorReason(s);
  };
  EXPECT_EQ(reason(""), "TEXT_EMPTY");
  EXPECT_EQ(reason(" \n\t "), "TEXT_EMPTY");
  EXPECT_EQ(reason(std::string(kMaxTextChars + 1, 'a')), "TEXT_TOO_LONG");
  EXPECT_EQ(reason("bad \xC3\x28 utf-8"), "TEXT_INVALID");
  EXPECT_EQ(reason("overlong \xC0\xAF"), "TEXT_INVALID");
  EXPECT_EQ(reason(std::string("nul\0inside", 10)), "TEXT_INVALID");
  // The limit counts characters, not bytes: 20,000 two-byte "é" are fine.
  std::string e_acute;
  for (std::size_t i = 0; i < kMaxTextChars; ++i) e_acute += "\xC3\xA9";
  EXPECT_TRUE(router->Translate(e_acute, "a", "b").ok());
}

TEST(RouterTest, PreferencesChooseTheEngine) {
  auto both = [] {
    std::vector<std::unique_ptr<Engine>> v;
    v.push_back(
        std::make_unique<FakeEngine>("x", std::vector<Pair>{{"en", "de"}}));
    v.push_back(
        std::make_unique<FakeEngine>("y", std::vector<Pair>{{"en", "de"}}));
    return v;
  };
  EXPECT_EQ(MakeRouter(both(), "*:x,y")->Translate("t", "en", "de")->engine,
            "x");
  EXPECT_EQ(MakeRouter(both(), "*:y,x")->Translate("t", "en", "de")->engine,
            "y");
  EXPECT_EQ(
      MakeRouter(both(), "*:x,y; en-de:y")->Translate("t", "en", "de")->engine,
      "y");
  EXPECT_EQ(
      MakeRouter(both(), "*:x; en-*:y")->Translate("t", "en", "de")->engine,
      "y");
  EXPECT_EQ(
      MakeRouter(both(), "*:x; *-de:y")->Translate("t", "en", "de")->engine,
      "y");
  EXPECT_EQ(MakeRouter(both(), "")->Translate("t", "en", "de")->engine, "x");
  // An engine not named for the pair is not used for it.
  auto only_x_for_fr = MakeRouter(both(), "en-de:x");
  absl::StatusOr<Route> route = only_x_for_fr->FindRoute("en", "de");
  ASSERT_TRUE(route.ok());
  EXPECT_THAT(route->hop_engines, ElementsAre(ElementsAre("x")));
}

TEST(RouterTest, FallsBackToTheNextEngineOnTransientFailure) {
  std::vector<std::unique_ptr<Engine>> v;
  v.push_back(std::make_unique<FakeEngine>(
      "down", std::vector<Pair>{{"en", "de"}}, absl::UnavailableError("down")));
  v.push_back(
      std::make_unique<FakeEngine>("up", std::vector<Pair>{{"en", "de"}}));
  auto router = MakeRouter(std::move(v), "*:down,up");
  absl::StatusOr<Translation> t = router->Translate("t", "en", "de");
  ASSERT_TRUE(t.ok()) << t.status();
  EXPECT_EQ(t->engine, "up");
}

TEST(RouterTest, DoesNotFallBackOnARejection) {
  std::vector<std::unique_ptr<Engine>> v;
  v.push_back(
      std::make_unique<FakeEngine>("no", std::vector<Pair>{{"en", "de"}},
                                   absl::FailedPreconditionError("no")));
  v.push_back(
      std::make_unique<FakeEngine>("up", std::vector<Pair>{{"en", "de"}}));
  auto router = MakeRouter(std::move(v), "*:no,up");
  EXPECT_EQ(router->Translate("t", "en", "de").status().code(),
            absl::StatusCode::kFailedPrecondition);
}

TEST(RouterTest, RejectsBadConfiguration) {
  auto make = [](std::string prefs, int bridges = 2) {
    RouterOptions o;
    o.preferences = std::move(prefs);
    o.max_bridges = bridges;
    return Router::Create(
               One(std::make_unique<FakeEngine>("x", std::vector<Pair>{})), o)
        .status()
        .code();
  };
  EXPECT_EQ(make("*:x"), absl::StatusCode::kOk);
  EXPECT_EQ(make("*:nope"), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(make("*"), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(make("en:x"), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(make("EN-de:x"), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(make("*:x;*:x"), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(make("*:x", 3), absl::StatusCode::kInvalidArgument);
}

TEST(RouterTest, ParsesPreferences) {
  auto rules =
      ParseRoutingPreferences("*:apertium,http; fr-en:http\n*-ga:http");
  ASSERT_TRUE(rules.ok()) << rules.status();
  ASSERT_EQ(rules->size(), 3u);
  EXPECT_EQ((*rules)[0].source, "*");
  EXPECT_THAT((*rules)[0].engines, ElementsAre("apertium", "http"));
  EXPECT_EQ((*rules)[1].source, "fr");
  EXPECT_EQ((*rules)[1].target, "en");
  EXPECT_EQ((*rules)[2].source, "*");
  EXPECT_EQ((*rules)[2].target, "ga");
}

// --- With the real Apertium pairs -------------------------------------------

class ApertiumRouterTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto apertium = ApertiumEngine::Create();
    ASSERT_TRUE(apertium.ok()) << apertium.status();
    router_ = MakeRouter(One(*std::move(apertium)), "*:apertium").release();
  }
  static void TearDownTestSuite() {
    delete router_;
    router_ = nullptr;
  }
  static Router* router_;
};
Router* ApertiumRouterTest::router_ = nullptr;

TEST_F(ApertiumRouterTest, FrenchToEnglishGoesThroughSpanish) {
  absl::StatusOr<Translation> t = router_->Translate(
      "La maison est grande et le chien est noir.", "fr", "en");
  ASSERT_TRUE(t.ok()) << t.status();
  EXPECT_THAT(t->path, ElementsAre("fr", "es", "en"));
  EXPECT_EQ(t->engine, "apertium");
  EXPECT_THAT(t->text, HasSubstr("house"));
  EXPECT_THAT(t->text, HasSubstr("dog"));
}

TEST_F(ApertiumRouterTest, PortugueseToEnglishGoesThroughSpanish) {
  absl::StatusOr<Translation> t =
      router_->Translate("A casa é grande.", "pt", "en");
  ASSERT_TRUE(t.ok()) << t.status();
  EXPECT_THAT(t->path, ElementsAre("pt", "es", "en"));
  EXPECT_THAT(t->text, HasSubstr("house"));
}

TEST_F(ApertiumRouterTest, EnglishToSpanishIsDirect) {
  absl::StatusOr<Translation> t =
      router_->Translate("The house is big.", "en", "es");
  ASSERT_TRUE(t.ok()) << t.status();
  EXPECT_THAT(t->path, ElementsAre("en", "es"));
  EXPECT_THAT(t->text, HasSubstr("casa"));
}

TEST_F(ApertiumRouterTest, BulgarianToEnglishGoesThroughMacedonian) {
  absl::StatusOr<Route> route = router_->FindRoute("bg", "en");
  ASSERT_TRUE(route.ok()) << route.status();
  EXPECT_THAT(route->path, ElementsAre("bg", "mk", "en"));
}

TEST_F(ApertiumRouterTest, FinnishIsUnavailableWithApertiumAlone) {
  absl::StatusOr<Translation> t =
      router_->Translate("Talo on iso.", "fi", "en");
  EXPECT_EQ(t.status().code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_EQ(ErrorReason(t.status()), "MT_PAIR_UNAVAILABLE");
}

TEST(MixedRouterTest, ChainsApertiumAndAnHttpEngine) {
  testing::FakeLibreTranslate server;
  std::vector<std::unique_ptr<Engine>> engines;
  auto apertium = ApertiumEngine::Create();
  ASSERT_TRUE(apertium.ok()) << apertium.status();
  engines.push_back(*std::move(apertium));
  HttpEngineOptions http_options;
  http_options.url = server.url();
  auto http = HttpEngine::Create(http_options);
  ASSERT_TRUE(http.ok()) << http.status();
  engines.push_back(*std::move(http));
  auto router = MakeRouter(std::move(engines), "*:apertium,http");

  // en -> de only over HTTP: direct.
  absl::StatusOr<Translation> t = router->Translate("hello world", "en", "de");
  ASSERT_TRUE(t.ok()) << t.status();
  EXPECT_EQ(t->engine, "http");
  EXPECT_EQ(t->text, "[de] olleh dlrow");

  // fr -> de: Apertium to English through Spanish, then HTTP.
  t = router->Translate("La maison est grande.", "fr", "de");
  ASSERT_TRUE(t.ok()) << t.status();
  EXPECT_THAT(t->path, ElementsAre("fr", "es", "en", "de"));
  EXPECT_THAT(t->hop_engines, ElementsAre("apertium", "apertium", "http"));
  EXPECT_EQ(t->engine, "apertium+http");
  EXPECT_THAT(t->text, HasSubstr("[de] "));
  EXPECT_THAT(t->text, HasSubstr("esuoh"));  // "house" reversed

  // The HTTP engine going down is an error, not a silent fallback to text.
  server.set_fail_with(503);
  t = router->Translate("hello", "en", "de");
  EXPECT_EQ(t.status().code(), absl::StatusCode::kUnavailable);
}

}  // namespace
}  // namespace imi::translation::mt
