// The directory through a real gRPC server, backed by a real PostgreSQL
// schema migrated with the service's own migrations and seed data.
#include <memory>
#include <set>

#include "gmock/gmock.h"
#include "google/rpc/error_details.pb.h"
#include "google/rpc/status.pb.h"
#include "grpcpp/client_context.h"
#include "grpcpp/health_check_service_interface.h"
#include "gtest/gtest.h"
#include "imi/directory/v1/directory.grpc.pb.h"
#include "libs/auth/testing/token_minter.h"
#include "libs/i18n/languages.h"
#include "libs/pg/migrations.h"
#include "libs/pg/pool.h"
#include "libs/status/error.h"
#include "libs/testing/grpc_server.h"
#include "libs/testing/rpc_error.h"
#include "libs/testing/postgres_server.h"
#include "services/directory/directory_service.h"
#include "services/directory/directory_store.h"
#include "services/directory/migrations.h"
#include "grpc/health/v1/health.grpc.pb.h"

namespace imi::directory {
namespace {

using v1::DirectoryService;

using imi::testing::RpcError;

RpcError Details(const grpc::Status& status) { return imi::testing::ErrorOf(status); }

class DirectoryServiceTest : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = imi::testing::PostgresServer::Get().CreateServiceSchema("directory");
    pool_ = std::make_unique<pg::Pool>(db_.pool_options);
    auto migrated = pg::MigrateWhenReachable(*pool_, Migrations(), std::chrono::seconds(10));
    ASSERT_TRUE(migrated.ok()) << migrated.status();
    store_ = std::make_unique<PgDirectoryStore>(pool_.get());
    areas_ = std::make_unique<LegislativeAreas>(store_.get());
    verifier_ = std::make_unique<auth::TokenVerifier>(minter_.verifier());
    service_ = std::make_unique<DirectoryServiceImpl>(areas_.get(), verifier_.get());
    server_ = std::make_unique<imi::testing::GrpcTestServer>(
        std::vector<grpc::Service*>{service_.get()},
        [this] { return pg::CheckReady(*pool_, Migrations()); });
    stub_ = DirectoryService::NewStub(server_->channel());
  }

  std::unique_ptr<grpc::ClientContext> Context(const std::string& token) {
    auto ctx = std::make_unique<grpc::ClientContext>();
    if (!token.empty()) ctx->AddMetadata("authorization", "Bearer " + token);
    return ctx;
  }
  std::unique_ptr<grpc::ClientContext> Authorized() {
    return Context(minter_.Mint({.country = "IT"}));
  }

  imi::testing::ServiceDb db_;
  std::unique_ptr<pg::Pool> pool_;
  std::unique_ptr<PgDirectoryStore> store_;
  std::unique_ptr<LegislativeAreas> areas_;
  auth::testing::TokenMinter minter_;
  std::unique_ptr<auth::TokenVerifier> verifier_;
  std::unique_ptr<DirectoryServiceImpl> service_;
  std::unique_ptr<imi::testing::GrpcTestServer> server_;
  std::unique_ptr<DirectoryService::Stub> stub_;
};

TEST_F(DirectoryServiceTest, SeedsTheRealAreasWithNamesInAll26Languages) {
  v1::ListLegislativeAreasRequest request;
  request.set_page_size(100);
  v1::ListLegislativeAreasResponse response;
  grpc::Status status = stub_->ListLegislativeAreas(Authorized().get(), request, &response);
  ASSERT_TRUE(status.ok()) << status.error_message();
  std::set<std::string> codes;
  for (const auto& area : response.legislative_areas()) {
    codes.insert(area.code());
    EXPECT_EQ(area.name(), "legislativeAreas/" + area.code());
    EXPECT_EQ(area.names_size(), 26) << area.code();
    for (const auto& lang : i18n::kLanguages) {
      EXPECT_FALSE(area.names().at(std::string(lang.code)).empty()) << area.code() << lang.code;
    }
    EXPECT_GT(area.workflows_size(), 0) << area.code();
    EXPECT_GE(area.personal_data_blocked_after_months(), 6);
    EXPECT_LE(area.personal_data_blocked_after_months(), 18);
  }
  for (const char* expected :
       {"professional-qualifications", "services", "posting-of-workers", "patients-rights", "solvit",
        "euro-cash", "ecommerce", "cultural-goods", "public-documents", "gdpr", "cpc", "firearms",
        "road-transport"}) {
    EXPECT_TRUE(codes.count(expected)) << expected;
  }
  EXPECT_EQ(response.total_size(), response.legislative_areas_size());
  EXPECT_TRUE(response.next_page_token().empty());
}

