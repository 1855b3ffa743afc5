// The translation service's rules without a database: names, rendering with
// fallback, workflow decisions, permissions, cache values, the seed files
// and configuration.
#include <map>
#include <set>
#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "libs/i18n/languages.h"
#include "libs/status/error.h"
#include "services/translation/catalogue.h"
#include "services/translation/config.h"
#include "services/translation/machine_translation.h"
#include "services/translation/names.h"
#include "services/translation/seed.h"

namespace imi::translation {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

// --- names
// --------------------------------------------------------------------

TEST(NamesTest, ParsesWellFormedNames) {
  EXPECT_EQ(*ParseQuestionSetName("questionSets/posting-of-workers", "name"),
            "posting-of-workers");
  VersionRef v = *ParseVersionName("questionSets/services/versions/12", "name");
  EXPECT_EQ(v.question_set, "services");
  EXPECT_EQ(v.version, 12);
  TextRef t = *ParseTextName("questionSets/services/texts/42", "text");
  EXPECT_EQ(t.text_id, 42);
  TranslationRef tr = *ParseTranslationName(
      "questionSets/services/texts/42/translations/hu", "name");
  EXPECT_EQ(tr.language, "hu");
  EXPECT_EQ(tr.text.question_set, "services");
  EXPECT_EQ(*ParseLanguageName("languages/nb", "name"), "nb");
  EXPECT_EQ(*ParseAreaName("legislativeAreas/services", "legislative_area"),
            "services");
  EXPECT_EQ(TranslationName("services", 42, "hu"),
            "questionSets/services/texts/42/translations/hu");
}

TEST(NamesTest, RejectsMalformedNamesNamingTheField) {
  for (const char* bad :
       {"", "questionSets/", "questionSets/Services", "questionSets/a--b",
        "questionSets/a/b", "services", "questionSet/services"}) {
    absl::StatusOr<std::string> r = ParseQuestionSetName(bad, "parent");
    ASSERT_FALSE(r.ok()) << bad;
    EXPECT_EQ(ErrorReason(r.status()), "INVALID_NAME");
    EXPECT_EQ(FieldViolations(r.status()).at(0).field, "parent");
  }
  for (const char* bad :
       {"questionSets/s/versions/0", "questionSets/s/versions/-1",
        "questionSets/s/versions/01", "questionSets/s/versions/x",
        "questionSets/s/versions/99999999999"}) {
    EXPECT_EQ(ErrorReason(ParseVersionName(bad, "name").status()),
              "INVALID_NAME")
        << bad;
  }
  EXPECT_EQ(ErrorReason(ParseTranslationName(
                            "questionSets/s/texts/1/translations/xx", "name")
                            .status()),
            "UNSUPPORTED_LANGUAGE");
  EXPECT_EQ(ErrorReason(ParseTranslationName(
                            "questionSets/s/texts/1/translations/en", "name")
                            .status()),
            "SOURCE_LANGUAGE_NOT_TRANSLATABLE");
  EXPECT_EQ(ErrorReason(ParseLanguageName("languages/eng", "name").status()),
            "INVALID_NAME");
}

TEST(NamesTest, LanguagesAndPageSizes) {
  EXPECT_EQ(*ResolveLanguage("", "language"), "en");
  EXPECT_EQ(*ResolveLanguage("ga", "language"), "ga");
  EXPECT_EQ(ErrorReason(ResolveLanguage("DA", "language").status()),
            "UNSUPPORTED_LANGUAGE");
  EXPECT_EQ(*ResolvePageSize(0, 50, 1000), 50);
  EXPECT_EQ(ErrorReason(ResolvePageSize(1001, 50, 1000).status()),
            "INVALID_PAGE_SIZE");
}

TEST(NamesTest, PageTokensOnlyWorkForTheirMethodAndFilter) {
  std::string token =
      EncodePageToken("ListTasks", "de,,MISSING", {"services", "17"});
  EXPECT_THAT(*DecodePageToken(token, "ListTasks", "de,,MISSING", 2),
              ElementsAre("services", "17"));
  EXPECT_EQ(ErrorReason(
                DecodePageToken(token, "ListTasks", "fr,,MISSING", 2).status()),
            "INVALID_PAGE_TOKEN");
  EXPECT_EQ(
      ErrorReason(
          DecodePageToken(token, "ListVersions", "de,,MISSING", 2).status()),
      "INVALID_PAGE_TOKEN");
  EXPECT_EQ(ErrorReason(DecodePageToken("!!!", "ListTasks", "", 2).status()),
            "INVALID_PAGE_TOKEN");
}

// --- rendering
// ------------------------------------------------------------------

TextInLanguage Text(
    std::int64_t id, const std::string& source,
    std::optional<std::pair<std::string, TextStatus>> translation = {}) {
  TextInLanguage t;
  t.text.id = id;
  t.text.question_set = "services";
  t.text.source_text = source;
  if (translation) {
    TranslationRecord tr;
    tr.text_id = id;
    tr.language = "hu";
    tr.translated_text = translation->first;
    tr.status = translation->second;
    t.translation = tr;
  }
  return t;
}

TEST(RenderTest,
     ShowsTheTranslationWhateverItsStatusAndFallsBackOnlyWhenMissing) {
  RenderedText approved =
      RenderText(Text(1, "Yes", {{"Igen", TextStatus::kApproved}}), "hu");
  EXPECT_EQ(approved.text, "Igen");
  EXPECT_EQ(approved.language, "hu");
  EXPECT_FALSE(approved.fallback);
  EXPECT_FALSE(approved.machine_translated);
  EXPECT_EQ(approved.name, "questionSets/services/texts/1");

  RenderedText draft =
      RenderText(Text(1, "Yes", {{"Igen", TextStatus::kMachineDraft}}), "hu");
  EXPECT_TRUE(draft.machine_translated);
  EXPECT_EQ(RenderText(Text(1, "Yes", {{"Igen", TextStatus::kOutdated}}), "hu")
                .status,
            TextStatus::kOutdated);

  RenderedText missing = RenderText(Text(1, "Yes"), "hu");
  EXPECT_EQ(missing.text, "Yes");
  EXPECT_EQ(missing.language, "en");
  EXPECT_TRUE(missing.fallback);
  EXPECT_EQ(missing.status, TextStatus::kMissing);

  RenderedText english =
      RenderText(Text(1, "Yes", {{"Igen", TextStatus::kApproved}}), "en");
  EXPECT_EQ(english.text, "Yes");
  EXPECT_EQ(english.status, TextStatus::kSource);
}

TEST(RenderTest, SummarisesStatusesOfTheWholeVersion) {
  QuestionSetContent c;
  c.code = "services";
  c.version.version = 3;
  c.current_version = 3;
  c.title_text_id = 1;
  c.description_text_id = 2;
  c.sections.push_back(
      {"s", 3, {{"q", "SINGLE_CHOICE", true, 4, 5, {{"a", 6}, {"b", 7}}}}});
  c.texts[1] = Text(1, "Title", {{"Cím", TextStatus::kApproved}});
  c.texts[2] = Text(2, "Description");
  c.texts[3] = Text(3, "Section", {{"Szakasz", TextStatus::kSubmitted}});
  c.texts[4] = Text(4, "Question", {{"Kérdés", TextStatus::kOutdated}});
  c.texts[5] = Text(5, "Help", {{"Súgó", TextStatus::kMachineDraft}});
  c.texts[6] = Text(6, "A", {{"A", TextStatus::kApproved}});
  c.texts[7] = Text(7, "B");
  RenderedQuestionSet r = Render(c, "hu", View::kFull);
  EXPECT_EQ(r.summary.total, 7);
  EXPECT_EQ(r.summary.approved, 2);
  EXPECT_EQ(r.summary.missing, 2);
  EXPECT_EQ(r.summary.submitted, 1);
  EXPECT_EQ(r.summary.outdated, 1);
  EXPECT_EQ(r.summary.machine_draft, 1);
  ASSERT_TRUE(r.sections[0].questions[0].help);
  EXPECT_EQ(r.sections[0].questions[0].options[1].label.text, "B");
  RenderedQuestionSet basic = Render(c, "hu", View::kBasic);
  EXPECT_TRUE(basic.sections.empty());
  EXPECT_EQ(basic.title.text, "Cím");
}

// --- workflow decisions
// -----------------------------------------------------------

TranslationRecord Current(TextStatus status, int revision = 3) {
  TranslationRecord t;
  t.language = "hu";
  t.translated_text = "Igen";
  t.status = status;
  t.revision = revision;
  return t;
}

TEST(DecideTest, SubmitChecksTheEtagAndSkipsNoOps) {
  auto write = DecideSubmit(std::nullopt, "n", "Igen", TextStatus::kSubmitted,
                            "", "users/t");
  ASSERT_TRUE(write.ok());
  EXPECT_FALSE(write->unchanged);
  EXPECT_EQ(write->action, "SUBMIT");
  EXPECT_EQ(ErrorReason(DecideSubmit(std::nullopt, "n", "Igen",
                                     TextStatus::kSubmitted, "W/\"r1\"", "u")
                            .status()),
            "ETAG_MISMATCH");
  const TranslationRecord cur = Current(TextStatus::kSubmitted);
  EXPECT_TRUE(DecideSubmit(cur, "n", "Igen", TextStatus::kSubmitted,
                           TranslationEtag(cur), "u")
                  ->unchanged);
  EXPECT_FALSE(
      DecideSubmit(cur, "n", "Igen", TextStatus::kMachineDraft, "", "u")
          ->unchanged);
  absl::Status stale =
      DecideSubmit(cur, "n", "Nem", TextStatus::kSubmitted, "W/\"r2\"", "u")
          .status();
  EXPECT_EQ(stale.code(), absl::StatusCode::kAborted);
}

TEST(DecideTest, ApproveNeedsATranslationAndIsIdempotent) {
  EXPECT_EQ(ErrorReason(DecideApprove(std::nullopt, "n", "", "u").status()),
            "TRANSLATION_NOT_FOUND");
  for (TextStatus s : {TextStatus::kSubmitted, TextStatus::kMachineDraft,
                       TextStatus::kOutdated}) {
    auto write = DecideApprove(Current(s), "n", "", "u");
    ASSERT_TRUE(write.ok());
    EXPECT_EQ(write->status, TextStatus::kApproved);
    EXPECT_EQ(write->translated_text, "Igen");
    EXPECT_FALSE(write->unchanged);
  }
  EXPECT_TRUE(
      DecideApprove(Current(TextStatus::kApproved), "n", "", "u")->unchanged);
  EXPECT_EQ(ErrorReason(DecideApprove(Current(TextStatus::kSubmitted, 4), "n",
                                      "W/\"r3\"", "u")
                            .status()),
            "ETAG_MISMATCH");
}

TEST(DecideTest, SourceUpdateKeepsOnlyRealChangesOfTheCurrentVersion) {
  VersionSnapshot snapshot;
  snapshot.code = "services";
  snapshot.current_version = 2;
  snapshot.texts[10] = {10, "services", "services", "title", 1, "Title"};
  snapshot.texts[11] = {11, "services",   "services", "description",
                        2,  "Description"};
  auto write =
      DecideSourceUpdate(snapshot, {{10, "Title"}, {11, "New description"}},
                         QuestionSetEtag(2), "note", "users/t");
  ASSERT_TRUE(write.ok()) << write.status();
  ASSERT_EQ(write->changes.size(), 1u);
  EXPECT_EQ(write->changes[0].text_id, 11);
  EXPECT_EQ(
      ErrorReason(
          DecideSourceUpdate(snapshot, {{12, "x"}}, "", "", "u").status()),
      "TEXT_NOT_IN_CURRENT_VERSION");
  EXPECT_EQ(ErrorReason(DecideSourceUpdate(snapshot, {{10, "x"}},
                                           QuestionSetEtag(1), "", "u")
                            .status()),
            "ETAG_MISMATCH");
}

TEST(PermissionTest,
     OnlyCommissionTranslatorsAndAdministratorsMaintainTheCatalogue) {
  auth::Principal translator{.country = "EU", .roles = {{"*", {"TRANSLATOR"}}}};
  auth::Principal admin{.country = "EU",
                        .roles = {{"*", {"SYSTEM_ADMINISTRATOR"}}}};
  auth::Principal area{.country = "EU",
                       .roles = {{"services", {"TRANSLATOR"}}}};
  auth::Principal national{.country = "DK", .roles = {{"*", {"TRANSLATOR"}}}};
  auth::Principal helpdesk{.country = "EU", .roles = {{"*", {"HELPDESK"}}}};
  EXPECT_TRUE(CanMaintainCatalogue(translator, ""));
  EXPECT_TRUE(CanMaintainCatalogue(translator, "gdpr"));
  EXPECT_TRUE(CanMaintainCatalogue(admin, "services"));
  EXPECT_TRUE(CanMaintainCatalogue(area, ""));
  EXPECT_TRUE(CanMaintainCatalogue(area, "services"));
  EXPECT_FALSE(CanMaintainCatalogue(area, "gdpr"));
  EXPECT_FALSE(CanMaintainCatalogue(national, ""));
  EXPECT_FALSE(CanMaintainCatalogue(helpdesk, ""));
}

TEST(ValidateTest, CatalogueTextsHaveALimitAndNameTheField) {
  EXPECT_TRUE(
      ValidateCatalogueText(std::string(kMaxCatalogueTextChars, 'a'), "text")
          .ok());
  // 4000 two-byte characters are 4000 characters, not 8000.
  std::string accents;
  for (std::size_t i = 0; i < kMaxCatalogueTextChars; ++i) accents += "é";
  EXPECT_TRUE(ValidateCatalogueText(accents, "text").ok());
  absl::Status long_text =
      ValidateCatalogueText(accents + "é", "updates[3].source_text");
  EXPECT_EQ(ErrorReason(long_text), "TEXT_TOO_LONG");
  EXPECT_EQ(FieldViolations(long_text).at(0).field, "updates[3].source_text");
  EXPECT_EQ(ErrorReason(ValidateCatalogueText("   ", "text")), "TEXT_EMPTY");
  EXPECT_EQ(ErrorReason(ValidateCatalogueText("\xff", "text")), "TEXT_INVALID");
}

// --- machine-translation cache values
// ------------------------------------------------

TEST(CacheValueTest, RoundTripsAndRejectsGarbage) {
  MtResult r;
  r.text = "La casa.\nSegunda línea: sí";
  r.engine = "apertium";
  r.path = {"fr", "es", "en"};
  r.hop_engines = {"apertium", "apertium"};
  std::optional<MtResult> back = DecodeCacheValue(EncodeCacheValue(r));
  ASSERT_TRUE(back);
  EXPECT_EQ(back->text, r.text);
  EXPECT_EQ(back->engine, "apertium");
  EXPECT_EQ(back->path, r.path);
  EXPECT_EQ(back->hop_engines, r.hop_engines);
  EXPECT_EQ(back->source, "fr");
  EXPECT_EQ(back->target, "en");
  EXPECT_FALSE(DecodeCacheValue("garbage"));
  EXPECT_FALSE(DecodeCacheValue(
      "v1\napertium\nen\n\ntext"));  // one language is no route
}

TEST(CacheValueTest, KeysDependOnEngineRouteAndText) {
  mt::Route direct{{"en", "es"}, {{"apertium", "http"}}};
  mt::Route via_http{{"en", "es"}, {{"http"}}};
  const std::string key = CacheKey(direct, "Hello");
  EXPECT_THAT(key, HasSubstr("imi:translation:mt:v1:apertium:en>es:"));
  EXPECT_THAT(key, ::testing::Not(HasSubstr("Hello")));
  EXPECT_NE(key, CacheKey(via_http, "Hello"));
  EXPECT_NE(key, CacheKey(direct, "Hello."));
  EXPECT_EQ(key, CacheKey(direct, "Hello"));
}

// --- the seed catalogue
// -----------------------------------------------------------------

TEST(SeedTest, EmbedsFourRealisticQuestionSetsInAll26Languages) {
  std::vector<EmbeddedSeed> seeds = EmbeddedSeeds();
  ASSERT_EQ(seeds.size(), 4u);
  std::set<std::string> areas;
  for (const EmbeddedSeed& s : seeds) {
    absl::StatusOr<SeedQuestionSet> seed = ParseSeed(s.json, s.file);
    ASSERT_TRUE(seed.ok()) << seed.status();
    areas.insert(seed->legislative_area);
    int questions = 0;
    std::set<std::string> statuses;
    auto check = [&](const SeedText& t) {
      EXPECT_FALSE(t.source.empty()) << t.key;
      EXPECT_EQ(t.translations.size(), 25u) << s.file << " " << t.key;
      for (const auto& [lang, tr] : t.translations) {
        statuses.insert(std::string(TextStatusName(tr.second)));
      }
    };
    check(seed->title);
    check(seed->description);
    for (const SeedSection& section : seed->sections) {
      check(section.title);
      for (const SeedQuestion& q : section.questions) {
        ++questions;
        check(q.text);
        if (q.help) check(*q.help);
        for (const SeedOption& o : q.options) check(o.label);
      }
    }
    EXPECT_GE(questions, 10) << s.file;
    EXPECT_LE(questions, 20) << s.file;
    // Unsure translations are machine drafts, not approved.
    EXPECT_TRUE(statuses.count("MACHINE_DRAFT")) << s.file;
  }
  EXPECT_THAT(areas, ElementsAre("patients-rights", "posting-of-workers",
                                 "professional-qualifications", "services"));
}

TEST(SeedTest, AppliesPerQuestionStatusOverrides) {
  for (const EmbeddedSeed& s : EmbeddedSeeds()) {
    if (s.file != "services.json") continue;
    SeedQuestionSet seed = *ParseSeed(s.json, s.file);
    EXPECT_EQ(seed.title.translations.at("da").second, TextStatus::kApproved);
    for (const SeedSection& section : seed.sections) {
      for (const SeedQuestion& q : section.questions) {
        if (q.id != "svc-good-repute") continue;
        EXPECT_EQ(q.text.translations.at("da").second,
                  TextStatus::kMachineDraft);
        EXPECT_EQ(q.text.translations.at("de").second, TextStatus::kApproved);
        ASSERT_TRUE(q.help);
        EXPECT_EQ(q.help->translations.at("nl").second,
                  TextStatus::kMachineDraft);
      }
    }
  }
}

TEST(SeedTest, RefusesInvalidSeedsNamingThePath) {
  auto fails = [](const std::string& json, const std::string& expected) {
    absl::StatusOr<SeedQuestionSet> r = ParseSeed(json, "bad.json");
    ASSERT_FALSE(r.ok()) << json;
    EXPECT_THAT(std::string(r.status().message()), HasSubstr(expected)) << json;
  };
  const std::string head =
      R"({"question_set": "x", "legislative_area": "services", "version": 1,
          "title": {"en": "T"}, "description": {"en": "D"}, )";
  fails("{", "not valid JSON");
  fails(head + R"("sections": []})", "$.sections");
  fails(
      head +
          R"("sections": [{"id": "s", "title": {"xx": "T"}, "questions": []}]})",
      "$.sections[0].title.xx");
  fails(
      head +
          R"("sections": [{"id": "s", "title": {"da": "T"}, "questions": []}]})",
      "English source is required");
  fails(head + R"("sections": [{"id": "s", "title": {"en": "T"}, "questions": [
          {"id": "q", "answer_type": "COLOUR", "mandatory": true, "text": {"en": "Q"}}]}]})",
        "answer_type");
  fails(head + R"("sections": [{"id": "s", "title": {"en": "T"}, "questions": [
          {"id": "q", "answer_type": "SINGLE_CHOICE", "mandatory": true, "text": {"en": "Q"},
           "options": [{"id": "a", "label": {"en": "A"}}]}]}]})",
        "at least two options");
  fails(head + R"("translation_status": {"da": "FINE"}, "sections": []})",
        "APPROVED");
}

