// The translation service through a real gRPC server, backed by a real
// PostgreSQL schema (migrated and seeded with the service's own migrations
// and seed catalogue), a real Redis and the real Apertium pairs installed on
// the machine.
#include "services/translation/translation_service.h"

#include <functional>
#include <map>
#include <memory>
#include <pqxx/pqxx>
#include <set>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "google/rpc/error_details.pb.h"
#include "google/rpc/status.pb.h"
#include "grpcpp/client_context.h"
#include "gtest/gtest.h"
#include "imi/translation/v1/translation.grpc.pb.h"
#include "libs/auth/testing/token_minter.h"
#include "libs/i18n/languages.h"
#include "libs/pg/migrations.h"
#include "libs/pg/pool.h"
#include "libs/redis/client.h"
#include "libs/status/error.h"
#include "libs/testing/grpc_server.h"
#include "libs/testing/rpc_error.h"
#include "libs/testing/postgres_server.h"
#include "libs/testing/redis_server.h"
#include "services/translation/catalogue.h"
#include "services/translation/engines.h"
#include "services/translation/languages.h"
#include "services/translation/machine_translation.h"
#include "services/translation/migrations.h"
#include "services/translation/mt_cache.h"
#include "services/translation/seed.h"
#include "services/translation/translation_store.h"
#include "tests/services/translation/fake_libretranslate.h"

namespace imi::translation {
namespace {

using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using v1::TranslationService;

using imi::testing::RpcError;

RpcError Details(const grpc::Status& status) { return imi::testing::ErrorOf(status); }

// A small question set with only English and Danish, so that other
// languages fall back to English.
constexpr char kPartialSeed[] = R"json({
  "question_set": "pilot-checks", "legislative_area": "services", "version": 1,
  "title": {"en": "Pilot checks", "da": "Pilotkontrol"},
  "description": {"en": "A set with two languages only.", "da": "Et sæt med kun to sprog."},
  "translation_status": {"da": "APPROVED"},
  "sections": [{"id": "basics", "title": {"en": "Basics", "da": "Grundlæggende"},
    "questions": [
      {"id": "pc-registered", "answer_type": "YES_NO", "mandatory": true,
       "text": {"en": "Is the provider registered?", "da": "Er udbyderen registreret?"},
       "help": null, "options": [], "translation_status": {}},
      {"id": "pc-status", "answer_type": "SINGLE_CHOICE", "mandatory": false,
       "text": {"en": "What is the status?"},
       "help": {"en": "Pick one."},
       "options": [{"id": "active", "label": {"en": "Active", "da": "Aktiv"}},
                   {"id": "suspended", "label": {"en": "Suspended"}}],
       "translation_status": {"da": "MACHINE_DRAFT"}}]}]})json";

class TranslationServiceTest : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ =
        imi::testing::PostgresServer::Get().CreateServiceSchema("translation");
    pool_ = std::make_unique<pg::Pool>(db_.pool_options);
    auto migrated = pg::MigrateWhenReachable(*pool_, Migrations(),
                                             std::chrono::seconds(10));
    ASSERT_TRUE(migrated.ok()) << migrated.status();
    store_ = std::make_unique<PgTranslationStore>(pool_.get());
    auto seeded = LoadSeeds(*store_, EmbeddedSeeds());
    ASSERT_TRUE(seeded.ok()) << seeded.status();
    ASSERT_EQ(seeded->created.size(), 4u);

    auto engines = BuildEngines({});  // the installed Apertium pairs
    ASSERT_TRUE(engines.ok()) << engines.status();
    engines_ = std::move(*engines);
    ASSERT_NE(engines_.apertium, nullptr);

    imi::testing::RedisServer& redis_server = imi::testing::RedisServer::Get();
    auto options = redis::Client::ParseUrl(redis_server.url());
    ASSERT_TRUE(options.ok()) << options.status();
    options->connect_timeout = std::chrono::milliseconds(250);
    options->command_timeout = std::chrono::milliseconds(250);
    redis_ = std::make_unique<redis::Client>(*options);
    cache_ = std::make_unique<RedisTranslationCache>(redis_.get(),
                                                     absl::Milliseconds(50));
    translator_ = std::make_unique<MachineTranslator>(engines_.router.get(),
                                                      cache_.get());

    catalogue_ = std::make_unique<Catalogue>(store_.get());
    languages_ = std::make_unique<Languages>(store_.get(), translator_.get());
    verifier_ = std::make_unique<auth::TokenVerifier>(minter_.verifier());
    service_ = std::make_unique<TranslationServiceImpl>(
        languages_.get(), catalogue_.get(), translator_.get(), verifier_.get());
    server_ = std::make_unique<imi::testing::GrpcTestServer>(
        std::vector<grpc::Service*>{service_.get()},
        [this] { return pg::CheckReady(*pool_, Migrations()); });
    server_->server().metrics().AddCollector(
        [this] { return translator_->RenderMetrics(); });
    stub_ = TranslationService::NewStub(server_->channel());
  }

  void TearDown() override {
    // Leave Redis running for the next test of this process.
    imi::testing::RedisServer::Get().Start();
  }

  std::unique_ptr<grpc::ClientContext> Context(const std::string& token) {
    auto ctx = std::make_unique<grpc::ClientContext>();
    if (!token.empty()) ctx->AddMetadata("authorization", "Bearer " + token);
    return ctx;
  }
  // An Italian request handler: reads and machine-translates.
  std::unique_ptr<grpc::ClientContext> Reader() {
    return Context(minter_.Mint(
        {.country = "IT", .roles = {{"services", {"REQUEST_HANDLER"}}}}));
  }
  // A Commission translator for every area.
  std::unique_ptr<grpc::ClientContext> Translator() {
    return Context(minter_.Mint({.user = "users/translator-1",
                                 .authority = "authorities/eu-commission",
                                 .country = "EU",
                                 .roles = {{"*", {"TRANSLATOR"}}}}));
  }
  std::unique_ptr<grpc::ClientContext> As(const std::string& country,
                                          const std::string& area,
                                          const std::string& role) {
    return Context(
        minter_.Mint({.country = country, .roles = {{area, {role}}}}));
  }

  v1::QuestionSet Get(const std::string& name, const std::string& language) {
    v1::GetQuestionSetRequest request;
    request.set_name(name);
    request.set_language(language);
    v1::QuestionSet qs;
    grpc::Status s = stub_->GetQuestionSet(Reader().get(), request, &qs);
    EXPECT_TRUE(s.ok()) << s.error_message();
    return qs;
  }
  v1::QuestionSet GetVersion(const std::string& name,
                             const std::string& language) {
    v1::GetQuestionSetVersionRequest request;
    request.set_name(name);
    request.set_language(language);
    v1::QuestionSet qs;
    grpc::Status s = stub_->GetQuestionSetVersion(Reader().get(), request, &qs);
    EXPECT_TRUE(s.ok()) << s.error_message();
    return qs;
  }
  static const v1::Question& FindQuestion(const v1::QuestionSet& qs,
                                          const std::string& id) {
    for (const auto& s : qs.sections()) {
      for (const auto& q : s.questions()) {
        if (q.id() == id) return q;
      }
    }
    ADD_FAILURE() << "no question " << id;
    static v1::Question none;
    return none;
  }
  std::string TranslationOf(const std::string& text_name,
                            const std::string& language) {
    return text_name + "/translations/" + language;
  }
  grpc::Status Submit(
      std::unique_ptr<grpc::ClientContext> ctx, const std::string& name,
      const std::string& text, v1::Translation* out,
      v1::TranslationStatus status = v1::TRANSLATION_STATUS_UNSPECIFIED,
      const std::string& etag = "", const std::string& request_id = "") {
    v1::SubmitTranslationRequest request;
    request.set_name(name);
    request.set_text(text);
    request.set_status(status);
    request.set_etag(etag);
    request.set_request_id(request_id);
    return stub_->SubmitTranslation(ctx.get(), request, out);
  }
  grpc::Status Approve(std::unique_ptr<grpc::ClientContext> ctx,
                       const std::string& name, v1::Translation* out,
                       const std::string& etag = "") {
    v1::ApproveTranslationRequest request;
    request.set_name(name);
    request.set_etag(etag);
    return stub_->ApproveTranslation(ctx.get(), request, out);
  }
  grpc::Status UpdateSource(
      std::unique_ptr<grpc::ClientContext> ctx, const std::string& set,
      const std::vector<std::pair<std::string, std::string>>& updates,
      v1::QuestionSetVersion* out, const std::string& request_id = "") {
    v1::UpdateSourceTextRequest request;
    request.set_question_set(set);
    for (const auto& [text, source] : updates) {
      auto* u = request.add_updates();
      u->set_text(text);
      u->set_source_text(source);
    }
    request.set_change_note("clarified wording");
    request.set_request_id(request_id);
    return stub_->UpdateSourceText(ctx.get(), request, out);
  }
  grpc::Status Translate(const std::string& text, const std::string& source,
                         const std::string& target,
                         v1::TranslateTextResponse* out) {
    v1::TranslateTextRequest request;
    request.set_text(text);
    request.set_source_language(source);
    request.set_target_language(target);
    return stub_->TranslateText(Reader().get(), request, out);
  }
  // Row counts of the catalogue's tables, to prove that nothing changed.
  std::vector<long> Counts() {
    pqxx::connection conn(db_.dsn);
    pqxx::work tx(conn);
    std::vector<long> out;
    for (const char* table :
         {"question_sets", "question_set_versions", "texts", "sections",
          "questions", "answer_options", "translations", "translation_history",
          "processed_requests"}) {
      out.push_back(
          tx.exec1("SELECT count(*) FROM \"" + db_.schema + "\"." + table)[0]
              .as<long>());
    }
    // The content of every translation, so an update in place shows too.
    out.push_back(tx.exec1("SELECT COALESCE(sum(revision), 0) FROM \"" +
                           db_.schema + "\".translations")[0]
                      .as<long>());
    return out;
  }

  imi::testing::ServiceDb db_;
  std::unique_ptr<pg::Pool> pool_;
  std::unique_ptr<PgTranslationStore> store_;
  Engines engines_;
  std::unique_ptr<redis::Client> redis_;
  std::unique_ptr<RedisTranslationCache> cache_;
  std::unique_ptr<MachineTranslator> translator_;
  std::unique_ptr<Catalogue> catalogue_;
  std::unique_ptr<Languages> languages_;
  auth::testing::TokenMinter minter_;
  std::unique_ptr<auth::TokenVerifier> verifier_;
  std::unique_ptr<TranslationServiceImpl> service_;
  std::unique_ptr<imi::testing::GrpcTestServer> server_;
  std::unique_ptr<TranslationService::Stub> stub_;
};

