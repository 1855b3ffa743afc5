#include "services/translation/mt_cache.h"

#include <chrono>
#include <vector>

#include "libs/redis/client.h"
#include "libs/status/error.h"
#include "spdlog/spdlog.h"

namespace imi::translation {

namespace {
// Most writes sent in one pipelined round trip.
constexpr std::size_t kMaxBatch = 128;
}  // namespace

RedisTranslationCache::RedisTranslationCache(redis::Client* client,
                                             absl::Duration retry_after)
    : client_(client),
      retry_after_(retry_after),
      writer_([this] { WriterLoop(); }) {}

RedisTranslationCache::~RedisTranslationCache() {
  {
    absl::MutexLock lock(&queue_mu_);
    stopping_ = true;
  }
  writer_.join();
}

bool RedisTranslationCache::Paused() {
  absl::MutexLock lock(&mu_);
  return absl::Now() < paused_until_;
}

void RedisTranslationCache::Failed() {
  errors_.fetch_add(1);
  absl::MutexLock lock(&mu_);
  const absl::Time now = absl::Now();
  // Log once per pause, not once per call.
  if (now >= paused_until_) {
    spdlog::warn("mt cache: Redis failed; translating without cache for {}",
                 absl::FormatDuration(retry_after_));
  }
  paused_until_ = now + retry_after_;
}

CacheLookup RedisTranslationCache::Get(const std::string& key) {
  if (Paused()) return {CacheOutcome::kSkipped, {}};
  absl::StatusOr<std::optional<std::string>> got = client_->Get(key);
  if (!got.ok()) {
    spdlog::debug("mt cache: GET failed: {}", Describe(got.status()));
    Failed();
    return {CacheOutcome::kError, {}};
  }
  if (!got->has_value()) return {CacheOutcome::kMiss, {}};
  return {CacheOutcome::kHit, std::move(**got)};
}

void RedisTranslationCache::Put(const std::string& key, std::string_view value,
                                absl::Duration ttl) {
  if (Paused()) return;
  absl::MutexLock lock(&queue_mu_);
  if (queue_.size() >= kMaxQueuedWrites) {
    dropped_.fetch_add(1);
    return;
  }
  queue_.push_back({key, std::string(value), absl::ToInt64Milliseconds(ttl)});
  ++queued_;
}

void RedisTranslationCache::Flush() {
  absl::MutexLock lock(&queue_mu_);
  const std::uint64_t target = queued_;
  auto done = [this, target]() ABSL_SHARED_LOCKS_REQUIRED(queue_mu_) {
    return written_ >= target || stopping_;
  };
  queue_mu_.Await(absl::Condition(&done));
}

void RedisTranslationCache::WriterLoop() {
  while (true) {
    std::vector<Write> batch;
    {
      absl::MutexLock lock(&queue_mu_);
      auto ready = [this]() ABSL_SHARED_LOCKS_REQUIRED(queue_mu_) {
        return !queue_.empty() || stopping_;
      };
      queue_mu_.Await(absl::Condition(&ready));
      if (queue_.empty()) return;  // stopping, nothing left
      while (!queue_.empty() && batch.size() < kMaxBatch) {
        batch.push_back(std::move(queue_.front()));
        queue_.pop_front();
      }
    }
    if (!Paused()) {
      std::vector<std::vector<std::string>> commands;
      commands.reserve(batch.size());
      for (Write& w : batch) {
        commands.push_back({"SET", std::move(w.key), std::move(w.value), "PX",
                            std::to_string(w.ttl_ms)});
      }
      absl::StatusOr<std::vector<redis::Reply>> replies =
          client_->Pipeline(std::move(commands));
      absl::Status s = replies.status();
      if (s.ok()) {
        for (const redis::Reply& r : *replies) {
          if (absl::Status e = redis::ReplyStatus(r); !e.ok()) s = e;
        }
      }
      if (!s.ok()) {
        spdlog::debug("mt cache: SET failed: {}", Describe(s));
        Failed();
      }
    }
    absl::MutexLock lock(&queue_mu_);
    written_ += batch.size();
  }
}

}  // namespace imi::translation
