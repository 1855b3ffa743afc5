// Deleting old rows in bounded batches (published outbox rows, processed-event
// markers), so one purge never holds a long transaction or a huge lock set.
// Internal to libs/events.
#ifndef IMI_LIBS_EVENTS_PURGE_H_
#define IMI_LIBS_EVENTS_PURGE_H_

#include <cstdint>
#include <functional>

#include "absl/status/statusor.h"
#include "libs/pg/pool.h"

namespace imi::events::internal {

// Rows deleted per transaction.
inline constexpr int kPurgeBatch = 10000;

// Runs `delete_batch` (which deletes at most kPurgeBatch rows and returns how
// many it deleted) in its own transaction until a batch comes back short.
// Returns the total deleted, or the first error (earlier batches stay deleted).
inline absl::StatusOr<int64_t> PurgeInBatches(
    pg::Pool& pool, const std::function<int64_t(pqxx::work&)>& delete_batch) {
  int64_t total = 0;
  for (;;) {
    absl::StatusOr<int64_t> deleted = pool.Transact<int64_t>(
        pg::TxMode::kReadWrite,
        [&](pqxx::work& tx) -> absl::StatusOr<int64_t> { return delete_batch(tx); });
    if (!deleted.ok()) return deleted.status();
    total += *deleted;
    if (*deleted < kPurgeBatch) return total;
  }
}

}  // namespace imi::events::internal

#endif  // IMI_LIBS_EVENTS_PURGE_H_
