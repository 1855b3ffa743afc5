#include "libs/status/api_errors.h"

#include "absl/strings/str_cat.h"
#include "libs/status/error.h"

namespace imi::api {

absl::Status InvalidName(const char* domain, const std::string& field, const std::string& value,
                         const std::string& pattern) {
  return Error(absl::StatusCode::kInvalidArgument, domain, "INVALID_NAME",
               absl::StrCat(field, ": '", value, "' is not a valid name; expected ", pattern))
      .With("field", field)
      .Field(field, absl::StrCat("expected ", pattern));
}

absl::Status UnsupportedLanguage(const char* domain, const std::string& field,
                                 const std::string& value) {
  return Error(absl::StatusCode::kInvalidArgument, domain, "UNSUPPORTED_LANGUAGE",
               absl::StrCat(field, ": '", value,
                            "' is not one of the 26 IMI languages (ISO 639-1, lowercase)"))
      .With("field", field)
      .Field(field, "must be one of the 26 IMI language codes, e.g. \"da\"");
}

absl::Status InvalidPageSize(const char* domain, int value, int max) {
  return InvalidField(domain, "INVALID_PAGE_SIZE", "page_size",
                      absl::StrCat("must be between 0 and ", max, ", got ", value));
}

absl::Status InvalidPageToken(const char* domain, const std::string& why) {
  return InvalidField(domain, "INVALID_PAGE_TOKEN", "page_token", why);
}

}  // namespace imi::api
