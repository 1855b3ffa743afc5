#include "libs/status/grpc_status.h"

#include <string>

#include "absl/strings/ascii.h"
#include "google/rpc/error_details.pb.h"
#include "google/rpc/status.pb.h"
#include "libs/status/error.h"

namespace imi {
namespace {

constexpr char kTypePrefix[] = "type.googleapis.com/";

std::string CodeReason(absl::StatusCode code) {
  return absl::AsciiStrToUpper(absl::StatusCodeToString(code));
}

// What a client is told when the real message is for the logs only.
std::string GenericMessage(absl::StatusCode code) {
  switch (code) {
    case absl::StatusCode::kUnavailable:
      return "a backing service is unavailable; retry later";
    case absl::StatusCode::kDeadlineExceeded:
      return "the operation took too long";
    case absl::StatusCode::kAborted:
      return "the operation conflicted with a concurrent change; retry";
    case absl::StatusCode::kAlreadyExists:
      return "the data conflicts with existing data";
    case absl::StatusCode::kFailedPrecondition:
      return "the stored data does not allow this operation";
    case absl::StatusCode::kPermissionDenied:
      return "the server is not allowed to do this";
    case absl::StatusCode::kInvalidArgument:
      return "the request contains a value the server cannot store";
    default:
      return "internal error; the server logged the details";
  }
}

}  // namespace

grpc::Status ToGrpcStatus(const absl::Status& status) {
  if (status.ok()) return grpc::Status::OK;
  const bool hide = status.code() == absl::StatusCode::kInternal ||
                    status.code() == absl::StatusCode::kUnknown ||
                    status.code() == absl::StatusCode::kDataLoss || HasInternalDetail(status);
  std::string message = hide ? GenericMessage(status.code()) : std::string(status.message());

  google::rpc::Status rpc;
  rpc.set_code(static_cast<int>(status.code()));
  rpc.set_message(message);
  bool has_info = false;
  status.ForEachPayload([&](absl::string_view url, const absl::Cord& payload) {
    if (url.rfind(kTypePrefix, 0) != 0) return;
    // Hidden errors keep only their code: no metadata that could leak.
    if (hide) return;
    auto* any = rpc.add_details();
    any->set_type_url(std::string(url));
    any->set_value(std::string(payload));
    if (url == "type.googleapis.com/google.rpc.ErrorInfo") has_info = true;
  });
  if (!has_info) {
    google::rpc::ErrorInfo info;
    info.set_reason(CodeReason(status.code()));
    info.set_domain("imi");
    rpc.add_details()->PackFrom(info);
  }
  return grpc::Status(static_cast<grpc::StatusCode>(status.code()), message,
                      rpc.SerializeAsString());
}

absl::Status FromGrpcStatus(const grpc::Status& status) {
  if (status.ok()) return absl::OkStatus();
  absl::Status out(static_cast<absl::StatusCode>(status.error_code()),
                   status.error_message());
  google::rpc::Status rpc;
  if (!status.error_details().empty() &&
      rpc.ParseFromString(status.error_details())) {
    for (const auto& any : rpc.details()) {
      out.SetPayload(any.type_url(), absl::Cord(any.value()));
    }
  }
  return out;
}

}  // namespace imi
