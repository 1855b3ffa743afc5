#include "services/directory/search_expansions.h"

#include <string>
#include <thread>

#include "gtest/gtest.h"

namespace imi::directory {
namespace {

Expansion E(const std::string& tq) { return {tq, tq + "!", tq + ":AB"}; }

TEST(SearchExpansionsTest, KeepsAnExpansionPerTextAndModeUntilItExpires) {
  SearchExpansions cache(absl::Milliseconds(150), 100);
  EXPECT_FALSE(cache.Find("notaire", false));
  cache.Put("notaire", false, E("'notaire' | 'notaires'"));
  auto hit = cache.Find("notaire", false);
  ASSERT_TRUE(hit);
  EXPECT_EQ(hit->tq, "'notaire' | 'notaires'");
  EXPECT_EQ(hit->exact_names, "'notaire' | 'notaires':AB");
  EXPECT_FALSE(cache.Find("notaire", true)) << "the fuzzy expansion is another one";
  EXPECT_FALSE(cache.Find("Notaire", false)) << "keys are the text as given";
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  EXPECT_FALSE(cache.Find("notaire", false));
}

TEST(SearchExpansionsTest, ClearForgetsEverything) {
  SearchExpansions cache(absl::Minutes(1), 100);
  cache.Put("a", false, E("a"));
  cache.Put("b", true, E("b"));
  cache.Clear();
  EXPECT_FALSE(cache.Find("a", false));
  EXPECT_FALSE(cache.Find("b", true));
  EXPECT_EQ(cache.size(), 0u);
}

TEST(SearchExpansionsTest, StaysWithinItsCapacity) {
  SearchExpansions cache(absl::Minutes(1), 3);
  for (int i = 0; i < 10; ++i) {
    cache.Put("q" + std::to_string(i), false, E("q"));
    EXPECT_LE(cache.size(), 3u);
  }
  EXPECT_TRUE(cache.Find("q9", false)) << "the newest entry is kept";
  cache.Put("q9", false, E("again"));  // replacing never evicts
  EXPECT_EQ(cache.Find("q9", false)->tq, "again");
}

TEST(SearchExpansionsTest, ZeroLifetimeKeepsNothing) {
  SearchExpansions cache(absl::ZeroDuration(), 100);
  cache.Put("a", false, E("a"));
  EXPECT_FALSE(cache.Find("a", false));
  EXPECT_EQ(cache.size(), 0u);
}

}  // namespace
}  // namespace imi::directory