// --- configuration
// --------------------------------------------------------------------

TEST(ConfigTest, ReadsTheMachineTranslationSettings) {
  std::map<std::string, std::string> vars = {
      {"IMI_PG_DSN", "host=x"},
      {"IMI_MT_ROUTES", "*:apertium,http; *-ga:http"},
      {"IMI_MT_HTTP_URL", "http://libretranslate:5000"},
      {"IMI_MT_WARM_PAIRS", "en-es, es-en"},
      {"IMI_MT_CACHE_TTL_SECONDS", "0"},
      {"IMI_REDIS_URL", "redis://127.0.0.1:6379/0"}};
  config::Env env([&](const char* name) -> const char* {
    auto it = vars.find(name);
    return it == vars.end() ? nullptr : it->second.c_str();
  });
  absl::StatusOr<Config> c = LoadConfig(env, /*migrate_only=*/true);
  ASSERT_TRUE(c.ok()) << c.status();
  EXPECT_EQ(c->server.listen_addr, "0.0.0.0:50053");
  EXPECT_EQ(c->pg_schema, "translation");
  EXPECT_EQ(c->mt_routes, "*:apertium,http; *-ga:http");
  ASSERT_EQ(c->mt_warm_pairs.size(), 2u);
  EXPECT_EQ(c->mt_warm_pairs[1].source, "es");
  EXPECT_EQ(c->mt_cache_ttl.count(), 0);
  EXPECT_EQ(c->mt_http_engine_name, "http");
  EXPECT_EQ(c->server.handler_threads, 64) << "the translation default";
}

TEST(ConfigTest, ReportsEveryBadVariable) {
  std::map<std::string, std::string> vars = {{"IMI_MT_ROUTES", "fr-en"},
                                             {"IMI_MT_HTTP_URL", "https://x"},
                                             {"IMI_MT_WARM_PAIRS", "english"},
                                             {"IMI_REDIS_URL", "memcached://x"},
                                             {"IMI_MT_MAX_BRIDGES", "5"}};
  config::Env env([&](const char* name) -> const char* {
    auto it = vars.find(name);
    return it == vars.end() ? nullptr : it->second.c_str();
  });
  absl::StatusOr<Config> c = LoadConfig(env, /*migrate_only=*/true);
  ASSERT_FALSE(c.ok());
  const std::string message(c.status().message());
  for (const char* var :
       {"IMI_PG_DSN", "IMI_MT_ROUTES", "IMI_MT_HTTP_URL", "IMI_MT_WARM_PAIRS",
        "IMI_REDIS_URL", "IMI_MT_MAX_BRIDGES"}) {
    EXPECT_THAT(message, HasSubstr(var));
  }
}

}  // namespace
}  // namespace imi::translation
