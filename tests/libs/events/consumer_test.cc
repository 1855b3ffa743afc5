// Consumers against real PostgreSQL and Redis servers, fed by the relay.
#include "libs/events/consumer.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <atomic>
#include <map>
#include <mutex>
#include <set>

#include "libs/events/relay.h"
#include "tests/libs/events/events_fixture.h"

namespace imi::events {
namespace {

using std::chrono::milliseconds;

class ConsumerTest : public EventsTest {
 protected:
  void SetUp() override {
    EventsTest::SetUp();
    if (HasFatalFailure()) return;
    // What a consuming service's handler changes, in the same transaction.
    Exec("CREATE TABLE seen (event_id uuid PRIMARY KEY, type text NOT NULL)");
  }

  ConsumerOptions Options(const std::string& consumer = "c1") const {
    ConsumerOptions o;
    o.stream = stream_;
    o.group = "requests";
    o.consumer = consumer;
    o.block = milliseconds(20);
    o.retry_interval = milliseconds(0);
    return o;
  }

  // A handler that records the event in `seen` and counts its calls.
  Consumer::TxHandler Recording() {
    return [this](pqxx::work& tx, const Event& e) -> absl::Status {
      {
        std::lock_guard<std::mutex> lock(mu_);
        calls_[e.event_id]++;
        handled_.push_back(e);
      }
      tx.exec_params0("INSERT INTO seen (event_id, type) VALUES ($1::uuid, $2)",
                      e.event_id, e.type);
      return absl::OkStatus();
    };
  }

  // Enqueues `n` events and publishes them; returns their ids in order.
  std::vector<std::string> Publish(
      int n, const std::string& type = "AuthorityUpdated") {
    Relay relay(*pool_, *redis_);
    std::vector<std::string> ids;
    for (int i = 0; i < n; ++i) {
      Event e = MakeEvent(type, "authorities/dk-" + std::to_string(i));
      e.event_id = NewEventId();
      ids.push_back(e.event_id);
      EXPECT_TRUE(EnqueueCommitted(e).ok());
    }
    int published = 0;
    EXPECT_TRUE(Eventually([&] {
      absl::StatusOr<int> r = relay.PublishOnce();
      if (r.ok()) published += *r;
      return published == n;
    }));
    return ids;
  }

  // XADDs an entry with exactly these fields, bypassing the relay.
  void AddRaw(const std::vector<std::string>& fields) {
    std::vector<std::string> args = {"XADD", stream_, "*"};
    args.insert(args.end(), fields.begin(), fields.end());
    absl::StatusOr<redis::Reply> r = redis_->Command(args);
    ASSERT_TRUE(r.ok()) << r.status();
  }

  int Calls(const std::string& event_id) {
    std::lock_guard<std::mutex> lock(mu_);
    return calls_[event_id];
  }
  int TotalCalls() {
    std::lock_guard<std::mutex> lock(mu_);
    int total = 0;
    for (const auto& [id, n] : calls_) total += n;
    return total;
  }

