#include "libs/auth/token_verifier.h"

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <algorithm>
#include <array>
#include <fstream>
#include <mutex>
#include <optional>
#include <unordered_map>
#include <limits>
#include <nlohmann/json.hpp>
#include <sstream>
#include <utility>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "libs/auth/errors.h"
#include "libs/auth/jws.h"
#include "libs/status/error.h"

namespace imi::auth {
namespace {

using PkeyPtr = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;
using BioPtr = std::unique_ptr<BIO, decltype(&BIO_free)>;
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)>;
void FreeOpenSsl(void* p) { OPENSSL_free(p); }
using OpenSslString = std::unique_ptr<char, decltype(&FreeOpenSsl)>;
using OpenSslBytes = std::unique_ptr<unsigned char, decltype(&FreeOpenSsl)>;

constexpr size_t kEd25519SignatureBytes = 64;

// See token_signer.cc: keep the thread-local OpenSSL error queue empty.
std::string TakeOpenSslError() {
  unsigned long code = ERR_peek_last_error();
  char buf[256] = "unknown OpenSSL error";
  if (code != 0) ERR_error_string_n(code, buf, sizeof buf);
  ERR_clear_error();
  return buf;
}

absl::Status KeyInvalid(absl::string_view message) {
  return imi::Error(absl::StatusCode::kInvalidArgument, kErrorDomain,
                    reason::kKeyInvalid, message);
}

absl::Status Malformed(absl::string_view message) {
  return Unauthenticated(reason::kTokenMalformed, message);
}

struct PublicKey {
  std::string kid;
  // The base64url header our own TokenSigner emits for this key. A token
  // carrying exactly these bytes (the common case) skips decoding and
  // parsing its header; the result is the same as the slow path's.
  std::string expected_header;
  PkeyPtr key{nullptr, &EVP_PKEY_free};
};

}  // namespace

struct TokenVerifier::Impl {
  // Few keys (two during a rotation): a linear scan beats a map.
  std::vector<PublicKey> keys;
  VerifierOptions options;

  const PublicKey* FindKey(std::string_view kid) const {
    for (const PublicKey& k : keys) {
      if (k.kid == kid) return &k;
    }
    return nullptr;
  }

  // Slow path for headers we did not produce byte-for-byte (other member
  // order, extra members, foreign issuers and attackers).
  absl::StatusOr<const PublicKey*> KeyForHeader(
      std::string_view encoded) const {
    for (const PublicKey& k : keys) {
      if (k.expected_header == encoded) return &k;
    }
    std::optional<std::string> text = Base64UrlDecode(encoded);
    if (!text) return Malformed("token header is not base64url");
    try {
      nlohmann::json header =
          nlohmann::json::parse(*text, nullptr, /*allow_exceptions=*/false);
      if (!header.is_object()) {
        return Malformed("token header is not a JSON object");
      }
      auto alg = header.find("alg");
      if (alg == header.end() || !alg->is_string()) {
        return Malformed("token header has no alg");
      }
      // Only EdDSA: refusing "none" and HMAC algorithms here is what stops
      // algorithm-confusion attacks (RFC 8725 §2.1).
      if (alg->get_ref<const std::string&>() != kJwsAlgorithm) {
        return Unauthenticated(
            reason::kTokenAlgorithmUnsupported,
            absl::StrCat("token algorithm '",
                         alg->get_ref<const std::string&>().substr(0, 32),
                         "' is not supported; expected ", kJwsAlgorithm));
      }
      // RFC 7515 §4.1.11: extensions marked critical that we do not
      // understand make the token invalid; we understand none.
      if (header.contains("crit")) {
        return Malformed("token header has unsupported crit extensions");
      }
      auto typ = header.find("typ");
      if (typ != header.end() &&
          (!typ->is_string() ||
           !absl::EqualsIgnoreCase(typ->get_ref<const std::string&>(),
                                   "JWT"))) {
        return Malformed("token type is not JWT");
      }
      auto kid = header.find("kid");
      if (kid == header.end() || !kid->is_string()) {
        return Malformed("token header has no kid");
      }
      const std::string& kid_value = kid->get_ref<const std::string&>();
      const PublicKey* key = FindKey(kid_value);
      if (key == nullptr) {
        return imi::Error(absl::StatusCode::kUnauthenticated, kErrorDomain,
                          reason::kTokenUnknownKey,
                          "token is signed with an unknown key")
            .With("kid", kid_value.substr(0, 64));
      }
      return key;
    } catch (const nlohmann::json::exception& e) {
      return Malformed(absl::StrCat("token header unreadable: ", e.what()));
    }
  }
};

