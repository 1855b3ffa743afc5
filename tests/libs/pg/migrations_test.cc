#include "libs/pg/migrations.h"

#include <thread>

#include <pqxx/pqxx>

#include "gtest/gtest.h"
#include "libs/pg/pool.h"
#include "libs/status/error.h"
#include "libs/testing/postgres_server.h"

namespace imi::pg {
namespace {

std::vector<Migration> TwoMigrations() {
  return {
      {"svc", 1, "0001_create_things", "CREATE TABLE things (id int PRIMARY KEY, label text);"},
      {"svc", 2, "0002_seed_things", "INSERT INTO things VALUES (1, 'one'), (2, 'two');"},
  };
}

class MigrationsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = imi::testing::PostgresServer::Get().CreateServiceSchema("mig");
    conn_ = std::make_unique<pqxx::connection>(db_.dsn);
  }
  int Count(const std::string& sql) {
    pqxx::connection c(db_.dsn);
    pqxx::read_transaction tx(c);
    return tx.exec1(sql)[0].as<int>();
  }
  absl::Status Check(const std::vector<Migration>& migrations) {
    pqxx::connection c(db_.dsn);
    pqxx::read_transaction tx(c);
    return CheckMigrated(tx, db_.schema, migrations);
  }
  imi::testing::ServiceDb db_;
  std::unique_ptr<pqxx::connection> conn_;
};

TEST_F(MigrationsTest, AppliesEachMigrationOnceAndRecordsIt) {
  auto first = Migrate(*conn_, db_.schema, TwoMigrations());
  ASSERT_TRUE(first.ok()) << first.status();
  EXPECT_EQ(first->applied.size(), 2u);
  auto second = Migrate(*conn_, db_.schema, TwoMigrations());
  ASSERT_TRUE(second.ok()) << second.status();
  EXPECT_TRUE(second->applied.empty());
  EXPECT_EQ(second->already_applied, 2);
  EXPECT_EQ(Count("SELECT count(*) FROM " + db_.schema + ".things"), 2);
  EXPECT_EQ(Count("SELECT count(*) FROM " + db_.schema + ".schema_migrations"), 2);
  EXPECT_TRUE(Check(TwoMigrations()).ok());
}

TEST_F(MigrationsTest, RefusesAnAppliedMigrationWhoseFileChanged) {
  ASSERT_TRUE(Migrate(*conn_, db_.schema, TwoMigrations()).ok());
  auto changed = TwoMigrations();
  changed[1].sql = "INSERT INTO things VALUES (3, 'three');";
  changed.push_back({"svc", 3, "0003_more", "INSERT INTO things VALUES (4, 'four');"});
  auto result = Migrate(*conn_, db_.schema, changed);
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.status().code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_EQ(ErrorReason(result.status()), "MIGRATION_CHECKSUM_MISMATCH");
  EXPECT_NE(result.status().message().find("0002_seed_things"), std::string::npos);
  // Nothing after the refused one ran.
  EXPECT_EQ(Count("SELECT count(*) FROM " + db_.schema + ".things"), 2);
  EXPECT_EQ(ErrorReason(Check(changed)),
            "MIGRATION_CHECKSUM_MISMATCH");
}

TEST_F(MigrationsTest, FailedMigrationLeavesNoTraceAndIsRetriedNextTime) {
  auto broken = TwoMigrations();
  broken[1].sql = "INSERT INTO things VALUES (1, 'one'); INSERT INTO nowhere VALUES (1);";
  auto result = Migrate(*conn_, db_.schema, broken);
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(Count("SELECT count(*) FROM " + db_.schema + ".things"), 0);
  EXPECT_EQ(ErrorReason(Check(TwoMigrations())), "MIGRATION_PENDING");
  auto fixed = Migrate(*conn_, db_.schema, TwoMigrations());
  ASSERT_TRUE(fixed.ok()) << fixed.status();
  EXPECT_EQ(fixed->applied.size(), 1u);
}

TEST_F(MigrationsTest, ParallelReplicasDoNotRace) {
  std::vector<Migration> slow = TwoMigrations();
  slow[0].sql = "SELECT pg_sleep(0.3); " + slow[0].sql;
  std::vector<absl::StatusOr<MigrationReport>> results(3, absl::UnknownError("not run"));
  std::vector<std::thread> replicas;
  for (int i = 0; i < 3; ++i) {
    replicas.emplace_back([&, i] {
      pqxx::connection c(db_.dsn);
      results[i] = Migrate(c, db_.schema, slow);
    });
  }
  for (auto& t : replicas) t.join();
  size_t total_applied = 0;
  for (auto& r : results) {
    ASSERT_TRUE(r.ok()) << r.status();
    total_applied += r->applied.size();
  }
  EXPECT_EQ(total_applied, 2u);
  EXPECT_EQ(Count("SELECT count(*) FROM " + db_.schema + ".things"), 2);
}

TEST_F(MigrationsTest, RejectsOutOfOrderMigrationList) {
  auto list = TwoMigrations();
  std::swap(list[0], list[1]);
  auto result = Migrate(*conn_, db_.schema, list);
  EXPECT_EQ(result.status().code(), absl::StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace imi::pg