// --- languages --------------------------------------------------------------

TEST_F(TranslationServiceTest,
       ListsThe26LanguagesWithNativeNamesAndMachineTranslationRoutes) {
  v1::ListLanguagesRequest request;
  v1::ListLanguagesResponse response;
  ASSERT_TRUE(stub_->ListLanguages(Reader().get(), request, &response).ok());
  ASSERT_EQ(response.languages_size(), 26);
  EXPECT_EQ(response.total_size(), 26);
  EXPECT_TRUE(response.next_page_token().empty());
  std::map<std::string, v1::Language> by_code;
  for (const auto& l : response.languages()) by_code[l.code()] = l;
  EXPECT_EQ(by_code["da"].native_name(), "dansk");
  EXPECT_EQ(by_code["el"].native_name(), "ελληνικά");
  EXPECT_EQ(by_code["nb"].english_name(), "Norwegian Bokmål");
  EXPECT_EQ(by_code["is"].name(), "languages/is");
  EXPECT_TRUE(by_code["en"].catalogue_source());

  std::map<std::string, v1::MachineTranslationRoute> from_en;
  for (const auto& r : by_code["en"].machine_translation())
    from_en[r.target_language()] = r;
  ASSERT_TRUE(from_en.count("es"));
  EXPECT_TRUE(from_en["es"].direct());
  EXPECT_THAT(from_en["es"].hop_engines(), ElementsAre("apertium"));
  ASSERT_TRUE(from_en.count("fr"));
  EXPECT_THAT(from_en["fr"].path(), ElementsAre("en", "es", "fr"));
  EXPECT_FALSE(from_en["fr"].direct());
  EXPECT_FALSE(from_en.count("fi")) << "no engine here translates into Finnish";
  EXPECT_EQ(by_code["fi"].machine_translation_size(), 0);

  v1::GetLanguageRequest get;
  get.set_name("languages/sv");
  v1::Language sv;
  ASSERT_TRUE(stub_->GetLanguage(Reader().get(), get, &sv).ok());
  EXPECT_EQ(sv.native_name(), "svenska");
  EXPECT_GT(sv.machine_translation_size(), 0);

  get.set_name("languages/xx");
  RpcError unknown = Details(stub_->GetLanguage(Reader().get(), get, &sv));
  EXPECT_EQ(unknown.code, grpc::StatusCode::NOT_FOUND);
  EXPECT_EQ(unknown.reason, "LANGUAGE_NOT_FOUND");
  get.set_name("languages/Danish");
  RpcError bad = Details(stub_->GetLanguage(Reader().get(), get, &sv));
  EXPECT_EQ(bad.reason, "INVALID_NAME");
  EXPECT_THAT(bad.fields, ElementsAre("name"));

  // Pagination.
  request.set_page_size(10);
  std::set<std::string> seen;
  do {
    v1::ListLanguagesResponse page;
    ASSERT_TRUE(stub_->ListLanguages(Reader().get(), request, &page).ok());
    for (const auto& l : page.languages()) seen.insert(l.code());
    request.set_page_token(page.next_page_token());
  } while (!request.page_token().empty());
  EXPECT_EQ(seen.size(), 26u);
}

// --- the catalogue
// ------------------------------------------------------------

