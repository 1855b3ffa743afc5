#include "libs/status/error.h"

#include <utility>

#include "absl/strings/cord.h"
#include "absl/strings/str_cat.h"
#include "google/rpc/error_details.pb.h"

namespace imi {
namespace {

// Payload type URLs are the Any type URLs of the google.rpc messages, so the
// gRPC conversion can copy them into google.rpc.Status.details unchanged.
constexpr char kErrorInfoUrl[] = "type.googleapis.com/google.rpc.ErrorInfo";
constexpr char kBadRequestUrl[] = "type.googleapis.com/google.rpc.BadRequest";

}  // namespace

Error::Error(absl::StatusCode code, absl::string_view domain,
             absl::string_view reason, absl::string_view message)
    : code_(code), domain_(domain), reason_(reason), message_(message) {}

Error& Error::With(absl::string_view key, absl::string_view value) & {
  metadata_[std::string(key)] = std::string(value);
  return *this;
}
Error&& Error::With(absl::string_view key, absl::string_view value) && {
  return std::move(With(key, value));
}
Error& Error::Field(absl::string_view field, absl::string_view description) & {
  violations_.push_back({std::string(field), std::string(description)});
  return *this;
}
Error&& Error::Field(absl::string_view field, absl::string_view description) && {
  return std::move(Field(field, description));
}

absl::Status Error::status() const {
  absl::Status status(code_, message_);
  google::rpc::ErrorInfo info;
  info.set_reason(reason_);
  info.set_domain(domain_);
  for (const auto& [k, v] : metadata_) (*info.mutable_metadata())[k] = v;
  status.SetPayload(kErrorInfoUrl, absl::Cord(info.SerializeAsString()));
  if (!violations_.empty()) {
    google::rpc::BadRequest bad;
    for (const auto& v : violations_) {
      auto* fv = bad.add_field_violations();
      fv->set_field(v.field);
      fv->set_description(v.description);
    }
    status.SetPayload(kBadRequestUrl, absl::Cord(bad.SerializeAsString()));
  }
  return status;
}

absl::Status InvalidField(absl::string_view domain, absl::string_view reason,
                          absl::string_view field, absl::string_view description) {
  return Error(absl::StatusCode::kInvalidArgument, domain, reason,
               absl::StrCat(field, ": ", description))
      .With("field", field)
      .Field(field, description);
}

namespace {
bool ReadInfo(const absl::Status& status, google::rpc::ErrorInfo* info) {
  auto payload = status.GetPayload(kErrorInfoUrl);
  return payload.has_value() && info->ParseFromString(std::string(*payload));
}
}  // namespace

std::string ErrorReason(const absl::Status& status) {
  google::rpc::ErrorInfo info;
  return ReadInfo(status, &info) ? info.reason() : "";
}

std::string ErrorDomain(const absl::Status& status) {
  google::rpc::ErrorInfo info;
  return ReadInfo(status, &info) ? info.domain() : "";
}

std::map<std::string, std::string> ErrorMetadata(const absl::Status& status) {
  google::rpc::ErrorInfo info;
  std::map<std::string, std::string> out;
  if (ReadInfo(status, &info)) {
    for (const auto& [k, v] : info.metadata()) out[k] = v;
  }
  return out;
}

std::vector<FieldViolation> FieldViolations(const absl::Status& status) {
  std::vector<FieldViolation> out;
  auto payload = status.GetPayload(kBadRequestUrl);
  google::rpc::BadRequest bad;
  if (payload.has_value() && bad.ParseFromString(std::string(*payload))) {
    for (const auto& v : bad.field_violations()) {
      out.push_back({v.field(), v.description()});
    }
  }
  return out;
}

std::string Describe(const absl::Status& status) {
  if (status.ok()) return "OK";
  std::string out = absl::StrCat(absl::StatusCodeToString(status.code()), ": ", status.message());
  std::string reason = ErrorReason(status);
  if (!reason.empty()) absl::StrAppend(&out, " [", reason, "]");
  return out;
}

namespace {
constexpr char kInternalDetailUrl[] = "imi/internal-detail";
}  // namespace

absl::Status MarkInternalDetail(absl::Status status) {
  if (!status.ok()) status.SetPayload(kInternalDetailUrl, absl::Cord("1"));
  return status;
}

bool HasInternalDetail(const absl::Status& status) {
  return status.GetPayload(kInternalDetailUrl).has_value();
}

}  // namespace imi
