// Authorities through a real gRPC server, backed by a real PostgreSQL schema
// (the service's migrations) and a real Redis (the cache, the event relay
// and the invalidation consumer): registration chain, state machine, etags,
// history, multilingual search, competent authorities, helpdesks, cache hits
// and invalidation, Redis outages, imports.
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <functional>
#include <map>
#include <memory>
#include <set>
#include <thread>

#include <pqxx/pqxx>

#include "gmock/gmock.h"
#include "google/protobuf/util/json_util.h"
#include "google/rpc/error_details.pb.h"
#include "google/rpc/status.pb.h"
#include "grpcpp/client_context.h"
#include "gtest/gtest.h"
#include "imi/directory/v1/directory.grpc.pb.h"
#include "libs/auth/roles.h"
#include "libs/auth/testing/token_minter.h"
#include "libs/events/consumer.h"
#include "libs/events/outbox.h"
#include "libs/events/relay.h"
#include "libs/pg/migrations.h"
#include "libs/pg/pool.h"
#include "libs/redis/client.h"
#include "libs/testing/grpc_server.h"
#include "libs/testing/rpc_error.h"
#include "libs/testing/postgres_server.h"
#include "libs/testing/redis_server.h"
#include "services/directory/authorities.h"
#include "services/directory/authority_cache.h"
#include "services/directory/authority_proto.h"
#include "services/directory/authority_store.h"
#include "services/directory/directory_service.h"
#include "services/directory/directory_store.h"
#include "services/directory/import.h"
#include "services/directory/migrations.h"

namespace imi::directory {
namespace {

using ::testing::ElementsAre;
using ::testing::UnorderedElementsAre;
using v1::DirectoryService;
namespace roles = auth::roles;

using imi::testing::RpcError;

RpcError Details(const grpc::Status& status) { return imi::testing::ErrorOf(status); }

// ---- The fixture directory -----------------------------------------------------

AuthorityRecord A(std::string id, AuthorityKind kind, std::string country,
                  std::vector<AuthorityName> names, std::string region = "",
                  std::string city = "") {
  AuthorityRecord r;
  r.id = std::move(id);
  r.kind = kind;
  r.country = std::move(country);
  r.level = region.empty() ? AuthorityLevel::kNational : AuthorityLevel::kRegional;
  r.region = std::move(region);
  r.names = std::move(names);
  r.address.city = std::move(city);
  r.contact.email = "post@" + r.id + ".example.eu";
  r.state = AuthorityState::kActive;
  return r;
}

AreaAccess Access(std::string area, std::vector<std::string> professions,
                  std::map<std::string, std::string> coordinators = {},
                  std::vector<std::string> keywords = {}) {
  AreaAccess a;
  a.area = std::move(area);
  a.professions = std::move(professions);
  a.coordinators = std::move(coordinators);
  a.keywords = std::move(keywords);
  return a;
}

std::vector<AuthorityRecord> FixtureDirectory() {
  using K = AuthorityKind;
  std::vector<AuthorityRecord> d;
  d.push_back(A("eu-000001", K::kCommission, "EU",
                {{"en", "European Commission"}, {"fr", "Commission européenne"},
                 {"de", "Europäische Kommission"}}));
  d.back().acronym = "EC";
  d.push_back(A("dk-000001", K::kNimic, "DK",
                {{"da", "Erhvervsstyrelsen"}, {"en", "Danish Business Authority"}}));
  d.push_back(A("dk-000002", K::kSdimic, "DK", {{"da", "Region Hovedstaden"}}, "Hovedstaden",
                "Hillerød"));
  d.push_back(A("dk-000003", K::kLimic, "DK", {{"da", "Sikkerhedsstyrelsen"}}));
  d.back().coordinator_area = "services";
  d.push_back(A("dk-000010", K::kCompetentAuthority, "DK",
                {{"da", "Styrelsen for Patientsikkerhed"}, {"en", "Danish Patient Safety Authority"}},
                "Hovedstaden", "København"));
  d.back().areas = {Access("professional-qualifications", {"physician", "nurse"},
                           {{"INCOMING_ALERT_COORDINATOR", "dk-000002"},
                            {"ACCESS_COORDINATOR", "dk-000001"}})};
  d.back().supervising_coordinator = "dk-000002";
  d.push_back(A("dk-000011", K::kCompetentAuthority, "DK", {{"da", "Arkitektforeningen"}},
                "Syddanmark", "Odense"));
  d.back().areas = {Access("professional-qualifications", {"architect"}),
                    Access("services", {}, {}, {"byggeri"})};
  d.push_back(A("de-000001", K::kNimic, "DE",
                {{"de", "Bundesministerium für Wirtschaft und Klimaschutz"}}));
  d.push_back(A("de-000010", K::kCompetentAuthority, "DE", {{"de", "Ärztekammer Berlin"}},
                "Berlin", "Berlin"));
  d.back().acronym = "ÄKB";
  d.back().areas = {Access("professional-qualifications", {"Arzt", "physician"})};
  d.push_back(A("de-000011", K::kCompetentAuthority, "DE",
                {{"de", "Bayerische Architektenkammer"}}, "Bayern", "München"));
  d.back().areas = {Access("professional-qualifications", {"Architekt"})};
  d.push_back(A("de-000012", K::kCompetentAuthority, "DE", {{"de", "Landesärztekammer Hessen"}},
                "Hessen", "Frankfurt am Main"));
  d.back().areas = {Access("professional-qualifications", {"Arzt"})};
  d.push_back(A("de-000013", K::kCompetentAuthority, "DE", {{"de", "Finanzamt München"}},
                "Bayern", "München"));
  d.back().areas = {Access("services", {}, {}, {"Steuern"})};
  d.push_back(A("de-000014", K::kCompetentAuthority, "DE", {{"de", "Ärztekammer Westfalen"}},
                "Nordrhein-Westfalen", "Münster"));
  d.back().state = AuthorityState::kDeregistered;
  d.push_back(A("at-000010", K::kCompetentAuthority, "AT",
                {{"de", "Österreichische Ärztekammer"}}, "", "Wien"));
  d.back().areas = {Access("professional-qualifications", {"Arzt"})};
  d.push_back(A("cz-000010", K::kCompetentAuthority, "CZ", {{"cs", "Česká komora architektů"}},
                "", "Praha"));
  d.back().areas = {Access("professional-qualifications", {"architekt"})};
  d.push_back(A("gr-000001", K::kNimic, "GR", {{"el", "Υπουργείο Εσωτερικών"}}));
  d.push_back(A("gr-000010", K::kCompetentAuthority, "GR", {{"el", "Υπουργείο Υγείας"},
                                                            {"en", "Ministry of Health"}},
                "", "Αθήνα"));
  d.back().areas = {Access("professional-qualifications", {"ιατρός"})};
  d.push_back(A("gr-000011", K::kCompetentAuthority, "GR", {{"el", "Ιατρικός Σύλλογος Αθηνών"}},
                "Αττική", "Αθήνα"));
  d.push_back(A("bg-000010", K::kCompetentAuthority, "BG",
                {{"bg", "Министерство на здравеопазването"}}, "", "София"));
  d.push_back(A("bg-000011", K::kCompetentAuthority, "BG",
                {{"bg", "Камара на архитектите в България"}}, "", "София"));
  d.push_back(A("fr-000010", K::kCompetentAuthority, "FR", {{"fr", "Ordre des architectes"}}, "",
                "Paris"));
  d.back().areas = {Access("professional-qualifications", {"architecte"})};
  return d;
}

std::vector<HelpdeskRecord> FixtureHelpdesks() {
  HelpdeskRecord dk;
  dk.country = "DK";
  dk.authority_id = "dk-000001";
  dk.names = {{"da", "IMI-helpdesk Danmark"}, {"en", "IMI Helpdesk Denmark"}};
  dk.contact = {"imi@erst.dk", "+45 35 29 10 00", ""};
  dk.languages = {"da", "en"};
  HelpdeskRecord eu;
  eu.country = "EU";
  eu.authority_id = "eu-000001";
  eu.names = {{"en", "IMI Helpdesk"}, {"fr", "Service d'assistance IMI"}};
  eu.contact = {"imi-helpdesk@ec.europa.eu", "", ""};
  eu.languages = {"en", "fr"};
  return {dk, eu};
}

class AuthoritiesServiceTest : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = imi::testing::PostgresServer::Get().CreateServiceSchema("directory");
    pool_ = std::make_unique<pg::Pool>(db_.pool_options);
    auto migrated = pg::MigrateWhenReachable(*pool_, Migrations(), std::chrono::seconds(10));
    ASSERT_TRUE(migrated.ok()) << migrated.status();
    pg_store_ = std::make_unique<PgAuthorityStore>(pool_.get());
    auto seeded = pg_store_->Import(FixtureDirectory(), FixtureHelpdesks(), false,
                                    "serviceAccounts/fixture", "fixture");
    ASSERT_TRUE(seeded.ok()) << seeded.status();

    redis::RedisOptions ro = *redis::Client::ParseUrl(imi::testing::RedisServer::Get().url());
    ro.pool_size = 4;
    ro.connect_timeout = std::chrono::milliseconds(200);
    redis_ = std::make_unique<redis::Client>(ro);
    CacheOptions co;
    co.key_prefix = imi::testing::RedisServer::UniqueName("dir") + ":";
    co.retry_after = std::chrono::milliseconds(100);
    cache_ = std::make_unique<CachingAuthorityStore>(pg_store_.get(), redis_.get(), co);
    authorities_ = std::make_unique<Authorities>(cache_.get());
    area_store_ = std::make_unique<PgDirectoryStore>(pool_.get());
    areas_ = std::make_unique<LegislativeAreas>(area_store_.get());
    verifier_ = std::make_unique<auth::TokenVerifier>(minter_.verifier());
    service_ = std::make_unique<DirectoryServiceImpl>(areas_.get(), authorities_.get(),
                                                      verifier_.get());
    server_ = std::make_unique<imi::testing::GrpcTestServer>(
        std::vector<grpc::Service*>{service_.get()});
    stub_ = DirectoryService::NewStub(server_->channel());
  }

  void TearDown() override {
    if (!imi::testing::RedisServer::Get().running()) imi::testing::RedisServer::Get().Start();
  }

