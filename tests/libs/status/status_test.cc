#include "gmock/gmock.h"
#include "google/rpc/error_details.pb.h"
#include "google/rpc/status.pb.h"
#include "gtest/gtest.h"
#include "libs/status/error.h"
#include "libs/status/grpc_status.h"
#include "libs/status/status_macros.h"

namespace imi {
namespace {

absl::StatusOr<int> Half(int n) {
  if (n % 2) return absl::InvalidArgumentError("odd");
  return n / 2;
}

absl::StatusOr<int> Quarter(int n) {
  IMI_ASSIGN_OR_RETURN(int half, Half(n));
  IMI_ASSIGN_OR_RETURN(half, Half(half));  // assigning to an existing variable
  return half;
}

absl::Status Check(int n) {
  IMI_RETURN_IF_ERROR(Half(n).status());
  return absl::OkStatus();
}

TEST(StatusMacrosTest, ReturnEarlyOnErrorAndUnwrapOnSuccess) {
  EXPECT_EQ(*Quarter(8), 2);
  EXPECT_EQ(Quarter(6).status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_TRUE(Check(2).ok());
  EXPECT_EQ(Check(3).message(), "odd");
}

TEST(ErrorTest, CarriesReasonDomainMetadataAndFieldViolations) {
  absl::Status s = Error(absl::StatusCode::kInvalidArgument, "directory.imi", "BAD_THING", "bad")
                       .With("name", "authorities/1")
                       .Field("display_name", "must not be empty")
                       .Field("country", "unknown");
  EXPECT_EQ(s.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(s.message(), "bad");
  EXPECT_EQ(ErrorReason(s), "BAD_THING");
  EXPECT_EQ(ErrorDomain(s), "directory.imi");
  EXPECT_EQ(ErrorMetadata(s).at("name"), "authorities/1");
  auto v = FieldViolations(s);
  ASSERT_EQ(v.size(), 2u);
  EXPECT_EQ(v[0].field, "display_name");
  EXPECT_EQ(v[1].description, "unknown");
  // A plain status has none of it.
  EXPECT_EQ(ErrorReason(absl::NotFoundError("x")), "");
  EXPECT_TRUE(FieldViolations(absl::NotFoundError("x")).empty());
}

TEST(ErrorTest, DescribesStatusesForLogsWithoutPayloadBytes) {
  EXPECT_EQ(Describe(Error(absl::StatusCode::kNotFound, "d.imi", "AREA_NOT_FOUND", "no area")),
            "NOT_FOUND: no area [AREA_NOT_FOUND]");
  EXPECT_EQ(Describe(absl::OkStatus()), "OK");
}

TEST(ErrorTest, InvalidFieldNamesTheFieldInMessageAndDetails) {
  absl::Status s = InvalidField("x.imi", "INVALID_PAGE_SIZE", "page_size", "too big");
  EXPECT_EQ(s.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(s.message(), "page_size: too big");
  EXPECT_EQ(FieldViolations(s)[0].field, "page_size");
}

google::rpc::Status Decode(const grpc::Status& s) {
  google::rpc::Status rpc;
  EXPECT_TRUE(rpc.ParseFromString(s.error_details()));
  return rpc;
}

TEST(GrpcStatusTest, PutsErrorInfoAndBadRequestIntoStatusDetails) {
  grpc::Status g = ToGrpcStatus(
      Error(absl::StatusCode::kNotFound, "d.imi", "AREA_NOT_FOUND", "no such area")
          .Field("name", "unknown"));
  EXPECT_EQ(g.error_code(), grpc::StatusCode::NOT_FOUND);
  EXPECT_EQ(g.error_message(), "no such area");
  google::rpc::Status rpc = Decode(g);
  EXPECT_EQ(rpc.code(), 5);
  google::rpc::ErrorInfo info;
  google::rpc::BadRequest bad;
  bool saw_info = false, saw_bad = false;
  for (const auto& any : rpc.details()) {
    if (any.UnpackTo(&info)) saw_info = true;
    if (any.UnpackTo(&bad)) saw_bad = true;
  }
  ASSERT_TRUE(saw_info && saw_bad);
  EXPECT_EQ(info.reason(), "AREA_NOT_FOUND");
  EXPECT_EQ(info.domain(), "d.imi");
  EXPECT_EQ(bad.field_violations(0).field(), "name");
}

TEST(GrpcStatusTest, EveryErrorGetsAReasonAndInternalDetailsStayOnTheServer) {
  grpc::Status g = ToGrpcStatus(absl::InternalError("password=hunter2 in connection string"));
  EXPECT_EQ(g.error_code(), grpc::StatusCode::INTERNAL);
  EXPECT_THAT(g.error_message(), ::testing::Not(::testing::HasSubstr("hunter2")));
  EXPECT_THAT(g.error_details(), ::testing::Not(::testing::HasSubstr("hunter2")));
  google::rpc::ErrorInfo info;
  ASSERT_TRUE(Decode(g).details(0).UnpackTo(&info));
  EXPECT_EQ(info.reason(), "INTERNAL");

  grpc::Status unavailable = ToGrpcStatus(absl::UnavailableError("db down"));
  EXPECT_EQ(unavailable.error_message(), "db down");
  ASSERT_TRUE(Decode(unavailable).details(0).UnpackTo(&info));
  EXPECT_EQ(info.reason(), "UNAVAILABLE");
  EXPECT_TRUE(ToGrpcStatus(absl::OkStatus()).ok());
}

TEST(GrpcStatusTest, InfrastructureDetailsNeverReachTheClient) {
  absl::Status db = MarkInternalDetail(absl::UnavailableError(
      "could not connect to server: host=10.0.0.7 port=5432 user=directory"));
  EXPECT_TRUE(HasInternalDetail(db));
  grpc::Status g = ToGrpcStatus(db);
  EXPECT_EQ(g.error_code(), grpc::StatusCode::UNAVAILABLE);
  EXPECT_THAT(g.error_message(), ::testing::Not(::testing::HasSubstr("10.0.0.7")));
  EXPECT_THAT(g.error_details(), ::testing::Not(::testing::HasSubstr("10.0.0.7")));
  google::rpc::ErrorInfo info;
  ASSERT_TRUE(Decode(g).details(0).UnpackTo(&info));
  EXPECT_EQ(info.reason(), "UNAVAILABLE");
  // A domain error is shown as written.
  EXPECT_FALSE(HasInternalDetail(absl::NotFoundError("x")));
}

TEST(GrpcStatusTest, RoundTripsForServiceToServiceCalls) {
  absl::Status original =
      Error(absl::StatusCode::kFailedPrecondition, "t.imi", "MT_PAIR_UNAVAILABLE", "no engine")
          .Field("target_language", "no route");
  absl::Status back = FromGrpcStatus(ToGrpcStatus(original));
  EXPECT_EQ(back.code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_EQ(back.message(), "no engine");
  EXPECT_EQ(ErrorReason(back), "MT_PAIR_UNAVAILABLE");
  EXPECT_EQ(FieldViolations(back)[0].field, "target_language");
  EXPECT_TRUE(FromGrpcStatus(grpc::Status::OK).ok());
}

}  // namespace
}  // namespace imi
