// Early-return helpers for absl::Status / absl::StatusOr<T>.
//
// Abseil 20220623 (Debian 12) has no ABSL_RETURN_IF_ERROR, so the suite
// defines its own, once, here.
//
// Example:
//   absl::StatusOr<Area> Load(std::string_view code) {
//     IMI_RETURN_IF_ERROR(ValidateCode(code));
//     IMI_ASSIGN_OR_RETURN(Row row, store_->Get(code));
//     return ToArea(row);
//   }
#ifndef IMI_LIBS_STATUS_STATUS_MACROS_H_
#define IMI_LIBS_STATUS_STATUS_MACROS_H_

#include <utility>

#include "absl/status/status.h"
#include "absl/status/statusor.h"

#define IMI_STATUS_CONCAT_INNER_(a, b) a##b
#define IMI_STATUS_CONCAT_(a, b) IMI_STATUS_CONCAT_INNER_(a, b)

// Evaluates `expr` (an absl::Status); returns it from the enclosing function
// unless it is OK.
#define IMI_RETURN_IF_ERROR(expr)                          \
  do {                                                     \
    ::absl::Status imi_status_ = (expr);                   \
    if (!imi_status_.ok()) return imi_status_;             \
  } while (false)

// Evaluates `rexpr` (an absl::StatusOr<T>); on error returns its status from
// the enclosing function, otherwise moves the value into `lhs`, which may be a
// declaration (`Foo foo`) or an existing variable.
#define IMI_ASSIGN_OR_RETURN(lhs, rexpr)                                     \
  IMI_ASSIGN_OR_RETURN_IMPL_(IMI_STATUS_CONCAT_(imi_statusor_, __LINE__), \
                             lhs, rexpr)

#define IMI_ASSIGN_OR_RETURN_IMPL_(statusor, lhs, rexpr) \
  auto statusor = (rexpr);                               \
  if (!statusor.ok()) return std::move(statusor).status(); \
  lhs = std::move(statusor).value()

#endif  // IMI_LIBS_STATUS_STATUS_MACROS_H_