  std::unique_ptr<grpc::ClientContext> Ctx(const std::string& token) {
    auto ctx = std::make_unique<grpc::ClientContext>();
    ctx->AddMetadata("authorization", "Bearer " + token);
    return ctx;
  }
  std::string Token(const std::string& authority, const std::string& country,
                    auth::RoleMap roles, const std::string& user = "users/u") {
    return minter_.Mint({.user = user,
                         .authority = "authorities/" + authority,
                         .country = country,
                         .roles = std::move(roles)});
  }
  std::string Reader() { return Token("dk-000010", "DK", {{"*", {roles::kBasicUser}}}); }
  std::string DkNimic() {
    return Token("dk-000001", "DK", {{"*", {roles::kAccessCoordinator}}}, "users/dk-nimic");
  }
  std::string DkSdimic() {
    return Token("dk-000002", "DK", {{"*", {roles::kAccessCoordinator}}}, "users/dk-sdimic");
  }
  std::string DeNimic() { return Token("de-000001", "DE", {{"*", {roles::kAccessCoordinator}}}); }
  std::string Commission() {
    return Token("eu-000001", "EU", {{"*", {roles::kSystemAdministrator}}}, "users/ec");
  }
  std::string LocalAdmin(const std::string& id, const std::string& country = "DK") {
    return Token(id, country, {{"*", {roles::kLocalDataAdministrator}}}, "users/admin-" + id);
  }

  v1::Authority NewAuthority(const std::string& country, const std::string& language,
                             const std::string& name, const std::string& region = "") {
    v1::Authority a;
    a.set_kind(v1::COMPETENT_AUTHORITY);
    a.set_country(country);
    a.set_level(region.empty() ? v1::NATIONAL : v1::REGIONAL);
    a.set_region(region);
    auto* n = a.add_names();
    n->set_language(language);
    n->set_name(name);
    a.mutable_contact()->set_email("post@example.dk");
    return a;
  }

  grpc::Status Create(const std::string& token, const v1::Authority& a, v1::Authority* out,
                      bool invite = false, const std::string& request_id = "") {
    v1::CreateAuthorityRequest req;
    *req.mutable_authority() = a;
    req.set_invite(invite);
    req.set_request_id(request_id);
    return stub_->CreateAuthority(Ctx(token).get(), req, out);
  }
  grpc::Status Get(const std::string& name, v1::Authority* out, const std::string& language = "") {
    v1::GetAuthorityRequest req;
    req.set_name(name);
    req.set_language(language);
    return stub_->GetAuthority(Ctx(Reader()).get(), req, out);
  }
  v1::Authority MustGet(const std::string& name) {
    v1::Authority a;
    grpc::Status s = Get(name, &a);
    EXPECT_TRUE(s.ok()) << s.error_message();
    return a;
  }
  grpc::Status Update(const std::string& token, const v1::Authority& values,
                      std::vector<std::string> paths, v1::Authority* out) {
    v1::UpdateAuthorityRequest req;
    *req.mutable_authority() = values;
    for (auto& p : paths) req.mutable_update_mask()->add_paths(p);
    return stub_->UpdateAuthority(Ctx(token).get(), req, out);
  }
  v1::SearchAuthoritiesResponse Search(v1::SearchAuthoritiesRequest req) {
    v1::SearchAuthoritiesResponse resp;
    grpc::Status s = stub_->SearchAuthorities(Ctx(Reader()).get(), req, &resp);
    EXPECT_TRUE(s.ok()) << s.error_message();
    return resp;
  }
  v1::SearchAuthoritiesResponse Search(const std::string& query) {
    v1::SearchAuthoritiesRequest req;
    req.set_query(query);
    return Search(req);
  }
  static std::vector<std::string> Names(const v1::SearchAuthoritiesResponse& r) {
    std::vector<std::string> out;
    for (const auto& m : r.matches()) out.push_back(m.authority().name());
    return out;
  }
  std::vector<std::string> History(const std::string& name) {
    v1::ListAuthorityHistoryRequest req;
    req.set_name(name);
    v1::ListAuthorityHistoryResponse resp;
    EXPECT_TRUE(stub_->ListAuthorityHistory(Ctx(Commission()).get(), req, &resp).ok());
    std::vector<std::string> out;
    for (const auto& c : resp.changes()) out.push_back(c.action());
    return out;
  }
  grpc::Status GetHelpdesk(const std::string& name, v1::Helpdesk* out,
                           const std::string& language = "") {
    v1::GetHelpdeskRequest req;
    req.set_name(name);
    req.set_language(language);
    return stub_->GetHelpdesk(Ctx(Reader()).get(), req, out);
  }
  v1::Helpdesk MustGetHelpdesk(const std::string& name) {
    v1::Helpdesk h;
    grpc::Status s = GetHelpdesk(name, &h);
    EXPECT_TRUE(s.ok()) << s.error_message();
    return h;
  }
  grpc::Status UpdateHelpdesk(const std::string& token, const v1::Helpdesk& values,
                              std::vector<std::string> paths, v1::Helpdesk* out) {
    v1::UpdateHelpdeskRequest req;
    *req.mutable_helpdesk() = values;
    for (auto& p : paths) req.mutable_update_mask()->add_paths(p);
    return stub_->UpdateHelpdesk(Ctx(token).get(), req, out);
  }
  // "<action> <actor> <changed fields>" per helpdesk_history row, oldest first.
  std::vector<std::string> HelpdeskHistory(const std::string& country) {
    return *pool_->Transact<std::vector<std::string>>(
        pg::TxMode::kReadOnly, [&](pqxx::work& tx) -> absl::StatusOr<std::vector<std::string>> {
          std::vector<std::string> out;
          for (const auto& row : tx.exec_params(
                   "SELECT action || ' ' || actor || ' ' || array_to_string(changed_fields, ',')"
                   " FROM helpdesk_history WHERE country = $1 ORDER BY id",
                   country)) {
            out.push_back(row[0].as<std::string>());
          }
          return out;
        });
  }
  // One value of a query (text).
  std::string SqlValue(const std::string& sql) {
    return *pool_->Transact<std::string>(pg::TxMode::kReadOnly,
                                         [&](pqxx::work& tx) -> absl::StatusOr<std::string> {
                                           return tx.exec1(sql)[0].as<std::string>();
                                         });
  }
  long long CountAuthorities() {
    return *pool_->Transact<long long>(pg::TxMode::kReadOnly,
                                       [](pqxx::work& tx) -> absl::StatusOr<long long> {
                                         return tx.exec1("SELECT count(*) FROM authorities")[0]
                                             .as<long long>();
                                       });
  }
  void Sql(const std::string& sql) {
    absl::Status s = pool_->Transact(pg::TxMode::kReadWrite, [&](pqxx::work& tx) {
      tx.exec0(sql);
      return absl::OkStatus();
    });
    ASSERT_TRUE(s.ok()) << s;
  }

  imi::testing::ServiceDb db_;
  std::unique_ptr<pg::Pool> pool_;
  std::unique_ptr<PgAuthorityStore> pg_store_;
  std::unique_ptr<redis::Client> redis_;
  std::unique_ptr<CachingAuthorityStore> cache_;
  std::unique_ptr<Authorities> authorities_;
  std::unique_ptr<PgDirectoryStore> area_store_;
  std::unique_ptr<LegislativeAreas> areas_;
  auth::testing::TokenMinter minter_;
  std::unique_ptr<auth::TokenVerifier> verifier_;
  std::unique_ptr<DirectoryServiceImpl> service_;
  std::unique_ptr<imi::testing::GrpcTestServer> server_;
  std::unique_ptr<DirectoryService::Stub> stub_;
};

// ---- Reading -------------------------------------------------------------------

TEST_F(AuthoritiesServiceTest, GetRendersTheReadersLanguageAndReportsMissingOnes) {
  v1::Authority gr;
  ASSERT_TRUE(Get("authorities/gr-000010", &gr, "en").ok());
  EXPECT_EQ(gr.display_name(), "Ministry of Health");
  EXPECT_EQ(gr.kind(), v1::COMPETENT_AUTHORITY);
  EXPECT_EQ(gr.state(), v1::ACTIVE);
  EXPECT_EQ(gr.country(), "GR");
  EXPECT_FALSE(gr.etag().empty());
  ASSERT_TRUE(Get("authorities/gr-000010", &gr, "el").ok());
  EXPECT_EQ(gr.display_name(), "Υπουργείο Υγείας");
  ASSERT_TRUE(Get("authorities/gr-000010", &gr, "fi").ok());
  EXPECT_EQ(gr.display_name(), "Υπουργείο Υγείας");  // its first name

  v1::Authority dk;
  ASSERT_TRUE(Get("authorities/dk-000010", &dk).ok());
  ASSERT_EQ(dk.areas_size(), 1);
  EXPECT_EQ(dk.areas(0).legislative_area(), "legislativeAreas/professional-qualifications");
  EXPECT_EQ(dk.areas(0).coordinators().at("INCOMING_ALERT_COORDINATOR"), "authorities/dk-000002");
  EXPECT_EQ(dk.supervising_coordinator(), "authorities/dk-000002");

  v1::Authority none;
  RpcError missing = Details(Get("authorities/dk-999999", &none));
  EXPECT_EQ(missing.code, grpc::StatusCode::NOT_FOUND);
  EXPECT_EQ(missing.reason, "AUTHORITY_NOT_FOUND");
  RpcError bad = Details(Get("dk-000010", &none));
  EXPECT_EQ(bad.reason, "INVALID_NAME");
  EXPECT_THAT(bad.fields, ElementsAre("name"));
  RpcError lang = Details(Get("authorities/dk-000010", &none, "xx"));
  EXPECT_EQ(lang.reason, "UNSUPPORTED_LANGUAGE");
}

// ---- Registration chain ------------------------------------------------------

