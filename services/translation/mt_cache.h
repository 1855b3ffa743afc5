// The machine-translation cache: results by engine, route and text hash, in
// Redis, with a TTL.
//
// The cache is an optimisation and never a reason to fail: every Redis
// error counts as a miss (Get) or is dropped (Put). Writes are asynchronous:
// Put() queues the value for a writer thread, which sends whatever has
// queued up in one pipelined round trip, so storing a translation adds
// nothing to the caller's latency and little CPU under load. After an error the
// cache stays away from Redis for `retry_after` (a small circuit breaker), so a
// Redis outage costs each translation nothing rather than a connect
// timeout; the first call after the pause tries Redis again.
//
// Privacy: free text can hold personal data. Keys carry only a SHA-256 of
// the text; values hold the translation and expire after the TTL
// (IMI_MT_CACHE_TTL_SECONDS, default one day).
//
// Thread safety: thread-safe.
#ifndef IMI_SERVICES_TRANSLATION_MT_CACHE_H_
#define IMI_SERVICES_TRANSLATION_MT_CACHE_H_

#include <atomic>
#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <thread>

#include "absl/synchronization/mutex.h"
#include "absl/time/time.h"

namespace imi::redis {
class Client;
}

namespace imi::translation {

// The result of a lookup.
enum class CacheOutcome {
  kHit,
  kMiss,
  kError,    // Redis failed; treated as a miss
  kSkipped,  // Redis recently failed; not asked
};

struct CacheLookup {
  CacheOutcome outcome = CacheOutcome::kMiss;
  std::string value;  // when kHit
};

class TranslationCache {
 public:
  virtual ~TranslationCache() = default;
  virtual CacheLookup Get(const std::string& key) = 0;
  // Best effort; errors are counted, not returned.
  virtual void Put(const std::string& key, std::string_view value,
                   absl::Duration ttl) = 0;
};

class RedisTranslationCache final : public TranslationCache {
 public:
  // Writes waiting beyond this are dropped (Redis cannot keep up).
  static constexpr std::size_t kMaxQueuedWrites = 4096;

  // `client` is not owned and must outlive the cache.
  explicit RedisTranslationCache(redis::Client* client,
                                 absl::Duration retry_after = absl::Seconds(2));
  // Stops the writer after it has tried the writes already queued.
  ~RedisTranslationCache() override;

  CacheLookup Get(const std::string& key) override;
  // Queues the write and returns at once.
  void Put(const std::string& key, std::string_view value,
           absl::Duration ttl) override;

  // Blocks until every write queued before the call has been tried. For
  // tests and benchmarks.
  void Flush();

  // Redis errors seen so far, and writes dropped because the queue was full.
  std::int64_t errors() const { return errors_.load(); }
  std::int64_t dropped() const { return dropped_.load(); }

 private:
  struct Write {
    std::string key;
    std::string value;
    std::int64_t ttl_ms;
  };
  bool Paused();
  void Failed();
  void WriterLoop();

  redis::Client* client_;
  const absl::Duration retry_after_;
  absl::Mutex mu_;
  absl::Time paused_until_ ABSL_GUARDED_BY(mu_) = absl::InfinitePast();
  std::atomic<std::int64_t> errors_{0};
  std::atomic<std::int64_t> dropped_{0};

  absl::Mutex queue_mu_;
  std::deque<Write> queue_ ABSL_GUARDED_BY(queue_mu_);
  std::uint64_t queued_ ABSL_GUARDED_BY(queue_mu_) = 0;   // writes ever queued
  std::uint64_t written_ ABSL_GUARDED_BY(queue_mu_) = 0;  // of those, tried
  bool stopping_ ABSL_GUARDED_BY(queue_mu_) = false;
  std::thread writer_;  // last: starts after the members above exist
};

}  // namespace imi::translation

#endif  // IMI_SERVICES_TRANSLATION_MT_CACHE_H_
