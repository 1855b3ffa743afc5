// Consumes the events of one Redis stream as a member of a consumer group,
// processing each event once.
//
// Every replica of a consuming service runs a Consumer with the same `group`
// (usually the service name) and its own `consumer` name; Redis hands each
// stream entry to one member of the group. For each entry:
//   1. The handler runs inside a PostgreSQL transaction on the consumer's own
//      pool that first inserts (group, event_id) into `processed_events`
//      (outbox.h migrations). If that row already exists the event was
//      processed before (a redelivery, or the relay published it twice) and
//      the handler is skipped. The handler's changes and the processed
//      marker commit together.
//   2. After the commit the entry is acknowledged (XACK).
// A handler error rolls the transaction back and leaves the entry pending; it
// is retried after `retry_interval`. A consumer that dies between commit and
// XACK leaves the entry pending too: when it restarts under the same name it
// re-reads its own pending entries first, and otherwise another member claims
// entries idle for longer than `claim_min_idle` (XAUTOCLAIM). Either way the
// processed marker makes the second delivery a no-op.
//
// A consumer without a database (e.g. a cache invalidator) uses the
// transaction-less handler: delivery is then at least once and the handler
// itself must be idempotent.
//
// The group is created on first use (XGROUP CREATE ... MKSTREAM) at
// `start_id` ("$": only events published from then on). If Redis loses the
// group (restart without persistence) it is recreated from the start of the
// stream, which then holds only events published after the loss.
//
// Entries that cannot be decoded (no valid event_id/type/aggregate, or trimmed
// from the stream while pending) are logged and acknowledged: retrying them
// could never succeed.
//
// Example:
//   imi::events::Consumer consumer(
//       redis, pool,
//       {.stream = "imi.directory.authority", .group = "requests"},
//       [&](pqxx::work& tx, const imi::events::Event& e) -> absl::Status {
//         if (e.type != "AuthorityUpdated") return absl::OkStatus();
//         return store.UpsertAuthorityCopy(tx, e.aggregate, e.payload);
//       });
//   consumer.Start();
//   ...
//   consumer.Stop();
//
// Resources: a running consumer holds one connection of `redis` while it waits
// in XREADGROUP (up to `block`), so give the redis::Client one connection per
// consumer on top of what the service needs otherwise (or a Client of its
// own), and one pg::Pool connection while a handler runs.
//
// Thread safety: Start()/Stop() are thread-safe. PollOnce() must not run
// concurrently with itself or with the background loop (it is for tests and
// for callers that drive the consumer themselves).
#ifndef IMI_LIBS_EVENTS_CONSUMER_H_
#define IMI_LIBS_EVENTS_CONSUMER_H_

#include <chrono>
#include <condition_variable>
#include <functional>
#include <map>
#include <mutex>
#include <pqxx/transaction>
#include <string>
#include <thread>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "libs/events/event.h"
#include "libs/pg/pool.h"
#include "libs/redis/client.h"

namespace imi::events {

struct ConsumerOptions {
  // REQUIRED: the stream to read, e.g. "imi.directory.authority".
  std::string stream;
  // REQUIRED: the consumer group; also the key under which processed events
  // are recorded. Usually the consuming service's name.
  std::string group;
  // This member's name within the group. Default: "<hostname>-<pid>". Give a
  // name that survives restarts (e.g. the pod name) so that a restarted
  // replica picks up its own pending entries at once.
  std::string consumer;
  // Where a newly created group starts: "$" (new events only) or "0" (the
  // whole stream).
  std::string start_id = "$";
  // Entries read per XREADGROUP / XAUTOCLAIM call.
  int batch_size = 32;
  // How long one XREADGROUP waits for new entries. Stop() may wait this long.
  std::chrono::milliseconds block{1000};
  // Entries pending (delivered, not acknowledged) for longer than this, in
  // any member, are claimed by this one.
  std::chrono::milliseconds claim_min_idle = std::chrono::minutes(1);
  // How often the background loop looks for entries to claim.
  std::chrono::milliseconds claim_interval = std::chrono::seconds(30);
  // How long a failed entry waits before it is handled again.
  std::chrono::milliseconds retry_interval = std::chrono::seconds(1);
  // Pause of the background loop after a round failed (Redis/PostgreSQL down).
  std::chrono::milliseconds error_backoff = std::chrono::seconds(1);
  // At most one warning per this interval while rounds keep failing.
  std::chrono::milliseconds warning_interval = std::chrono::seconds(30);
  // Transaction mode of the handler's transaction: kReadWrite or
  // kSerializable (it always writes the processed marker).
  pg::TxMode tx_mode = pg::TxMode::kReadWrite;
  // processed_events rows of this group older than this are deleted (every
  // purge_interval, by the background loop). Must exceed the time an entry
  // can stay pending, or a very late redelivery would run twice.
  std::chrono::milliseconds processed_retention = std::chrono::hours(24 * 14);
  std::chrono::milliseconds purge_interval = std::chrono::hours(1);
};

class Consumer {
 public:
  // Runs inside the transaction that records the event as processed; return
  // non-OK to roll both back and have the event retried later. Exceptions
  // are caught and treated as errors.
  using TxHandler =
      std::function<absl::Status(pqxx::work& tx, const Event& event)>;
  // For consumers without a database: at least once, must be idempotent.
  using Handler = std::function<absl::Status(const Event& event)>;

