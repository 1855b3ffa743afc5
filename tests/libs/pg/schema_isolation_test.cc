// One database, one schema and one login role per service: a service's role
// cannot read or write another service's schema.
#include <pqxx/pqxx>

#include "gtest/gtest.h"
#include "libs/pg/pool.h"
#include "libs/testing/postgres_server.h"

namespace imi::pg {
namespace {

TEST(SchemaIsolationTest, DirectoryRoleCannotTouchAnotherServicesSchema) {
  auto& server = imi::testing::PostgresServer::Get();
  auto directory = server.CreateServiceSchema("directory");
  auto requests = server.CreateServiceSchema("requests");
  Pool requests_pool(requests.pool_options);
  ASSERT_TRUE(requests_pool.Transact(TxMode::kReadWrite, [](pqxx::work& tx) {
                         tx.exec0("CREATE TABLE requests (id int PRIMARY KEY, subject text)");
                         tx.exec0("INSERT INTO requests VALUES (1, 'personal data')");
                         return absl::OkStatus();
                       }).ok());

  Pool directory_pool(directory.pool_options);
  const std::string other = requests.schema + ".requests";
  absl::Status read = directory_pool.Transact(TxMode::kReadOnly, [&](pqxx::work& tx) {
    tx.exec("SELECT * FROM " + other);
    return absl::OkStatus();
  });
  EXPECT_EQ(read.code(), absl::StatusCode::kPermissionDenied) << read;
  absl::Status write = directory_pool.Transact(TxMode::kReadWrite, [&](pqxx::work& tx) {
    tx.exec0("INSERT INTO " + other + " VALUES (2, 'x')");
    return absl::OkStatus();
  });
  EXPECT_EQ(write.code(), absl::StatusCode::kPermissionDenied) << write;
  absl::Status create = directory_pool.Transact(TxMode::kReadWrite, [&](pqxx::work& tx) {
    tx.exec0("CREATE TABLE " + requests.schema + ".sneaky (id int)");
    return absl::OkStatus();
  });
  EXPECT_EQ(create.code(), absl::StatusCode::kPermissionDenied) << create;
  absl::Status public_schema = directory_pool.Transact(TxMode::kReadWrite, [&](pqxx::work& tx) {
    tx.exec0("CREATE TABLE public.sneaky (id int)");
    return absl::OkStatus();
  });
  EXPECT_EQ(public_schema.code(), absl::StatusCode::kPermissionDenied) << public_schema;

  // And its own schema works.
  absl::Status own = directory_pool.Transact(TxMode::kReadWrite, [](pqxx::work& tx) {
    tx.exec0("CREATE TABLE areas (code text PRIMARY KEY)");
    return absl::OkStatus();
  });
  EXPECT_TRUE(own.ok()) << own;
}

}  // namespace
}  // namespace imi::pg
