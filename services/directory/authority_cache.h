// The directory's Redis cache: a decorator of AuthorityStore that serves hot
// reads (GetAuthority, GetAuthorities, Search, FindCompetent,
// FindCoordinators, FindByKind) from Redis and passes everything else
// through. Helpdesks are not cached (about 31 small rows, read from
// PostgreSQL each time), so their updates need no invalidation here: their
// events go to kHelpdeskStream, which this cache does not consume. The
// pattern other services reuse:
//
//   - Keys (prefix default "imi:directory:v1:"):
//       authority:{id}          one authority (CachedAuthority), TTL authority_ttl
//       search:gen              generation counter of cached result pages
//       page:{gen}:{sha256}     one result page (CachedPage), TTL search_ttl
//     A result page is stored under the current generation; bumping the
//     generation (INCR) orphans every cached page at once (they expire).
//   - Invalidation through events: every change commits its outbox event
//     (authority_store.h) with it; the relay publishes it to Redis; the
//     directory's own consumer (group "directory-cache") calls HandleEvent(),
//     which deletes the authority's key and bumps the generation. The store
//     also does so right after its own writes (so a replica reads its own
//     writes at once); the event covers the other replicas, writes whose
//     direct invalidation failed (Redis down), and a reader that refilled a
//     key with a value read just before the write committed.
//   - Redis outage: every Redis error degrades to the underlying store
//     (never an error to the caller); after a failure Redis is left alone for
//     `retry_after` so calls do not each pay a timeout, then tried again.
//
// Thread safety: thread-safe.
#ifndef IMI_SERVICES_DIRECTORY_AUTHORITY_CACHE_H_
#define IMI_SERVICES_DIRECTORY_AUTHORITY_CACHE_H_

#include <atomic>
#include <chrono>
#include <string>

#include "absl/status/status.h"
#include "libs/events/event.h"
#include "libs/redis/client.h"
#include "services/directory/authority_store.h"

namespace imi::directory {

struct CacheOptions {
  std::string key_prefix = "imi:directory:v1:";
  std::chrono::seconds authority_ttl{600};
  // 0: result pages are not cached.
  std::chrono::seconds search_ttl{30};
  std::chrono::milliseconds retry_after{5000};
};

class CachingAuthorityStore final : public AuthorityStore {
 public:
  // `inner` and `redis` must outlive the cache.
  CachingAuthorityStore(AuthorityStore* inner, redis::Client* redis, CacheOptions options);

  absl::StatusOr<std::optional<AuthorityRecord>> GetAuthority(const std::string& id) override;
  absl::StatusOr<std::vector<AuthorityRecord>> GetAuthorities(
      const std::vector<std::string>& ids) override;
  absl::StatusOr<std::set<std::string>> ExistingAreas(
      const std::vector<std::string>& codes) override;
  absl::StatusOr<Created> CreateAuthority(const AuthorityRecord& record,
                                          const HistoryEntry& history,
                                          const std::string& request_id,
                                          const std::string& fingerprint) override;
  absl::StatusOr<AuthorityRecord> MutateAuthority(const std::string& id,
                                                  const MutateFn& fn) override;
  absl::StatusOr<std::vector<HistoryEntry>> ListHistory(const std::string& id, int64_t before_id,
                                                        int limit) override;
  absl::StatusOr<SearchResult> Search(const SearchQuery& query) override;
  absl::StatusOr<std::vector<FoundAuthority>> FindCompetent(const CompetentQuery& q) override;
  absl::StatusOr<std::vector<FoundAuthority>> FindCoordinators(const CoordinatorQuery& q) override;
  absl::StatusOr<std::vector<FoundAuthority>> FindByKind(const std::string& country,
                                                         AuthorityKind kind,
                                                         const std::optional<NameCursor>& after,
                                                         int limit) override;
  absl::StatusOr<std::vector<HelpdeskRecord>> ListHelpdesks(const std::string& country) override;
  absl::StatusOr<std::optional<HelpdeskRecord>> GetHelpdesk(const std::string& country) override;
  absl::StatusOr<HelpdeskRecord> MutateHelpdesk(const std::string& country,
                                                const HelpdeskMutateFn& fn) override;

  // The consumer's handler for kAuthorityStream events: deletes the key of
  // the event's authority (none for DirectoryImported) and bumps the page
  // generation. Idempotent. Returns Redis's error (the consumer retries).
  absl::Status HandleEvent(const events::Event& event);

  // Counters since start (for metrics and tests).
  struct Stats {
    long long hits = 0;
    long long misses = 0;
    long long errors = 0;  // Redis calls that failed (served from the store)
  };
  Stats stats() const;
  // Prometheus text exposition of the counters (metric names
  // directory_cache_{hits,misses,errors}_total).
  std::string RenderMetrics() const;

  const CacheOptions& options() const { return options_; }

 private:
  bool RedisUsable() const;
  void RedisFailed(const absl::Status& status);
  absl::Status Invalidate(const std::string& id);
  // The current page generation, or an error.
  absl::StatusOr<std::string> Generation();
  // A cached page for `key_material`, or nullopt on a miss or Redis error.
  std::optional<std::string> GetPage(const std::string& kind, const std::string& key_material,
                                     std::string* key_out);
  void PutPage(const std::string& key, const std::string& value);

  AuthorityStore* inner_;
  redis::Client* redis_;
  const CacheOptions options_;
  std::atomic<long long> hits_{0}, misses_{0}, errors_{0};
  std::atomic<int64_t> skip_until_ns_{0};    // steady clock
  std::atomic<int64_t> last_warning_ns_{0};  // steady clock
};

}  // namespace imi::directory

#endif  // IMI_SERVICES_DIRECTORY_AUTHORITY_CACHE_H_
