#include "libs/auth/errors.h"

#include "libs/status/error.h"

namespace imi::auth {

absl::Status Unauthenticated(absl::string_view reason,
                             absl::string_view message) {
  return imi::Error(absl::StatusCode::kUnauthenticated, kErrorDomain, reason,
                    message);
}

}  // namespace imi::auth
