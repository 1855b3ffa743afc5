#include "libs/events/consumer.h"
#include "libs/events/purge.h"

#include <spdlog/spdlog.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <pqxx/pqxx>
#include <utility>

#include "absl/strings/str_cat.h"
#include "libs/status/status_macros.h"

namespace imi::events {
namespace {

constexpr char kMarkProcessed[] = "events_consumer_mark_processed";
constexpr char kMarkProcessedSql[] =
    "INSERT INTO processed_events (consumer, event_id) VALUES ($1, $2::uuid) "
    "ON CONFLICT DO NOTHING";

constexpr char kPurgeProcessed[] = "events_consumer_purge_processed";
constexpr char kPurgeProcessedSql[] =
    "DELETE FROM processed_events WHERE (consumer, event_id) IN ("
    "  SELECT consumer, event_id FROM processed_events"
    "  WHERE consumer = $1 AND process_time < now() - $2::bigint * interval '1 "
    "millisecond'"
    "  LIMIT $3)";

// Bounds the work of one round when a stream has piled up.
constexpr int kMaxCallsPerPhase = 100;

std::string DefaultConsumerName() {
  char host[256] = {};
  if (gethostname(host, sizeof(host) - 1) != 0 || host[0] == '\0') {
    std::snprintf(host, sizeof(host), "consumer");
  }
  return absl::StrCat(host, "-", getpid());
}

ConsumerOptions WithDefaults(ConsumerOptions options) {
  if (options.consumer.empty()) options.consumer = DefaultConsumerName();
  if (options.batch_size < 1) options.batch_size = 1;
  if (options.stream.empty() || options.group.empty()) {
    spdlog::critical("events::Consumer needs a stream and a group");
    std::abort();
  }
  return options;
}

}  // namespace

Consumer::Consumer(redis::Client& redis, pg::Pool& pool,
                   ConsumerOptions options, TxHandler handler)
    : redis_(redis),
      pool_(&pool),
      options_(WithDefaults(std::move(options))),
      tx_handler_(std::move(handler)),
      group_start_id_(options_.start_id) {
  pool_->Prepare(kMarkProcessed, kMarkProcessedSql);
  pool_->Prepare(kPurgeProcessed, kPurgeProcessedSql);
}

Consumer::Consumer(redis::Client& redis, ConsumerOptions options,
                   Handler handler)
    : redis_(redis),
      pool_(nullptr),
      options_(WithDefaults(std::move(options))),
      handler_(std::move(handler)),
      group_start_id_(options_.start_id) {}

Consumer::~Consumer() { Stop(); }

std::vector<Consumer::Entry> Consumer::ParseEntries(const redis::Reply& list) {
  // [[id, [field, value, ...]], ...]; a nil field list marks an entry that
  // was trimmed from the stream while pending.
  std::vector<Entry> out;
  if (!list.is_array()) return out;
  for (const redis::Reply& item : list.elements) {
    if (!item.is_array() || item.elements.empty()) continue;
    Entry entry;
    entry.id = item.elements[0].str;
    if (item.elements.size() >= 2 && item.elements[1].is_array()) {
      entry.has_fields = true;
      entry.fields.reserve(item.elements[1].elements.size());
      for (const redis::Reply& f : item.elements[1].elements)
        entry.fields.push_back(f.str);
    }
    out.push_back(std::move(entry));
  }
  return out;
}

std::vector<Consumer::Entry> Consumer::ParseReadReply(
    const redis::Reply& reply) {
  // XREADGROUP: nil on timeout, else [[stream, [entries]]] for our one stream.
  if (!reply.is_array() || reply.elements.empty() ||
      !reply.elements[0].is_array() || reply.elements[0].elements.size() < 2) {
    return {};
  }
  return ParseEntries(reply.elements[0].elements[1]);
}

void Consumer::Start() {
  std::lock_guard<std::mutex> lifecycle(lifecycle_mu_);
  if (thread_.joinable()) return;
  {
    std::lock_guard<std::mutex> lock(mu_);
    stopping_ = false;
  }
  thread_ = std::thread(&Consumer::Loop, this);
}

void Consumer::Stop() {
  std::lock_guard<std::mutex> lifecycle(lifecycle_mu_);
  if (!thread_.joinable()) return;
  {
    std::lock_guard<std::mutex> lock(mu_);
    stopping_ = true;
  }
  cv_.notify_all();
  thread_.join();
}

absl::Status Consumer::EnsureGroup() {
  if (group_ready_) return absl::OkStatus();
  absl::StatusOr<redis::Reply> r =
      redis_.Command({"XGROUP", "CREATE", options_.stream, options_.group,
                      group_start_id_, "MKSTREAM"});
  if (!r.ok() && !redis::IsRedisError(r.status(), "BUSYGROUP"))
    return r.status();
  if (r.ok() && group_start_id_ == "0" && options_.start_id != "0") {
    spdlog::warn(
        "event consumer {}/{}: consumer group was missing (Redis restarted?); "
        "recreated it from the start of the stream",
        options_.stream, options_.group);
  }
  group_ready_ = true;
  return absl::OkStatus();
}

absl::Status Consumer::MaybeRecreateGroup(const absl::Status& status) {
  if (!redis::IsRedisError(status, "NOGROUP")) return status;
  // The group (and probably the stream) is gone: Redis restarted without
  // persistence or someone deleted it. Everything now in the stream was
  // published after the loss, so start from its beginning; processed_events
  // absorbs any overlap.
  group_ready_ = false;
  group_start_id_ =
      std::string("0");  // (not = "0": GCC 12 -Wrestrict false positive)
  pending_due_ = false;  // the pending list went with the group
  return EnsureGroup();
}

absl::StatusOr<int> Consumer::PollOnce() {
  using Clock = std::chrono::steady_clock;
  IMI_RETURN_IF_ERROR(EnsureGroup());
  int acked = 0;

  // Each phase is retried once if it finds the group gone.
  auto run = [&](absl::StatusOr<int> (Consumer::*phase)()) -> absl::Status {
    absl::StatusOr<int> n = (this->*phase)();
    if (!n.ok()) {
      IMI_RETURN_IF_ERROR(MaybeRecreateGroup(n.status()));
      n = (this->*phase)();
      if (!n.ok()) return n.status();
    }
    acked += *n;
    return absl::OkStatus();
  };

  if (Clock::now() >= next_claim_) {
    IMI_RETURN_IF_ERROR(run(&Consumer::ClaimStale));
    next_claim_ = Clock::now() + options_.claim_interval;
  }
  if (pending_due_ && Clock::now() >= next_pending_) {
    IMI_RETURN_IF_ERROR(run(&Consumer::HandlePending));
  }
  IMI_RETURN_IF_ERROR(run(&Consumer::ReadNew));
  return acked;
}

absl::StatusOr<int> Consumer::ClaimStale() {
  int acked = 0;
  std::string cursor = "0-0";
  for (int call = 0; call < kMaxCallsPerPhase; ++call) {
    IMI_ASSIGN_OR_RETURN(
        redis::Reply reply,
        redis_.Command({"XAUTOCLAIM", options_.stream, options_.group,
                        options_.consumer,
                        absl::StrCat(options_.claim_min_idle.count()), cursor,
                        "COUNT", absl::StrCat(options_.batch_size)}));
    // [next-cursor, [entries], [deleted ids] (Redis 7)]
    if (!reply.is_array() || reply.elements.size() < 2) {
      return absl::InternalError("XAUTOCLAIM: unexpected reply");
    }
    std::vector<Entry> entries = ParseEntries(reply.elements[1]);
    if (!entries.empty()) {
      spdlog::info(
          "event consumer {}/{}/{}: claimed {} entries idle for over {} ms",
          options_.stream, options_.group, options_.consumer, entries.size(),
          options_.claim_min_idle.count());
      bool failed = false;
      IMI_ASSIGN_OR_RETURN(int n, HandleAndAck(entries, &failed));
      acked += n;
      if (failed) {
        pending_due_ = true;
        next_pending_ =
            std::chrono::steady_clock::now() + options_.retry_interval;
      }
    }
    cursor = reply.elements[0].str;
    if (cursor == "0-0" || cursor.empty()) break;
  }
  return acked;
}

absl::StatusOr<int> Consumer::HandlePending() {
  // Reading with an id instead of ">" returns this member's own pending
  // entries after that id, without blocking.
  int acked = 0;
  bool failed_any = false;
  std::string cursor = "0";
  for (int call = 0; call < kMaxCallsPerPhase; ++call) {
    IMI_ASSIGN_OR_RETURN(redis::Reply reply,
                         redis_.Command({"XREADGROUP", "GROUP", options_.group,
                                         options_.consumer, "COUNT",
                                         absl::StrCat(options_.batch_size),
                                         "STREAMS", options_.stream, cursor}));
    std::vector<Entry> entries = ParseReadReply(reply);
    if (entries.empty()) break;
    cursor = entries.back().id;
    bool failed = false;
    absl::StatusOr<int> n = HandleAndAck(entries, &failed);
    if (!n.ok()) {
      pending_due_ = true;
      next_pending_ =
          std::chrono::steady_clock::now() + options_.retry_interval;
      return n.status();
    }
    acked += *n;
    failed_any = failed_any || failed;
  }
  pending_due_ = failed_any;
  next_pending_ = std::chrono::steady_clock::now() + options_.retry_interval;
  return acked;
}

absl::StatusOr<int> Consumer::ReadNew() {
  std::vector<std::string> args = {
      "XREADGROUP",      "GROUP", options_.group,
      options_.consumer, "COUNT", absl::StrCat(options_.batch_size)};
  if (options_.block.count() > 0) {  // BLOCK 0 would mean forever
    args.push_back("BLOCK");
    args.push_back(absl::StrCat(options_.block.count()));
  }
  args.push_back("STREAMS");
  args.push_back(options_.stream);
  args.push_back(">");
  IMI_ASSIGN_OR_RETURN(
      redis::Reply reply,
      redis_.Command(std::move(args),
                     options_.block + redis_.options().command_timeout));
  std::vector<Entry> entries = ParseReadReply(reply);
  if (entries.empty()) return 0;
  bool failed = false;
  absl::StatusOr<int> n = HandleAndAck(entries, &failed);
  if (failed || !n.ok()) {
    pending_due_ = true;
    next_pending_ = std::chrono::steady_clock::now() + options_.retry_interval;
  }
  return n;
}

absl::StatusOr<int> Consumer::HandleAndAck(const std::vector<Entry>& entries,
                                           bool* failed) {
  std::vector<std::string> ack = {"XACK", options_.stream, options_.group};
  absl::Status round_error;
  for (const Entry& entry : entries) {
    if (!entry.has_fields) {
      spdlog::warn(
          "event consumer {}/{}: entry {} was trimmed from the stream before "
          "it was "
          "handled; dropping it",
          options_.stream, options_.group, entry.id);
      ack.push_back(entry.id);
      continue;
    }
    absl::StatusOr<Event> event =
        FromStreamFields(options_.stream, entry.id, entry.fields);
    if (!event.ok()) {
      spdlog::error("event consumer {}/{}: dropping undecodable entry {}: {}",
                    options_.stream, options_.group, entry.id,
                    std::string(event.status().message()));
      ack.push_back(entry.id);
      continue;
    }
    absl::Status s = Handle(*event);
    if (s.ok()) {
      failures_.erase(entry.id);
      ack.push_back(entry.id);
      continue;
    }
    if (s.code() == absl::StatusCode::kUnavailable) {
      // The database (or whatever the handler depends on) is down: stop the
      // round; the loop backs off and everything is retried later.
      *failed = true;
      round_error = s;
      break;
    }
    *failed = true;
    // A handler that keeps failing is logged on failures 1, 10, 100, ...
    int& count = failures_[entry.id];
    if (++count == 1 || count == 10 || count == 100 || count % 1000 == 0) {
      spdlog::warn(
          "event consumer {}/{}: handling {} {} (event {}, entry {}, trace {}) "
          "failed "
          "({} times so far), will retry: {}",
          options_.stream, options_.group, event->type, event->aggregate,
          event->event_id, entry.id, event->trace_id, count, s.ToString());
    }
  }
  int acked = static_cast<int>(ack.size()) - 3;
  if (acked > 0) {
    absl::StatusOr<redis::Reply> r = redis_.Command(std::move(ack));
    // Not acknowledged: the entries stay pending and come back; the
    // processed marker makes that harmless.
    if (!r.ok()) return r.status();
  }
  if (!round_error.ok()) return round_error;
  return acked;
}

absl::Status Consumer::Handle(const Event& event) {
  if (pool_ == nullptr) {
    try {
      return handler_(event);
    } catch (const std::exception& e) {
      return absl::InternalError(
          absl::StrCat("event handler threw: ", e.what()));
    } catch (...) {
      return absl::InternalError(
          "event handler threw a non-standard exception");
    }
  }
  return pool_->Transact(options_.tx_mode, [&](pqxx::work& tx) -> absl::Status {
    pqxx::result r =
        tx.exec_prepared(kMarkProcessed, options_.group, event.event_id);
    if (r.affected_rows() == 0) return absl::OkStatus();  // processed before
    return tx_handler_(tx, event);
  });
}

absl::StatusOr<int64_t> Consumer::PurgeOnce() {
  if (pool_ == nullptr) return 0;
  return internal::PurgeInBatches(*pool_, [&](pqxx::work& tx) {
    pqxx::result r = tx.exec_prepared(
        kPurgeProcessed, options_.group,
        static_cast<int64_t>(options_.processed_retention.count()), internal::kPurgeBatch);
    return static_cast<int64_t>(r.affected_rows());
  });
}

void Consumer::Loop() {
  using Clock = std::chrono::steady_clock;
  Clock::time_point next_purge = Clock::now();
  Clock::time_point last_warning;
  int64_t failed_rounds = 0;
  for (;;) {
    {
      std::lock_guard<std::mutex> lock(mu_);
      if (stopping_) return;
    }
    absl::StatusOr<int> n = PollOnce();
    const Clock::time_point now = Clock::now();
    if (!n.ok()) {
      if (failed_rounds++ == 0 ||
          now - last_warning >= options_.warning_interval) {
        spdlog::warn(
            "event consumer {}/{}/{}: round failed ({} so far), retrying: {}",
            options_.stream, options_.group, options_.consumer, failed_rounds,
            n.status().ToString());
        last_warning = now;
      }
    } else if (failed_rounds > 0) {
      spdlog::info(
          "event consumer {}/{}/{}: consuming again after {} failed rounds",
          options_.stream, options_.group, options_.consumer, failed_rounds);
      failed_rounds = 0;
    }
    if (pool_ != nullptr && now >= next_purge) {
      absl::StatusOr<int64_t> purged = PurgeOnce();
      if (!purged.ok()) {
        spdlog::warn(
            "event consumer {}/{}: purging processed events failed: {}",
            options_.stream, options_.group, purged.status().ToString());
      }
      next_purge = now + options_.purge_interval;
    }
    if (!n.ok()) {
      std::unique_lock<std::mutex> lock(mu_);
      cv_.wait_for(lock, options_.error_backoff, [&] { return stopping_; });
    } else if (options_.block.count() == 0 && *n == 0) {
      // Without BLOCK an idle stream would spin.
      std::unique_lock<std::mutex> lock(mu_);
      cv_.wait_for(lock, std::chrono::milliseconds(100),
                   [&] { return stopping_; });
    }
  }
}

}  // namespace imi::events