TEST_F(TranslationServiceTest,
       SeedsAQuestionSetPerAreaWithTypedQuestionsInAll26Languages) {
  v1::ListQuestionSetsRequest request;
  v1::ListQuestionSetsResponse response;
  ASSERT_TRUE(stub_->ListQuestionSets(Reader().get(), request, &response).ok());
  ASSERT_EQ(response.question_sets_size(), 4);
  EXPECT_EQ(response.total_size(), 4);
  std::set<std::string> areas;
  for (const auto& qs : response.question_sets()) {
    areas.insert(qs.legislative_area());
    EXPECT_GE(qs.question_count(), 10) << qs.name();
    EXPECT_LE(qs.question_count(), 20) << qs.name();
    EXPECT_EQ(qs.version(), 1);
    EXPECT_EQ(qs.sections_size(), 0) << "BASIC view by default";
  }
  EXPECT_THAT(areas, ElementsAre("legislativeAreas/patients-rights",
                                 "legislativeAreas/posting-of-workers",
                                 "legislativeAreas/professional-qualifications",
                                 "legislativeAreas/services"));

  request.set_legislative_area("legislativeAreas/posting-of-workers");
  request.set_language("pl");
  ASSERT_TRUE(stub_->ListQuestionSets(Reader().get(), request, &response).ok());
  ASSERT_EQ(response.question_sets_size(), 1);
  EXPECT_EQ(response.question_sets(0).name(),
            "questionSets/posting-of-workers");
  EXPECT_EQ(response.question_sets(0).title().language(), "pl");

  // Every text of every set exists in every language (none falls back).
  std::set<v1::AnswerType> types;
  for (const char* set :
       {"questionSets/professional-qualifications", "questionSets/services",
        "questionSets/posting-of-workers", "questionSets/patients-rights"}) {
    for (const auto& lang : i18n::kLanguages) {
      v1::QuestionSet qs = Get(set, std::string(lang.code));
      EXPECT_EQ(qs.translation_summary().missing(), 0)
          << set << " " << lang.code;
      EXPECT_GT(qs.translation_summary().total(), 30) << set;
      for (const auto& s : qs.sections()) {
        for (const auto& q : s.questions()) {
          types.insert(q.answer_type());
          EXPECT_EQ(q.text().language(), lang.code);
          if (q.answer_type() == v1::SINGLE_CHOICE ||
              q.answer_type() == v1::MULTIPLE_CHOICE) {
            EXPECT_GE(q.options_size(), 2) << q.id();
          } else {
            EXPECT_EQ(q.options_size(), 0) << q.id();
          }
        }
      }
    }
  }
  EXPECT_EQ(types.size(), 7u)
      << "yes/no, single, multiple, date, number, free text, attachment";
}

TEST_F(TranslationServiceTest,
       RendersEachTextInTheReadersLanguageWithItsStatus) {
  v1::QuestionSet da = Get("questionSets/services", "da");
  EXPECT_EQ(da.language(), "da");
  EXPECT_EQ(da.version_name(), "questionSets/services/versions/1");
  EXPECT_EQ(da.title().text(),
            "Tjenesteydelser – oplysninger om tjenesteydere");
  EXPECT_EQ(da.title().status(), v1::APPROVED);
  EXPECT_FALSE(da.title().fallback());
  // The seed marks this Danish question as a machine draft (per-question
  // override).
  const v1::Question& repute = FindQuestion(da, "svc-good-repute");
  EXPECT_EQ(repute.text().language(), "da");
  EXPECT_EQ(repute.text().status(), v1::MACHINE_DRAFT);
  EXPECT_TRUE(repute.text().machine_translated());
  EXPECT_EQ(FindQuestion(da, "svc-insurance").text().status(), v1::APPROVED);

  v1::QuestionSet bg = Get("questionSets/services", "bg");
  EXPECT_EQ(bg.title().status(), v1::MACHINE_DRAFT);
  EXPECT_EQ(bg.translation_summary().machine_draft(),
            bg.translation_summary().total());

  v1::QuestionSet en = Get("questionSets/services", "");
  EXPECT_EQ(en.language(), "en");
  EXPECT_EQ(en.title().status(), v1::SOURCE);
  EXPECT_EQ(en.translation_summary().approved(),
            en.translation_summary().total());
  EXPECT_EQ(FindQuestion(en, "svc-good-repute").text().name(),
            FindQuestion(da, "svc-good-repute").text().name());
}

TEST_F(TranslationServiceTest,
       FallsBackToEnglishOnlyWhereATranslationIsMissingAndSaysSo) {
  auto seed = ParseSeed(kPartialSeed, "test");
  ASSERT_TRUE(seed.ok()) << seed.status();
  ASSERT_TRUE(*store_->CreateFromSeed(*seed));

  v1::QuestionSet hu = Get("questionSets/pilot-checks", "hu");
  EXPECT_EQ(hu.title().text(), "Pilot checks");
  EXPECT_EQ(hu.title().language(), "en");
  EXPECT_TRUE(hu.title().fallback());
  EXPECT_EQ(hu.title().status(), v1::MISSING);
  EXPECT_EQ(hu.translation_summary().missing(),
            hu.translation_summary().total());

  v1::QuestionSet da = Get("questionSets/pilot-checks", "da");
  EXPECT_EQ(da.title().text(), "Pilotkontrol");
  EXPECT_FALSE(da.title().fallback());
  const v1::Question& status = FindQuestion(da, "pc-status");
  EXPECT_TRUE(status.text().fallback()) << "no Danish text for this question";
  EXPECT_EQ(status.text().text(), "What is the status?");
  EXPECT_EQ(status.options(0).label().text(), "Aktiv");
  EXPECT_EQ(status.options(0).label().status(), v1::MACHINE_DRAFT);
  EXPECT_TRUE(status.options(1).label().fallback());
  EXPECT_EQ(status.help().text(), "Pick one.");
  EXPECT_FALSE(FindQuestion(da, "pc-registered").has_help());
  EXPECT_EQ(da.translation_summary().missing(),
            3);  // question, help, one option
}

TEST_F(TranslationServiceTest, SeedingTwiceCreatesNothingTwice) {
  const std::vector<long> before = Counts();
  auto again = LoadSeeds(*store_, EmbeddedSeeds());
  ASSERT_TRUE(again.ok()) << again.status();
  EXPECT_TRUE(again->created.empty());
  EXPECT_EQ(again->already_present, 4);
  EXPECT_EQ(Counts(), before);
  EXPECT_EQ(before[0], 4);  // question sets
  EXPECT_GT(before[6],
            4 * 1000);  // translations: 4 sets x ~60 texts x 25 languages
}

// --- versions
// -----------------------------------------------------------------

