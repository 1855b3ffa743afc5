#include "services/translation/mt/apertium_engine.h"

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "libs/status/error.h"

namespace imi::translation::mt {
namespace {

using ::testing::Contains;
using ::testing::HasSubstr;
using ::testing::Not;
using ::testing::Optional;

TEST(ApertiumModeNameTest, MapsToIso639_1) {
  EXPECT_THAT(PairForApertiumMode("eng-spa"), Optional(Pair{"en", "es"}));
  EXPECT_THAT(PairForApertiumMode("fr-es"), Optional(Pair{"fr", "es"}));
  EXPECT_THAT(PairForApertiumMode("nob-dan"), Optional(Pair{"nb", "da"}));
  EXPECT_THAT(PairForApertiumMode("swe-isl"), Optional(Pair{"sv", "is"}));
  EXPECT_THAT(PairForApertiumMode("ro-es"), Optional(Pair{"ro", "es"}));
  EXPECT_THAT(PairForApertiumMode("mkd-bul"), Optional(Pair{"mk", "bg"}));
  EXPECT_THAT(PairForApertiumMode("eng-cat"), Optional(Pair{"en", "ca"}));
  EXPECT_THAT(PairForApertiumMode("dan-nno"), Optional(Pair{"da", "nn"}));
}

TEST(ApertiumModeNameTest, SerboCroatianCountsAsCroatian) {
  EXPECT_THAT(PairForApertiumMode("hbs-eng"), Optional(Pair{"hr", "en"}));
  EXPECT_THAT(PairForApertiumMode("eng-hbs_HR"), Optional(Pair{"en", "hr"}));
  EXPECT_THAT(PairForApertiumMode("slv-hbs_HR"), Optional(Pair{"sl", "hr"}));
  EXPECT_EQ(PairForApertiumMode("eng-hbs"), std::nullopt);
  EXPECT_EQ(PairForApertiumMode("eng-hbs_SR"), std::nullopt);
}

TEST(ApertiumModeNameTest, IgnoresVariantsDebugModesAndOtherLanguages) {
  EXPECT_EQ(PairForApertiumMode("eng-cat_valencia"), std::nullopt);
  EXPECT_EQ(PairForApertiumMode("es-pt_BR"), std::nullopt);
  EXPECT_EQ(PairForApertiumMode("hbs-mkd-pretransfer"), std::nullopt);
  EXPECT_EQ(PairForApertiumMode("eco-es-fr"), std::nullopt);
  EXPECT_EQ(PairForApertiumMode("Cyrl-Latn"), std::nullopt);
  EXPECT_EQ(PairForApertiumMode("eus-spa"), std::nullopt);
}

TEST(ApertiumEngineTest, OffersTheInstalledPairs) {
  auto engine = ApertiumEngine::Create();
  ASSERT_TRUE(engine.ok()) << engine.status();
  std::vector<Pair> pairs = (*engine)->Pairs();
  EXPECT_TRUE(std::is_sorted(pairs.begin(), pairs.end()));
  for (const Pair& p : std::vector<Pair>{{"en", "es"},
                                         {"es", "en"},
                                         {"fr", "es"},
                                         {"es", "pt"},
                                         {"pt", "es"},
                                         {"es", "it"},
                                         {"ro", "es"},
                                         {"sv", "da"},
                                         {"nb", "da"},
                                         {"is", "en"},
                                         {"hr", "en"},
                                         {"en", "hr"},
                                         {"sl", "hr"},
                                         {"mk", "bg"},
                                         {"bg", "mk"}}) {
    EXPECT_THAT(pairs, Contains(p)) << p.ToString();
  }
  EXPECT_THAT(pairs, Not(Contains(Pair{"fi", "en"})));
  EXPECT_EQ((*engine)->name(), "apertium");
}

TEST(ApertiumEngineTest, TranslatesAndRefusesPairsItLacks) {
  auto engine = ApertiumEngine::Create();
  ASSERT_TRUE(engine.ok()) << engine.status();
  absl::StatusOr<std::string> es =
      (*engine)->Translate("The house is big.", {"en", "es"});
  ASSERT_TRUE(es.ok()) << es.status();
  EXPECT_THAT(*es, HasSubstr("casa"));
  absl::StatusOr<std::string> fi =
      (*engine)->Translate("The house.", {"en", "fi"});
  EXPECT_EQ(fi.status().code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_EQ(ErrorReason(fi.status()), "MT_PAIR_UNAVAILABLE");
}

TEST(ApertiumEngineTest, GrowsAPoolOfPipelinesUnderLoad) {
  ApertiumEngineOptions options;
  options.pipelines_per_mode = 2;
  auto engine = ApertiumEngine::Create(options);
  ASSERT_TRUE(engine.ok()) << engine.status();
  std::vector<std::thread> threads;
  std::atomic<int> failures{0};
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 25; ++i) {
        auto r = (*engine)->Translate(
            absl::StrCat("The dog number ", t * 100 + i, "."), {"en", "es"});
        if (!r.ok() || r->find(absl::StrCat(t * 100 + i)) == std::string::npos)
          ++failures;
      }
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(failures.load(), 0);
}

// Every mode the engine offers must work with the null-flush protocol (some
// stages have quirks, e.g. lt-proc -b waiting for one more character).
TEST(ApertiumEngineTest, EveryOfferedModeAnswers) {
  auto engine = ApertiumEngine::Create();
  ASSERT_TRUE(engine.ok()) << engine.status();
  for (const ApertiumMode& mode : (*engine)->modes()) {
    ApertiumPipelineOptions options;
    options.name = mode.mode;
    auto pipeline = ApertiumPipeline::ForModeFile(mode.file, options);
    ASSERT_TRUE(pipeline.ok()) << mode.mode << ": " << pipeline.status();
    absl::StatusOr<std::string> out =
        (*pipeline)->Translate("Hello, 123.\n\n456 x");
    ASSERT_TRUE(out.ok()) << mode.mode << ": " << out.status();
    EXPECT_THAT(*out, HasSubstr("123")) << mode.mode;
    EXPECT_THAT(*out, HasSubstr("\n\n456")) << mode.mode;
    EXPECT_EQ((*pipeline)->starts(), 1) << mode.mode;
  }
}

TEST(ApertiumEngineTest, MissingModesDirectoryIsNotFound) {
  ApertiumEngineOptions options;
  options.modes_dir = "/nonexistent/apertium/modes";
  EXPECT_EQ(ApertiumEngine::Create(options).status().code(),
            absl::StatusCode::kNotFound);
  options.modes_dir = "/usr/share/apertium/modes";
  options.pipelines_per_mode = 0;
  EXPECT_EQ(ApertiumEngine::Create(options).status().code(),
            absl::StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace imi::translation::mt
