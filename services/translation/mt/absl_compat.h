// Debian's Abseil (20220623) keeps its own absl::string_view type
// (ABSL_OPTION_USE_STD_STRING_VIEW 0), so std::string_view does not convert
// to it implicitly. The mt layer's API uses std::string_view; this bridges
// to Abseil's string functions internally. Include from .cc files only.
#ifndef IMI_SERVICES_TRANSLATION_MT_ABSL_COMPAT_H_
#define IMI_SERVICES_TRANSLATION_MT_ABSL_COMPAT_H_

#include <string_view>

#include "absl/strings/string_view.h"

namespace imi::translation::mt {

inline absl::string_view AV(std::string_view s) { return {s.data(), s.size()}; }
inline std::string_view SV(absl::string_view s) { return {s.data(), s.size()}; }

}  // namespace imi::translation::mt

#endif  // IMI_SERVICES_TRANSLATION_MT_ABSL_COMPAT_H_
