// SHA-256 as lowercase hex, for cache keys and request fingerprints (stable
// across processes and builds, unlike absl::Hash or std::hash).
#ifndef IMI_SERVICES_TRANSLATION_SHA256_H_
#define IMI_SERVICES_TRANSLATION_SHA256_H_

#include <string>
#include <string_view>

namespace imi::translation {

// 64 lowercase hex digits. Thread-safe.
std::string Sha256Hex(std::string_view data);

}  // namespace imi::translation

#endif  // IMI_SERVICES_TRANSLATION_SHA256_H_
