// Low-level pieces of the compact JWS format shared by TokenSigner and
// TokenVerifier. Most code wants those classes, not this header.
//
// Token layout (RFC 7515 compact serialization, RFC 8037 EdDSA):
//   base64url(header) "." base64url(payload) "." base64url(ed25519 signature)
// with header {"alg":"EdDSA","typ":"JWT","kid":"<key id>"} and base64url
// without padding (RFC 7515 §2).
#ifndef IMI_LIBS_AUTH_JWS_H_
#define IMI_LIBS_AUTH_JWS_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace imi::auth {

// The only JWS algorithm accepted and produced.
inline constexpr char kJwsAlgorithm[] = "EdDSA";
// Tokens longer than this are rejected before any parsing.
inline constexpr std::size_t kMaxTokenBytes = 8 * 1024;

// base64url without padding (RFC 4648 §5).
std::string Base64UrlEncode(std::string_view data);

// Strict inverse of Base64UrlEncode: rejects padding, characters outside the
// base64url alphabet, impossible lengths (len % 4 == 1) and non-canonical
// encodings (non-zero unused trailing bits), so each byte string has exactly
// one accepted encoding. Returns nullopt on any of those.
std::optional<std::string> Base64UrlDecode(std::string_view encoded);

// The key id of an Ed25519 public key: the first 16 lowercase hex characters
// of SHA-256(raw 32-byte public key).
std::string KeyIdFromRawPublicKey(std::string_view raw_public_key);

}  // namespace imi::auth

#endif  // IMI_LIBS_AUTH_JWS_H_
