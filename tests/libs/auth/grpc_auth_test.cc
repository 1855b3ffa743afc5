// ParseBearer directly, and Authenticate through a real in-process gRPC
// server (a generic callback service, so no proto is needed).
#include "libs/auth/grpc_auth.h"

#include <grpcpp/generic/async_generic_service.h>
#include <grpcpp/generic/generic_stub.h>
#include <grpcpp/grpcpp.h>

#include <future>
#include <memory>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"
#include "libs/auth/errors.h"
#include "libs/auth/testing/token_minter.h"
#include "libs/status/error.h"
#include "libs/status/grpc_status.h"

namespace imi::auth {
namespace {

// --- ParseBearer ------------------------------------------------------------

TEST(ParseBearerTest, ExtractsToken) {
  EXPECT_EQ(*ParseBearer("Bearer abc.def.ghi"), "abc.def.ghi");
  EXPECT_EQ(*ParseBearer("bearer abc"), "abc");
  EXPECT_EQ(*ParseBearer("BEARER   abc  "), "abc");
  EXPECT_EQ(*ParseBearer("\tBearer\tabc"), "abc");
}

TEST(ParseBearerTest, EmptyIsMissing) {
  for (std::string_view h : {"", "   "}) {
    absl::Status s = ParseBearer(h).status();
    EXPECT_EQ(s.code(), absl::StatusCode::kUnauthenticated);
    EXPECT_EQ(imi::ErrorReason(s), reason::kTokenMissing) << h;
  }
}

TEST(ParseBearerTest, OtherSchemesAndShapesAreMalformed) {
  for (std::string_view h :
       {"Basic dXNlcjpwYXNz", "abc.def.ghi", "Bearer", "Bearer   ", "Bearerabc",
        "Token abc", "Bearer abc def"}) {
    absl::Status s = ParseBearer(h).status();
    EXPECT_EQ(s.code(), absl::StatusCode::kUnauthenticated) << h;
    EXPECT_EQ(imi::ErrorReason(s), reason::kTokenMalformed) << h;
    EXPECT_EQ(s.message().find("dXNlcjpwYXNz"), std::string_view::npos);
  }
}

// --- Authenticate through a real server -------------------------------------

// Answers every method: authenticates the caller, replies with the
// principal's user name or fails with the auth status.
class WhoAmIService : public grpc::CallbackGenericService {
 public:
  explicit WhoAmIService(TokenVerifier verifier)
      : verifier_(std::move(verifier)) {}

  grpc::ServerGenericBidiReactor* CreateReactor(
      grpc::GenericCallbackServerContext* ctx) override {
    class Reactor : public grpc::ServerGenericBidiReactor {
     public:
      explicit Reactor(absl::StatusOr<Principal> who) {
        if (!who.ok()) {
          Finish(imi::ToGrpcStatus(who.status()));
          return;
        }
        slice_ = grpc::Slice(who->user);
        response_ = grpc::ByteBuffer(&slice_, 1);
        StartWriteAndFinish(&response_, grpc::WriteOptions(), grpc::Status::OK);
      }
      void OnDone() override { delete this; }

     private:
      grpc::Slice slice_;
      grpc::ByteBuffer response_;
    };
    return new Reactor(Authenticate(*ctx, verifier_));
  }

 private:
  TokenVerifier verifier_;
};

class AuthenticateTest : public ::testing::Test {
 protected:
  AuthenticateTest() : service_(minter_.verifier()) {
    grpc::ServerBuilder builder;
    int port = 0;
    builder.AddListeningPort("127.0.0.1:0", grpc::InsecureServerCredentials(),
                             &port);
    builder.RegisterCallbackGenericService(&service_);
    server_ = builder.BuildAndStart();
    channel_ = grpc::CreateChannel(absl::StrCat("127.0.0.1:", port),
                                   grpc::InsecureChannelCredentials());
  }
  ~AuthenticateTest() override { server_->Shutdown(); }

  // Calls the server with the given authorization values; returns the
  // user name on success, else the status with its details restored.
  absl::StatusOr<std::string> Call(
      const std::vector<std::string>& authorization) {
    grpc::GenericStub stub(channel_);
    grpc::ClientContext ctx;
    ctx.set_deadline(std::chrono::system_clock::now() +
                     std::chrono::seconds(10));
    for (const auto& value : authorization) {
      ctx.AddMetadata("authorization", value);
    }
    grpc::Slice slice(std::string("ping"));
    grpc::ByteBuffer request(&slice, 1);
    grpc::ByteBuffer response;
    std::promise<grpc::Status> done;
    stub.UnaryCall(&ctx, "/imi.test.WhoAmI/Get", grpc::StubOptions(), &request,
                   &response,
                   [&done](grpc::Status s) { done.set_value(std::move(s)); });
    grpc::Status status = done.get_future().get();
    if (!status.ok()) return imi::FromGrpcStatus(status);
    std::vector<grpc::Slice> slices;
    if (!response.Dump(&slices).ok()) return absl::InternalError("dump");
    std::string body;
    for (const auto& s : slices) {
      body.append(reinterpret_cast<const char*>(s.begin()), s.size());
    }
    return body;
  }

  testing::TokenMinter minter_;
  WhoAmIService service_;
  std::unique_ptr<grpc::Server> server_;
  std::shared_ptr<grpc::Channel> channel_;
};

TEST_F(AuthenticateTest, ValidBearerTokenYieldsPrincipal) {
  absl::StatusOr<std::string> who =
      Call({"Bearer " + minter_.Mint({.user = "users/42"})});
  ASSERT_TRUE(who.ok()) << who.status();
  EXPECT_EQ(*who, "users/42");
}

TEST_F(AuthenticateTest, MissingMetadataIsTokenMissing) {
  absl::StatusOr<std::string> who = Call({});
  EXPECT_EQ(who.status().code(), absl::StatusCode::kUnauthenticated);
  EXPECT_EQ(imi::ErrorReason(who.status()), reason::kTokenMissing);
  EXPECT_EQ(imi::ErrorDomain(who.status()), kErrorDomain);
}

TEST_F(AuthenticateTest, NonBearerSchemeIsMalformed) {
  absl::StatusOr<std::string> who = Call({"Basic dXNlcjpwYXNz"});
  EXPECT_EQ(who.status().code(), absl::StatusCode::kUnauthenticated);
  EXPECT_EQ(imi::ErrorReason(who.status()), reason::kTokenMalformed);
}

TEST_F(AuthenticateTest, TwoAuthorizationEntriesAreMalformed) {
  std::string token = minter_.Mint();
  absl::StatusOr<std::string> who =
      Call({"Bearer " + token, "Bearer " + token});
  EXPECT_EQ(imi::ErrorReason(who.status()), reason::kTokenMalformed);
}

TEST_F(AuthenticateTest, VerifierRejectionsPassThrough) {
  absl::StatusOr<std::string> who = Call({"Bearer " + minter_.MintExpired()});
  EXPECT_EQ(who.status().code(), absl::StatusCode::kUnauthenticated);
  EXPECT_EQ(imi::ErrorReason(who.status()), reason::kTokenExpired);

  testing::TokenMinter stranger;
  who = Call({"Bearer " + stranger.Mint()});
  EXPECT_EQ(imi::ErrorReason(who.status()), reason::kTokenUnknownKey);
}

}  // namespace
}  // namespace imi::auth
