// Publishes the events recorded in a service's outbox (outbox.h) to Redis
// Streams.
//
// Every poll interval the relay takes, in one PostgreSQL transaction, up to
// batch_size unpublished outbox rows in id order with
// `FOR UPDATE SKIP LOCKED`, XADDs each to its stream (one pipelined round
// trip, `MAXLEN ~ max_stream_length`), marks the ones Redis accepted as
// published, and commits. So:
//   - Nothing is lost while Redis is down: the transaction rolls back and the
//     rows are picked up again on a later round.
//   - Replicas can each run a relay: SKIP LOCKED gives every row to one of
//     them, so in normal operation no row is published twice.
//   - Delivery is at least once, not exactly once: if the commit fails after
//     the XADDs (PostgreSQL lost mid-round), those events are published again
//     on the next round. Consumers deduplicate by event_id (consumer.h).
//   - Order is by outbox id within a batch, but not strict across replicas or
//     transactions that commit out of id order; consumers must not rely on
//     strict ordering (use versions/etags in payloads where order matters).
// Published rows older than `retention` are deleted every `purge_interval`.
//
// While Redis or PostgreSQL is unavailable the background loop logs one
// warning per `warning_interval` (not one per poll), and one info line when
// publishing works again.
//
// Example (in a service's main.cc):
//   imi::events::Relay relay(pool, redis);
//   relay.Start();
//   ... serve ...
//   relay.Stop();
//
// Thread safety: all methods are thread-safe. PublishOnce() may run
// concurrently with the background loop (SKIP LOCKED keeps them apart).
#ifndef IMI_LIBS_EVENTS_RELAY_H_
#define IMI_LIBS_EVENTS_RELAY_H_

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <thread>

#include "absl/status/statusor.h"
#include "libs/pg/pool.h"
#include "libs/redis/client.h"

namespace imi::events {

struct RelayOptions {
  // Pause between rounds that found less than a full batch.
  std::chrono::milliseconds poll_interval{100};
  // Rows per round (one transaction, one Redis round trip).
  int batch_size = 100;
  // Approximate cap on each stream's length (XADD MAXLEN ~); 0: no cap.
  int64_t max_stream_length = 1000000;
  // Published rows older than this are deleted from the outbox.
  std::chrono::milliseconds retention = std::chrono::hours(24 * 7);
  // How often the background loop deletes expired rows.
  std::chrono::milliseconds purge_interval = std::chrono::minutes(10);
  // At most one warning per this interval while publishing fails.
  std::chrono::milliseconds warning_interval = std::chrono::seconds(30);
};

class Relay {
 public:
  // Registers the relay's statements on `pool`. `pool` (connected to the
  // schema holding the outbox) and `redis` must outlive the relay.
  Relay(pg::Pool& pool, redis::Client& redis, RelayOptions options = {});
  // Stops the background loop if it runs.
  ~Relay();
  Relay(const Relay&) = delete;
  Relay& operator=(const Relay&) = delete;

  // Starts the background loop. No-op if it is already running.
  void Start();
  // Stops the loop and waits for it (at most one round, bounded by the
  // Redis and PostgreSQL timeouts). No-op if it is not running.
  void Stop();

  // One round: publishes up to batch_size rows and returns how many were
  // published (0 if the outbox is empty). Returns UNAVAILABLE if Redis or
  // PostgreSQL is unavailable, in which case nothing is marked published.
  // If Redis rejects some entries (e.g. the stream key holds another type),
  // the others are still published and their count returned; the rejected
  // rows stay and are retried, and if none at all could be published the
  // first rejection is returned (FAILED_PRECONDITION).
  absl::StatusOr<int> PublishOnce();

  // Deletes published rows older than options.retention; returns how many.
  // Unpublished rows are never deleted.
  absl::StatusOr<int64_t> PurgeOnce();

 private:
  void Loop();

  pg::Pool& pool_;
  redis::Client& redis_;
  const RelayOptions options_;

  std::mutex lifecycle_mu_;  // serializes Start() and Stop()
  std::thread thread_;       // guarded by lifecycle_mu_
  std::mutex mu_;
  std::condition_variable cv_;
  bool stopping_ = false;  // guarded by mu_
};

}  // namespace imi::events

#endif  // IMI_LIBS_EVENTS_RELAY_H_