TEST_F(TranslationServiceTest,
       ChangingTheSourceCreatesAVersionAndOldVersionsStayReadable) {
  v1::QuestionSet v1_de = Get("questionSets/services", "de");
  const v1::Question& before = FindQuestion(v1_de, "svc-insurance");
  const std::string old_english =
      FindQuestion(Get("questionSets/services", "en"), "svc-insurance")
          .text()
          .text();
  const std::string text_name = before.text().name();

  v1::QuestionSetVersion version;
  grpc::Status s = UpdateSource(
      Translator(), "questionSets/services",
      {{text_name,
        "Does the provider hold valid professional liability insurance "
        "covering the services provided in your country?"}},
      &version);
  ASSERT_TRUE(s.ok()) << s.error_message();
  EXPECT_EQ(version.name(), "questionSets/services/versions/2");
  EXPECT_TRUE(version.current());
  EXPECT_EQ(version.creator(), "users/translator-1");
  EXPECT_EQ(version.change_note(), "clarified wording");
  ASSERT_EQ(version.changed_texts_size(), 1);
  EXPECT_NE(version.changed_texts(0), text_name)
      << "a new text revision, a new name";

  // The current version: new English, German kept but OUTDATED.
  v1::QuestionSet v2_en = Get("questionSets/services", "en");
  EXPECT_EQ(v2_en.version(), 2);
  EXPECT_THAT(FindQuestion(v2_en, "svc-insurance").text().text(),
              HasSubstr("valid professional"));
  v1::QuestionSet v2_de = Get("questionSets/services", "de");
  const v1::Question& after = FindQuestion(v2_de, "svc-insurance");
  EXPECT_EQ(after.text().status(), v1::OUTDATED);
  EXPECT_EQ(after.text().text(), before.text().text());
  EXPECT_EQ(after.text().name(), version.changed_texts(0));
  // Other texts are shared and unchanged.
  EXPECT_EQ(FindQuestion(v2_de, "svc-good-repute").text().name(),
            FindQuestion(v1_de, "svc-good-repute").text().name());
  EXPECT_EQ(FindQuestion(v2_de, "svc-good-repute").text().status(),
            v1::APPROVED);

  // Version 1, as a request pinned to it reads it: old English, approved
  // German.
  v1::QuestionSet pinned_en =
      GetVersion("questionSets/services/versions/1", "en");
  EXPECT_EQ(pinned_en.version(), 1);
  EXPECT_EQ(pinned_en.current_version(), 2);
  EXPECT_EQ(FindQuestion(pinned_en, "svc-insurance").text().text(),
            old_english);
  v1::QuestionSet pinned_de =
      GetVersion("questionSets/services/versions/1", "de");
  EXPECT_EQ(FindQuestion(pinned_de, "svc-insurance").text().status(),
            v1::APPROVED);
  EXPECT_EQ(FindQuestion(pinned_de, "svc-insurance").text().name(), text_name);

  v1::ListQuestionSetVersionsRequest list;
  list.set_parent("questionSets/services");
  v1::ListQuestionSetVersionsResponse versions;
  ASSERT_TRUE(
      stub_->ListQuestionSetVersions(Reader().get(), list, &versions).ok());
  ASSERT_EQ(versions.versions_size(), 2);
  EXPECT_EQ(versions.versions(0).version(), 2);
  EXPECT_TRUE(versions.versions(0).current());
  EXPECT_EQ(versions.versions(1).version(), 1);
  EXPECT_FALSE(versions.versions(1).current());
  EXPECT_EQ(versions.versions(1).creator(), "system");

  // The old text can no longer be changed: it is not in the current version.
  RpcError old = Details(UpdateSource(Translator(), "questionSets/services",
                                      {{text_name, "Again?"}}, &version));
  EXPECT_EQ(old.code, grpc::StatusCode::FAILED_PRECONDITION);
  EXPECT_EQ(old.reason, "TEXT_NOT_IN_CURRENT_VERSION");

  // Sending the same source again changes nothing and creates no version.
  ASSERT_TRUE(
      UpdateSource(Translator(), "questionSets/services",
                   {{version.changed_texts(0),
                     FindQuestion(v2_en, "svc-insurance").text().text()}},
                   &version)
          .ok());
  EXPECT_EQ(version.version(), 2);
}

TEST_F(TranslationServiceTest, AnUnknownVersionOrSetIsNotFound) {
  v1::GetQuestionSetVersionRequest request;
  request.set_name("questionSets/services/versions/7");
  v1::QuestionSet qs;
  RpcError version =
      Details(stub_->GetQuestionSetVersion(Reader().get(), request, &qs));
  EXPECT_EQ(version.code, grpc::StatusCode::NOT_FOUND);
  EXPECT_EQ(version.reason, "QUESTION_SET_VERSION_NOT_FOUND");

  request.set_name("questionSets/astrology/versions/1");
  RpcError set =
      Details(stub_->GetQuestionSetVersion(Reader().get(), request, &qs));
  EXPECT_EQ(set.code, grpc::StatusCode::NOT_FOUND);
  EXPECT_EQ(set.reason, "QUESTION_SET_NOT_FOUND");

  request.set_name("questionSets/services/versions/0");
  RpcError zero =
      Details(stub_->GetQuestionSetVersion(Reader().get(), request, &qs));
  EXPECT_EQ(zero.reason, "INVALID_NAME");
  EXPECT_THAT(zero.fields, ElementsAre("name"));

  v1::GetQuestionSetRequest get;
  get.set_name("questionSets/astrology");
  RpcError missing = Details(stub_->GetQuestionSet(Reader().get(), get, &qs));
  EXPECT_EQ(missing.code, grpc::StatusCode::NOT_FOUND);
  EXPECT_EQ(missing.reason, "QUESTION_SET_NOT_FOUND");
}

// --- translator workflow
// --------------------------------------------------------

TEST_F(TranslationServiceTest, TranslatorsListSubmitAndApprove) {
  v1::ListTranslationTasksRequest tasks_request;
  tasks_request.set_parent("languages/hu");
  tasks_request.set_question_set("questionSets/services");
  v1::ListTranslationTasksResponse tasks;
  ASSERT_TRUE(
      stub_->ListTranslationTasks(Translator().get(), tasks_request, &tasks)
          .ok());
  ASSERT_GT(tasks.tasks_size(), 30)
      << "Hungarian is all machine draft in the seed";
  const v1::TranslationTask task = tasks.tasks(0);
  EXPECT_EQ(task.status(), v1::MACHINE_DRAFT);
  EXPECT_EQ(task.language(), "hu");
  EXPECT_EQ(task.question_set(), "questionSets/services");
  EXPECT_FALSE(task.source_text().empty());
  EXPECT_FALSE(task.key().empty());
  EXPECT_EQ(task.translation().status(), v1::MACHINE_DRAFT);
  const int open_before = tasks.tasks_size();

  // Submit a translator's own text: SUBMITTED, still a task (awaiting
  // approval).
  const std::string name = TranslationOf(task.text(), "hu");
  v1::Translation submitted;
  ASSERT_TRUE(Submit(Translator(), name, "Szolgáltatások – felülvizsgált cím",
                     &submitted)
                  .ok());
  EXPECT_EQ(submitted.name(), name);
  EXPECT_EQ(submitted.status(), v1::SUBMITTED);
  EXPECT_EQ(submitted.updated_by(), "users/translator-1");
  EXPECT_EQ(submitted.source_text(), task.source_text());
  EXPECT_NE(submitted.etag(), task.translation().etag());

  tasks_request.add_statuses(v1::SUBMITTED);
  ASSERT_TRUE(
      stub_->ListTranslationTasks(Translator().get(), tasks_request, &tasks)
          .ok());
  ASSERT_EQ(tasks.tasks_size(), 1);
  EXPECT_EQ(tasks.tasks(0).text(), task.text());

  // Approve what was reviewed: APPROVED, no longer a task, rendered as such.
  v1::Translation approved;
  ASSERT_TRUE(Approve(Translator(), name, &approved, submitted.etag()).ok());
  EXPECT_EQ(approved.status(), v1::APPROVED);
  EXPECT_EQ(approved.translated_text(), "Szolgáltatások – felülvizsgált cím");
  tasks_request.clear_statuses();
  ASSERT_TRUE(
      stub_->ListTranslationTasks(Translator().get(), tasks_request, &tasks)
          .ok());
  EXPECT_EQ(tasks.tasks_size(), open_before - 1);
  v1::GetTranslationRequest get;
  get.set_name(name);
  v1::Translation read;
  ASSERT_TRUE(stub_->GetTranslation(Reader().get(), get, &read).ok());
  EXPECT_EQ(read.status(), v1::APPROVED);
  EXPECT_EQ(read.etag(), approved.etag());

  // Approving again changes nothing.
  v1::Translation again;
  ASSERT_TRUE(Approve(Translator(), name, &again).ok());
  EXPECT_EQ(again.etag(), approved.etag());

  // A machine draft submitted as such is rendered as machine-translated.
  v1::Translation draft;
  ASSERT_TRUE(
      Submit(Translator(), name, "Gépi vázlat", &draft, v1::MACHINE_DRAFT)
          .ok());
  EXPECT_EQ(draft.status(), v1::MACHINE_DRAFT);

  // The system administrator may approve too.
  ASSERT_TRUE(
      Approve(As("EU", "*", "SYSTEM_ADMINISTRATOR"), name, &approved).ok());
  EXPECT_EQ(approved.status(), v1::APPROVED);
}