TEST_F(AuthoritiesServiceTest, CoordinatorsRegisterWithinTheirRemitOnly) {
  const long long before = CountAuthorities();
  v1::Authority created;
  // The SDIMIC of Hovedstaden, in its region: yes.
  ASSERT_TRUE(Create(DkSdimic(), NewAuthority("DK", "da", "Gentofte Kommune", "Hovedstaden"),
                     &created).ok());
  EXPECT_EQ(created.state(), v1::ACTIVE);
  EXPECT_EQ(created.supervising_coordinator(), "authorities/dk-000002");
  EXPECT_THAT(created.name(), ::testing::StartsWith("authorities/dk-"));
  EXPECT_EQ(MustGet(created.name()).display_name(), "Gentofte Kommune");
  EXPECT_THAT(History(created.name()), ElementsAre("CREATED"));

  struct Refused {
    std::string who, token;
    v1::Authority proposal;
    std::string rule;
  };
  v1::Authority nimic = NewAuthority("DK", "da", "Ny NIMIC");
  nimic.set_kind(v1::NIMIC);
  const std::vector<Refused> refused = {
      {"SDIMIC outside its region", DkSdimic(),
       NewAuthority("DK", "da", "Odense Kommune", "Syddanmark"), "OTHER_REGION"},
      {"German NIMIC in Denmark", DeNimic(), NewAuthority("DK", "da", "Noget"), "OTHER_COUNTRY"},
      {"a NIMIC registering a NIMIC", DkNimic(), nimic, "COMMISSION_ONLY"},
      {"a competent authority's administrator", LocalAdmin("dk-000010"),
       NewAuthority("DK", "da", "Noget"), "NOT_A_COORDINATOR"},
      {"a NIMIC user without ACCESS_COORDINATOR",
       Token("dk-000001", "DK", {{"*", {roles::kRequestCoordinator}}}),
       NewAuthority("DK", "da", "Noget"), "MISSING_ROLE"},
  };
  for (const auto& r : refused) {
    v1::Authority out;
    RpcError e = Details(Create(r.token, r.proposal, &out));
    EXPECT_EQ(e.code, grpc::StatusCode::PERMISSION_DENIED) << r.who;
    EXPECT_EQ(e.reason, "OUTSIDE_REMIT") << r.who;
    EXPECT_EQ(e.metadata["rule"], r.rule) << r.who;
  }
  EXPECT_EQ(CountAuthorities(), before + 1) << "refused registrations change nothing";

  // The Commission registers NIMICs, anywhere.
  v1::Authority is_nimic = NewAuthority("IS", "is", "Ráðuneytið");
  is_nimic.set_kind(v1::NIMIC);
  ASSERT_TRUE(Create(Commission(), is_nimic, &created).ok());
  EXPECT_EQ(created.kind(), v1::NIMIC);
  EXPECT_THAT(created.name(), ::testing::StartsWith("authorities/is-"));
}

TEST_F(AuthoritiesServiceTest, RetriedCreateReturnsTheFirstResult) {
  const std::string request_id = "5b0a2a0e-1f6c-4a65-b8f1-0c7e5d7a9e11";
  v1::Authority first, again, other;
  ASSERT_TRUE(Create(DkNimic(), NewAuthority("DK", "da", "Dansk Myndighed"), &first, false,
                     request_id).ok());
  ASSERT_TRUE(Create(DkNimic(), NewAuthority("DK", "da", "Dansk Myndighed"), &again, false,
                     request_id).ok());
  EXPECT_EQ(first.name(), again.name());
  EXPECT_EQ(first.etag(), again.etag());
  EXPECT_THAT(History(first.name()), ElementsAre("CREATED"));
  RpcError reused = Details(Create(DkNimic(), NewAuthority("DK", "da", "Anden Myndighed"), &other,
                                   false, request_id));
  EXPECT_EQ(reused.code, grpc::StatusCode::ALREADY_EXISTS);
  EXPECT_EQ(reused.reason, "REQUEST_ID_REUSED");
}

TEST_F(AuthoritiesServiceTest, BadInputNamesTheFieldAndChangesNothing) {
  const long long before = CountAuthorities();
  struct Case {
    std::function<void(v1::Authority&)> change;
    std::string reason, field;
  };
  const std::vector<Case> cases = {
      {[](auto& a) { a.set_country("XX"); }, "UNKNOWN_COUNTRY", "authority.country"},
      {[](auto& a) { a.mutable_names(0)->set_language("tlh"); }, "UNSUPPORTED_LANGUAGE",
       "authority.names[0].language"},
      {[](auto& a) { a.clear_names(); }, "REQUIRED_FIELD", "authority.names"},
      {[](auto& a) { a.mutable_names(0)->set_name(""); }, "REQUIRED_FIELD",
       "authority.names[0].name"},
      {[](auto& a) { a.mutable_contact()->set_email("nobody"); }, "INVALID_EMAIL",
       "authority.contact.email"},
      {[](auto& a) { a.mutable_contact()->set_phone("call us"); }, "INVALID_PHONE",
       "authority.contact.phone"},
      {[](auto& a) { a.mutable_contact()->set_website("http://insecure.dk"); }, "INVALID_URL",
       "authority.contact.website"},
      {[](auto& a) { a.add_areas()->set_legislative_area("legislativeAreas/astrology"); },
       "UNKNOWN_LEGISLATIVE_AREA", "authority.areas[0].legislative_area"},
      {[](auto& a) { a.add_areas()->set_legislative_area("services"); }, "INVALID_NAME",
       "authority.areas[0].legislative_area"},
      {[](auto& a) { a.add_languages("xx"); }, "UNSUPPORTED_LANGUAGE", "authority.languages[0]"},
      {[](auto& a) { a.set_kind(v1::AUTHORITY_KIND_UNSPECIFIED); }, "REQUIRED_FIELD",
       "authority.kind"},
  };
  for (size_t i = 0; i < cases.size(); ++i) {
    v1::Authority a = NewAuthority("DK", "da", "Myndighed");
    cases[i].change(a);
    v1::Authority out;
    RpcError e = Details(Create(DkNimic(), a, &out));
    EXPECT_EQ(e.code, grpc::StatusCode::INVALID_ARGUMENT) << i;
    EXPECT_EQ(e.reason, cases[i].reason) << i;
    EXPECT_THAT(e.fields, ElementsAre(cases[i].field)) << i;
  }
  EXPECT_EQ(CountAuthorities(), before);
}

// ---- State machine, updates, etags, history ------------------------------------

TEST_F(AuthoritiesServiceTest, SelfRegistrationRunsThroughTheStateMachine) {
  v1::Authority invited;
  ASSERT_TRUE(Create(DkNimic(), NewAuthority("DK", "da", "Inviteret Myndighed"), &invited, true)
                  .ok());
  EXPECT_EQ(invited.state(), v1::INVITED);
  const std::string name = invited.name();
  const std::string id = name.substr(strlen("authorities/"));
  const std::string own = LocalAdmin(id);

  auto validate = [&](const std::string& token, const std::string& etag, v1::Authority* out) {
    v1::ValidateAuthorityRequest req;
    req.set_name(name);
    req.set_etag(etag);
    return stub_->ValidateAuthority(Ctx(token).get(), req, out);
  };
  auto submit = [&](const std::string& token, const std::string& etag, v1::Authority* out) {
    v1::SubmitAuthorityRegistrationRequest req;
    req.set_name(name);
    req.set_etag(etag);
    return stub_->SubmitAuthorityRegistration(Ctx(token).get(), req, out);
  };
  v1::Authority out;
  RpcError early = Details(validate(DkNimic(), "", &out));
  EXPECT_EQ(early.code, grpc::StatusCode::FAILED_PRECONDITION);
  EXPECT_EQ(early.reason, "INVALID_STATE_TRANSITION");
  EXPECT_EQ(early.metadata["state"], "INVITED");

  v1::Authority submitted;
  ASSERT_TRUE(submit(own, invited.etag(), &submitted).ok());
  EXPECT_EQ(submitted.state(), v1::PENDING_VALIDATION);
  EXPECT_EQ(Details(submit(own, "", &out)).reason, "INVALID_STATE_TRANSITION");
  RpcError stale = Details(validate(DkNimic(), invited.etag(), &out));
  EXPECT_EQ(stale.code, grpc::StatusCode::ABORTED);
  EXPECT_EQ(stale.reason, "ETAG_MISMATCH");

  v1::Authority active;
  ASSERT_TRUE(validate(DkNimic(), submitted.etag(), &active).ok());
  EXPECT_EQ(active.state(), v1::ACTIVE);

  v1::DeregisterAuthorityRequest dereg;
  dereg.set_name(name);
  dereg.set_etag(active.etag());
  dereg.set_reason("duplicate registration");
  v1::Authority gone;
  ASSERT_TRUE(stub_->DeregisterAuthority(Ctx(DkNimic()).get(), dereg, &gone).ok());
  EXPECT_EQ(gone.state(), v1::DEREGISTERED);
  dereg.set_etag("");
  EXPECT_EQ(Details(stub_->DeregisterAuthority(Ctx(DkNimic()).get(), dereg, &out)).reason,
            "INVALID_STATE_TRANSITION");

  v1::ListAuthorityHistoryRequest hreq;
  hreq.set_name(name);
  v1::ListAuthorityHistoryResponse history;
  ASSERT_TRUE(stub_->ListAuthorityHistory(Ctx(DkNimic()).get(), hreq, &history).ok());
  ASSERT_EQ(history.changes_size(), 4);
  EXPECT_EQ(history.changes(0).action(), "DEREGISTERED");
  EXPECT_EQ(history.changes(0).reason(), "duplicate registration");
  EXPECT_EQ(history.changes(0).actor(), "users/dk-nimic");
  EXPECT_EQ(history.changes(0).actor_authority(), "authorities/dk-000001");
  EXPECT_THAT(history.changes(0).changed_fields(), ElementsAre("state"));
  EXPECT_EQ(history.changes(2).action(), "SUBMITTED");
  EXPECT_EQ(history.changes(2).actor(), "users/admin-" + id);
  EXPECT_EQ(history.changes(3).action(), "CREATED");
  EXPECT_GE(history.changes(0).time().seconds(), history.changes(3).time().seconds());
}