  // Transactional consumer. `redis` and `pool` (connected to the schema that
  // holds processed_events) must outlive the consumer.
  // REQUIRES: options.stream and options.group are not empty.
  Consumer(redis::Client& redis, pg::Pool& pool, ConsumerOptions options,
           TxHandler handler);
  // Consumer without a database.
  Consumer(redis::Client& redis, ConsumerOptions options, Handler handler);
  // Stops the background loop if it runs.
  ~Consumer();
  Consumer(const Consumer&) = delete;
  Consumer& operator=(const Consumer&) = delete;

  // Starts the background loop (PollOnce() in a loop). No-op if running.
  void Start();
  // Stops the loop and waits for it: up to `block` plus one batch of
  // handlers. No-op if not running.
  void Stop();

  // One round: ensures the group exists; when due, claims entries idle in
  // other members (XAUTOCLAIM) and re-handles this member's own pending
  // entries (always on the first round, then after a failure once
  // retry_interval has passed); then reads new entries, waiting up to
  // `block`. Returns the number of entries acknowledged (handled, skipped as
  // already processed, or dropped as undecodable). Handler failures are not
  // an error of the round (they are logged and retried later). Returns
  // UNAVAILABLE if Redis or PostgreSQL is unavailable.
  absl::StatusOr<int> PollOnce();

  // Deletes this group's processed_events rows older than
  // processed_retention; returns how many. OK and 0 without a database.
  absl::StatusOr<int64_t> PurgeOnce();

  const ConsumerOptions& options() const { return options_; }

 private:
  struct Entry {
    std::string id;
    bool has_fields = false;  // false: trimmed from the stream while pending
    std::vector<std::string> fields;
  };

  static std::vector<Entry> ParseEntries(const redis::Reply& list);
  static std::vector<Entry> ParseReadReply(const redis::Reply& reply);
  absl::Status EnsureGroup();
  absl::Status MaybeRecreateGroup(const absl::Status& status);
  absl::StatusOr<int> ClaimStale();
  absl::StatusOr<int> HandlePending();
  absl::StatusOr<int> ReadNew();
  // Handles `entries` and acknowledges the ones done. Sets `failed` if a
  // handler failed.
  absl::StatusOr<int> HandleAndAck(const std::vector<Entry>& entries,
                                   bool* failed);
  absl::Status Handle(const Event& event);
  void Loop();

  redis::Client& redis_;
  pg::Pool* const pool_;  // null for a consumer without a database
  const ConsumerOptions options_;
  const TxHandler tx_handler_;
  const Handler handler_;

  // State of PollOnce() (not shared: PollOnce() is not reentrant).
  bool group_ready_ = false;
  std::string group_start_id_;
  bool pending_due_ = true;
  std::chrono::steady_clock::time_point next_pending_;
  std::chrono::steady_clock::time_point next_claim_;
  std::map<std::string, int>
      failures_;  // entry id -> failed attempts, for log throttling

  std::mutex lifecycle_mu_;  // serializes Start() and Stop()
  std::thread thread_;       // guarded by lifecycle_mu_
  std::mutex mu_;
  std::condition_variable cv_;
  bool stopping_ = false;  // guarded by mu_
};

}  // namespace imi::events

#endif  // IMI_LIBS_EVENTS_CONSUMER_H_