TEST_F(TranslationServiceTest,
       ChangingTheEnglishSourceMarksOtherLanguagesOutdated) {
  v1::QuestionSet en = Get("questionSets/professional-qualifications", "en");
  const v1::Question& q = FindQuestion(en, "pq-registered");
  const std::string old_source = q.text().text();
  v1::QuestionSetVersion version;
  ASSERT_TRUE(
      UpdateSource(Translator(), "questionSets/professional-qualifications",
                   {{q.text().name(),
                     "Is the professional currently registered with "
                     "the competent authority?"},
                    {q.help().name(), "Answer for the date of the request."}},
                   &version)
          .ok());
  ASSERT_EQ(version.changed_texts_size(), 2);

  // Every other language now has these two texts OUTDATED.
  for (const char* lang : {"de", "fr", "pl", "nb", "ga"}) {
    v1::QuestionSet qs = Get("questionSets/professional-qualifications", lang);
    EXPECT_EQ(qs.translation_summary().outdated(), 2) << lang;
    EXPECT_EQ(FindQuestion(qs, "pq-registered").text().status(), v1::OUTDATED)
        << lang;
  }
  v1::ListTranslationTasksRequest request;
  request.set_parent("languages/fr");
  request.add_statuses(v1::OUTDATED);
  v1::ListTranslationTasksResponse tasks;
  ASSERT_TRUE(
      stub_->ListTranslationTasks(Translator().get(), request, &tasks).ok());
  ASSERT_EQ(tasks.tasks_size(), 2);
  const v1::TranslationTask* task = nullptr;
  for (const auto& t : tasks.tasks()) {
    if (t.key() == "questions/pq-registered/text") task = &t;
  }
  ASSERT_NE(task, nullptr);
  EXPECT_EQ(task->previous_source_text(), old_source)
      << "what the French was made from";
  EXPECT_THAT(task->source_text(), HasSubstr("competent authority"));

  // The translator confirms the French still fits: APPROVED again.
  v1::Translation approved;
  ASSERT_TRUE(Approve(Translator(), task->translation().name(), &approved,
                      task->translation().etag())
                  .ok());
  EXPECT_EQ(approved.status(), v1::APPROVED);
  ASSERT_TRUE(
      stub_->ListTranslationTasks(Translator().get(), request, &tasks).ok());
  EXPECT_EQ(tasks.tasks_size(), 1);
}

TEST_F(TranslationServiceTest,
       ApprovingTextThatChangedSinceItWasReviewedIsRefused) {
  const std::string name = TranslationOf(
      FindQuestion(Get("questionSets/services", "ro"), "svc-sanctions")
          .text()
          .name(),
      "ro");
  v1::Translation first, second, approved;
  ASSERT_TRUE(Submit(Translator(), name, "Prima versiune", &first).ok());
  ASSERT_TRUE(Submit(Translator(), name, "A doua versiune", &second).ok());
  RpcError stale =
      Details(Approve(Translator(), name, &approved, first.etag()));
  EXPECT_EQ(stale.code, grpc::StatusCode::ABORTED);
  EXPECT_EQ(stale.reason, "ETAG_MISMATCH");
  v1::GetTranslationRequest get;
  get.set_name(name);
  v1::Translation now;
  ASSERT_TRUE(stub_->GetTranslation(Reader().get(), get, &now).ok());
  EXPECT_EQ(now.status(), v1::SUBMITTED);
  EXPECT_EQ(now.translated_text(), "A doua versiune");
  RpcError submit =
      Details(Submit(Translator(), name, "x", &approved,
                     v1::TRANSLATION_STATUS_UNSPECIFIED, first.etag()));
  EXPECT_EQ(submit.reason, "ETAG_MISMATCH");
}