TokenVerifier::TokenVerifier(std::shared_ptr<const Impl> impl)
    : impl_(std::move(impl)),
      cache_(impl_->options.cache_entries > 0
                 ? std::make_shared<Cache>(impl_->options.cache_entries)
                 : nullptr) {}

absl::StatusOr<TokenVerifier> TokenVerifier::FromPemBundle(
    std::string_view pems, VerifierOptions options) {
  if (options.leeway < absl::ZeroDuration()) {
    return KeyInvalid("verifier leeway must not be negative");
  }
  if (pems.size() > static_cast<size_t>(std::numeric_limits<int>::max())) {
    return KeyInvalid("public key bundle too large");
  }
  BioPtr bio(BIO_new_mem_buf(pems.data(), static_cast<int>(pems.size())),
             &BIO_free);
  if (bio == nullptr) return KeyInvalid(TakeOpenSslError());

  auto impl = std::make_shared<Impl>();
  impl->options = std::move(options);
  ERR_clear_error();
  // Blocks are read with the plain PEM reader and decoded one by one:
  // PEM_read_bio_PUBKEY goes through OpenSSL 3's decoder framework, which
  // reports the end of the input and a corrupt block with the same error,
  // and silently skips blocks of other types (a private key pasted into the
  // public bundle must be refused, not ignored).
  for (int block = 1;; ++block) {
    char* raw_name = nullptr;
    char* raw_header = nullptr;
    unsigned char* raw_data = nullptr;
    long data_len = 0;
    if (PEM_read_bio(bio.get(), &raw_name, &raw_header, &raw_data, &data_len) !=
        1) {
      unsigned long err = ERR_peek_last_error();
      if (ERR_GET_LIB(err) == ERR_LIB_PEM &&
          ERR_GET_REASON(err) == PEM_R_NO_START_LINE) {
        ERR_clear_error();
        break;  // no more blocks
      }
      return KeyInvalid(absl::StrCat("cannot read PEM block ", block, ": ",
                                     TakeOpenSslError()));
    }
    OpenSslString name(raw_name, &FreeOpenSsl);
    OpenSslString header(raw_header, &FreeOpenSsl);
    OpenSslBytes data(raw_data, &FreeOpenSsl);
    if (std::string_view(name.get()) != PEM_STRING_PUBLIC) {
      return KeyInvalid(absl::StrCat("PEM block ", block, " is a ", name.get(),
                                     ", expected ", PEM_STRING_PUBLIC));
    }
    const unsigned char* p = data.get();
    PkeyPtr key(d2i_PUBKEY(nullptr, &p, data_len), &EVP_PKEY_free);
    if (key == nullptr || p != data.get() + data_len) {
      return KeyInvalid(
          absl::StrCat("PEM block ", block,
                       " is not a valid public key: ", TakeOpenSslError()));
    }
    if (EVP_PKEY_get_id(key.get()) != EVP_PKEY_ED25519) {
      return KeyInvalid(absl::StrCat("public key in PEM block ", block, " is ",
                                     EVP_PKEY_get0_type_name(key.get()),
                                     ", expected ED25519"));
    }
    unsigned char raw[32];
    size_t raw_len = sizeof raw;
    if (EVP_PKEY_get_raw_public_key(key.get(), raw, &raw_len) != 1) {
      return KeyInvalid(TakeOpenSslError());
    }
    std::string kid = KeyIdFromRawPublicKey(
        std::string_view(reinterpret_cast<char*>(raw), raw_len));
    if (impl->FindKey(kid) != nullptr) continue;  // same key listed twice
    PublicKey entry;
    entry.expected_header =
        Base64UrlEncode(absl::StrCat(R"({"alg":")", kJwsAlgorithm,
                                     R"(","typ":"JWT","kid":")", kid, R"("})"));
    entry.kid = std::move(kid);
    entry.key = std::move(key);
    impl->keys.push_back(std::move(entry));
  }
  if (impl->keys.empty()) {
    return KeyInvalid("no PEM public key found");
  }
  return TokenVerifier(std::move(impl));
}

