#include "services/directory/errors.h"

#include "absl/strings/str_cat.h"
#include "libs/status/api_errors.h"
#include "libs/status/error.h"

namespace imi::directory::errors {

absl::Status LegislativeAreaNotFound(const std::string& code) {
  return Error(absl::StatusCode::kNotFound, kDomain, "LEGISLATIVE_AREA_NOT_FOUND",
               absl::StrCat("legislative area '", code, "' does not exist"))
      .With("name", "legislativeAreas/" + code);
}

absl::Status InvalidName(const std::string& field, const std::string& value,
                         const std::string& pattern) {
  return api::InvalidName(kDomain, field, value, pattern);
}

absl::Status UnsupportedLanguage(const std::string& field, const std::string& value) {
  return api::UnsupportedLanguage(kDomain, field, value);
}

absl::Status InvalidPageSize(int value, int max) { return api::InvalidPageSize(kDomain, value, max); }

absl::Status InvalidPageToken(const std::string& why) { return api::InvalidPageToken(kDomain, why); }

absl::Status AuthorityNotFound(const std::string& id) {
  return Error(absl::StatusCode::kNotFound, kDomain, "AUTHORITY_NOT_FOUND",
               absl::StrCat("authority 'authorities/", id, "' does not exist"))
      .With("name", "authorities/" + id);
}

absl::Status HelpdeskNotFound(const std::string& name) {
  return Error(absl::StatusCode::kNotFound, kDomain, "HELPDESK_NOT_FOUND",
               absl::StrCat("helpdesk '", name, "' does not exist"))
      .With("name", name);
}

namespace {
absl::Status Invalid(const char* reason, const std::string& field, const std::string& why) {
  return Error(absl::StatusCode::kInvalidArgument, kDomain, reason, absl::StrCat(field, ": ", why))
      .With("field", field)
      .Field(field, why);
}
}  // namespace

absl::Status RequiredField(const std::string& field, const std::string& what) {
  return Invalid("REQUIRED_FIELD", field, absl::StrCat("is required (", what, ")"));
}

absl::Status InvalidValue(const std::string& field, const std::string& why) {
  return Invalid("INVALID_VALUE", field, why);
}

absl::Status UnknownCountry(const std::string& field, const std::string& value) {
  return Invalid("UNKNOWN_COUNTRY", field,
                 absl::StrCat("'", value,
                              "' is not one of the 30 EEA countries (ISO 3166-1 alpha-2, "
                              "uppercase, e.g. \"DK\"), or \"EU\" for the Commission"));
}

absl::Status InvalidEmail(const std::string& field, const std::string& value) {
  return Invalid("INVALID_EMAIL", field,
                 absl::StrCat("'", value, "' is not an e-mail address (name@domain.tld)"));
}

absl::Status InvalidPhone(const std::string& field, const std::string& value) {
  return Invalid("INVALID_PHONE", field,
                 absl::StrCat("'", value,
                              "' is not a telephone number in international format "
                              "(e.g. \"+45 33 92 33 00\")"));
}

absl::Status InvalidUrl(const std::string& field, const std::string& value) {
  return Invalid("INVALID_URL", field,
                 absl::StrCat("'", value, "' is not an https URL (https://host/path)"));
}

absl::Status DuplicateValue(const std::string& field, const std::string& value) {
  return Invalid("DUPLICATE_VALUE", field, absl::StrCat("'", value, "' appears more than once"));
}

absl::Status UnknownLegislativeArea(const std::string& field, const std::string& code) {
  return Invalid("UNKNOWN_LEGISLATIVE_AREA", field,
                 absl::StrCat("legislative area 'legislativeAreas/", code, "' does not exist"));
}

absl::Status UnknownAuthority(const std::string& field, const std::string& id,
                              const std::string& why) {
  return Invalid("UNKNOWN_AUTHORITY", field, absl::StrCat("'authorities/", id, "' ", why));
}

absl::Status InvalidUpdateMask(const std::string& path, const std::string& why) {
  return Error(absl::StatusCode::kInvalidArgument, kDomain, "INVALID_UPDATE_MASK",
               absl::StrCat("update_mask: '", path, "' ", why))
      .With("field", "update_mask")
      .With("path", path)
      .Field("update_mask", absl::StrCat("'", path, "' ", why));
}

absl::Status InvalidRequestId(const std::string& why) {
  return Invalid("INVALID_REQUEST_ID", "request_id", why);
}

absl::Status OutsideRemit(const std::string& rule, const std::string& message) {
  return Error(absl::StatusCode::kPermissionDenied, kDomain, "OUTSIDE_REMIT", message)
      .With("rule", rule);
}

absl::Status EtagMismatch(const std::string& name, const std::string& given,
                          const std::string& current) {
  return Error(absl::StatusCode::kAborted, kDomain, "ETAG_MISMATCH",
               absl::StrCat("'", name, "' has changed (etag ", current, ", request had ", given,
                            "); read it again and retry"))
      .With("name", name)
      .With("etag", current);
}

absl::Status InvalidStateTransition(const std::string& id, const std::string& state,
                                    const std::string& action) {
  return Error(absl::StatusCode::kFailedPrecondition, kDomain, "INVALID_STATE_TRANSITION",
               absl::StrCat("authority 'authorities/", id, "' is ", state, ": cannot ", action))
      .With("name", "authorities/" + id)
      .With("state", state)
      .With("action", action);
}

absl::Status AreaNotGranted(const std::string& id, const std::string& area) {
  return Error(absl::StatusCode::kFailedPrecondition, kDomain, "AREA_NOT_GRANTED",
               absl::StrCat("authority 'authorities/", id,
                            "' has no access to 'legislativeAreas/", area, "'"))
      .With("name", "authorities/" + id)
      .With("legislative_area", "legislativeAreas/" + area);
}

absl::Status IncompleteRegistration(const std::string& field, const std::string& why) {
  return Error(absl::StatusCode::kFailedPrecondition, kDomain, "INCOMPLETE_REGISTRATION",
               absl::StrCat(field, ": ", why))
      .With("field", field);
}

absl::Status RequestIdReused(const std::string& request_id) {
  return Error(absl::StatusCode::kAlreadyExists, kDomain, "REQUEST_ID_REUSED",
               absl::StrCat("request_id '", request_id,
                            "' was already used for a different request"))
      .With("request_id", request_id);
}

}  // namespace imi::directory::errors
