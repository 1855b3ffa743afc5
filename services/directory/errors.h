// Every error the directory service can return to a client, in one place.
// Domain: "directory.imi". Reasons are stable API: clients switch on them.
#ifndef IMI_SERVICES_DIRECTORY_ERRORS_H_
#define IMI_SERVICES_DIRECTORY_ERRORS_H_

#include <string>

#include "absl/status/status.h"

namespace imi::directory::errors {

inline constexpr char kDomain[] = "directory.imi";

// NOT_FOUND, LEGISLATIVE_AREA_NOT_FOUND.
absl::Status LegislativeAreaNotFound(const std::string& code);
// INVALID_ARGUMENT, INVALID_NAME: `field` is not a `<collection>/{id}` name.
absl::Status InvalidName(const std::string& field, const std::string& value,
                         const std::string& pattern);
// INVALID_ARGUMENT, UNSUPPORTED_LANGUAGE: not one of the 26 IMI languages.
absl::Status UnsupportedLanguage(const std::string& field, const std::string& value);
// INVALID_ARGUMENT, INVALID_PAGE_SIZE.
absl::Status InvalidPageSize(int value, int max);
// INVALID_ARGUMENT, INVALID_PAGE_TOKEN.
absl::Status InvalidPageToken(const std::string& why);

}  // namespace imi::directory::errors

#endif  // IMI_SERVICES_DIRECTORY_ERRORS_H_