absl::StatusOr<TokenVerifier> TokenVerifier::FromFile(const std::string& path,
                                                      VerifierOptions options) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream contents;
  if (in) contents << in.rdbuf();
  if (!in || in.bad()) {
    return imi::Error(absl::StatusCode::kFailedPrecondition, kErrorDomain,
                      reason::kKeyFileUnreadable,
                      absl::StrCat("cannot read public key file ", path))
        .With("path", path);
  }
  return FromPemBundle(contents.str(), std::move(options));
}

namespace {

// The clock checks, run on every call, cached or not.
absl::Status CheckTime(const Claims& claims, const VerifierOptions& opts, absl::Time now) {
  if (now >= claims.expires_at + opts.leeway) {
    return Unauthenticated(
        reason::kTokenExpired,
        absl::StrCat("token expired at ",
                     absl::FormatTime(absl::RFC3339_sec, claims.expires_at,
                                      absl::UTCTimeZone())));
  }
  if (claims.not_before.has_value() && now < *claims.not_before - opts.leeway) {
    return Unauthenticated(
        reason::kTokenNotYetValid,
        absl::StrCat("token not valid before ",
                     absl::FormatTime(absl::RFC3339_sec, *claims.not_before,
                                      absl::UTCTimeZone())));
  }
  // A token issued "in the future" is as suspicious as one not yet valid.
  if (now < claims.issued_at - opts.leeway) {
    return Unauthenticated(reason::kTokenNotYetValid, "token issued in the future");
  }
  return absl::OkStatus();
}

}  // namespace

// Tokens whose signature and claims have been checked, keyed by the whole
// token string (never by a hash, so a collision cannot impersonate anyone).
// An Ed25519 verification costs ~135 us here, and a client sends the same
// token on every call until it expires. Bounded: a full shard is emptied.
struct TokenVerifier::Cache {
  static constexpr size_t kShards = 16;
  struct Shard {
    std::mutex mu;
    std::unordered_map<std::string, Claims> entries;
  };
  explicit Cache(size_t capacity) : per_shard(std::max<size_t>(1, capacity / kShards)) {}
  Shard& For(std::string_view token) {
    return shards[std::hash<std::string_view>{}(token) % kShards];
  }
  std::optional<Claims> Find(std::string_view token) {
    Shard& s = For(token);
    std::lock_guard<std::mutex> lock(s.mu);
    auto it = s.entries.find(std::string(token));
    if (it == s.entries.end()) return std::nullopt;
    return it->second;
  }
  void Insert(std::string_view token, const Claims& claims) {
    Shard& s = For(token);
    std::lock_guard<std::mutex> lock(s.mu);
    if (s.entries.size() >= per_shard) s.entries.clear();
    s.entries.emplace(std::string(token), claims);
  }
  const size_t per_shard;
  std::array<Shard, kShards> shards;
};

