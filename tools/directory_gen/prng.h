// A small deterministic pseudo-random generator for the directory generator:
// xoshiro256** seeded through splitmix64. Its output depends only on the seed,
// never on the standard library (std:: distributions differ between library
// versions), so the same seed gives byte-identical training data everywhere.
//
//   Prng rng(Prng::Derive(seed, "DE"));
//   if (rng.Chance(20)) ...              // 2 % (per mille)
//   const auto& city = rng.Pick(places);
//
// Not thread-safe; not for cryptography.
#ifndef IMI_TOOLS_DIRECTORY_GEN_PRNG_H_
#define IMI_TOOLS_DIRECTORY_GEN_PRNG_H_

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

namespace imi::directory_gen {

class Prng {
 public:
  explicit Prng(uint64_t seed) {
    for (auto& word : s_) word = SplitMix64(seed);
  }

  // A seed for an independent stream, e.g. one per country, so that the
  // data of one country does not shift when another changes.
  static uint64_t Derive(uint64_t seed, std::string_view label) {
    uint64_t h = 1469598103934665603ULL;  // FNV-1a over the label.
    for (unsigned char c : label) h = (h ^ c) * 1099511628211ULL;
    uint64_t x = seed ^ h;
    return SplitMix64(x);
  }

  // The next 64 random bits.
  uint64_t Next() {
    const uint64_t result = Rotl(s_[1] * 5, 7) * 9;
    const uint64_t t = s_[1] << 17;
    s_[2] ^= s_[0];
    s_[3] ^= s_[1];
    s_[1] ^= s_[2];
    s_[0] ^= s_[3];
    s_[2] ^= t;
    s_[3] = Rotl(s_[3], 45);
    return result;
  }

  // Uniform in [0, n). REQUIRES: n > 0. Lemire's multiply-shift; the tiny
  // bias for huge n does not matter here, and it keeps the stream length
  // fixed (one Next() per call), which keeps outputs stable.
  uint64_t Uniform(uint64_t n) {
    return static_cast<uint64_t>((static_cast<unsigned __int128>(Next()) * n) >> 64);
  }

  // Uniform in [lo, hi]. REQUIRES: lo <= hi.
  int64_t Between(int64_t lo, int64_t hi) {
    return lo + static_cast<int64_t>(Uniform(static_cast<uint64_t>(hi - lo) + 1));
  }

  // True with probability permille / 1000.
  bool Chance(int permille) { return static_cast<int>(Uniform(1000)) < permille; }

  // A uniformly chosen element. REQUIRES: !v.empty().
  template <typename T>
  const T& Pick(const std::vector<T>& v) {
    return v[Uniform(v.size())];
  }

  // Fisher-Yates shuffle.
  template <typename T>
  void Shuffle(std::vector<T>& v) {
    for (size_t i = v.size(); i > 1; --i) {
      size_t j = Uniform(i);
      std::swap(v[i - 1], v[j]);
    }
  }

 private:
  static uint64_t SplitMix64(uint64_t& x) {
    uint64_t z = (x += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  static uint64_t Rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

  uint64_t s_[4];
};

}  // namespace imi::directory_gen

#endif  // IMI_TOOLS_DIRECTORY_GEN_PRNG_H_
