#include "libs/events/relay.h"

#include <spdlog/spdlog.h>

#include <pqxx/pqxx>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "libs/events/event.h"
#include "libs/events/purge.h"
#include "libs/status/status_macros.h"

namespace imi::events {
namespace {

// Statement names double as metrics labels; prefixed so they cannot collide
// with the owning service's own statements on the shared pool.
constexpr char kClaimBatch[] = "events_relay_claim_batch";
constexpr char kClaimBatchSql[] =
    "SELECT id, event_id::text, stream, type, aggregate, payload, "
    "coalesce(trace_id, '') "
    "FROM outbox WHERE publish_time IS NULL ORDER BY id LIMIT $1 FOR UPDATE "
    "SKIP LOCKED";

constexpr char kMarkPublished[] = "events_relay_mark_published";
constexpr char kMarkPublishedSql[] =
    "UPDATE outbox SET publish_time = now() WHERE id = ANY($1::bigint[])";

constexpr char kPurgeExpired[] = "events_relay_purge_expired";
constexpr char kPurgeExpiredSql[] =
    "DELETE FROM outbox WHERE id IN ("
    "  SELECT id FROM outbox"
    "  WHERE publish_time IS NOT NULL"
    "    AND publish_time < now() - $1::bigint * interval '1 millisecond'"
    "  LIMIT $2)";

}  // namespace

Relay::Relay(pg::Pool& pool, redis::Client& redis, RelayOptions options)
    : pool_(pool), redis_(redis), options_(std::move(options)) {
  pool_.Prepare(kClaimBatch, kClaimBatchSql);
  pool_.Prepare(kMarkPublished, kMarkPublishedSql);
  pool_.Prepare(kPurgeExpired, kPurgeExpiredSql);
}

Relay::~Relay() { Stop(); }

void Relay::Start() {
  std::lock_guard<std::mutex> lifecycle(lifecycle_mu_);
  if (thread_.joinable()) return;
  {
    std::lock_guard<std::mutex> lock(mu_);
    stopping_ = false;
  }
  thread_ = std::thread(&Relay::Loop, this);
}

void Relay::Stop() {
  std::lock_guard<std::mutex> lifecycle(lifecycle_mu_);
  if (!thread_.joinable()) return;
  {
    std::lock_guard<std::mutex> lock(mu_);
    stopping_ = true;
  }
  cv_.notify_all();
  thread_.join();
}

absl::StatusOr<int> Relay::PublishOnce() {
  absl::Status rejected;  // first entry Redis refused, if any
  int rejected_count = 0;
  absl::StatusOr<int> published = pool_.Transact<int>(
      pg::TxMode::kReadWrite, [&](pqxx::work& tx) -> absl::StatusOr<int> {
        rejected = absl::OkStatus();
        rejected_count = 0;
        pqxx::result rows = tx.exec_prepared(kClaimBatch, options_.batch_size);
        if (rows.empty()) return 0;

        std::vector<int64_t> ids;
        std::vector<std::vector<std::string>> commands;
        ids.reserve(rows.size());
        commands.reserve(rows.size());
        const std::string maxlen = absl::StrCat(options_.max_stream_length);
        for (const auto& row : rows) {
          Event e;
          ids.push_back(row[0].as<int64_t>());
          e.event_id = row[1].as<std::string>();
          e.stream = row[2].as<std::string>();
          e.type = row[3].as<std::string>();
          e.aggregate = row[4].as<std::string>();
          e.payload = pqxx::binarystring(row[5]).str();
          e.trace_id = row[6].as<std::string>();
          std::vector<std::string> xadd = {"XADD", e.stream};
          if (options_.max_stream_length > 0) {
            xadd.insert(xadd.end(), {"MAXLEN", "~", maxlen});
          }
          xadd.push_back("*");
          for (std::string& f : ToStreamFields(e)) xadd.push_back(std::move(f));
          commands.push_back(std::move(xadd));
        }
        // Redis down: return the error, the transaction rolls back, the rows
        // stay unpublished for the next round.
        IMI_ASSIGN_OR_RETURN(std::vector<redis::Reply> replies,
                             redis_.Pipeline(commands));

        std::string accepted = "{";
        int count = 0;
        for (size_t i = 0; i < replies.size(); ++i) {
          absl::Status s = redis::ReplyStatus(replies[i]);
          if (!s.ok()) {
            if (rejected.ok()) {
              rejected = absl::Status(
                  s.code(), absl::StrCat("XADD to stream '", commands[i][1],
                                         "': ", s.message()));
            }
            ++rejected_count;
            continue;
          }
          if (count++ > 0) accepted += ",";
          accepted += absl::StrCat(ids[i]);
        }
        accepted += "}";
        if (count == 0) return rejected;
        tx.exec_prepared0(kMarkPublished, accepted);
        return count;
      });
  if (published.ok() && rejected_count > 0) {
    // A stream key of the wrong type is an operator error that polling will
    // not fix; say so, but keep the rest of the outbox flowing.
    spdlog::error(
        "event relay: Redis refused {} of {} events, they stay in the outbox: "
        "{}",
        rejected_count, rejected_count + *published,
        std::string(rejected.message()));
  }
  return published;
}

absl::StatusOr<int64_t> Relay::PurgeOnce() {
  return internal::PurgeInBatches(pool_, [&](pqxx::work& tx) {
    pqxx::result r = tx.exec_prepared(
        kPurgeExpired, static_cast<int64_t>(options_.retention.count()), internal::kPurgeBatch);
    return static_cast<int64_t>(r.affected_rows());
  });
}

void Relay::Loop() {
  using Clock = std::chrono::steady_clock;
  Clock::time_point next_purge = Clock::now();
  Clock::time_point last_warning;
  int64_t failed_rounds = 0;
  for (;;) {
    {
      std::lock_guard<std::mutex> lock(mu_);
      if (stopping_) return;
    }
    absl::StatusOr<int> published = PublishOnce();
    const Clock::time_point now = Clock::now();
    if (!published.ok()) {
      if (failed_rounds++ == 0 ||
          now - last_warning >= options_.warning_interval) {
        spdlog::warn(
            "event relay: cannot publish ({} failed rounds so far), events "
            "stay in the "
            "outbox: {}",
            failed_rounds, published.status().ToString());
        last_warning = now;
      }
    } else if (failed_rounds > 0) {
      spdlog::info("event relay: publishing again after {} failed rounds",
                   failed_rounds);
      failed_rounds = 0;
    }

    if (now >= next_purge) {
      absl::StatusOr<int64_t> purged = PurgeOnce();
      if (!purged.ok()) {
        spdlog::warn("event relay: purging published events failed: {}",
                     purged.status().ToString());
      } else if (*purged > 0) {
        spdlog::info("event relay: purged {} published events older than {} ms",
                     *purged, options_.retention.count());
      }
      next_purge = now + options_.purge_interval;
    }

    // A full batch means more is probably waiting: go again at once.
    const bool full = published.ok() && *published >= options_.batch_size;
    std::unique_lock<std::mutex> lock(mu_);
    if (!full)
      cv_.wait_for(lock, options_.poll_interval, [&] { return stopping_; });
  }
}

}  // namespace imi::events
