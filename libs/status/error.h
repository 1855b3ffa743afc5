// Structured errors: an absl::Status that also carries a machine-readable
// reason (google.rpc.ErrorInfo) and, for invalid input, the fields at fault
// (google.rpc.BadRequest).
//
// Services do not call these directly from handlers: each service keeps its
// own small `errors.h` catalogue built on top of them, so that every reason a
// client can see is listed in one place.
//
// Example:
//   return imi::Error(absl::StatusCode::kNotFound, "directory.imi",
//                     "LEGISLATIVE_AREA_NOT_FOUND",
//                     absl::StrCat("legislative area '", code, "' does not exist"))
//       .With("name", "legislativeAreas/" + code);   // ErrorInfo metadata
//
//   return imi::InvalidField("directory.imi", "INVALID_PAGE_SIZE",
//                            "page_size", "must be between 0 and 1000");
//
// The payload survives copies of the status and is read back by
// ErrorReason()/FieldViolations() and by ToGrpcStatus() (grpc_status.h).
#ifndef IMI_LIBS_STATUS_ERROR_H_
#define IMI_LIBS_STATUS_ERROR_H_

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"

namespace imi {

// One field of a request that is invalid, as in google.rpc.BadRequest.
struct FieldViolation {
  std::string field;        // proto field path, e.g. "page_size", "area.names[fr]"
  std::string description;  // what is wrong with it, for a human
};

// Builder for a structured error; converts implicitly to absl::Status.
class Error {
 public:
  // REQUIRES: code != kOk; reason is UPPER_SNAKE_CASE; domain like "directory.imi".
  Error(absl::StatusCode code, absl::string_view domain, absl::string_view reason,
        absl::string_view message);

  // Adds an ErrorInfo metadata entry (e.g. the resource name at fault).
  Error& With(absl::string_view key, absl::string_view value) &;
  Error&& With(absl::string_view key, absl::string_view value) &&;
  // Adds a BadRequest field violation.
  Error& Field(absl::string_view field, absl::string_view description) &;
  Error&& Field(absl::string_view field, absl::string_view description) &&;

  absl::Status status() const;
  operator absl::Status() const { return status(); }  // NOLINT: by design

 private:
  absl::StatusCode code_;
  std::string domain_;
  std::string reason_;
  std::string message_;
  std::map<std::string, std::string> metadata_;
  std::vector<FieldViolation> violations_;
};

// INVALID_ARGUMENT naming one field; the message is "<field>: <description>".
absl::Status InvalidField(absl::string_view domain, absl::string_view reason,
                          absl::string_view field, absl::string_view description);

// The ErrorInfo reason attached to `status`, or "" if there is none.
std::string ErrorReason(const absl::Status& status);
// The ErrorInfo domain attached to `status`, or "" if there is none.
std::string ErrorDomain(const absl::Status& status);
// The ErrorInfo metadata attached to `status` (empty if none).
std::map<std::string, std::string> ErrorMetadata(const absl::Status& status);
// The BadRequest field violations attached to `status` (empty if none).
std::vector<FieldViolation> FieldViolations(const absl::Status& status);

// A one-line description for logs: "CODE: message [REASON]" (no payload bytes).
std::string Describe(const absl::Status& status);

// Marks `status` as carrying a message meant for logs only (for example a
// libpq error naming hosts, ports, tables or values). ToGrpcStatus() sends
// the client a generic message for the code instead; the server logs the
// original. Libraries wrapping infrastructure (libs/pg, libs/redis) mark every
// error they return; domain errors built with imi::Error are never marked.
absl::Status MarkInternalDetail(absl::Status status);
// True if MarkInternalDetail() was applied.
bool HasInternalDetail(const absl::Status& status);

}  // namespace imi

#endif  // IMI_LIBS_STATUS_ERROR_H_
