// Shared fixture of the events tests: a fresh schema (with the events
// migrations applied) on the test PostgreSQL cluster, a Redis client on the
// test Redis server, and a stream name no other test uses.
#ifndef IMI_TESTS_LIBS_EVENTS_EVENTS_FIXTURE_H_
#define IMI_TESTS_LIBS_EVENTS_EVENTS_FIXTURE_H_

#include <gtest/gtest.h>

#include <chrono>
#include <functional>
#include <memory>
#include <pqxx/pqxx>
#include <string>
#include <thread>
#include <vector>

#include "libs/events/event.h"
#include "libs/events/outbox.h"
#include "libs/pg/migrations.h"
#include "libs/pg/pool.h"
#include "libs/redis/client.h"
#include "libs/testing/postgres_server.h"
#include "libs/testing/redis_server.h"

namespace imi::events {

class EventsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    redis_server_ = &imi::testing::RedisServer::Get();
    redis_server_->Start();  // in case an earlier test stopped it and failed
    db_ = imi::testing::PostgresServer::Get().CreateServiceSchema("events");
    pool_ = std::make_unique<pg::Pool>(db_.pool_options);
    absl::StatusOr<std::unique_ptr<pqxx::connection>> conn =
        pool_->OpenDedicated();
    ASSERT_TRUE(conn.ok()) << conn.status();
    absl::StatusOr<pg::MigrationReport> report =
        pg::Migrate(**conn, db_.schema, Migrations());
    ASSERT_TRUE(report.ok()) << report.status();

    absl::StatusOr<redis::RedisOptions> options =
        redis::Client::ParseUrl(redis_server_->url());
    ASSERT_TRUE(options.ok()) << options.status();
    redis_options_ = *options;
    redis_ = std::make_unique<redis::Client>(redis_options_);
    stream_ = imi::testing::RedisServer::UniqueName(
        std::string("imi.test.") +
        ::testing::UnitTest::GetInstance()->current_test_info()->name());
  }

  void TearDown() override { redis_server_->Start(); }

  Event MakeEvent(std::string type, std::string aggregate,
                  std::string payload = "p") const {
    Event e;
    e.stream = stream_;
    e.type = std::move(type);
    e.aggregate = std::move(aggregate);
    e.payload = std::move(payload);
    e.trace_id = "trace-1";
    return e;
  }

  // Enqueues `e` in its own committed transaction.
  absl::Status EnqueueCommitted(const Event& e) {
    return pool_->Transact(pg::TxMode::kReadWrite,
                           [&](pqxx::work& tx) { return Enqueue(tx, e); });
  }

  // Runs a query that returns one integer.
  int64_t QueryInt(const std::string& sql) {
    absl::StatusOr<int64_t> v = pool_->Transact<int64_t>(
        pg::TxMode::kReadOnly, [&](pqxx::work& tx) -> absl::StatusOr<int64_t> {
          return tx.exec1(sql)[0].as<int64_t>();
        });
    EXPECT_TRUE(v.ok()) << v.status();
    return v.ok() ? *v : -1;
  }

  void Exec(const std::string& sql) {
    absl::Status s =
        pool_->Transact(pg::TxMode::kReadWrite, [&](pqxx::work& tx) {
          tx.exec0(sql);
          return absl::OkStatus();
        });
    ASSERT_TRUE(s.ok()) << s;
  }

  // Every entry of `stream` (default: this test's stream), decoded.
  std::vector<Event> ReadStream(const std::string& stream = "") {
    absl::StatusOr<redis::Reply> r = redis_->Command(
        {"XRANGE", stream.empty() ? stream_ : stream, "-", "+"});
    EXPECT_TRUE(r.ok()) << r.status();
    std::vector<Event> out;
    if (!r.ok()) return out;
    for (const redis::Reply& entry : r->elements) {
      std::vector<std::string> fields;
      for (const redis::Reply& f : entry.elements[1].elements)
        fields.push_back(f.str);
      absl::StatusOr<Event> e =
          FromStreamFields(stream_, entry.elements[0].str, fields);
      EXPECT_TRUE(e.ok()) << e.status();
      if (e.ok()) out.push_back(*e);
    }
    return out;
  }

  int64_t StreamLength() {
    absl::StatusOr<redis::Reply> r = redis_->Command({"XLEN", stream_});
    EXPECT_TRUE(r.ok()) << r.status();
    return r.ok() ? r->integer : -1;
  }

  // Number of entries delivered to `group` and not yet acknowledged.
  int64_t PendingCount(const std::string& group) {
    absl::StatusOr<redis::Reply> r =
        redis_->Command({"XPENDING", stream_, group});
    EXPECT_TRUE(r.ok()) << r.status();
    return r.ok() && r->is_array() && !r->elements.empty()
               ? r->elements[0].integer
               : -1;
  }

  // Calls `step` until `done` holds or `timeout` passes; returns `done()`.
  static bool Eventually(
      const std::function<bool()>& done,
      std::chrono::milliseconds timeout = std::chrono::seconds(15),
      const std::function<void()>& step = [] {
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
      }) {
    auto deadline = std::chrono::steady_clock::now() + timeout;
    while (std::chrono::steady_clock::now() < deadline) {
      if (done()) return true;
      step();
    }
    return done();
  }

  imi::testing::RedisServer* redis_server_ = nullptr;
  imi::testing::ServiceDb db_;
  std::unique_ptr<pg::Pool> pool_;
  redis::RedisOptions redis_options_;
  std::unique_ptr<redis::Client> redis_;
  std::string stream_;
};

}  // namespace imi::events

#endif  // IMI_TESTS_LIBS_EVENTS_EVENTS_FIXTURE_H_
