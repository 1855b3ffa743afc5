// Domain rules of legislative areas, with a fake store.
#include "services/directory/legislative_areas.h"

#include "gtest/gtest.h"
#include "libs/status/error.h"

namespace imi::directory {
namespace {

AreaRecord Area(std::string code, int order, std::vector<std::string> workflows) {
  AreaRecord a;
  a.code = std::move(code);
  a.display_order = order;
  a.workflows = std::move(workflows);
  a.texts["en"] = {"English " + a.code, "desc"};
  a.texts["da"] = {"Dansk " + a.code, "beskrivelse"};
  return a;
}

class FakeStore : public DirectoryStore {
 public:
  std::vector<AreaRecord> areas;
  absl::StatusOr<std::optional<AreaRecord>> GetArea(const std::string& code) override {
    for (const auto& a : areas) {
      if (a.code == code) return a;
    }
    return std::nullopt;
  }
  absl::StatusOr<std::vector<AreaRecord>> ListAreas(const std::optional<AreaCursor>& after,
                                                    const std::string& workflow,
                                                    int limit) override {
    std::vector<AreaRecord> out;
    for (const auto& a : areas) {
      if (after && std::tie(a.display_order, a.code) <= std::tie(after->display_order, after->code))
        continue;
      if (!workflow.empty() &&
          std::find(a.workflows.begin(), a.workflows.end(), workflow) == a.workflows.end())
        continue;
      if (static_cast<int>(out.size()) < limit) out.push_back(a);
    }
    return out;
  }
  absl::StatusOr<int> CountAreas(const std::string& workflow) override {
    int n = 0;
    for (const auto& a : areas) {
      if (workflow.empty() ||
          std::find(a.workflows.begin(), a.workflows.end(), workflow) != a.workflows.end())
        ++n;
    }
    return n;
  }
};

class LegislativeAreasTest : public ::testing::Test {
 protected:
  void SetUp() override {
    for (int i = 0; i < 7; ++i) {
      store_.areas.push_back(Area("area-" + std::to_string(i), i * 10,
                                  i % 2 ? std::vector<std::string>{"REQUESTS"}
                                        : std::vector<std::string>{"ALERTS", "REQUESTS"}));
    }
  }
  FakeStore store_;
  LegislativeAreas areas_{&store_};
};

TEST_F(LegislativeAreasTest, RendersRequestedLanguageAndFallsBackToEnglish) {
  auto da = areas_.Get("legislativeAreas/area-1", "da");
  ASSERT_TRUE(da.ok()) << da.status();
  EXPECT_EQ(da->display_name, "Dansk area-1");
  EXPECT_EQ(da->display_language, "da");
  auto fi = areas_.Get("legislativeAreas/area-1", "fi");
  ASSERT_TRUE(fi.ok());
  EXPECT_EQ(fi->display_name, "English area-1");
  EXPECT_EQ(fi->display_language, "en");
  auto def = areas_.Get("legislativeAreas/area-1", "");
  ASSERT_TRUE(def.ok());
  EXPECT_EQ(def->display_language, "en");
}

TEST_F(LegislativeAreasTest, RejectsMalformedNamesAndUnknownLanguages) {
  for (const char* bad : {"area-1", "legislativeAreas/", "legislativeAreas/Area", "authorities/x",
                          "legislativeAreas/a/b", "legislativeAreas/-x", "legislativeAreas/a--b",
                          "legislativeAreas/x-"}) {
    auto r = areas_.Get(bad, "en");
    EXPECT_EQ(r.status().code(), absl::StatusCode::kInvalidArgument) << bad;
    EXPECT_EQ(ErrorReason(r.status()), "INVALID_NAME") << bad;
  }
  auto lang = areas_.Get("legislativeAreas/area-1", "xx");
  EXPECT_EQ(ErrorReason(lang.status()), "UNSUPPORTED_LANGUAGE");
  ASSERT_EQ(FieldViolations(lang.status()).size(), 1u);
  EXPECT_EQ(FieldViolations(lang.status())[0].field, "language");
  EXPECT_EQ(ErrorReason(areas_.Get("legislativeAreas/area-1", "EN").status()),
            "UNSUPPORTED_LANGUAGE");
}

TEST_F(LegislativeAreasTest, UnknownAreaIsNotFound) {
  auto r = areas_.Get("legislativeAreas/nope", "en");
  EXPECT_EQ(r.status().code(), absl::StatusCode::kNotFound);
  EXPECT_EQ(ErrorReason(r.status()), "LEGISLATIVE_AREA_NOT_FOUND");
}

TEST_F(LegislativeAreasTest, PagesThroughEveryAreaOnceInDisplayOrder) {
  std::vector<std::string> seen;
  ListAreasQuery q{.page_size = 3};
  int pages = 0;
  do {
    auto page = areas_.List(q);
    ASSERT_TRUE(page.ok()) << page.status();
    EXPECT_EQ(page->total_size, 7);
    for (const auto& a : page->areas) seen.push_back(a.record.code);
    q.page_token = page->next_page_token;
    ++pages;
  } while (!q.page_token.empty());
  EXPECT_EQ(pages, 3);
  ASSERT_EQ(seen.size(), 7u);
  for (int i = 0; i < 7; ++i) EXPECT_EQ(seen[i], "area-" + std::to_string(i));
}

TEST_F(LegislativeAreasTest, FiltersByWorkflow) {
  auto page = areas_.List({.workflow = "ALERTS"});
  ASSERT_TRUE(page.ok());
  EXPECT_EQ(page->total_size, 4);
  EXPECT_EQ(page->areas.size(), 4u);
  EXPECT_TRUE(page->next_page_token.empty());
}

TEST_F(LegislativeAreasTest, RejectsBadPageSizesAndTokens) {
  for (int size : {-1, kMaxPageSize + 1}) {
    auto r = areas_.List({.page_size = size});
    EXPECT_EQ(ErrorReason(r.status()), "INVALID_PAGE_SIZE") << size;
    EXPECT_EQ(FieldViolations(r.status())[0].field, "page_size");
  }
  auto garbage = areas_.List({.page_token = "not a token!"});
  EXPECT_EQ(ErrorReason(garbage.status()), "INVALID_PAGE_TOKEN");
  EXPECT_EQ(FieldViolations(garbage.status())[0].field, "page_token");
  // A token issued for one filter cannot be replayed with another.
  auto first = areas_.List({.page_size = 1, .workflow = "ALERTS"});
  ASSERT_TRUE(first.ok());
  auto replay = areas_.List({.page_size = 1, .page_token = first->next_page_token});
  EXPECT_EQ(ErrorReason(replay.status()), "INVALID_PAGE_TOKEN");
}

}  // namespace
}  // namespace imi::directory