  std::mutex mu_;
  std::map<std::string, int> calls_;
  std::vector<Event> handled_;
};

TEST_F(ConsumerTest, HandlesEachPublishedEventOnceAndAcknowledgesIt) {
  Consumer consumer(*redis_, *pool_, Options(), Recording());
  ASSERT_TRUE(consumer.PollOnce().ok());  // creates the group at "$"
  std::vector<std::string> ids = Publish(3);

  absl::StatusOr<int> n = consumer.PollOnce();
  ASSERT_TRUE(n.ok()) << n.status();
  EXPECT_EQ(*n, 3);
  ASSERT_EQ(handled_.size(), 3u);
  for (size_t i = 0; i < ids.size(); ++i) {
    EXPECT_EQ(handled_[i].event_id, ids[i]);
    EXPECT_EQ(handled_[i].stream, stream_);
    EXPECT_EQ(handled_[i].type, "AuthorityUpdated");
    EXPECT_EQ(handled_[i].aggregate, "authorities/dk-" + std::to_string(i));
    EXPECT_EQ(handled_[i].payload, "p");
    EXPECT_EQ(handled_[i].trace_id, "trace-1");
    EXPECT_FALSE(handled_[i].stream_entry_id.empty());
  }
  EXPECT_EQ(PendingCount("requests"), 0);
  EXPECT_EQ(QueryInt("SELECT count(*) FROM seen"), 3);
  EXPECT_EQ(
      QueryInt(
          "SELECT count(*) FROM processed_events WHERE consumer = 'requests'"),
      3);

  absl::StatusOr<int> again = consumer.PollOnce();
  ASSERT_TRUE(again.ok()) << again.status();
  EXPECT_EQ(*again, 0);
  EXPECT_EQ(TotalCalls(), 3);
}

TEST_F(ConsumerTest,
       NewGroupStartsAfterTheEventsAlreadyInTheStreamUnlessToldOtherwise) {
  Publish(2);
  Consumer from_now(*redis_, *pool_, Options(), Recording());
  EXPECT_EQ(*from_now.PollOnce(), 0);

  ConsumerOptions from_start = Options();
  from_start.group = "alerts";
  from_start.start_id = "0";
  Consumer everything(*redis_, *pool_, from_start, Recording());
  EXPECT_EQ(*everything.PollOnce(), 2);
}

TEST_F(ConsumerTest, SkipsAnEventThatWasPublishedTwice) {
  Consumer consumer(*redis_, *pool_, Options(), Recording());
  ASSERT_TRUE(consumer.PollOnce().ok());
  Event e = MakeEvent("AuthorityUpdated", "authorities/dk-1");
  e.event_id = NewEventId();
  // What a relay whose commit failed after XADD leaves behind.
  AddRaw(ToStreamFields(e));
  AddRaw(ToStreamFields(e));

  absl::StatusOr<int> n = consumer.PollOnce();
  ASSERT_TRUE(n.ok()) << n.status();
  EXPECT_EQ(*n, 2);                 // both entries acknowledged...
  EXPECT_EQ(Calls(e.event_id), 1);  // ...but handled once
  EXPECT_EQ(PendingCount("requests"), 0);
  EXPECT_EQ(QueryInt("SELECT count(*) FROM seen"), 1);
}

TEST_F(ConsumerTest,
       EntryRedeliveredAfterALostAcknowledgementIsNotHandledAgain) {
  // Consumer A's Redis user may read but not XACK: it handles and commits,
  // then its acknowledgement is lost, as if it died right after the commit.
  const std::string user = "noack" + std::to_string(::getpid());
  ASSERT_TRUE(redis_
                  ->Command({"ACL", "SETUSER", user, "reset", "on", ">pw", "~*",
                             "+@all", "-xack"})
                  .ok());
  redis::RedisOptions no_ack_options = redis_options_;
  no_ack_options.username = user;
  no_ack_options.password = "pw";
  redis::Client no_ack(no_ack_options);

  Consumer a(no_ack, *pool_, Options("a"), Recording());
  ASSERT_TRUE(a.PollOnce().ok());
  std::vector<std::string> ids = Publish(1);
  absl::StatusOr<int> lost = a.PollOnce();
  EXPECT_EQ(lost.status().code(), absl::StatusCode::kPermissionDenied)
      << lost.status();
  EXPECT_EQ(Calls(ids[0]), 1);
  EXPECT_EQ(QueryInt("SELECT count(*) FROM seen"), 1);
  EXPECT_EQ(PendingCount("requests"), 1);

  // B claims the entry (idle for longer than its min idle time of 0)...
  ConsumerOptions b_options = Options("b");
  b_options.claim_min_idle = milliseconds(0);
  Consumer b(*redis_, *pool_, b_options, Recording());
  absl::StatusOr<int> n = b.PollOnce();
  ASSERT_TRUE(n.ok()) << n.status();
  EXPECT_EQ(*n, 1);
  // ...and acknowledges it without handling it a second time.
  EXPECT_EQ(Calls(ids[0]), 1);
  EXPECT_EQ(PendingCount("requests"), 0);
  EXPECT_EQ(QueryInt("SELECT count(*) FROM seen"), 1);

  ASSERT_TRUE(redis_->Command({"ACL", "DELUSER", user}).ok());
}

TEST_F(ConsumerTest, ClaimsEntriesLeftPendingByADeadConsumer) {
  Consumer live(*redis_, *pool_, Options("live"), Recording());
  ASSERT_TRUE(live.PollOnce().ok());
  std::vector<std::string> ids = Publish(2);
  // "dead" reads both entries and never comes back.
  absl::StatusOr<redis::Reply> taken =
      redis_->Command({"XREADGROUP", "GROUP", "requests", "dead", "COUNT", "10",
                       "STREAMS", stream_, ">"});
  ASSERT_TRUE(taken.ok()) << taken.status();
  EXPECT_EQ(PendingCount("requests"), 2);

  // Not yet idle long enough (default one minute): left alone.
  Consumer patient(*redis_, *pool_, Options("patient"), Recording());
  EXPECT_EQ(*patient.PollOnce(), 0);
  EXPECT_EQ(PendingCount("requests"), 2);

  ConsumerOptions eager_options = Options("eager");
  eager_options.claim_min_idle = milliseconds(0);
  Consumer eager(*redis_, *pool_, eager_options, Recording());
  absl::StatusOr<int> n = eager.PollOnce();
  ASSERT_TRUE(n.ok()) << n.status();
  EXPECT_EQ(*n, 2);
  EXPECT_EQ(Calls(ids[0]), 1);
  EXPECT_EQ(Calls(ids[1]), 1);
  EXPECT_EQ(PendingCount("requests"), 0);
}

TEST_F(ConsumerTest,
       FailingHandlerLeavesTheEntryPendingAndItIsHandledOnALaterPoll) {
  std::atomic<int> attempts{0};
  Consumer::TxHandler record = Recording();
  Consumer consumer(*redis_, *pool_, Options(),
                    [&](pqxx::work& tx, const Event& e) -> absl::Status {
                      // Writes first, then fails: the write must roll back.
                      absl::Status s = record(tx, e);
                      if (attempts++ == 0)
                        return absl::InternalError("downstream hiccup");
                      return s;
                    });
  ASSERT_TRUE(consumer.PollOnce().ok());
  std::vector<std::string> ids = Publish(1);

  absl::StatusOr<int> first = consumer.PollOnce();
  ASSERT_TRUE(first.ok())
      << first.status();  // a handler error is not a round error
  EXPECT_EQ(*first, 0);
  EXPECT_EQ(PendingCount("requests"), 1);
  EXPECT_EQ(QueryInt("SELECT count(*) FROM seen"), 0);
  EXPECT_EQ(QueryInt("SELECT count(*) FROM processed_events"), 0);

  absl::StatusOr<int> second = consumer.PollOnce();
  ASSERT_TRUE(second.ok()) << second.status();
  EXPECT_EQ(*second, 1);
  EXPECT_EQ(attempts.load(), 2);
  EXPECT_EQ(PendingCount("requests"), 0);
  EXPECT_EQ(QueryInt("SELECT count(*) FROM seen"), 1);
}

TEST_F(ConsumerTest, FailedEntryWaitsForTheRetryInterval) {
  std::atomic<int> attempts{0};
  ConsumerOptions options = Options();
  options.retry_interval = std::chrono::hours(1);
  Consumer consumer(*redis_, *pool_, options,
                    [&](pqxx::work&, const Event&) -> absl::Status {
                      attempts++;
                      return absl::InternalError("always fails");
                    });
  ASSERT_TRUE(consumer.PollOnce().ok());
  Publish(1);
  ASSERT_TRUE(consumer.PollOnce().ok());
  ASSERT_TRUE(consumer.PollOnce().ok());
  EXPECT_EQ(attempts.load(), 1);
  EXPECT_EQ(PendingCount("requests"), 1);
}

TEST_F(ConsumerTest, RestartedConsumerHandlesItsOwnPendingEntriesFirst) {
  std::vector<std::string> ids;
  {
    Consumer crashing(*redis_, *pool_, Options("pod-0"),
                      [](pqxx::work&, const Event&) -> absl::Status {
                        return absl::InternalError("crashed");
                      });
    ASSERT_TRUE(crashing.PollOnce().ok());
    ids = Publish(2);
    ASSERT_TRUE(crashing.PollOnce().ok());
    EXPECT_EQ(PendingCount("requests"), 2);
  }
  // Same name after the restart; claim_min_idle (1 min) has not passed.
  Consumer restarted(*redis_, *pool_, Options("pod-0"), Recording());
  absl::StatusOr<int> n = restarted.PollOnce();
  ASSERT_TRUE(n.ok()) << n.status();
  EXPECT_EQ(*n, 2);
  EXPECT_EQ(Calls(ids[0]), 1);
  EXPECT_EQ(Calls(ids[1]), 1);
  EXPECT_EQ(PendingCount("requests"), 0);
}

TEST_F(ConsumerTest, TwoConsumersInOneGroupSplitTheWork) {
  ConsumerOptions a_options = Options("a");
  a_options.batch_size = 5;
  ConsumerOptions b_options = Options("b");
  b_options.batch_size = 5;
  std::atomic<int> by_a{0}, by_b{0};
  Consumer::TxHandler record = Recording();
  Consumer a(*redis_, *pool_, a_options, [&](pqxx::work& tx, const Event& e) {
    by_a++;
    return record(tx, e);
  });
  Consumer b(*redis_, *pool_, b_options, [&](pqxx::work& tx, const Event& e) {
    by_b++;
    return record(tx, e);
  });
  ASSERT_TRUE(a.PollOnce().ok());
  ASSERT_TRUE(b.PollOnce().ok());
  std::vector<std::string> ids = Publish(40);

  int acked = 0;
  ASSERT_TRUE(Eventually([&] {
    absl::StatusOr<int> na = a.PollOnce();
    absl::StatusOr<int> nb = b.PollOnce();
    if (na.ok()) acked += *na;
    if (nb.ok()) acked += *nb;
    return acked == 40;
  }));
  EXPECT_GT(by_a.load(), 0);
  EXPECT_GT(by_b.load(), 0);
  EXPECT_EQ(by_a.load() + by_b.load(), 40);
  for (const std::string& id : ids) EXPECT_EQ(Calls(id), 1) << id;
  EXPECT_EQ(QueryInt("SELECT count(*) FROM seen"), 40);
  EXPECT_EQ(PendingCount("requests"), 0);
}

TEST_F(ConsumerTest, RecreatesItsGroupWhenRedisLosesItAndConsumesNewEvents) {
  Consumer consumer(*redis_, *pool_, Options(), Recording());
  ASSERT_TRUE(consumer.PollOnce().ok());
  redis_server_->Stop();
  EXPECT_EQ(consumer.PollOnce().status().code(),
            absl::StatusCode::kUnavailable);
  redis_server_->Start();  // empty: no stream, no group

  std::vector<std::string> ids =
      Publish(1);  // creates the stream, not the group
  int handled = 0;
  ASSERT_TRUE(Eventually([&] {
    absl::StatusOr<int> n = consumer.PollOnce();
    if (n.ok()) handled += *n;
    return handled == 1;
  }));
  EXPECT_EQ(Calls(ids[0]), 1);
}

TEST_F(ConsumerTest, DropsEntriesThatAreNotEvents) {
  Consumer consumer(*redis_, *pool_, Options(), Recording());
  ASSERT_TRUE(consumer.PollOnce().ok());
  AddRaw({"hello", "world"});
  AddRaw({"event_id", "not-a-uuid", "type", "T", "aggregate", "a/1"});
  absl::StatusOr<int> n = consumer.PollOnce();
  ASSERT_TRUE(n.ok()) << n.status();
  EXPECT_EQ(*n, 2);
  EXPECT_EQ(TotalCalls(), 0);
  EXPECT_EQ(PendingCount("requests"), 0);
}

TEST_F(ConsumerTest, HandlerExceptionIsTreatedAsAFailure) {
  std::atomic<int> attempts{0};
  Consumer::TxHandler record = Recording();
  Consumer consumer(*redis_, *pool_, Options(),
                    [&](pqxx::work& tx, const Event& e) {
                      if (attempts++ == 0) throw std::runtime_error("boom");
                      return record(tx, e);
                    });
  ASSERT_TRUE(consumer.PollOnce().ok());
  Publish(1);
  EXPECT_EQ(*consumer.PollOnce(), 0);
  EXPECT_EQ(*consumer.PollOnce(), 1);
  EXPECT_EQ(QueryInt("SELECT count(*) FROM seen"), 1);
}

TEST_F(ConsumerTest,
       ConsumerWithoutDatabaseDeliversAtLeastOnceAndRetriesFailures) {
  std::mutex mu;
  std::vector<std::string> seen;
  int attempts = 0;
  Consumer consumer(*redis_, Options(), [&](const Event& e) -> absl::Status {
    std::lock_guard<std::mutex> lock(mu);
    if (attempts++ == 0) return absl::InternalError("cache not ready");
    seen.push_back(e.event_id);
    return absl::OkStatus();
  });
  ASSERT_TRUE(consumer.PollOnce().ok());
  Event e = MakeEvent("AuthorityUpdated", "authorities/dk-1");
  e.event_id = NewEventId();
  AddRaw(ToStreamFields(e));
  AddRaw(ToStreamFields(e));  // duplicate publish: no dedup without a database

  ASSERT_TRUE(
      consumer.PollOnce().ok());  // first attempt fails, second entry handled
  ASSERT_TRUE(consumer.PollOnce().ok());  // the failed one is retried
  EXPECT_EQ(seen, (std::vector<std::string>{e.event_id, e.event_id}));
  EXPECT_EQ(PendingCount("requests"), 0);
  EXPECT_EQ(*consumer.PurgeOnce(), 0);
}

TEST_F(ConsumerTest, PurgeForgetsOnlyOldProcessedEventsOfItsOwnGroup) {
  ConsumerOptions options = Options();
  options.start_id = "0";
  Consumer consumer(*redis_, *pool_, options, Recording());
  Publish(2);
  ASSERT_EQ(*consumer.PollOnce(), 2);
  Exec(
      "INSERT INTO processed_events (consumer, event_id) VALUES ('other', "
      "gen_random_uuid())");

  ConsumerOptions forgetful_options = options;
  forgetful_options.processed_retention = milliseconds(0);
  Consumer forgetful(*redis_, *pool_, forgetful_options, Recording());
  EXPECT_EQ(*consumer.PurgeOnce(), 0);  // 14 days
  EXPECT_EQ(*forgetful.PurgeOnce(), 2);
  EXPECT_EQ(QueryInt("SELECT count(*) FROM processed_events"), 1);
}

TEST_F(ConsumerTest, RelayAndConsumerInTheBackgroundDeliverEveryEventOnce) {
  constexpr int kEvents = 50;
  RelayOptions relay_options;
  relay_options.poll_interval = milliseconds(5);
  Relay relay(*pool_, *redis_, relay_options);
  ConsumerOptions options = Options();
  options.start_id = "0";
  options.block = milliseconds(100);
  Consumer consumer(*redis_, *pool_, options, Recording());
  relay.Start();
  consumer.Start();

  std::vector<std::string> ids;
  for (int i = 0; i < kEvents; ++i) {
    Event e =
        MakeEvent("AuthorityUpdated", "authorities/x-" + std::to_string(i));
    e.event_id = NewEventId();
    ids.push_back(e.event_id);
    ASSERT_TRUE(EnqueueCommitted(e).ok());
  }
  EXPECT_TRUE(Eventually([&] { return TotalCalls() == kEvents; }));
  consumer.Stop();
  relay.Stop();
  for (const std::string& id : ids) EXPECT_EQ(Calls(id), 1) << id;
  EXPECT_EQ(QueryInt("SELECT count(*) FROM seen"), kEvents);
}

}  // namespace
}  // namespace imi::events
