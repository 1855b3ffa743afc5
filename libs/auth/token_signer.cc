#include "libs/auth/token_signer.h"

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

#include <cstdio>
#include <cstdlib>
#include <limits>
#include <utility>

#include "absl/strings/str_cat.h"
#include "libs/auth/errors.h"
#include "libs/auth/jws.h"
#include "libs/status/error.h"

namespace imi::auth {
namespace {

using PkeyPtr = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;
using BioPtr = std::unique_ptr<BIO, decltype(&BIO_free)>;
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)>;

constexpr size_t kEd25519SignatureBytes = 64;

// OpenSSL reports details on a thread-local queue; we fold the newest entry
// into our message and empty the queue so that stale entries do not surface
// later in unrelated code (TLS, libpq) running on the same thread.
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

std::string BioContents(BIO* bio) {
  char* data = nullptr;
  long len = BIO_get_mem_data(bio, &data);
  return std::string(data, len > 0 ? static_cast<size_t>(len) : 0);
}

// Never prompt on the terminal for a passphrase: a service has none to give.
int NoPassphrase(char*, int, int, void*) { return -1; }

}  // namespace

struct TokenSigner::Impl {
  PkeyPtr key{nullptr, &EVP_PKEY_free};
  std::string key_id;
  // base64url of the fixed header: computed once, every token repeats it.
  std::string encoded_header;

  // Completes an Impl around a loaded Ed25519 key; nullptr if OpenSSL
  // cannot export its public half.
  static std::shared_ptr<Impl> Create(PkeyPtr key) {
    unsigned char raw[32];
    size_t raw_len = sizeof raw;
    if (EVP_PKEY_get_raw_public_key(key.get(), raw, &raw_len) != 1) {
      return nullptr;
    }
    auto impl = std::make_shared<Impl>();
    impl->key = std::move(key);
    impl->key_id = KeyIdFromRawPublicKey(
        std::string_view(reinterpret_cast<char*>(raw), raw_len));
    // Hand-written rather than via nlohmann so the header bytes are stable
    // (member order), which lets TokenVerifier recognise them without
    // parsing.
    impl->encoded_header = Base64UrlEncode(
        absl::StrCat(R"({"alg":")", kJwsAlgorithm, R"(","typ":"JWT","kid":")",
                     impl->key_id, R"("})"));
    return impl;
  }

  absl::StatusOr<std::string> SignInput(std::string signing_input) const {
    MdCtxPtr ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    unsigned char sig[kEd25519SignatureBytes];
    size_t sig_len = sizeof sig;
    // Ed25519 is "pure" EdDSA: no separate digest, hence the NULL md.
    if (ctx == nullptr ||
        EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) !=
            1 ||
        EVP_DigestSign(
            ctx.get(), sig, &sig_len,
            reinterpret_cast<const unsigned char*>(signing_input.data()),
            signing_input.size()) != 1) {
      return absl::InternalError(
          absl::StrCat("Ed25519 signing failed: ", TakeOpenSslError()));
    }
    signing_input.push_back('.');
    signing_input += Base64UrlEncode(
        std::string_view(reinterpret_cast<char*>(sig), sig_len));
    return signing_input;
  }
};

TokenSigner::TokenSigner(std::shared_ptr<const Impl> impl)
    : impl_(std::move(impl)) {}

absl::StatusOr<TokenSigner> TokenSigner::FromPem(std::string_view pem) {
  if (pem.size() > static_cast<size_t>(std::numeric_limits<int>::max())) {
    return KeyInvalid("private key PEM too large");
  }
  BioPtr bio(BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size())),
             &BIO_free);
  if (bio == nullptr) return KeyInvalid(TakeOpenSslError());
  PkeyPtr key(
      PEM_read_bio_PrivateKey(bio.get(), nullptr, &NoPassphrase, nullptr),
      &EVP_PKEY_free);
  if (key == nullptr) {
    return KeyInvalid(absl::StrCat("cannot read Ed25519 private key PEM: ",
                                   TakeOpenSslError()));
  }
  if (EVP_PKEY_get_id(key.get()) != EVP_PKEY_ED25519) {
    return KeyInvalid(absl::StrCat("private key is ",
                                   EVP_PKEY_get0_type_name(key.get()),
                                   ", expected ED25519"));
  }
  auto impl = Impl::Create(std::move(key));
  if (impl == nullptr) return KeyInvalid(TakeOpenSslError());
  return TokenSigner(std::move(impl));
}

TokenSigner TokenSigner::Generate() {
  PkeyPtr key(EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519"), &EVP_PKEY_free);
  std::shared_ptr<Impl> impl = key ? Impl::Create(std::move(key)) : nullptr;
  if (impl == nullptr) {
    // No Status to return here by design (Generate is for tests and dev
    // set-ups); a broken OpenSSL install must not go unnoticed.
    std::fprintf(stderr, "imi::auth: Ed25519 key generation failed: %s\n",
                 TakeOpenSslError().c_str());
    std::abort();
  }
  return TokenSigner(std::move(impl));
}

std::string TokenSigner::PublicKeyPem() const {
  BioPtr bio(BIO_new(BIO_s_mem()), &BIO_free);
  if (bio == nullptr ||
      PEM_write_bio_PUBKEY(bio.get(), impl_->key.get()) != 1) {
    TakeOpenSslError();
    return "";
  }
  return BioContents(bio.get());
}

std::string TokenSigner::PrivateKeyPem() const {
  BioPtr bio(BIO_new(BIO_s_mem()), &BIO_free);
  if (bio == nullptr ||
      PEM_write_bio_PrivateKey(bio.get(), impl_->key.get(), nullptr, nullptr, 0,
                               nullptr, nullptr) != 1) {
    TakeOpenSslError();
    return "";
  }
  return BioContents(bio.get());
}

const std::string& TokenSigner::key_id() const { return impl_->key_id; }

absl::StatusOr<std::string> TokenSigner::Sign(const Claims& claims) const {
  absl::StatusOr<std::string> payload;
  if (claims.token_id.empty()) {
    Claims with_id = claims;
    with_id.token_id = NewTokenId();
    if (absl::Status s = ValidateClaims(with_id); !s.ok()) return s;
    payload = EncodeClaims(with_id);
  } else {
    if (absl::Status s = ValidateClaims(claims); !s.ok()) return s;
    payload = EncodeClaims(claims);
  }
  if (!payload.ok()) return payload.status();
  return impl_->SignInput(
      absl::StrCat(impl_->encoded_header, ".", Base64UrlEncode(*payload)));
}

absl::StatusOr<std::string> TokenSigner::SignCompact(
    std::string_view header_json, std::string_view payload_json) const {
  return impl_->SignInput(absl::StrCat(Base64UrlEncode(header_json), ".",
                                       Base64UrlEncode(payload_json)));
}

}  // namespace imi::auth