TEST_F(AuthoritiesServiceTest, LocalAdministratorLimitsAndStaleEtags) {
  const v1::Authority current = MustGet("authorities/dk-000010");
  const std::string own = LocalAdmin("dk-000010");

  v1::Authority values;
  values.set_name(current.name());
  values.set_etag(current.etag());
  values.mutable_contact()->set_email("kontakt@stps.dk");
  values.mutable_contact()->set_phone("+45 72 28 66 00");
  values.add_languages("da");
  values.add_languages("en");
  v1::Authority updated;
  ASSERT_TRUE(Update(own, values, {"contact", "languages"}, &updated).ok());
  EXPECT_EQ(updated.contact().phone(), "+45 72 28 66 00");
  EXPECT_NE(updated.etag(), current.etag());

  // The same etag again is stale now.
  values.mutable_contact()->set_phone("+45 00 00 00 00");
  v1::Authority out;
  RpcError stale = Details(Update(own, values, {"contact"}, &out));
  EXPECT_EQ(stale.code, grpc::StatusCode::ABORTED);
  EXPECT_EQ(stale.reason, "ETAG_MISMATCH");
  EXPECT_EQ(MustGet(current.name()).contact().phone(), "+45 72 28 66 00");

  // Names are the coordinators' business.
  values.set_etag(updated.etag());
  values.mutable_names()->Add()->CopyFrom(current.names(0));
  values.mutable_names(0)->set_name("Andet navn");
  RpcError names = Details(Update(own, values, {"names"}, &out));
  EXPECT_EQ(names.code, grpc::StatusCode::PERMISSION_DENIED);
  EXPECT_EQ(names.reason, "OUTSIDE_REMIT");
  EXPECT_EQ(names.metadata["rule"], "LOCAL_ADMINISTRATOR_FIELDS");
  // ... which the supervising SDIMIC may change.
  v1::Authority renamed;
  ASSERT_TRUE(Update(DkSdimic(), values, {"names"}, &renamed).ok());
  EXPECT_EQ(renamed.names(0).name(), "Andet navn");

  // Competences: the local administrator may; new areas: it may not.
  values = renamed;
  values.mutable_areas(0)->add_professions("midwife");
  ASSERT_TRUE(Update(own, values, {"areas"}, &updated).ok());
  EXPECT_THAT(updated.areas(0).professions(), ::testing::Contains("midwife"));
  values = updated;
  values.add_areas()->set_legislative_area("legislativeAreas/gdpr");
  EXPECT_EQ(Details(Update(own, values, {"areas"}, &out)).reason, "OUTSIDE_REMIT");

  EXPECT_THAT(History(current.name()), ElementsAre("UPDATED", "UPDATED", "UPDATED", "CREATED"));

  RpcError mask = Details(Update(DkNimic(), values, {"kind"}, &out));
  EXPECT_EQ(mask.reason, "INVALID_UPDATE_MASK");
  EXPECT_THAT(mask.fields, ElementsAre("update_mask"));
}

TEST_F(AuthoritiesServiceTest, GrantAndRevokeAreas) {
  v1::GrantLegislativeAreaRequest grant;
  grant.set_name("authorities/dk-000010");
  grant.mutable_access()->set_legislative_area("legislativeAreas/services");
  grant.mutable_access()->add_activities("sundhedsydelser");
  (*grant.mutable_access()->mutable_coordinators())["REQUEST_COORDINATOR"] =
      "authorities/dk-000003";
  v1::Authority granted;
  // The LIMIC of services.
  const std::string limic =
      Token("dk-000003", "DK", {{"services", {roles::kAccessCoordinator}}}, "users/dk-limic");
  ASSERT_TRUE(stub_->GrantLegislativeArea(Ctx(limic).get(), grant, &granted).ok());
  EXPECT_EQ(granted.areas_size(), 2);
  grant.mutable_access()->set_legislative_area("legislativeAreas/gdpr");
  v1::Authority out;
  RpcError other = Details(stub_->GrantLegislativeArea(Ctx(limic).get(), grant, &out));
  EXPECT_EQ(other.reason, "OUTSIDE_REMIT");
  EXPECT_EQ(other.metadata["rule"], "OTHER_AREA");

  v1::RevokeLegislativeAreaRequest revoke;
  revoke.set_name("authorities/dk-000010");
  revoke.set_legislative_area("legislativeAreas/services");
  revoke.set_etag(granted.etag());
  v1::Authority revoked;
  ASSERT_TRUE(stub_->RevokeLegislativeArea(Ctx(limic).get(), revoke, &revoked).ok());
  EXPECT_EQ(revoked.areas_size(), 1);
  EXPECT_EQ(Details(stub_->RevokeLegislativeArea(Ctx(limic).get(), revoke, &out)).code,
            grpc::StatusCode::ABORTED);
  revoke.set_etag("");
  EXPECT_EQ(Details(stub_->RevokeLegislativeArea(Ctx(limic).get(), revoke, &out)).reason,
            "AREA_NOT_GRANTED");

  v1::ListAuthorityHistoryRequest hreq;
  hreq.set_name("authorities/dk-000010");
  v1::ListAuthorityHistoryResponse history;
  ASSERT_TRUE(stub_->ListAuthorityHistory(Ctx(Reader()).get(), hreq, &history).ok());
  EXPECT_EQ(history.changes(0).action(), "AREA_REVOKED");
  EXPECT_EQ(history.changes(0).legislative_area(), "legislativeAreas/services");
  EXPECT_EQ(history.changes(1).action(), "AREA_GRANTED");

  // dk-000010's own user read that; another country's coordinator may not.
  RpcError denied = Details(stub_->ListAuthorityHistory(Ctx(DeNimic()).get(), hreq, &history));
  EXPECT_EQ(denied.code, grpc::StatusCode::PERMISSION_DENIED);
  EXPECT_EQ(denied.reason, "OUTSIDE_REMIT");
  EXPECT_EQ(denied.metadata["rule"], "HISTORY_READERS");
}

// ---- Search --------------------------------------------------------------------

TEST_F(AuthoritiesServiceTest, ANewCompletionOfASearchedPrefixIsFoundAtOnce) {
  // "Arztek" was searched (its expansion is reused for a while); a new
  // authority brings a new word with that prefix through this server.
  const int before = Search("Arztek").total_size();
  ASSERT_GT(before, 0);
  v1::Authority created;
  ASSERT_TRUE(
      Create(DeNimic(), NewAuthority("DE", "de", "Arztekundliches Landesamt"), &created).ok());
  v1::SearchAuthoritiesRequest req;
  req.set_query("Arztek");
  req.add_states(v1::ACTIVE);
  req.add_states(v1::PENDING_VALIDATION);
  req.add_states(v1::INVITED);
  auto after = Search(req);
  EXPECT_THAT(Names(after), ::testing::Contains(created.name()));
}

TEST_F(AuthoritiesServiceTest, PruningRemovesOnlySearchWordsNoAuthorityUses) {
  auto terms = [&](const std::string& term) {
    return *pool_->Transact<long long>(
        pg::TxMode::kReadOnly, [&](pqxx::work& tx) -> absl::StatusOr<long long> {
          return tx.exec_params1("SELECT count(*) FROM search_terms WHERE term = $1", term)[0]
              .as<long long>();
        });
  };
  v1::Authority values;
  values.set_name("authorities/de-000010");
  values.set_acronym("ZQX");
  v1::Authority out;
  ASSERT_TRUE(Update(DeNimic(), values, {"acronym"}, &out).ok());
  EXPECT_TRUE(Names(Search("ÄKB")).empty());
  EXPECT_EQ(terms("akb"), 1) << "words stay until pruned";

  auto pruned = pg_store_->PruneSearchTerms();
  ASSERT_TRUE(pruned.ok()) << pruned.status();
  EXPECT_EQ(*pruned, 1);
  EXPECT_EQ(terms("akb"), 0);
  EXPECT_EQ(terms("zqx"), 1);
  EXPECT_EQ(terms("arztekammer"), 1);
  // Search, its prefix expansion included, is unchanged for the words in use.
  EXPECT_THAT(Names(Search("zqx")), ElementsAre("authorities/de-000010"));
  EXPECT_EQ(Search("Arztekammer").total_size(), 3);
  EXPECT_EQ(Search("Arztek").total_size(), 3);
  EXPECT_EQ(*pg_store_->PruneSearchTerms(), 0) << "nothing more to prune";
}

