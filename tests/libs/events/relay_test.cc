// The outbox and the relay against real PostgreSQL and Redis servers.
#include "libs/events/relay.h"

#include <gtest/gtest.h>

#include <set>

#include "libs/events/outbox.h"
#include "tests/libs/events/events_fixture.h"

namespace imi::events {
namespace {

using std::chrono::milliseconds;

class OutboxTest : public EventsTest {};
class RelayTest : public EventsTest {};

TEST_F(OutboxTest, MigrationsApplyOnceAndAreRecordedUnderTheEventsComponent) {
  absl::StatusOr<std::unique_ptr<pqxx::connection>> conn =
      pool_->OpenDedicated();
  ASSERT_TRUE(conn.ok()) << conn.status();
  absl::StatusOr<pg::MigrationReport> again =
      pg::Migrate(**conn, db_.schema, Migrations());
  ASSERT_TRUE(again.ok()) << again.status();
  EXPECT_TRUE(again->applied.empty());
  EXPECT_EQ(again->already_applied, 1);
  EXPECT_EQ(
      QueryInt(
          "SELECT count(*) FROM schema_migrations WHERE component = 'events'"),
      1);
  EXPECT_EQ(QueryInt("SELECT count(*) FROM outbox"), 0);
  EXPECT_EQ(QueryInt("SELECT count(*) FROM processed_events"), 0);
}

TEST_F(OutboxTest, EnqueueGeneratesAnEventIdWhenNoneIsGiven) {
  ASSERT_TRUE(
      EnqueueCommitted(MakeEvent("AuthorityCreated", "authorities/dk-1")).ok());
  absl::StatusOr<std::string> id = pool_->Transact<std::string>(
      pg::TxMode::kReadOnly, [](pqxx::work& tx) -> absl::StatusOr<std::string> {
        return tx.exec1("SELECT event_id::text FROM outbox")[0]
            .as<std::string>();
      });
  ASSERT_TRUE(id.ok()) << id.status();
  EXPECT_TRUE(IsCanonicalUuid(*id)) << *id;
}

TEST_F(OutboxTest, EnqueueRejectsIncompleteEvents) {
  Event no_stream = MakeEvent("T", "a/1");
  no_stream.stream.clear();
  Event no_type = MakeEvent("", "a/1");
  Event no_aggregate = MakeEvent("T", "");
  Event bad_id = MakeEvent("T", "a/1");
  bad_id.event_id = "not-a-uuid";
  for (const Event& e : {no_stream, no_type, no_aggregate, bad_id}) {
    EXPECT_EQ(EnqueueCommitted(e).code(), absl::StatusCode::kInvalidArgument);
  }
  EXPECT_EQ(QueryInt("SELECT count(*) FROM outbox"), 0);
}

TEST_F(OutboxTest, EnqueueOfADuplicateEventIdIsAlreadyExists) {
  Event e = MakeEvent("T", "a/1");
  e.event_id = NewEventId();
  ASSERT_TRUE(EnqueueCommitted(e).ok());
  EXPECT_EQ(EnqueueCommitted(e).code(), absl::StatusCode::kAlreadyExists);
  EXPECT_EQ(QueryInt("SELECT count(*) FROM outbox"), 1);
}

TEST_F(RelayTest, PublishesNothingFromARolledBackTransaction) {
  Relay relay(*pool_, *redis_);
  absl::Status s = pool_->Transact(
      pg::TxMode::kReadWrite, [&](pqxx::work& tx) -> absl::Status {
        absl::Status enqueued =
            Enqueue(tx, MakeEvent("AuthorityUpdated", "authorities/dk-1"));
        if (!enqueued.ok()) return enqueued;
        return absl::FailedPreconditionError(
            "the change itself failed");  // rolls back
      });
  ASSERT_EQ(s.code(), absl::StatusCode::kFailedPrecondition);

  absl::StatusOr<int> published = relay.PublishOnce();
  ASSERT_TRUE(published.ok()) << published.status();
  EXPECT_EQ(*published, 0);
  EXPECT_EQ(StreamLength(), 0);
  EXPECT_EQ(QueryInt("SELECT count(*) FROM outbox"), 0);
}

TEST_F(RelayTest, PublishesACommittedEventExactlyOnceWithAllItsFields) {
  Relay relay(*pool_, *redis_);
  Event e = MakeEvent("AuthorityUpdated", "authorities/dk-1",
                      std::string("\0bin\xff\r\n", 8));
  e.event_id = NewEventId();
  ASSERT_TRUE(EnqueueCommitted(e).ok());

  absl::StatusOr<int> first = relay.PublishOnce();
  ASSERT_TRUE(first.ok()) << first.status();
  EXPECT_EQ(*first, 1);
  absl::StatusOr<int> second = relay.PublishOnce();
  ASSERT_TRUE(second.ok()) << second.status();
  EXPECT_EQ(*second, 0);

  std::vector<Event> entries = ReadStream();
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0].event_id, e.event_id);
  EXPECT_EQ(entries[0].type, "AuthorityUpdated");
  EXPECT_EQ(entries[0].aggregate, "authorities/dk-1");
  EXPECT_EQ(entries[0].payload, e.payload);
  EXPECT_EQ(entries[0].trace_id, "trace-1");
  EXPECT_EQ(
      QueryInt("SELECT count(*) FROM outbox WHERE publish_time IS NOT NULL"),
      1);
}

