// Errors every resource-oriented API returns the same way (AIP conventions),
// built for a service's error domain. Each service's errors.h catalogue
// re-exports the ones it uses, so its reasons stay listed in one place.
//
//   return api::InvalidPageSize(errors::kDomain, request.page_size(), 1000);
#ifndef IMI_LIBS_STATUS_API_ERRORS_H_
#define IMI_LIBS_STATUS_API_ERRORS_H_

#include <string>

#include "absl/status/status.h"

namespace imi::api {

// INVALID_ARGUMENT, INVALID_NAME: `field` is not a `<collection>/{id}` name;
// `pattern` says what was expected, e.g. "legislativeAreas/{code}".
absl::Status InvalidName(const char* domain, const std::string& field, const std::string& value,
                         const std::string& pattern);
// INVALID_ARGUMENT, UNSUPPORTED_LANGUAGE: not one of the 26 IMI languages.
absl::Status UnsupportedLanguage(const char* domain, const std::string& field,
                                 const std::string& value);
// INVALID_ARGUMENT, INVALID_PAGE_SIZE on field page_size: outside [0, max].
absl::Status InvalidPageSize(const char* domain, int value, int max);
// INVALID_ARGUMENT, INVALID_PAGE_TOKEN on field page_token.
absl::Status InvalidPageToken(const char* domain, const std::string& why);

}  // namespace imi::api

#endif  // IMI_LIBS_STATUS_API_ERRORS_H_