TEST_F(DirectoryServiceTest, RendersTheReadersLanguage) {
  v1::GetLegislativeAreaRequest request;
  request.set_name("legislativeAreas/professional-qualifications");
  request.set_language("da");
  v1::LegislativeArea da;
  ASSERT_TRUE(stub_->GetLegislativeArea(Authorized().get(), request, &da).ok());
  EXPECT_EQ(da.display_language(), "da");
  EXPECT_EQ(da.display_name(), da.names().at("da"));
  EXPECT_NE(da.display_name(), da.names().at("en"));
  EXPECT_FALSE(da.description().empty());
  EXPECT_EQ(da.legal_basis(), "Directive 2005/36/EC");
  EXPECT_THAT(da.workflows(), ::testing::Contains(v1::REQUESTS));

  request.set_language("el");
  v1::LegislativeArea el;
  ASSERT_TRUE(stub_->GetLegislativeArea(Authorized().get(), request, &el).ok());
  EXPECT_EQ(el.display_name(), el.names().at("el"));
  EXPECT_TRUE(el.etag() == da.etag() && !el.etag().empty());
}

TEST_F(DirectoryServiceTest, GdprKeepsBlockedDataLongerAndSolvitNeedsApproval) {
  v1::GetLegislativeAreaRequest request;
  v1::LegislativeArea gdpr, solvit;
  request.set_name("legislativeAreas/gdpr");
  ASSERT_TRUE(stub_->GetLegislativeArea(Authorized().get(), request, &gdpr).ok());
  EXPECT_EQ(gdpr.personal_data_blocked_after_months(), 18);
  request.set_name("legislativeAreas/solvit");
  ASSERT_TRUE(stub_->GetLegislativeArea(Authorized().get(), request, &solvit).ok());
  EXPECT_TRUE(solvit.request_approval_required());
}

TEST_F(DirectoryServiceTest, UnknownAreaIsNotFoundWithReason) {
  v1::GetLegislativeAreaRequest request;
  request.set_name("legislativeAreas/astrology");
  v1::LegislativeArea area;
  RpcError e = Details(stub_->GetLegislativeArea(Authorized().get(), request, &area));
  EXPECT_EQ(e.code, grpc::StatusCode::NOT_FOUND);
  EXPECT_EQ(e.reason, "LEGISLATIVE_AREA_NOT_FOUND");
}

