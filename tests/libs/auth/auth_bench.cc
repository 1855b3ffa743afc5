// Cost of issuing and checking access tokens. Verify runs on every RPC of
// every service, so it is the number to watch.
//
//   cmake --build build --target auth_bench &&
//   ./build/tests/libs/auth/auth_bench
#include <benchmark/benchmark.h>
#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

#include <string>

#include "absl/time/clock.h"
#include "libs/auth/grpc_auth.h"
#include "libs/auth/jws.h"
#include "libs/auth/token_signer.h"
#include "libs/auth/token_verifier.h"

namespace imi::auth {
namespace {

Claims TypicalClaims() {
  const absl::Time now = absl::Now();
  return Claims{.issuer = "imi-identity",
                .subject = "users/42",
                .authority = "authorities/dk-123",
                .country = "DK",
                .roles = {{"services", {"REQUEST_HANDLER", "ALLOCATOR"}},
                          {"professional-qualifications", {"REQUEST_HANDLER"}},
                          {"*", {"LOCAL_DATA_ADMINISTRATOR"}}},
                .issued_at = now,
                .not_before = now,
                .expires_at = now + absl::Minutes(5),
                .token_id = NewTokenId()};
}

struct Fixture {
  TokenSigner signer = TokenSigner::Generate();
  // Uncached: every Verify checks the Ed25519 signature (a new token).
  TokenVerifier verifier = *TokenVerifier::FromPemBundle(
      signer.PublicKeyPem(), {.expected_issuer = "imi-identity", .cache_entries = 0});
  // Cached: what a service sees when a client reuses its token.
  TokenVerifier cached = *TokenVerifier::FromPemBundle(
      signer.PublicKeyPem(), {.expected_issuer = "imi-identity"});
  std::string token = *signer.Sign(TypicalClaims());
};

Fixture& Shared() {
  static Fixture* f = new Fixture;
  return *f;
}

void BM_Sign(benchmark::State& state) {
  const TokenSigner& signer = Shared().signer;
  Claims claims = TypicalClaims();
  for (auto _ : state) {
    benchmark::DoNotOptimize(signer.Sign(claims));
  }
}
BENCHMARK(BM_Sign);

void BM_Verify(benchmark::State& state) {
  const Fixture& f = Shared();
  const absl::Time now = absl::Now();
  for (auto _ : state) {
    absl::StatusOr<Principal> p = f.verifier.Verify(f.token, now);
    if (!p.ok()) state.SkipWithError("verify failed");
    benchmark::DoNotOptimize(p);
  }
  state.counters["token_bytes"] = static_cast<double>(f.token.size());
}
BENCHMARK(BM_Verify);
BENCHMARK(BM_Verify)->Threads(2)->UseRealTime();

void BM_VerifyCached(benchmark::State& state) {
  const Fixture& f = Shared();
  const absl::Time now = absl::Now();
  for (auto _ : state) {
    absl::StatusOr<Principal> p = f.cached.Verify(f.token, now);
    if (!p.ok()) state.SkipWithError("verify failed");
    benchmark::DoNotOptimize(p);
  }
}
BENCHMARK(BM_VerifyCached);
BENCHMARK(BM_VerifyCached)->Threads(2)->UseRealTime();

// Rejections: an unknown kid costs no signature check, a forged signature
// does (that is the price of the check).
void BM_VerifyRejectUnknownKey(benchmark::State& state) {
  const Fixture& f = Shared();
  std::string foreign = *TokenSigner::Generate().Sign(TypicalClaims());
  const absl::Time now = absl::Now();
  for (auto _ : state) {
    benchmark::DoNotOptimize(f.verifier.Verify(foreign, now));
  }
}
BENCHMARK(BM_VerifyRejectUnknownKey);

void BM_VerifyRejectBadSignature(benchmark::State& state) {
  const Fixture& f = Shared();
  std::string bad = f.token;
  char& c = bad[bad.rfind('.') + 1];
  c = c == 'A' ? 'B' : 'A';
  const absl::Time now = absl::Now();
  for (auto _ : state) {
    benchmark::DoNotOptimize(f.verifier.Verify(bad, now));
  }
}
BENCHMARK(BM_VerifyRejectBadSignature);

// The floor: one bare OpenSSL Ed25519 verification of the same bytes, with
// nothing decoded or parsed. Verify's overhead is the difference.
void BM_RawEd25519Verify(benchmark::State& state) {
  const Fixture& f = Shared();
  std::string pem = f.signer.PublicKeyPem();
  BIO* bio = BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size()));
  EVP_PKEY* key = PEM_read_bio_PUBKEY(bio, nullptr, nullptr, nullptr);
  BIO_free(bio);
  const size_t dot = f.token.rfind('.');
  const std::string input = f.token.substr(0, dot);
  const std::string sig = *Base64UrlDecode(f.token.substr(dot + 1));
  for (auto _ : state) {
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    EVP_DigestVerifyInit(ctx, nullptr, nullptr, nullptr, key);
    int ok = EVP_DigestVerify(
        ctx, reinterpret_cast<const unsigned char*>(sig.data()), sig.size(),
        reinterpret_cast<const unsigned char*>(input.data()), input.size());
    if (ok != 1) state.SkipWithError("raw verify failed");
    EVP_MD_CTX_free(ctx);
  }
  EVP_PKEY_free(key);
}
BENCHMARK(BM_RawEd25519Verify);

void BM_ParseBearer(benchmark::State& state) {
  std::string header = "Bearer " + Shared().token;
  for (auto _ : state) {
    benchmark::DoNotOptimize(ParseBearer(header));
  }
}
BENCHMARK(BM_ParseBearer);

}  // namespace
}  // namespace imi::auth

BENCHMARK_MAIN();
