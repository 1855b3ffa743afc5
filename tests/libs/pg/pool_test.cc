#include "libs/pg/pool.h"

#include <atomic>
#include <thread>
#include <vector>

#include <pqxx/pqxx>

#include "gtest/gtest.h"
#include "libs/status/error.h"
#include "libs/testing/postgres_server.h"

namespace imi::pg {
namespace {

class PoolTest : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = imi::testing::PostgresServer::Get().CreateServiceSchema("pool");
    pool_ = std::make_unique<Pool>(db_.pool_options);
    ASSERT_TRUE(pool_->Transact(TxMode::kReadWrite, [](pqxx::work& tx) {
                         tx.exec0("CREATE TABLE counters (id int PRIMARY KEY, n int NOT NULL)");
                         tx.exec0("INSERT INTO counters VALUES (1, 0)");
                         return absl::OkStatus();
                       }).ok());
  }
  imi::testing::ServiceDb db_;
  std::unique_ptr<Pool> pool_;
};

TEST_F(PoolTest, CommitsWhenFunctionSucceedsAndRollsBackWhenItFails) {
  pool_->Prepare("bump", "UPDATE counters SET n = n + 1 WHERE id = 1");
  ASSERT_TRUE(pool_->Transact(TxMode::kReadWrite, [](pqxx::work& tx) {
                       tx.exec_prepared0("bump");
                       return absl::OkStatus();
                     }).ok());
  absl::Status failed = pool_->Transact(TxMode::kReadWrite, [](pqxx::work& tx) {
    tx.exec_prepared0("bump");
    return absl::NotFoundError("domain said no");
  });
  EXPECT_EQ(failed.code(), absl::StatusCode::kNotFound);
  auto n = pool_->Transact<int>(TxMode::kReadOnly, [](pqxx::work& tx) -> absl::StatusOr<int> {
    return tx.exec1("SELECT n FROM counters WHERE id = 1")[0].as<int>();
  });
  ASSERT_TRUE(n.ok()) << n.status();
  EXPECT_EQ(*n, 1);
}

TEST_F(PoolTest, MapsDatabaseErrorsToStatusCodes) {
  absl::Status dup = pool_->Transact(TxMode::kReadWrite, [](pqxx::work& tx) {
    tx.exec0("INSERT INTO counters VALUES (1, 5)");
    return absl::OkStatus();
  });
  EXPECT_EQ(dup.code(), absl::StatusCode::kAlreadyExists) << dup;
  absl::Status ro = pool_->Transact(TxMode::kReadOnly, [](pqxx::work& tx) {
    tx.exec0("INSERT INTO counters VALUES (2, 5)");
    return absl::OkStatus();
  });
  EXPECT_EQ(ro.code(), absl::StatusCode::kFailedPrecondition) << ro;
  absl::Status syntax = pool_->Transact(TxMode::kReadWrite, [](pqxx::work& tx) {
    tx.exec0("SELEC nonsense");
    return absl::OkStatus();
  });
  EXPECT_EQ(syntax.code(), absl::StatusCode::kInternal) << syntax;
  // Database text is for the logs only.
  EXPECT_TRUE(HasInternalDetail(dup));
  EXPECT_TRUE(HasInternalDetail(syntax));
}

TEST_F(PoolTest, RetriesSerializationFailuresUntilAllIncrementsLand) {
  constexpr int kThreads = 4, kEach = 25;
  std::vector<std::thread> threads;
  std::atomic<int> failures{0};
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&] {
      for (int i = 0; i < kEach; ++i) {
        absl::Status s = pool_->Transact(TxMode::kSerializable, [](pqxx::work& tx) {
          int n = tx.exec1("SELECT n FROM counters WHERE id = 1")[0].as<int>();
          tx.exec_params0("UPDATE counters SET n = $1 WHERE id = 1", n + 1);
          return absl::OkStatus();
        });
        if (!s.ok()) ++failures;
      }
    });
  }
  for (auto& t : threads) t.join();
  auto n = pool_->Transact<int>(TxMode::kReadOnly, [](pqxx::work& tx) -> absl::StatusOr<int> {
    return tx.exec1("SELECT n FROM counters WHERE id = 1")[0].as<int>();
  });
  ASSERT_TRUE(n.ok());
  // Every transaction either landed or reported ABORTED; none was lost silently.
  EXPECT_EQ(*n + failures.load(), kThreads * kEach);
  EXPECT_GT(*n, 0);
}

TEST_F(PoolTest, CallerWaitsForAFreeConnectionThenGetsUnavailable) {
  PoolOptions options = db_.pool_options;
  options.size = 1;
  options.acquire_timeout = std::chrono::milliseconds(100);
  Pool small(options);
  std::atomic<bool> holding{false}, release{false};
  std::thread holder([&] {
    (void)small.Transact(TxMode::kReadOnly, [&](pqxx::work&) {
      holding = true;
      while (!release) std::this_thread::sleep_for(std::chrono::milliseconds(5));
      return absl::OkStatus();
    });
  });
  while (!holding) std::this_thread::sleep_for(std::chrono::milliseconds(5));
  absl::Status s = small.Ping();
  EXPECT_EQ(s.code(), absl::StatusCode::kUnavailable) << s;
  release = true;
  holder.join();
  EXPECT_TRUE(small.Ping().ok());
}

TEST_F(PoolTest, StatementTimeoutIsDeadlineExceeded) {
  PoolOptions options = db_.pool_options;
  options.statement_timeout = std::chrono::milliseconds(50);
  Pool pool(options);
  absl::Status s = pool.Transact(TxMode::kReadOnly, [](pqxx::work& tx) {
    tx.exec("SELECT pg_sleep(2)");
    return absl::OkStatus();
  });
  EXPECT_EQ(s.code(), absl::StatusCode::kDeadlineExceeded) << s;
}

TEST_F(PoolTest, UnreachableServerIsUnavailableNotACrash) {
  PoolOptions options = db_.pool_options;
  options.dsn = "host=127.0.0.1 port=1 dbname=postgres user=nobody connect_timeout=1";
  Pool pool(options);
  absl::Status s = pool.Ping();
  EXPECT_EQ(s.code(), absl::StatusCode::kUnavailable) << s;
}

// Runs last in this binary's order would be nicer, but it restores the
// server itself, so order does not matter.
TEST_F(PoolTest, SurvivesPostgresRestart) {
  pool_->Prepare("read_n", "SELECT n FROM counters WHERE id = $1");
  auto read = [&]() {
    return pool_->Transact<int>(TxMode::kReadOnly, [](pqxx::work& tx) -> absl::StatusOr<int> {
      return tx.exec_prepared1("read_n", 1)[0].as<int>();
    });
  };
  ASSERT_TRUE(read().ok());
  auto& server = imi::testing::PostgresServer::Get();
  server.Stop();
  auto down = read();
  EXPECT_EQ(down.status().code(), absl::StatusCode::kUnavailable) << down.status();
  server.Start();
  // Broken connections are replaced; prepared statements are registered again.
  auto up = read();
  ASSERT_TRUE(up.ok()) << up.status();
  EXPECT_EQ(*up, 0);
}

}  // namespace
}  // namespace imi::pg