TEST_F(RelayTest, PublishesToEachEventsOwnStreamInOutboxOrder) {
  RelayOptions options;
  options.batch_size = 3;
  Relay relay(*pool_, *redis_, options);
  const std::string other = stream_ + ".other";
  std::vector<std::string> ids;
  for (int i = 0; i < 7; ++i) {
    Event e = MakeEvent("Changed", "things/" + std::to_string(i));
    e.event_id = NewEventId();
    if (i == 3) e.stream = other;
    ids.push_back(e.event_id);
    ASSERT_TRUE(EnqueueCommitted(e).ok());
  }
  std::vector<int> rounds;
  for (;;) {
    absl::StatusOr<int> n = relay.PublishOnce();
    ASSERT_TRUE(n.ok()) << n.status();
    if (*n == 0) break;
    rounds.push_back(*n);
  }
  EXPECT_EQ(rounds, (std::vector<int>{3, 3, 1}));

  std::vector<Event> entries = ReadStream();
  ASSERT_EQ(entries.size(), 6u);
  std::vector<std::string> got;
  for (const Event& e : entries) got.push_back(e.event_id);
  std::vector<std::string> want = ids;
  want.erase(want.begin() + 3);
  EXPECT_EQ(got, want);
  std::vector<Event> on_other = ReadStream(other);
  ASSERT_EQ(on_other.size(), 1u);
  EXPECT_EQ(on_other[0].event_id, ids[3]);
}

TEST_F(RelayTest, KeepsEventsWhileRedisIsDownAndPublishesThemAfter) {
  Relay relay(*pool_, *redis_);
  ASSERT_TRUE(redis_->Ping().ok());  // the client holds an open connection
  redis_server_->Stop();
  std::set<std::string> ids;
  for (int i = 0; i < 3; ++i) {
    Event e =
        MakeEvent("AuthorityUpdated", "authorities/dk-" + std::to_string(i));
    e.event_id = NewEventId();
    ids.insert(e.event_id);
    ASSERT_TRUE(EnqueueCommitted(e).ok());  // the service keeps working
  }
  for (int i = 0; i < 3; ++i) {
    absl::StatusOr<int> n = relay.PublishOnce();
    EXPECT_EQ(n.status().code(), absl::StatusCode::kUnavailable) << n.status();
  }
  EXPECT_EQ(QueryInt("SELECT count(*) FROM outbox WHERE publish_time IS NULL"),
            3);

  redis_server_->Start();
  int published = 0;
  ASSERT_TRUE(Eventually([&] {
    absl::StatusOr<int> n = relay.PublishOnce();
    if (n.ok()) published += *n;
    return published == 3;
  }));
  EXPECT_EQ(QueryInt("SELECT count(*) FROM outbox WHERE publish_time IS NULL"),
            0);
  std::set<std::string> got;
  for (const Event& e : ReadStream()) got.insert(e.event_id);
  EXPECT_EQ(got, ids);
  EXPECT_EQ(StreamLength(), 3);
}

TEST_F(RelayTest, TwoRelaysNeverPublishTheSameEventTwice) {
  constexpr int kEvents = 300;
  ASSERT_TRUE(pool_
                  ->Transact(pg::TxMode::kReadWrite,
                             [&](pqxx::work& tx) -> absl::Status {
                               for (int i = 0; i < kEvents; ++i) {
                                 absl::Status s = Enqueue(
                                     tx,
                                     MakeEvent("Changed",
                                               "things/" + std::to_string(i)));
                                 if (!s.ok()) return s;
                               }
                               return absl::OkStatus();
                             })
                  .ok());
  // Two replicas: each its own pool and Redis client.
  pg::Pool pool_b(db_.pool_options);
  redis::Client redis_b(redis_options_);
  RelayOptions options;
  options.batch_size = 7;
  options.poll_interval = milliseconds(1);
  Relay a(*pool_, *redis_, options);
  Relay b(pool_b, redis_b, options);
  a.Start();
  b.Start();
  ASSERT_TRUE(Eventually([&] {
    return QueryInt("SELECT count(*) FROM outbox WHERE publish_time IS NULL") ==
           0;
  }));
  a.Stop();
  b.Stop();

  std::vector<Event> entries = ReadStream();
  std::set<std::string> unique;
  for (const Event& e : entries) unique.insert(e.event_id);
  EXPECT_EQ(entries.size(), static_cast<size_t>(kEvents));
  EXPECT_EQ(unique.size(), static_cast<size_t>(kEvents));
}

