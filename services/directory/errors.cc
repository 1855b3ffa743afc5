#include "services/directory/errors.h"

#include "absl/strings/str_cat.h"
#include "libs/status/error.h"

namespace imi::directory::errors {

absl::Status LegislativeAreaNotFound(const std::string& code) {
  return Error(absl::StatusCode::kNotFound, kDomain, "LEGISLATIVE_AREA_NOT_FOUND",
               absl::StrCat("legislative area '", code, "' does not exist"))
      .With("name", "legislativeAreas/" + code);
}

absl::Status InvalidName(const std::string& field, const std::string& value,
                         const std::string& pattern) {
  return Error(absl::StatusCode::kInvalidArgument, kDomain, "INVALID_NAME",
               absl::StrCat(field, ": '", value, "' is not a valid name; expected ", pattern))
      .With("field", field)
      .Field(field, absl::StrCat("expected ", pattern));
}

absl::Status UnsupportedLanguage(const std::string& field, const std::string& value) {
  return Error(absl::StatusCode::kInvalidArgument, kDomain, "UNSUPPORTED_LANGUAGE",
               absl::StrCat(field, ": '", value,
                            "' is not one of the 26 IMI languages (ISO 639-1, lowercase)"))
      .With("field", field)
      .Field(field, "must be one of the 26 IMI language codes, e.g. \"da\"");
}

absl::Status InvalidPageSize(int value, int max) {
  return InvalidField(kDomain, "INVALID_PAGE_SIZE", "page_size",
                      absl::StrCat("must be between 0 and ", max, ", got ", value));
}

absl::Status InvalidPageToken(const std::string& why) {
  return InvalidField(kDomain, "INVALID_PAGE_TOKEN", "page_token", why);
}

}  // namespace imi::directory::errors