TEST_F(AuthoritiesServiceTest, SearchReturnsTheBasicViewUnlessAskedForTheFullOne) {
  v1::SearchAuthoritiesRequest req;
  req.set_query("Ärztekammer Berlin");
  v1::SearchAuthoritiesResponse basic = Search(req);
  ASSERT_EQ(basic.matches_size(), 1);
  const v1::Authority& b = basic.matches(0).authority();
  EXPECT_EQ(b.name(), "authorities/de-000010");
  ASSERT_EQ(b.areas_size(), 1);
  EXPECT_EQ(b.areas(0).legislative_area(), "legislativeAreas/professional-qualifications");
  EXPECT_EQ(b.areas(0).professions_size(), 0);
  EXPECT_TRUE(b.areas(0).coordinators().empty());
  EXPECT_FALSE(b.names().empty());

  req.set_view(v1::AUTHORITY_VIEW_FULL);
  v1::SearchAuthoritiesResponse full = Search(req);
  ASSERT_EQ(full.matches_size(), 1);
  v1::Authority got = MustGet("authorities/de-000010");
  got.clear_display_name();  // rendered per request language
  v1::Authority f = full.matches(0).authority();
  f.clear_display_name();
  EXPECT_EQ(f.SerializeAsString(), got.SerializeAsString()) << "FULL is what GetAuthority returns";
  EXPECT_THAT(f.areas(0).professions(), ElementsAre("Arzt", "physician"));

  req.set_view(static_cast<v1::AuthorityView>(7));
  v1::SearchAuthoritiesResponse out;
  RpcError bad = Details(stub_->SearchAuthorities(Ctx(Reader()).get(), req, &out));
  EXPECT_EQ(bad.code, grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_THAT(bad.fields, ElementsAre("view"));
}

TEST_F(AuthoritiesServiceTest, SearchIsAccentAndCaseInsensitive) {
  auto r = Search("Arztekammer");
  EXPECT_THAT(Names(r), ::testing::IsSupersetOf({"authorities/de-000010", "authorities/at-000010",
                                                 "authorities/de-000012"}));
  EXPECT_EQ(r.total_size(), 3);  // not the deregistered Ärztekammer Westfalen
  // Whole-word matches rank above the compound "Landesärztekammer".
  EXPECT_EQ(r.matches(2).authority().name(), "authorities/de-000012");
  EXPECT_GT(r.matches(0).score(), r.matches(2).score());
  EXPECT_EQ(Names(Search("ÄRZTEKAMMER")), Names(r));
  EXPECT_THAT(Names(Search("ärztekammer berlin")), ElementsAre("authorities/de-000010"));
  EXPECT_THAT(Names(Search("ÄKB")), ElementsAre("authorities/de-000010"));
}

TEST_F(AuthoritiesServiceTest, SearchFindsWordsInsideCompoundsAndAcrossLanguages) {
  // German "Architektenkammer", Czech "architektů", the Czech profession
  // "architekt": one query finds architects' chambers in both languages.
  EXPECT_THAT(Names(Search("architekt")),
              ::testing::IsSupersetOf({"authorities/de-000011", "authorities/cz-000010"}));
  EXPECT_THAT(Names(Search("kammer")),
              ::testing::IsSupersetOf({"authorities/de-000010", "authorities/de-000011",
                                       "authorities/at-000010"}));
}

TEST_F(AuthoritiesServiceTest, SearchIsTypoTolerant) {
  EXPECT_THAT(Names(Search("Arztekamer Berlin")), ::testing::Contains("authorities/de-000010"));
  EXPECT_THAT(Names(Search("Architektenkamer")), ::testing::Contains("authorities/de-000011"));
  EXPECT_THAT(Names(Search("Finanzamt Munchen")), ElementsAre("authorities/de-000013"));
}

TEST_F(AuthoritiesServiceTest, SearchFindsGreekAndBulgarianNames) {
  auto greek = Search("υπουργείο υγείας");
  ASSERT_GE(greek.matches_size(), 1);
  EXPECT_EQ(greek.matches(0).authority().name(), "authorities/gr-000010");
  EXPECT_EQ(Names(Search("ΥΠΟΥΡΓΕΙΟ ΥΓΕΙΑΣ")), Names(greek));  // capitals, no accents
  EXPECT_THAT(Names(Search("Αθήνα")), ::testing::IsSupersetOf({"authorities/gr-000010",
                                                               "authorities/gr-000011"}));
  EXPECT_THAT(Names(Search("ιατρικος συλλογος")), ElementsAre("authorities/gr-000011"));
  auto bulgarian = Search("министерство здравеопазване");
  EXPECT_THAT(Names(bulgarian), ElementsAre("authorities/bg-000010"));
  EXPECT_THAT(Names(Search("архитекти")), ElementsAre("authorities/bg-000011"));
}

TEST_F(AuthoritiesServiceTest, SearchFiltersAndStates) {
  v1::SearchAuthoritiesRequest req;
  req.set_query("Arztekammer");
  req.add_countries("AT");
  EXPECT_THAT(Names(Search(req)), ElementsAre("authorities/at-000010"));
  req.clear_countries();
  req.add_states(v1::DEREGISTERED);
  EXPECT_THAT(Names(Search(req)), ElementsAre("authorities/de-000014"));

  v1::SearchAuthoritiesRequest nimics;
  nimics.add_kinds(v1::NIMIC);
  EXPECT_THAT(Names(Search(nimics)),
              UnorderedElementsAre("authorities/dk-000001", "authorities/de-000001",
                                   "authorities/gr-000001"));
  v1::SearchAuthoritiesRequest services;
  services.set_legislative_area("legislativeAreas/services");
  EXPECT_THAT(Names(Search(services)),
              UnorderedElementsAre("authorities/dk-000011", "authorities/de-000013"));
  v1::SearchAuthoritiesRequest regional;
  regional.set_query("München");
  regional.set_level(v1::REGIONAL);
  EXPECT_THAT(Names(Search(regional)),
              UnorderedElementsAre("authorities/de-000011", "authorities/de-000013"));

  v1::SearchAuthoritiesRequest bad;
  bad.add_countries("XX");
  v1::SearchAuthoritiesResponse resp;
  RpcError e = Details(stub_->SearchAuthorities(Ctx(Reader()).get(), bad, &resp));
  EXPECT_EQ(e.reason, "UNKNOWN_COUNTRY");
  EXPECT_THAT(e.fields, ElementsAre("countries[0]"));
}

TEST_F(AuthoritiesServiceTest, SearchPaginatesWithTokensBoundToTheQuery) {
  v1::SearchAuthoritiesRequest req;
  req.set_page_size(4);
  std::vector<std::string> seen;
  int total = -1;
  std::string first_token;
  do {
    auto page = Search(req);
    EXPECT_LE(page.matches_size(), 4);
    for (const auto& n : Names(page)) seen.push_back(n);
    total = page.total_size();
    if (first_token.empty()) first_token = page.next_page_token();
    req.set_page_token(page.next_page_token());
  } while (!req.page_token().empty());
  EXPECT_EQ(static_cast<int>(seen.size()), total);
  EXPECT_EQ(std::set<std::string>(seen.begin(), seen.end()).size(), seen.size());
  EXPECT_EQ(total, 19);  // all ACTIVE authorities of the fixture

  v1::SearchAuthoritiesRequest other;
  other.set_query("architekt");
  other.set_page_token(first_token);
  v1::SearchAuthoritiesResponse resp;
  EXPECT_EQ(Details(stub_->SearchAuthorities(Ctx(Reader()).get(), other, &resp)).reason,
            "INVALID_PAGE_TOKEN");
}

// ---- Competent authorities and helpdesks ---------------------------------------

TEST_F(AuthoritiesServiceTest, FindCompetentAuthoritiesIsOneCall) {
  v1::FindCompetentAuthoritiesRequest req;
  req.set_legislative_area("legislativeAreas/professional-qualifications");
  req.set_country("DE");
  req.set_competence("Arzt");
  v1::FindCompetentAuthoritiesResponse resp;
  ASSERT_TRUE(stub_->FindCompetentAuthorities(Ctx(Reader()).get(), req, &resp).ok());
  std::vector<std::string> names;
  for (const auto& a : resp.authorities()) names.push_back(a.name());
  EXPECT_THAT(names, ElementsAre("authorities/de-000010", "authorities/de-000012"));  // by name

  req.set_competence("architect");
  req.set_country("DK");
  ASSERT_TRUE(stub_->FindCompetentAuthorities(Ctx(Reader()).get(), req, &resp).ok());
  ASSERT_EQ(resp.authorities_size(), 1);
  EXPECT_EQ(resp.authorities(0).name(), "authorities/dk-000011");

  // Alert routing: Denmark's incoming alert coordinator for the area.
  req.clear_competence();
  req.set_coordinator_role(v1::INCOMING_ALERT_COORDINATOR);
  ASSERT_TRUE(stub_->FindCompetentAuthorities(Ctx(Reader()).get(), req, &resp).ok());
  ASSERT_EQ(resp.authorities_size(), 1);
  EXPECT_EQ(resp.authorities(0).name(), "authorities/dk-000002");
  // Germany links nobody: its NIMIC.
  req.set_country("DE");
  ASSERT_TRUE(stub_->FindCompetentAuthorities(Ctx(Reader()).get(), req, &resp).ok());
  ASSERT_EQ(resp.authorities_size(), 1);
  EXPECT_EQ(resp.authorities(0).name(), "authorities/de-000001");

  req.set_country("XX");
  EXPECT_EQ(Details(stub_->FindCompetentAuthorities(Ctx(Reader()).get(), req, &resp)).reason,
            "UNKNOWN_COUNTRY");
  req.set_country("DE");
  req.set_legislative_area("legislativeAreas/astrology");
  EXPECT_EQ(Details(stub_->FindCompetentAuthorities(Ctx(Reader()).get(), req, &resp)).reason,
            "UNKNOWN_LEGISLATIVE_AREA");
}

// ---- Helpdesks --------------------------------------------------------------------

TEST_F(AuthoritiesServiceTest, ListsHelpdesks) {
  v1::ListHelpdesksRequest req;
  v1::ListHelpdesksResponse resp;
  ASSERT_TRUE(stub_->ListHelpdesks(Ctx(Reader()).get(), req, &resp).ok());
  ASSERT_EQ(resp.helpdesks_size(), 2);
  EXPECT_EQ(resp.helpdesks(0).name(), "helpdesks/dk");
  EXPECT_EQ(resp.helpdesks(0).authority(), "authorities/dk-000001");
  EXPECT_EQ(resp.helpdesks(0).contact().email(), "imi@erst.dk");
  EXPECT_EQ(resp.helpdesks(0).display_name(), "IMI Helpdesk Denmark");  // default "en"
  EXPECT_FALSE(resp.helpdesks(0).etag().empty());
  EXPECT_EQ(resp.helpdesks(1).name(), "helpdesks/eu");
  req.set_language("fr");
  ASSERT_TRUE(stub_->ListHelpdesks(Ctx(Reader()).get(), req, &resp).ok());
  EXPECT_EQ(resp.helpdesks(0).display_name(), "IMI-helpdesk Danmark");  // no French: the first
  EXPECT_EQ(resp.helpdesks(1).display_name(), "Service d'assistance IMI");
  req.set_country("EU");
  ASSERT_TRUE(stub_->ListHelpdesks(Ctx(Reader()).get(), req, &resp).ok());
  ASSERT_EQ(resp.helpdesks_size(), 1);
  EXPECT_EQ(resp.helpdesks(0).country(), "EU");
  req.set_country("XX");
  EXPECT_EQ(Details(stub_->ListHelpdesks(Ctx(Reader()).get(), req, &resp)).reason,
            "UNKNOWN_COUNTRY");
  req.set_country("");
  req.set_language("dk");
  RpcError lang = Details(stub_->ListHelpdesks(Ctx(Reader()).get(), req, &resp));
  EXPECT_EQ(lang.reason, "UNSUPPORTED_LANGUAGE");
  EXPECT_THAT(lang.fields, ElementsAre("language"));
}

TEST_F(AuthoritiesServiceTest, HelpdeskNamesPerLanguageWithTheAuthoritiesFallback) {
  v1::Helpdesk dk;
  ASSERT_TRUE(GetHelpdesk("helpdesks/dk", &dk, "da").ok());
  EXPECT_EQ(dk.display_name(), "IMI-helpdesk Danmark");
  ASSERT_TRUE(GetHelpdesk("helpdesks/dk", &dk, "en").ok());
  EXPECT_EQ(dk.display_name(), "IMI Helpdesk Denmark");
  ASSERT_TRUE(GetHelpdesk("helpdesks/dk", &dk, "fi").ok());
  EXPECT_EQ(dk.display_name(), "IMI-helpdesk Danmark") << "no Finnish name: the first, as for "
                                                          "authorities";
  ASSERT_TRUE(GetHelpdesk("helpdesks/dk", &dk).ok());
  EXPECT_EQ(dk.display_name(), "IMI Helpdesk Denmark") << "default language: en";
  ASSERT_EQ(dk.names_size(), 2);
  EXPECT_EQ(dk.names(0).language(), "da");
  EXPECT_EQ(dk.names(0).name(), "IMI-helpdesk Danmark");
  EXPECT_EQ(dk.names(1).language(), "en");
  EXPECT_EQ(dk.country(), "DK");
  EXPECT_EQ(dk.authority(), "authorities/dk-000001");
  EXPECT_THAT(dk.languages(), ElementsAre("da", "en"));
  EXPECT_EQ(dk.etag(), "W/\"1\"");
  EXPECT_GT(dk.update_time().seconds(), 0);

  v1::Helpdesk none;
  RpcError bad_lang = Details(GetHelpdesk("helpdesks/dk", &none, "xx"));
  EXPECT_EQ(bad_lang.reason, "UNSUPPORTED_LANGUAGE");
  RpcError bad_name = Details(GetHelpdesk("helpdesks/DK", &none));
  EXPECT_EQ(bad_name.code, grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_EQ(bad_name.reason, "INVALID_NAME");
  EXPECT_THAT(bad_name.fields, ElementsAre("name"));
  for (const char* missing : {"helpdesks/xx", "helpdesks/se"}) {
    RpcError e = Details(GetHelpdesk(missing, &none));
    EXPECT_EQ(e.code, grpc::StatusCode::NOT_FOUND) << missing;
    EXPECT_EQ(e.reason, "HELPDESK_NOT_FOUND") << missing;
    EXPECT_EQ(e.metadata["name"], missing);
  }
}

TEST_F(AuthoritiesServiceTest, NimicUpdatesItsHelpdeskWithHistoryAndEvent) {
  const v1::Helpdesk before = MustGetHelpdesk("helpdesks/dk");
  v1::Helpdesk values;
  values.set_name("helpdesks/dk");
  values.set_etag(before.etag());
  auto add = [&](const char* language, const char* name) {
    auto* n = values.add_names();
    n->set_language(language);
    n->set_name(name);
  };
  add("da", "Dansk IMI-helpdesk");
  add("en", "Danish IMI Helpdesk");
  add("de", "Dänischer IMI-Helpdesk");
  values.mutable_contact()->set_email("imi-helpdesk@erst.dk");
  values.add_languages("da");
  values.add_languages("en");
  values.add_languages("de");
  v1::Helpdesk updated;
  grpc::Status s =
      UpdateHelpdesk(DkNimic(), values, {"names", "contact.email", "languages"}, &updated);
  ASSERT_TRUE(s.ok()) << s.error_message();
  EXPECT_NE(updated.etag(), before.etag());
  EXPECT_EQ(updated.names_size(), 3);
  EXPECT_EQ(updated.contact().email(), "imi-helpdesk@erst.dk");
  EXPECT_EQ(updated.contact().phone(), "+45 35 29 10 00") << "outside the mask: kept";
  EXPECT_EQ(updated.authority(), "authorities/dk-000001");

  v1::Helpdesk german;
  ASSERT_TRUE(GetHelpdesk("helpdesks/dk", &german, "de").ok());
  EXPECT_EQ(german.display_name(), "Dänischer IMI-Helpdesk");
  EXPECT_EQ(german.etag(), updated.etag());
  EXPECT_THAT(HelpdeskHistory("DK"),
              ElementsAre("CREATED serviceAccounts/fixture ",
                          "UPDATED users/dk-nimic names,contact.email,languages"));
  // The event, for other services; the pre-0005 column follows the first name.
  EXPECT_EQ(SqlValue("SELECT count(*) FROM outbox WHERE stream = 'imi.directory.helpdesk'"
                     " AND type = 'HelpdeskUpdated' AND aggregate = 'helpdesks/dk'"),
            "1");
  EXPECT_EQ(SqlValue("SELECT display_name FROM helpdesks WHERE country = 'DK'"),
            "Dansk IMI-helpdesk");

  // The same values again change nothing.
  values.set_etag(updated.etag());
  v1::Helpdesk again;
  ASSERT_TRUE(UpdateHelpdesk(DkNimic(), values, {"names"}, &again).ok());
  EXPECT_EQ(again.etag(), updated.etag());
  EXPECT_EQ(HelpdeskHistory("DK").size(), 2u);

  // The Commission manages every helpdesk, its own included.
  v1::Helpdesk eu_values;
  eu_values.set_name("helpdesks/eu");
  eu_values.mutable_contact()->set_phone("+32 2 299 11 11");
  v1::Helpdesk eu;
  ASSERT_TRUE(UpdateHelpdesk(Commission(), eu_values, {"contact.phone"}, &eu).ok());
  EXPECT_EQ(eu.contact().phone(), "+32 2 299 11 11");
  EXPECT_EQ(eu.contact().email(), "imi-helpdesk@ec.europa.eu");
  values.set_etag("");
  ASSERT_TRUE(UpdateHelpdesk(Commission(), values, {"contact.email"}, &updated).ok());
}

TEST_F(AuthoritiesServiceTest, OnlyTheCountrysNimicOrTheCommissionUpdateAHelpdesk) {
  const v1::Helpdesk before = MustGetHelpdesk("helpdesks/dk");
  v1::Helpdesk values = before;
  values.mutable_contact()->set_email("overtaget@example.dk");
  struct Refused {
    std::string who, token, name, rule;
  };
  const std::vector<Refused> refused = {
      {"another country's NIMIC", DeNimic(), "helpdesks/dk", "OTHER_COUNTRY"},
      {"a competent authority's administrator", LocalAdmin("dk-000010"), "helpdesks/dk",
       "NIMIC_ONLY"},
      {"a regional coordinator", DkSdimic(), "helpdesks/dk", "NIMIC_ONLY"},
      {"a NIMIC user without a managing role",
       Token("dk-000001", "DK", {{"*", {roles::kBasicUser}}}), "helpdesks/dk", "MISSING_ROLE"},
      {"a NIMIC on the Commission's helpdesk", DkNimic(), "helpdesks/eu", "COMMISSION_ONLY"},
      {"a Commission user without a managing role",
       Token("eu-000001", "EU", {{"*", {roles::kHelpdesk}}}), "helpdesks/dk", "MISSING_ROLE"},
  };
  for (const auto& r : refused) {
    values.set_name(r.name);
    values.set_country("");
    v1::Helpdesk out;
    RpcError e = Details(UpdateHelpdesk(r.token, values, {"contact"}, &out));
    EXPECT_EQ(e.code, grpc::StatusCode::PERMISSION_DENIED) << r.who;
    EXPECT_EQ(e.reason, "OUTSIDE_REMIT") << r.who;
    EXPECT_EQ(e.metadata["rule"], r.rule) << r.who;
  }
  const v1::Helpdesk after = MustGetHelpdesk("helpdesks/dk");
  EXPECT_EQ(after.etag(), before.etag()) << "refused updates change nothing";
  EXPECT_EQ(after.contact().email(), "imi@erst.dk");
  EXPECT_EQ(MustGetHelpdesk("helpdesks/eu").etag(), "W/\"1\"");
  EXPECT_EQ(HelpdeskHistory("DK").size(), 1u);
  EXPECT_EQ(SqlValue("SELECT count(*) FROM outbox WHERE stream = 'imi.directory.helpdesk'"
                     " AND type = 'HelpdeskUpdated'"),
            "0");
  // A NIMIC's local data administrator may.
  values.set_name("helpdesks/dk");
  v1::Helpdesk out;
  ASSERT_TRUE(UpdateHelpdesk(LocalAdmin("dk-000001"), values, {"contact"}, &out).ok());
  EXPECT_EQ(out.contact().email(), "overtaget@example.dk");
}

TEST_F(AuthoritiesServiceTest, HelpdeskStaleEtagIsAborted) {
  const v1::Helpdesk before = MustGetHelpdesk("helpdesks/dk");
  v1::Helpdesk values;
  values.set_name("helpdesks/dk");
  values.set_etag(before.etag());
  values.mutable_contact()->set_phone("+45 35 29 10 01");
  v1::Helpdesk first;
  ASSERT_TRUE(UpdateHelpdesk(DkNimic(), values, {"contact.phone"}, &first).ok());
  values.mutable_contact()->set_phone("+45 35 29 10 02");  // with the etag read before
  v1::Helpdesk out;
  RpcError stale = Details(UpdateHelpdesk(DkNimic(), values, {"contact.phone"}, &out));
  EXPECT_EQ(stale.code, grpc::StatusCode::ABORTED);
  EXPECT_EQ(stale.reason, "ETAG_MISMATCH");
  EXPECT_EQ(stale.metadata["name"], "helpdesks/dk");
  EXPECT_EQ(stale.metadata["etag"], first.etag());
  EXPECT_EQ(MustGetHelpdesk("helpdesks/dk").contact().phone(), "+45 35 29 10 01");
}

TEST_F(AuthoritiesServiceTest, HelpdeskBadInputNamesTheFieldAndChangesNothing) {
  const v1::Helpdesk before = MustGetHelpdesk("helpdesks/dk");
  struct Case {
    std::function<void(v1::Helpdesk&)> change;
    std::vector<std::string> paths;
    std::string reason, field;
  };
  const std::vector<Case> cases = {
      {[](auto& h) { h.mutable_names(1)->set_language("xx"); },
       {"names"},
       "UNSUPPORTED_LANGUAGE",
       "helpdesk.names[1].language"},
      {[](auto& h) { h.mutable_names(1)->set_language("da"); },
       {"names"},
       "DUPLICATE_VALUE",
       "helpdesk.names[1].language"},
      {[](auto& h) { h.mutable_names(0)->set_name("  "); },
       {"names"},
       "REQUIRED_FIELD",
       "helpdesk.names[0].name"},
      {[](auto& h) { h.clear_names(); }, {"names"}, "REQUIRED_FIELD", "helpdesk.names"},
      {[](auto& h) { h.mutable_names()->DeleteSubrange(0, 1); },
       {"names"},
       "INVALID_VALUE",
       "helpdesk.names"},
      {[](auto& h) { h.mutable_contact()->set_email("imi at erst.dk"); },
       {"contact.email"},
       "INVALID_EMAIL",
       "helpdesk.contact.email"},
      {[](auto& h) { h.mutable_contact()->set_website("http://erst.dk"); },
       {"contact"},
       "INVALID_URL",
       "helpdesk.contact.website"},
      {[](auto& h) { h.add_languages("tlh"); },
       {"languages"},
       "UNSUPPORTED_LANGUAGE",
       "helpdesk.languages[2]"},
      {[](auto& h) {}, {"authority"}, "INVALID_UPDATE_MASK", "update_mask"},
      {[](auto& h) {}, {"display_name"}, "INVALID_UPDATE_MASK", "update_mask"},
      {[](auto& h) {}, {}, "INVALID_UPDATE_MASK", "update_mask"},
      {[](auto& h) { h.set_name("helpdesks/Denmark"); },
       {"names"},
       "INVALID_NAME",
       "helpdesk.name"},
      {[](auto& h) { h.set_country("SE"); }, {"names"}, "INVALID_VALUE", "helpdesk.country"},
  };
  for (size_t i = 0; i < cases.size(); ++i) {
    v1::Helpdesk values = before;
    values.clear_etag();
    cases[i].change(values);
    v1::Helpdesk out;
    RpcError e = Details(UpdateHelpdesk(DkNimic(), values, cases[i].paths, &out));
    EXPECT_EQ(e.code, grpc::StatusCode::INVALID_ARGUMENT) << i;
    EXPECT_EQ(e.reason, cases[i].reason) << i;
    EXPECT_THAT(e.fields, ElementsAre(cases[i].field)) << i;
  }
  const v1::Helpdesk after = MustGetHelpdesk("helpdesks/dk");
  EXPECT_EQ(after.etag(), before.etag());
  EXPECT_EQ(after.names_size(), 2);
  EXPECT_EQ(HelpdeskHistory("DK").size(), 1u);
}

TEST_F(AuthoritiesServiceTest, UpdatingAnUnknownHelpdeskIsNotFound) {
  v1::Helpdesk values;
  values.add_names()->set_language("en");
  values.mutable_names(0)->set_name("Nowhere");
  for (const char* missing : {"helpdesks/xx", "helpdesks/se"}) {
    values.set_name(missing);
    v1::Helpdesk out;
    RpcError e = Details(UpdateHelpdesk(Commission(), values, {"names"}, &out));
    EXPECT_EQ(e.code, grpc::StatusCode::NOT_FOUND) << missing;
    EXPECT_EQ(e.reason, "HELPDESK_NOT_FOUND") << missing;
  }
  EXPECT_EQ(SqlValue("SELECT count(*) FROM helpdesks"), "2");
}

// Migration 0005 turns each existing single display_name into the name in the
// country's first language (English for the Commission's).
TEST(HelpdeskMigrationTest, ExistingDisplayNamesBecomeNamesInTheCountrysLanguage) {
  imi::testing::ServiceDb db = imi::testing::PostgresServer::Get().CreateServiceSchema("directory");
  pg::Pool pool(db.pool_options);
  std::vector<pg::Migration> before_0005;
  for (const auto& m : Migrations()) {
    if (m.component != "directory" || m.version < 5) before_0005.push_back(m);
  }
  ASSERT_LT(before_0005.size(), Migrations().size());
  auto migrated = pg::MigrateWhenReachable(pool, before_0005, std::chrono::seconds(10));
  ASSERT_TRUE(migrated.ok()) << migrated.status();
  absl::Status s = pool.Transact(pg::TxMode::kReadWrite, [](pqxx::work& tx) {
    tx.exec0(
        "INSERT INTO helpdesks (country, display_name, email, languages) VALUES"
        " ('BE', 'Nationale IMI-helpdesk', 'imi@economie.example.be', '{nl,fr,de,en}'),"
        " ('NO', 'Nasjonal IMI-brukerstøtte', '', '{nb,en}'),"
        " ('EU', 'IMI Helpdesk', '', '{en,fr,de}')");
    return absl::OkStatus();
  });
  ASSERT_TRUE(s.ok()) << s;
  migrated = pg::MigrateWhenReachable(pool, Migrations(), std::chrono::seconds(10));
  ASSERT_TRUE(migrated.ok()) << migrated.status();
  EXPECT_THAT(migrated->applied, ::testing::Contains("0005_helpdesk_names"));

  PgAuthorityStore store(&pool);
  auto desks = store.ListHelpdesks("");
  ASSERT_TRUE(desks.ok()) << desks.status();
  ASSERT_EQ(desks->size(), 3u);
  EXPECT_EQ((*desks)[0].country, "BE");
  EXPECT_THAT((*desks)[0].names, ElementsAre(AuthorityName{"nl", "Nationale IMI-helpdesk"}));
  EXPECT_EQ((*desks)[0].contact.email, "imi@economie.example.be");
  EXPECT_THAT((*desks)[1].names, ElementsAre(AuthorityName{"en", "IMI Helpdesk"}));
  EXPECT_THAT((*desks)[2].names, ElementsAre(AuthorityName{"nb", "Nasjonal IMI-brukerstøtte"}));
  EXPECT_EQ((*desks)[2].version, 1);
  for (const auto& h : *desks) {
    EXPECT_TRUE(ValidateHelpdesk(h, "").ok()) << h.country << ": migrated rows are valid";
  }
}

// ---- Cache ---------------------------------------------------------------------

TEST_F(AuthoritiesServiceTest, CacheServesHotReadsAndUpdatesInvalidateIt) {
  const std::string name = "authorities/dk-000011";
  const v1::Authority first = MustGet(name);
  const auto after_miss = cache_->stats();
  EXPECT_GE(after_miss.misses, 1);
  MustGet(name);
  EXPECT_EQ(cache_->stats().hits, after_miss.hits + 1);

  // A change made behind the cache's back is not seen: the read is a hit.
  Sql("UPDATE authorities SET region = 'BEHIND' WHERE id = 'dk-000011'");
  EXPECT_EQ(MustGet(name).region(), "Syddanmark");

  // A change through the service invalidates at once.
  v1::Authority values;
  values.set_name(name);
  values.set_acronym("AF");
  v1::Authority updated;
  ASSERT_TRUE(Update(DkNimic(), values, {"acronym"}, &updated).ok());
  EXPECT_EQ(MustGet(name).acronym(), "AF");

  // Searches are cached too, and see changes at once.
  EXPECT_THAT(Names(Search("Arkitektforeningen")), ElementsAre(name));
  const long long hits = cache_->stats().hits;
  EXPECT_THAT(Names(Search("Arkitektforeningen")), ElementsAre(name));
  EXPECT_GT(cache_->stats().hits, hits);
  values.add_names()->set_language("da");
  values.mutable_names(0)->set_name("Danske Arkitekter");
  ASSERT_TRUE(Update(DkNimic(), values, {"names"}, &updated).ok());
  const v1::SearchAuthoritiesResponse after = Search("Arkitektforeningen");
  for (const auto& m : after.matches()) {
    EXPECT_EQ(m.authority().names(0).name(), "Danske Arkitekter") << "no stale cached page";
  }
  EXPECT_THAT(Names(Search("Danske Arkitekter")), ElementsAre(name));
}

TEST_F(AuthoritiesServiceTest, OutboxEventsInvalidateTheCacheOfOtherReplicas) {
  const std::string name = "authorities/de-000013";
  EXPECT_EQ(MustGet(name).region(), "Bayern");
  MustGet(name);  // cached

  // Another replica changes it: the row and its event commit together; this
  // replica's cache knows nothing yet.
  absl::Status s = pool_->Transact(pg::TxMode::kReadWrite, [&](pqxx::work& tx) {
    tx.exec0("UPDATE authorities SET region = 'Oberbayern', version = version + 1"
             " WHERE id = 'de-000013'");
    events::Event e;
    e.stream = kAuthorityStream;
    e.type = "AuthorityUpdated";
    e.aggregate = name;
    return events::Enqueue(tx, e);
  });
  ASSERT_TRUE(s.ok()) << s;
  EXPECT_EQ(MustGet(name).region(), "Bayern");

  // The relay publishes it; the directory's consumer deletes the key.
  events::Consumer consumer(
      *redis_,
      events::ConsumerOptions{.stream = kAuthorityStream,
                              .group = "directory-cache",
                              .consumer = "test",
                              .start_id = "0",
                              .block = std::chrono::milliseconds(20)},
      [this](const events::Event& e) { return cache_->HandleEvent(e); });
  events::Relay relay(*pool_, *redis_);
  int published = 0;
  for (int i = 0; i < 50 && published == 0; ++i) {
    auto n = relay.PublishOnce();
    ASSERT_TRUE(n.ok()) << n.status();
    published += *n;
  }
  EXPECT_GE(published, 1);
  int handled = 0;
  for (int i = 0; i < 50 && handled < published; ++i) {
    auto n = consumer.PollOnce();
    ASSERT_TRUE(n.ok()) << n.status();
    handled += *n;
  }
  EXPECT_EQ(MustGet(name).region(), "Oberbayern");
}

TEST_F(AuthoritiesServiceTest, RedisOutageDegradesToDatabaseReads) {
  const std::string name = "authorities/dk-000010";
  MustGet(name);
  EXPECT_FALSE(Names(Search("Patientsikkerhed")).empty());

  imi::testing::RedisServer::Get().Stop();
  const long long errors = cache_->stats().errors;
  for (int i = 0; i < 3; ++i) {
    v1::Authority a;
    grpc::Status got = Get(name, &a);
    ASSERT_TRUE(got.ok()) << got.error_message();
    EXPECT_EQ(a.name(), name);
    EXPECT_THAT(Names(Search("Patientsikkerhed")), ElementsAre(name));
  }
  EXPECT_GT(cache_->stats().errors, errors);
  v1::Authority values;
  values.set_name(name);
  values.set_acronym("STPS");
  v1::Authority updated;
  ASSERT_TRUE(Update(DkNimic(), values, {"acronym"}, &updated).ok()) << "writes work too";
  EXPECT_EQ(MustGet(name).acronym(), "STPS");

  imi::testing::RedisServer::Get().Start();
  std::this_thread::sleep_for(std::chrono::milliseconds(150));  // past retry_after
  EXPECT_EQ(MustGet(name).acronym(), "STPS");
  const long long hits = cache_->stats().hits;
  EXPECT_EQ(MustGet(name).acronym(), "STPS");
  EXPECT_EQ(cache_->stats().hits, hits + 1) << "the cache is used again";
}

// ---- Import --------------------------------------------------------------------

std::string WriteLines(const std::vector<std::string>& lines) {
  char path[] = "/tmp/imi-directory-import-XXXXXX";
  int fd = mkstemp(path);
  EXPECT_GE(fd, 0);
  close(fd);
  std::ofstream out(path);
  for (const auto& l : lines) out << l << "\n";
  return path;
}

std::string Json(const google::protobuf::Message& m) {
  std::string out;
  EXPECT_TRUE(google::protobuf::util::MessageToJsonString(m, &out).ok());
  return out;
}

TEST_F(AuthoritiesServiceTest, ImportIsIdempotent) {
  std::vector<std::string> lines;
  for (int i = 1; i <= 3; ++i) {
    AuthorityRecord r = A("lt-00000" + std::to_string(i),
                          i == 1 ? AuthorityKind::kNimic : AuthorityKind::kCompetentAuthority,
                          "LT", {{"lt", "Institucija " + std::to_string(i)}});
    if (i > 1) {
      r.supervising_coordinator = "lt-000001";
      r.areas = {Access("services", {"teisininkas"},
                        {{"INCOMING_ALERT_COORDINATOR", "lt-000001"}})};
    }
    v1::Authority a;
    ToProto(r, "", &a);
    a.clear_etag();
    a.clear_update_time();
    a.clear_create_time();
    lines.push_back(Json(a));
  }
  lines.push_back("");
  // A helpdesk file from before names: one display_name (in Lithuanian), and
  // one in the current format.
  v1::Helpdesk h;
  h.set_country("LT");
  h.set_authority("authorities/lt-000001");
  h.set_display_name("IMI pagalba");
  v1::Helpdesk lu;
  lu.set_name("helpdesks/lu");
  for (const auto& [language, name] :
       std::vector<std::pair<std::string, std::string>>{{"fr", "Service d'assistance IMI national"},
                                                        {"de", "Nationaler IMI-Helpdesk"},
                                                        {"en", "National IMI Helpdesk"}}) {
    auto* n = lu.add_names();
    n->set_language(language);
    n->set_name(name);
  }
  lu.add_languages("fr");
  const std::string file = WriteLines(lines);
  const std::string helpdesks = WriteLines({Json(h), Json(lu)});
  const long long before = CountAuthorities();

  ImportOptions options{.authorities_file = file, .helpdesks_file = helpdesks};
  auto first = ImportFiles(*pg_store_, options);
  ASSERT_TRUE(first.ok()) << first.status();
  EXPECT_EQ(first->authorities_read, 3);
  EXPECT_EQ(first->authorities_inserted, 3);
  EXPECT_EQ(first->helpdesks_written, 2);
  const v1::Helpdesk lt = MustGetHelpdesk("helpdesks/lt");
  ASSERT_EQ(lt.names_size(), 1);
  EXPECT_EQ(lt.names(0).language(), "lt") << "the old display_name: the country's language";
  EXPECT_EQ(lt.names(0).name(), "IMI pagalba");
  v1::Helpdesk lu_de;
  ASSERT_TRUE(GetHelpdesk("helpdesks/lu", &lu_de, "de").ok());
  EXPECT_EQ(lu_de.display_name(), "Nationaler IMI-Helpdesk");
  EXPECT_EQ(lu_de.names_size(), 3);
  EXPECT_THAT(HelpdeskHistory("LU"), ElementsAre("CREATED serviceAccounts/directory-import "));
  auto second = ImportFiles(*pg_store_, options);
  ASSERT_TRUE(second.ok()) << second.status();
  EXPECT_EQ(second->authorities_inserted, 0);
  EXPECT_EQ(second->authorities_unchanged, 3);
  EXPECT_EQ(second->helpdesks_written, 0);
  EXPECT_EQ(MustGetHelpdesk("helpdesks/lt").etag(), lt.etag()) << "unchanged: not rewritten";
  // A re-import leaves helpdesks changed through the API as they are.
  v1::Helpdesk lu_values;
  lu_values.set_name("helpdesks/lu");
  lu_values.add_names()->set_language("fr");
  lu_values.mutable_names(0)->set_name("Helpdesk IMI Luxembourg");
  v1::Helpdesk lu_updated;
  ASSERT_TRUE(UpdateHelpdesk(Commission(), lu_values, {"names"}, &lu_updated).ok());
  auto third = ImportFiles(*pg_store_, options);
  ASSERT_TRUE(third.ok()) << third.status();
  EXPECT_EQ(third->helpdesks_written, 0);
  EXPECT_EQ(MustGetHelpdesk("helpdesks/lu").names_size(), 1);
  EXPECT_EQ(CountAuthorities(), before + 3);
  EXPECT_THAT(History("authorities/lt-000002"), ElementsAre("CREATED"));

  // Imported authorities are searchable and found as competent.
  EXPECT_THAT(Names(Search("institucija 2")), ::testing::Contains("authorities/lt-000002"));
  v1::FindCompetentAuthoritiesRequest find;
  find.set_legislative_area("legislativeAreas/services");
  find.set_country("LT");
  find.set_coordinator_role(v1::INCOMING_ALERT_COORDINATOR);
  v1::FindCompetentAuthoritiesResponse found;
  ASSERT_TRUE(stub_->FindCompetentAuthorities(Ctx(Reader()).get(), find, &found).ok());
  ASSERT_EQ(found.authorities_size(), 1);
  EXPECT_EQ(found.authorities(0).name(), "authorities/lt-000001");

  // New registrations do not collide with imported ids.
  v1::Authority created;
  ASSERT_TRUE(Create(Commission(), NewAuthority("LT", "lt", "Nauja institucija"), &created).ok());
  EXPECT_EQ(CountAuthorities(), before + 4);

  // With --import-replace, changed lines overwrite.
  v1::Authority changed;
  ASSERT_TRUE(google::protobuf::util::JsonStringToMessage(lines[2], &changed).ok());
  changed.set_acronym("INST3");
  lines[2] = Json(changed);
  options.authorities_file = WriteLines(lines);
  options.replace = true;
  auto replaced = ImportFiles(*pg_store_, options);
  ASSERT_TRUE(replaced.ok()) << replaced.status();
  EXPECT_EQ(replaced->authorities_replaced, 1);
  EXPECT_EQ(replaced->authorities_unchanged, 2);
  EXPECT_EQ(MustGet("authorities/lt-000003").acronym(), "INST3");
  // ... and helpdesks that differ from the file (LU), not the others (LT).
  EXPECT_EQ(replaced->helpdesks_written, 1);
  EXPECT_EQ(MustGetHelpdesk("helpdesks/lu").names_size(), 3);
  EXPECT_EQ(MustGetHelpdesk("helpdesks/lt").etag(), lt.etag());
  EXPECT_THAT(HelpdeskHistory("LU"),
              ElementsAre("CREATED serviceAccounts/directory-import ", "UPDATED users/ec names",
                          "UPDATED serviceAccounts/directory-import "));
}

TEST_F(AuthoritiesServiceTest, ImportRejectsBadFilesAndWritesNothing) {
  const long long before = CountAuthorities();
  v1::Authority ok;
  ok.set_name("authorities/lv-000001");
  ok.set_kind(v1::NIMIC);
  ok.set_country("LV");
  ok.add_names()->set_language("lv");
  ok.mutable_names(0)->set_name("Ekonomikas ministrija");
  v1::Authority bad_country = ok;
  bad_country.set_name("authorities/xx-000001");
  bad_country.set_country("XX");
  v1::Authority dangling = ok;
  dangling.set_name("authorities/lv-000002");
  dangling.set_supervising_coordinator("authorities/lv-999999");
  const std::string file =
      WriteLines({Json(ok), Json(bad_country), "{not json", Json(ok), Json(dangling)});
  v1::Helpdesk desk;
  desk.set_name("helpdesks/lv");
  desk.add_names()->set_language("lv");
  desk.mutable_names(0)->set_name("IMI palīdzības dienests");
  v1::Helpdesk bad_language = desk;
  bad_language.add_names()->set_language("xx");
  bad_language.mutable_names(1)->set_name("?");
  v1::Helpdesk bad_email = desk;
  bad_email.set_name("helpdesks/ee");
  bad_email.mutable_names(0)->set_language("et");
  bad_email.mutable_contact()->set_email("imi at mkm.ee");
  const std::string helpdesks = WriteLines({Json(bad_language), Json(bad_email)});
  auto r = ImportFiles(*pg_store_, {.authorities_file = file, .helpdesks_file = helpdesks});
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), absl::StatusCode::kInvalidArgument);
  const std::string message(r.status().message());
  EXPECT_THAT(message, ::testing::HasSubstr(file + ":2: country"));
  EXPECT_THAT(message, ::testing::HasSubstr(file + ":3: not an imi.directory.v1.Authority"));
  EXPECT_THAT(message, ::testing::HasSubstr(file + ":4: name: authorities/lv-000001 appears twice"));
  EXPECT_THAT(message, ::testing::HasSubstr(file + ":5: supervising_coordinator"));
  EXPECT_THAT(message, ::testing::HasSubstr(helpdesks + ":1: names[1].language"));
  EXPECT_THAT(message, ::testing::HasSubstr(helpdesks + ":2: contact.email"));
  EXPECT_EQ(CountAuthorities(), before);
  EXPECT_EQ(SqlValue("SELECT count(*) FROM helpdesks"), "2");
}

}  // namespace
}  // namespace imi::directory