TEST_F(RelayTest, BackgroundLoopPublishesNewEventsWithoutBeingAsked) {
  RelayOptions options;
  options.poll_interval = milliseconds(10);
  Relay relay(*pool_, *redis_, options);
  relay.Start();
  ASSERT_TRUE(
      EnqueueCommitted(MakeEvent("AuthorityCreated", "authorities/fr-1")).ok());
  EXPECT_TRUE(Eventually([&] { return StreamLength() == 1; }));
  relay.Stop();
  relay.Stop();  // idempotent
}

TEST_F(RelayTest, BackgroundLoopSurvivesARedisOutage) {
  RelayOptions options;
  options.poll_interval = milliseconds(10);
  Relay relay(*pool_, *redis_, options);
  relay.Start();
  redis_server_->Stop();
  ASSERT_TRUE(
      EnqueueCommitted(MakeEvent("AuthorityCreated", "authorities/fr-1")).ok());
  std::this_thread::sleep_for(milliseconds(100));  // several failing rounds
  EXPECT_EQ(QueryInt("SELECT count(*) FROM outbox WHERE publish_time IS NULL"),
            1);
  redis_server_->Start();
  EXPECT_TRUE(Eventually([&] {
    absl::StatusOr<redis::Reply> r = redis_->Command({"XLEN", stream_});
    return r.ok() && r->integer == 1;
  }));
  relay.Stop();
}

TEST_F(RelayTest, PurgeDeletesOnlyPublishedEventsOlderThanTheRetention) {
  RelayOptions keep_all;
  keep_all.retention = std::chrono::hours(1);
  RelayOptions keep_none;
  keep_none.retention = milliseconds(0);
  Relay keeping(*pool_, *redis_, keep_all);
  Relay purging(*pool_, *redis_, keep_none);

  ASSERT_TRUE(EnqueueCommitted(MakeEvent("T", "a/1")).ok());
  ASSERT_TRUE(EnqueueCommitted(MakeEvent("T", "a/2")).ok());
  ASSERT_EQ(*keeping.PublishOnce(), 2);
  ASSERT_TRUE(
      EnqueueCommitted(MakeEvent("T", "a/3")).ok());  // not yet published

  absl::StatusOr<int64_t> none = keeping.PurgeOnce();
  ASSERT_TRUE(none.ok()) << none.status();
  EXPECT_EQ(*none, 0);
  absl::StatusOr<int64_t> two = purging.PurgeOnce();
  ASSERT_TRUE(two.ok()) << two.status();
  EXPECT_EQ(*two, 2);
  EXPECT_EQ(QueryInt("SELECT count(*) FROM outbox"), 1);
  EXPECT_EQ(QueryInt("SELECT count(*) FROM outbox WHERE publish_time IS NULL"),
            1);
}

TEST_F(RelayTest, KeepsPublishingOtherEventsWhenRedisRejectsOne) {
  Relay relay(*pool_, *redis_);
  const std::string broken = stream_ + ".broken";
  ASSERT_TRUE(redis_->Set(broken, "not a stream").ok());
  Event bad = MakeEvent("T", "a/1");
  bad.stream = broken;
  ASSERT_TRUE(EnqueueCommitted(bad).ok());
  ASSERT_TRUE(EnqueueCommitted(MakeEvent("T", "a/2")).ok());

  absl::StatusOr<int> n = relay.PublishOnce();
  ASSERT_TRUE(n.ok()) << n.status();
  EXPECT_EQ(*n, 1);
  EXPECT_EQ(StreamLength(), 1);
  // The rejected event stays in the outbox, and alone it is reported.
  EXPECT_EQ(QueryInt("SELECT count(*) FROM outbox WHERE publish_time IS NULL"),
            1);
  absl::StatusOr<int> again = relay.PublishOnce();
  EXPECT_EQ(again.status().code(), absl::StatusCode::kFailedPrecondition)
      << again.status();

  // Once the operator fixes the key, it goes out.
  ASSERT_TRUE(redis_->Del({broken}).ok());
  absl::StatusOr<int> fixed = relay.PublishOnce();
  ASSERT_TRUE(fixed.ok()) << fixed.status();
  EXPECT_EQ(*fixed, 1);
}

}  // namespace
}  // namespace imi::events