absl::StatusOr<Claims> TokenVerifier::VerifyClaims(std::string_view token,
                                                   absl::Time now) const {
  if (cache_ != nullptr && token.size() <= kMaxTokenBytes) {
    if (std::optional<Claims> hit = cache_->Find(token)) {
      absl::Status time = CheckTime(*hit, impl_->options, now);
      if (!time.ok()) return time;
      return *std::move(hit);
    }
  }
  absl::StatusOr<Claims> claims = VerifySignature(token);
  if (!claims.ok()) return claims.status();
  absl::Status time = CheckTime(*claims, impl_->options, now);
  if (!time.ok()) return time;
  if (cache_ != nullptr) cache_->Insert(token, *claims);
  return claims;
}

absl::StatusOr<Claims> TokenVerifier::VerifySignature(std::string_view token) const {
  if (token.empty()) {
    return Unauthenticated(reason::kTokenMissing, "no access token");
  }
  if (token.size() > kMaxTokenBytes) {
    return Unauthenticated(
        reason::kTokenTooLarge,
        absl::StrCat("token has ", token.size(), " bytes; at most ",
                     kMaxTokenBytes, " are accepted"));
  }
  const size_t dot1 = token.find('.');
  const size_t dot2 =
      dot1 == std::string_view::npos ? dot1 : token.find('.', dot1 + 1);
  if (dot2 == std::string_view::npos ||
      token.find('.', dot2 + 1) != std::string_view::npos) {
    return Malformed("token is not a compact JWS (header.payload.signature)");
  }
  const std::string_view header = token.substr(0, dot1);
  const std::string_view payload = token.substr(dot1 + 1, dot2 - dot1 - 1);
  const std::string_view signing_input = token.substr(0, dot2);

  absl::StatusOr<const PublicKey*> key = impl_->KeyForHeader(header);
  if (!key.ok()) return key.status();

  std::optional<std::string> signature =
      Base64UrlDecode(token.substr(dot2 + 1));
  if (!signature) return Malformed("token signature is not base64url");
  if (signature->size() != kEd25519SignatureBytes) {
    return Unauthenticated(reason::kTokenSignatureInvalid,
                           "token signature has the wrong length");
  }

  // A fresh context per call keeps Verify free of shared mutable state; the
  // EVP_PKEY itself is only read, which OpenSSL 3 allows concurrently.
  MdCtxPtr ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
  if (ctx == nullptr || EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr,
                                             nullptr, (*key)->key.get()) != 1) {
    return absl::InternalError(
        absl::StrCat("Ed25519 verify init failed: ", TakeOpenSslError()));
  }
  if (EVP_DigestVerify(
          ctx.get(), reinterpret_cast<const unsigned char*>(signature->data()),
          signature->size(),
          reinterpret_cast<const unsigned char*>(signing_input.data()),
          signing_input.size()) != 1) {
    ERR_clear_error();
    return Unauthenticated(reason::kTokenSignatureInvalid,
                           "token signature does not verify");
  }

  std::optional<std::string> payload_json = Base64UrlDecode(payload);
  if (!payload_json) return Malformed("token payload is not base64url");
  absl::StatusOr<Claims> claims = DecodeClaims(*payload_json);
  if (!claims.ok()) return claims.status();

  const VerifierOptions& opts = impl_->options;
  if (!opts.expected_issuer.empty() && claims->issuer != opts.expected_issuer) {
    return Unauthenticated(
        reason::kTokenIssuerMismatch,
        absl::StrCat("token issuer is not ", opts.expected_issuer));
  }
  return claims;
}

absl::StatusOr<Principal> TokenVerifier::Verify(std::string_view token,
                                                absl::Time now) const {
  absl::StatusOr<Claims> claims = VerifyClaims(token, now);
  if (!claims.ok()) return claims.status();
  return ToPrincipal(*std::move(claims));
}

std::vector<std::string> TokenVerifier::key_ids() const {
  std::vector<std::string> ids;
  ids.reserve(impl_->keys.size());
  for (const PublicKey& k : impl_->keys) ids.push_back(k.kid);
  return ids;
}

const VerifierOptions& TokenVerifier::options() const { return impl_->options; }

}  // namespace imi::auth