TEST_F(TranslationServiceTest, RetriesWithTheSameRequestIdChangeNothingTwice) {
  const std::string name = TranslationOf(
      FindQuestion(Get("questionSets/services", "cs"), "svc-insurance")
          .text()
          .name(),
      "cs");
  v1::Translation first, retry;
  ASSERT_TRUE(Submit(Translator(), name, "Má poskytovatel pojištění?", &first,
                     v1::TRANSLATION_STATUS_UNSPECIFIED, "", "req-1")
                  .ok());
  const std::vector<long> after_first = Counts();
  ASSERT_TRUE(Submit(Translator(), name, "Má poskytovatel pojištění?", &retry,
                     v1::TRANSLATION_STATUS_UNSPECIFIED, "", "req-1")
                  .ok());
  EXPECT_EQ(retry.etag(), first.etag());
  EXPECT_EQ(Counts(), after_first);
  RpcError reused =
      Details(Submit(Translator(), name, "Jiný text", &retry,
                     v1::TRANSLATION_STATUS_UNSPECIFIED, "", "req-1"));
  EXPECT_EQ(reused.code, grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_EQ(reused.reason, "REQUEST_ID_REUSED");
  EXPECT_EQ(Counts(), after_first);

  const std::string text =
      FindQuestion(Get("questionSets/services", "en"), "svc-insurance")
          .text()
          .name();
  v1::QuestionSetVersion v, v_retry;
  ASSERT_TRUE(UpdateSource(Translator(), "questionSets/services",
                           {{text, "Insured?"}}, &v, "req-2")
                  .ok());
  ASSERT_TRUE(UpdateSource(Translator(), "questionSets/services",
                           {{text, "Insured?"}}, &v_retry, "req-2")
                  .ok());
  EXPECT_EQ(v.version(), 2);
  EXPECT_EQ(v_retry.name(), v.name());
  EXPECT_EQ(Get("questionSets/services", "en").current_version(), 2);
}

// --- permissions
// ------------------------------------------------------------------

TEST_F(TranslationServiceTest, OnlyCommissionTranslatorsChangeTheCatalogue) {
  v1::QuestionSet da = Get("questionSets/services", "da");
  const std::string text = FindQuestion(da, "svc-insurance").text().name();
  const std::string name = TranslationOf(text, "da");
  const std::vector<long> before = Counts();
  v1::Translation out;
  v1::QuestionSetVersion version;

  std::vector<std::pair<std::string,
                        std::function<std::unique_ptr<grpc::ClientContext>()>>>
      denied = {
          {"a member-state translator",
           [&] { return As("DK", "*", "TRANSLATOR"); }},
          {"a member-state request handler", [&] { return Reader(); }},
          {"a Commission helpdesk user",
           [&] { return As("EU", "*", "HELPDESK"); }},
          {"a Commission user without roles",
           [&] { return Context(minter_.Mint({.country = "EU"})); }},
      };
  for (auto& [who, ctx] : denied) {
    RpcError submit = Details(Submit(ctx(), name, "Tekst", &out));
    EXPECT_EQ(submit.code, grpc::StatusCode::PERMISSION_DENIED) << who;
    EXPECT_EQ(submit.reason, "TRANSLATOR_ROLE_REQUIRED") << who;
    RpcError approve = Details(Approve(ctx(), name, &out));
    EXPECT_EQ(approve.code, grpc::StatusCode::PERMISSION_DENIED) << who;
    EXPECT_EQ(approve.reason, "TRANSLATOR_ROLE_REQUIRED") << who;
    RpcError update = Details(UpdateSource(ctx(), "questionSets/services",
                                           {{text, "New?"}}, &version));
    EXPECT_EQ(update.code, grpc::StatusCode::PERMISSION_DENIED) << who;
    EXPECT_EQ(update.reason, "TRANSLATOR_ROLE_REQUIRED") << who;
  }
  EXPECT_EQ(Counts(), before) << "nothing changed";

  // A translator for one area only maintains that area's sets.
  const std::string other = TranslationOf(
      FindQuestion(Get("questionSets/posting-of-workers", "da"), "pw-a1-issued")
          .text()
          .name(),
      "da");
  RpcError elsewhere =
      Details(Submit(As("EU", "services", "TRANSLATOR"), other, "Tekst", &out));
  EXPECT_EQ(elsewhere.code, grpc::StatusCode::PERMISSION_DENIED);
  EXPECT_EQ(elsewhere.reason, "TRANSLATOR_ROLE_REQUIRED");
  EXPECT_EQ(Counts(), before);
  EXPECT_TRUE(
      Submit(As("EU", "services", "TRANSLATOR"), name, "Tekst", &out).ok());

  // Without a token nothing at all.
  v1::GetQuestionSetRequest get;
  get.set_name("questionSets/services");
  v1::QuestionSet qs;
  EXPECT_EQ(Details(stub_->GetQuestionSet(Context("").get(), get, &qs)).code,
            grpc::StatusCode::UNAUTHENTICATED);
  v1::TranslateTextResponse translated;
  v1::TranslateTextRequest translate;
  translate.set_text("Hello.");
  translate.set_source_language("en");
  translate.set_target_language("es");
  EXPECT_EQ(
      Details(stub_->TranslateText(Context("").get(), translate, &translated))
          .code,
      grpc::StatusCode::UNAUTHENTICATED);
}

// --- bad input
// ----------------------------------------------------------------------

TEST_F(TranslationServiceTest,
       BadInputIsRefusedNamingTheFieldAndChangesNothing) {
  v1::QuestionSet en = Get("questionSets/services", "en");
  const std::string text = FindQuestion(en, "svc-insurance").text().name();
  const std::string other_set_text =
      FindQuestion(Get("questionSets/patients-rights", "en"), "pr-registered")
          .text()
          .name();
  const std::vector<long> before = Counts();
  v1::Translation out;
  v1::QuestionSetVersion version;

  auto expect = [](const grpc::Status& status, grpc::StatusCode code,
                   const std::string& reason, const std::string& field) {
    RpcError e = Details(status);
    EXPECT_EQ(e.code, code) << reason;
    EXPECT_EQ(e.reason, reason);
    if (!field.empty()) {
      EXPECT_THAT(e.fields, ElementsAre(field)) << reason;
    }
  };
  const auto kInvalid = grpc::StatusCode::INVALID_ARGUMENT;

  // Languages.
  v1::GetQuestionSetRequest get;
  v1::QuestionSet qs;
  get.set_name("questionSets/services");
  get.set_language("xx");
  expect(stub_->GetQuestionSet(Reader().get(), get, &qs), kInvalid,
         "UNSUPPORTED_LANGUAGE", "language");
  expect(Submit(Translator(), TranslationOf(text, "xx"), "Text", &out),
         kInvalid, "UNSUPPORTED_LANGUAGE", "name");
  expect(Submit(Translator(), TranslationOf(text, "en"), "Text", &out),
         kInvalid, "SOURCE_LANGUAGE_NOT_TRANSLATABLE", "name");
  v1::ListTranslationTasksRequest tasks;
  v1::ListTranslationTasksResponse task_page;
  tasks.set_parent("languages/en");
  expect(stub_->ListTranslationTasks(Translator().get(), tasks, &task_page),
         kInvalid, "SOURCE_LANGUAGE_NOT_TRANSLATABLE", "parent");
  tasks.set_parent("languages/zz");
  expect(stub_->ListTranslationTasks(Translator().get(), tasks, &task_page),
         kInvalid, "UNSUPPORTED_LANGUAGE", "parent");
  tasks.set_parent("languages/de");
  tasks.add_statuses(v1::APPROVED);
  expect(stub_->ListTranslationTasks(Translator().get(), tasks, &task_page),
         kInvalid, "INVALID_STATUS", "statuses");
  tasks.clear_statuses();
  tasks.set_question_set("questionSets/astrology");
  expect(stub_->ListTranslationTasks(Translator().get(), tasks, &task_page),
         grpc::StatusCode::NOT_FOUND, "QUESTION_SET_NOT_FOUND", "");

  // Texts: empty, blank, oversized (4000 characters is the limit), with NUL.
  const std::string name = TranslationOf(text, "de");
  expect(Submit(Translator(), name, "", &out), kInvalid, "TEXT_EMPTY", "text");
  expect(Submit(Translator(), name, "  \n ", &out), kInvalid, "TEXT_EMPTY",
         "text");
  expect(Submit(Translator(), name, std::string(4001, 'a'), &out), kInvalid,
         "TEXT_TOO_LONG", "text");
  EXPECT_TRUE(Submit(Translator(), TranslationOf(text, "lv"),
                     std::string(2000, 'a') + std::string(2000, 'b'), &out)
                  .ok())
      << "exactly at the limit";
  // (Text that is not UTF-8 never arrives: protobuf refuses it in a string
  // field; NUL is valid UTF-8 and refused here.)
  expect(Submit(Translator(), name, std::string("a\0b", 3), &out), kInvalid,
         "TEXT_INVALID", "text");
  expect(Submit(Translator(), name, "Text", &out, v1::APPROVED), kInvalid,
         "INVALID_STATUS", "status");
  expect(Submit(Translator(), name, "Text", &out,
                v1::TRANSLATION_STATUS_UNSPECIFIED, "", std::string(129, 'r')),
         kInvalid, "INVALID_REQUEST_ID", "request_id");

  // Things that do not exist.
  expect(
      Submit(Translator(), "questionSets/services/texts/999999/translations/de",
             "Text", &out),
      grpc::StatusCode::NOT_FOUND, "TEXT_NOT_FOUND", "");
  expect(
      Submit(Translator(),
             TranslationOf(other_set_text, "de")
                 .replace(0, std::string("questionSets/patients-rights").size(),
                          "questionSets/services"),
             "Text", &out),
      grpc::StatusCode::NOT_FOUND, "TEXT_NOT_FOUND", "");
  expect(Approve(Translator(),
                 "questionSets/services/texts/999999/translations/de", &out),
         grpc::StatusCode::NOT_FOUND, "TEXT_NOT_FOUND", "");
  auto seed = ParseSeed(kPartialSeed, "test");
  ASSERT_TRUE(seed.ok());
  ASSERT_TRUE(*store_->CreateFromSeed(*seed));
  const std::string partial =
      FindQuestion(Get("questionSets/pilot-checks", "en"), "pc-status")
          .text()
          .name();
  expect(Approve(Translator(), TranslationOf(partial, "fi"), &out),
         grpc::StatusCode::NOT_FOUND, "TRANSLATION_NOT_FOUND", "");
  v1::GetTranslationRequest get_translation;
  get_translation.set_name(TranslationOf(partial, "fi"));
  expect(stub_->GetTranslation(Reader().get(), get_translation, &out),
         grpc::StatusCode::NOT_FOUND, "TRANSLATION_NOT_FOUND", "");

  // Names.
  expect(Submit(Translator(), "questionSets/services/texts/abc/translations/de",
                "Text", &out),
         kInvalid, "INVALID_NAME", "name");
  get.set_language("");
  get.set_name("services");
  expect(stub_->GetQuestionSet(Reader().get(), get, &qs), kInvalid,
         "INVALID_NAME", "name");
  v1::ListQuestionSetsRequest list;
  v1::ListQuestionSetsResponse list_page;
  list.set_legislative_area("services");
  expect(stub_->ListQuestionSets(Reader().get(), list, &list_page), kInvalid,
         "INVALID_NAME", "legislative_area");
  list.set_legislative_area("");
  list.set_page_size(-1);
  expect(stub_->ListQuestionSets(Reader().get(), list, &list_page), kInvalid,
         "INVALID_PAGE_SIZE", "page_size");
  list.set_page_size(0);
  list.set_page_token("garbage");
  expect(stub_->ListQuestionSets(Reader().get(), list, &list_page), kInvalid,
         "INVALID_PAGE_TOKEN", "page_token");

  // Source updates.
  expect(UpdateSource(Translator(), "questionSets/services", {}, &version),
         kInvalid, "INVALID_UPDATES", "updates");
  expect(UpdateSource(Translator(), "questionSets/services",
                      {{text, "A"}, {text, "B"}}, &version),
         kInvalid, "DUPLICATE_TEXT", "updates[1].text");
  expect(UpdateSource(Translator(), "questionSets/services", {{text, ""}},
                      &version),
         kInvalid, "TEXT_EMPTY", "updates[0].source_text");
  expect(UpdateSource(Translator(), "questionSets/services",
                      {{text, std::string(4001, 'x')}}, &version),
         kInvalid, "TEXT_TOO_LONG", "updates[0].source_text");
  expect(UpdateSource(Translator(), "questionSets/services",
                      {{other_set_text, "A"}}, &version),
         kInvalid, "INVALID_NAME", "updates[0].text");
  expect(UpdateSource(Translator(), "questionSets/services",
                      {{"questionSets/services/texts/999999", "A"}}, &version),
         grpc::StatusCode::NOT_FOUND, "TEXT_NOT_FOUND", "");
  expect(UpdateSource(Translator(), "questionSets/astrology",
                      {{"questionSets/astrology/texts/1", "A"}}, &version),
         grpc::StatusCode::NOT_FOUND, "QUESTION_SET_NOT_FOUND", "");

  // Only the two deliberate changes (the limit test and the partial seed)
  // happened; every refused call left the tables as they were.
  std::vector<long> after = Counts();
  EXPECT_EQ(after[0], before[0] + 1);  // the partial seed's set
  EXPECT_EQ(after[1], before[1] + 1);  // its version
  EXPECT_EQ(after[8], before[8]);      // processed requests
  EXPECT_EQ(Get("questionSets/services", "en").current_version(), 1);
}

TEST_F(TranslationServiceTest, PaginatesTasksWithoutGapsOrRepeats) {
  v1::ListTranslationTasksRequest request;
  request.set_parent("languages/et");
  request.set_page_size(25);
  std::vector<std::string> texts;
  do {
    v1::ListTranslationTasksResponse page;
    grpc::Status s =
        stub_->ListTranslationTasks(Translator().get(), request, &page);
    ASSERT_TRUE(s.ok()) << s.error_message();
    EXPECT_LE(page.tasks_size(), 25);
    for (const auto& t : page.tasks()) texts.push_back(t.text());
    request.set_page_token(page.next_page_token());
  } while (!request.page_token().empty());
  EXPECT_EQ(std::set<std::string>(texts.begin(), texts.end()).size(),
            texts.size());
  int total = 0;
  for (const char* set :
       {"questionSets/professional-qualifications", "questionSets/services",
        "questionSets/posting-of-workers", "questionSets/patients-rights"}) {
    total += Get(set, "et").translation_summary().total();
  }
  EXPECT_EQ(static_cast<int>(texts.size()), total)
      << "Estonian is all machine draft";

  // A token only works with the filters it was issued for.
  request.set_page_size(5);
  v1::ListTranslationTasksResponse page;
  ASSERT_TRUE(
      stub_->ListTranslationTasks(Translator().get(), request, &page).ok());
  request.set_page_token(page.next_page_token());
  request.set_parent("languages/fi");
  EXPECT_EQ(
      Details(stub_->ListTranslationTasks(Translator().get(), request, &page))
          .reason,
      "INVALID_PAGE_TOKEN");
}

// --- machine translation
// ----------------------------------------------------------------

TEST_F(TranslationServiceTest, TranslatesFreeTextAndServesRepeatsFromTheCache) {
  const std::string text =
      "The company has not paid the social security contributions.";
  v1::TranslateTextResponse first;
  grpc::Status s = Translate(text, "en", "es", &first);
  ASSERT_TRUE(s.ok()) << s.error_message();
  EXPECT_EQ(first.translation().language(), "es");
  EXPECT_TRUE(first.translation().machine_translated());
  EXPECT_THAT(first.translation().text(), HasSubstr("seguridad social"));
  EXPECT_EQ(first.engine(), "apertium");
  EXPECT_THAT(first.path(), ElementsAre("en", "es"));
  EXPECT_THAT(first.hop_engines(), ElementsAre("apertium"));
  EXPECT_FALSE(first.cached());
  const MtStats after_first = translator_->stats();
  EXPECT_EQ(after_first.engine_calls, 1);
  EXPECT_EQ(after_first.cache_misses, 1);
  cache_->Flush();  // the cache writes behind the reply

  v1::TranslateTextResponse second;
  ASSERT_TRUE(Translate(text, "en", "es", &second).ok());
  EXPECT_TRUE(second.cached());
  EXPECT_EQ(second.translation().text(), first.translation().text());
  EXPECT_TRUE(second.translation().machine_translated());
  EXPECT_EQ(second.engine(), "apertium");
  EXPECT_THAT(second.path(), ElementsAre("en", "es"));
  // The proof: the engine was not reached the second time.
  EXPECT_EQ(translator_->stats().engine_calls, 1);
  EXPECT_EQ(translator_->stats().cache_hits, 1);
  const std::string metrics = server_->server().metrics().Render();
  EXPECT_THAT(
      metrics,
      HasSubstr("imi_translation_mt_cache_lookups_total{result=\"hit\"} 1"));
  EXPECT_THAT(
      metrics,
      HasSubstr("imi_translation_mt_engine_calls_total{outcome=\"ok\"} 1"));

  // Another pair of the same text is another key.
  v1::TranslateTextResponse other;
  ASSERT_TRUE(Translate(text, "en", "hr", &other).ok());
  EXPECT_FALSE(other.cached());
  EXPECT_EQ(translator_->stats().engine_calls, 2);
}

TEST_F(TranslationServiceTest, RoutesThroughBridgeLanguagesAndReportsThePath) {
  v1::TranslateTextResponse response;
  grpc::Status s = Translate("La maison est grande.", "fr", "en", &response);
  ASSERT_TRUE(s.ok()) << s.error_message();
  EXPECT_THAT(response.path(), ElementsAre("fr", "es", "en"));
  EXPECT_THAT(response.hop_engines(), ElementsAre("apertium", "apertium"));
  EXPECT_EQ(response.engine(), "apertium");
  EXPECT_THAT(response.translation().text(), HasSubstr("house"));
  EXPECT_TRUE(response.translation().machine_translated());
}

TEST_F(TranslationServiceTest,
       APairNoEngineReachesIsFailedPreconditionNeverTheSourceText) {
  v1::TranslateTextResponse response;
  grpc::Status s = Translate("Das Haus ist groß.", "de", "fi", &response);
  RpcError e = Details(s);
  EXPECT_EQ(e.code, grpc::StatusCode::FAILED_PRECONDITION);
  EXPECT_EQ(e.reason, "MT_PAIR_UNAVAILABLE");
  EXPECT_FALSE(response.has_translation());
  EXPECT_EQ(translator_->stats().engine_calls, 0);
}

TEST_F(TranslationServiceTest, FreeTextBadInputNamesTheField) {
  v1::TranslateTextResponse response;
  auto check = [&](const std::string& text, const std::string& source,
                   const std::string& target, const std::string& reason,
                   const std::string& field) {
    RpcError e = Details(Translate(text, source, target, &response));
    EXPECT_EQ(e.code, grpc::StatusCode::INVALID_ARGUMENT) << reason;
    EXPECT_EQ(e.reason, reason);
    EXPECT_THAT(e.fields, ElementsAre(field)) << reason;
  };
  check("Hello.", "xx", "es", "UNSUPPORTED_LANGUAGE", "source_language");
  check("Hello.", "en", "", "UNSUPPORTED_LANGUAGE", "target_language");
  check("", "en", "es", "TEXT_EMPTY", "text");
  check(" \t", "en", "es", "TEXT_EMPTY", "text");
  check(std::string(20001, 'a'), "en", "es", "TEXT_TOO_LONG", "text");
  check(std::string("a\0b", 3), "en", "es", "TEXT_INVALID", "text");
  EXPECT_EQ(translator_->stats().engine_calls, 0);

  // The same language in and out: the text as it is, not machine-translated.
  ASSERT_TRUE(Translate("Hello.", "en", "en", &response).ok());
  EXPECT_EQ(response.translation().text(), "Hello.");
  EXPECT_FALSE(response.translation().machine_translated());
}

TEST_F(TranslationServiceTest, TranslatesWithoutTheCacheWhileRedisIsDown) {
  imi::testing::RedisServer::Get().Stop();
  v1::TranslateTextResponse response;
  grpc::Status s = Translate("Please confirm the registration number.", "en",
                             "es", &response);
  ASSERT_TRUE(s.ok()) << s.error_message();
  EXPECT_FALSE(response.cached());
  EXPECT_TRUE(response.translation().machine_translated());
  EXPECT_FALSE(response.translation().text().empty());
  ASSERT_TRUE(Translate("Please confirm the registration number.", "en", "es",
                        &response)
                  .ok());
  EXPECT_FALSE(response.cached());
  const MtStats down = translator_->stats();
  EXPECT_EQ(down.engine_calls, 2);
  EXPECT_GE(down.cache_errors + down.cache_skipped, 2);

  // Redis back: caching resumes by itself.
  imi::testing::RedisServer::Get().Start();
  absl::SleepFor(absl::Milliseconds(100));  // past the cache's pause
  ASSERT_TRUE(Translate("Please confirm the registration number.", "en", "es",
                        &response)
                  .ok());
  cache_->Flush();
  ASSERT_TRUE(Translate("Please confirm the registration number.", "en", "es",
                        &response)
                  .ok());
  EXPECT_TRUE(response.cached());
}

// An external LibreTranslate-style engine plugged in by configuration, as
// main.cc does: it reaches pairs Apertium lacks, Apertium keeps its own.
TEST_F(TranslationServiceTest, AnExternalEngineReachesThePairsApertiumLacks) {
  mt::testing::FakeLibreTranslate external;  // en, de, fi, ga
  external.set_api_key("secret-key");
  auto engines = BuildEngines({.http_url = external.url(),
                               .http_api_key = "secret-key",
                               .routes = "*:apertium,http"});
  ASSERT_TRUE(engines.ok()) << engines.status();
  mt::Router* router = engines->router.get();
  bool refreshed = false;
  engines->http->Start([&] {
    refreshed = true;
    router->Refresh();
  });
  ASSERT_TRUE(refreshed);
  MachineTranslator translator(engines->router.get(), nullptr);
  Languages languages(store_.get(), &translator);
  TranslationServiceImpl service(&languages, catalogue_.get(), &translator,
                                 verifier_.get());
  imi::testing::GrpcTestServer server({&service});
  auto stub = TranslationService::NewStub(server.channel());

  v1::TranslateTextRequest request;
  request.set_text("Das Haus");
  request.set_source_language("de");
  request.set_target_language("fi");
  v1::TranslateTextResponse response;
  grpc::Status s = stub->TranslateText(Reader().get(), request, &response);
  ASSERT_TRUE(s.ok()) << s.error_message();
  EXPECT_EQ(response.engine(), "http");
  EXPECT_THAT(response.path(), ElementsAre("de", "fi"));
  EXPECT_EQ(response.translation().text(),
            mt::testing::FakeLibreTranslate::Expected("Das Haus", "fi"));
  EXPECT_TRUE(response.translation().machine_translated());

  // English -> Spanish stays with Apertium, which the rule names first.
  request.set_text("The house.");
  request.set_source_language("en");
  request.set_target_language("es");
  ASSERT_TRUE(stub->TranslateText(Reader().get(), request, &response).ok());
  EXPECT_EQ(response.engine(), "apertium");

  // Languages now list Finnish as reachable from German, through http.
  v1::GetLanguageRequest get;
  get.set_name("languages/de");
  v1::Language de;
  ASSERT_TRUE(stub->GetLanguage(Reader().get(), get, &de).ok());
  bool to_fi = false;
  for (const auto& r : de.machine_translation()) {
    if (r.target_language() == "fi") {
      to_fi = true;
      EXPECT_THAT(r.hop_engines(), ElementsAre("http"));
    }
  }
  EXPECT_TRUE(to_fi);
}

TEST_F(TranslationServiceTest,
       AnUnreachableExternalEngineDoesNotStopTheService) {
  // Nothing listens on this port: the engine offers nothing (yet), routes
  // stay Apertium's, and the service answers.
  auto engines = BuildEngines(
      {.http_url = absl::StrCat("http://127.0.0.1:", imi::testing::FreePort()),
       .routes = "*:apertium,http"});
  ASSERT_TRUE(engines.ok()) << engines.status();
  mt::Router* router = engines->router.get();
  engines->http->Start([router] { router->Refresh(); }, absl::Milliseconds(20));
  EXPECT_FALSE(engines->http->connected());
  MachineTranslator translator(engines->router.get(), nullptr);
  EXPECT_EQ(ErrorReason(translator.Translate("Das Haus", "de", "fi").status()),
            "MT_PAIR_UNAVAILABLE");
  auto es = translator.Translate("The house.", "en", "es");
  ASSERT_TRUE(es.ok()) << es.status();
  EXPECT_EQ(es->engine, "apertium");
  engines->http->Stop();  // before the router goes
}

}  // namespace
}  // namespace imi::translation