TEST_F(DirectoryServiceTest, BadInputNamesTheField) {
  v1::ListLegislativeAreasRequest list;
  v1::ListLegislativeAreasResponse response;
  list.set_page_size(5000);
  RpcError size = Details(stub_->ListLegislativeAreas(Authorized().get(), list, &response));
  EXPECT_EQ(size.code, grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_EQ(size.reason, "INVALID_PAGE_SIZE");
  EXPECT_THAT(size.fields, ::testing::ElementsAre("page_size"));

  list.set_page_size(5);
  list.set_page_token("garbage");
  RpcError token = Details(stub_->ListLegislativeAreas(Authorized().get(), list, &response));
  EXPECT_EQ(token.code, grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_EQ(token.reason, "INVALID_PAGE_TOKEN");
  EXPECT_THAT(token.fields, ::testing::ElementsAre("page_token"));

  v1::GetLegislativeAreaRequest get;
  v1::LegislativeArea area;
  get.set_name("legislativeAreas/services");
  get.set_language("klingon");
  RpcError lang = Details(stub_->GetLegislativeArea(Authorized().get(), get, &area));
  EXPECT_EQ(lang.reason, "UNSUPPORTED_LANGUAGE");
  EXPECT_THAT(lang.fields, ::testing::ElementsAre("language"));

  get.set_language("");
  get.set_name("services");
  RpcError name = Details(stub_->GetLegislativeArea(Authorized().get(), get, &area));
  EXPECT_EQ(name.reason, "INVALID_NAME");
  EXPECT_THAT(name.fields, ::testing::ElementsAre("name"));
}

TEST_F(DirectoryServiceTest, PaginatesWithWorkflowFilter) {
  v1::ListLegislativeAreasRequest request;
  request.set_page_size(2);
  request.set_workflow(v1::ALERTS);
  std::vector<std::string> codes;
  int total = -1;
  do {
    v1::ListLegislativeAreasResponse response;
    ASSERT_TRUE(stub_->ListLegislativeAreas(Authorized().get(), request, &response).ok());
    EXPECT_LE(response.legislative_areas_size(), 2);
    for (const auto& a : response.legislative_areas()) {
      codes.push_back(a.code());
      EXPECT_THAT(a.workflows(), ::testing::Contains(v1::ALERTS));
    }
    total = response.total_size();
    request.set_page_token(response.next_page_token());
  } while (!request.page_token().empty());
  EXPECT_EQ(static_cast<int>(codes.size()), total);
  EXPECT_EQ(std::set<std::string>(codes.begin(), codes.end()).size(), codes.size());
  EXPECT_GE(total, 3);  // services, professional qualifications, cpc, ...
}

TEST_F(DirectoryServiceTest, RefusesCallsWithoutAValidToken) {
  v1::GetLegislativeAreaRequest request;
  request.set_name("legislativeAreas/services");
  v1::LegislativeArea area;
  RpcError none = Details(stub_->GetLegislativeArea(Context("").get(), request, &area));
  EXPECT_EQ(none.code, grpc::StatusCode::UNAUTHENTICATED);
  EXPECT_EQ(none.reason, "TOKEN_MISSING");
  RpcError expired =
      Details(stub_->GetLegislativeArea(Context(minter_.MintExpired({})).get(), request, &area));
  EXPECT_EQ(expired.code, grpc::StatusCode::UNAUTHENTICATED);
  EXPECT_EQ(expired.reason, "TOKEN_EXPIRED");
  auth::testing::TokenMinter stranger;  // a key the service does not trust
  RpcError forged = Details(stub_->GetLegislativeArea(Context(stranger.Mint({})).get(), request,
                                                      &area));
  EXPECT_EQ(forged.code, grpc::StatusCode::UNAUTHENTICATED);
}

TEST_F(DirectoryServiceTest, HealthReflectsDatabaseAndMigrations) {
  auto health = grpc::health::v1::Health::NewStub(server_->channel());
  grpc::health::v1::HealthCheckRequest request;
  grpc::health::v1::HealthCheckResponse response;
  grpc::ClientContext ok_ctx;
  ASSERT_TRUE(health->Check(&ok_ctx, request, &response).ok());
  EXPECT_EQ(response.status(), grpc::health::v1::HealthCheckResponse::SERVING);

  // A schema whose migrations are not applied is not ready.
  auto fresh = imi::testing::PostgresServer::Get().CreateServiceSchema("directory");
  pg::Pool fresh_pool(fresh.pool_options);
  EXPECT_EQ(imi::ErrorReason(pg::CheckReady(fresh_pool, Migrations())), "MIGRATION_PENDING");
}

TEST_F(DirectoryServiceTest, EchoesTraceIdAndCountsCallsInMetrics) {
  auto ctx = Authorized();
  ctx->AddMetadata("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
  v1::GetLegislativeAreaRequest request;
  request.set_name("legislativeAreas/services");
  v1::LegislativeArea area;
  ASSERT_TRUE(stub_->GetLegislativeArea(ctx.get(), request, &area).ok());
  auto md = ctx->GetServerInitialMetadata();
  auto it = md.find("trace-id");
  ASSERT_NE(it, md.end());
  EXPECT_EQ(std::string(it->second.data(), it->second.size()), "4bf92f3577b34da6a3ce929d0e0e4736");
  EXPECT_EQ(server_->server().metrics().CallCount(
                "/imi.directory.v1.DirectoryService/GetLegislativeArea", "OK"),
            1);
  EXPECT_NE(server_->server().metrics().Render().find("grpc_server_handling_seconds_bucket"),
            std::string::npos);
}

}  // namespace
}  // namespace imi::directory
