#include "services/directory/directory_store.h"

#include <climits>

#include <pqxx/pqxx>

#include "absl/strings/str_split.h"
#include "libs/pg/pool.h"

namespace imi::directory {
namespace {

// Named statements: the name is also the prepared-statement name.
constexpr char kAreaColumns[] =
    "a.code, a.legal_basis, array_to_string(a.workflows, ','), a.request_approval_required, "
    "a.personal_data_blocked_after_months, a.display_order, "
    "(extract(epoch FROM a.create_time) * 1000000)::bigint, "
    "(extract(epoch FROM a.update_time) * 1000000)::bigint, "
    "n.language, n.name, n.description";

constexpr char kGetArea[] = "directory_get_area";
constexpr char kListAreas[] = "directory_list_areas";
constexpr char kCountAreas[] = "directory_count_areas";

std::string GetAreaSql() {
  return std::string("SELECT ") + kAreaColumns +
         " FROM legislative_areas a"
         " LEFT JOIN legislative_area_names n ON n.area_code = a.code"
         " WHERE a.code = $1 ORDER BY n.language";
}

std::string ListAreasSql() {
  return std::string("WITH page AS (SELECT * FROM legislative_areas"
                     " WHERE (display_order, code) > ($1::int, $2::text)"
                     "   AND ($3::text = '' OR $3::text = ANY (workflows))"
                     " ORDER BY display_order, code LIMIT $4)"
                     " SELECT ") +
         kAreaColumns +
         " FROM page a LEFT JOIN legislative_area_names n ON n.area_code = a.code"
         " ORDER BY a.display_order, a.code, n.language";
}

constexpr char kCountAreasSql[] =
    "SELECT count(*) FROM legislative_areas WHERE $1::text = '' OR $1::text = ANY (workflows)";

// Folds the joined rows (one per area and language) into records, keeping order.
std::vector<AreaRecord> Fold(const pqxx::result& rows) {
  std::vector<AreaRecord> out;
  for (const auto& r : rows) {
    const std::string code = r[0].as<std::string>();
    if (out.empty() || out.back().code != code) {
      AreaRecord a;
      a.code = code;
      a.legal_basis = r[1].as<std::string>();
      a.workflows = absl::StrSplit(r[2].as<std::string>(), ',', absl::SkipEmpty());
      a.request_approval_required = r[3].as<bool>();
      a.personal_data_blocked_after_months = r[4].as<int>();
      a.display_order = r[5].as<int>();
      a.create_time = absl::FromUnixMicros(r[6].as<long long>());
      a.update_time = absl::FromUnixMicros(r[7].as<long long>());
      out.push_back(std::move(a));
    }
    if (!r[8].is_null()) {
      out.back().texts[r[8].as<std::string>()] = {r[9].as<std::string>(),
                                                  r[10].as<std::string>()};
    }
  }
  return out;
}

}  // namespace

PgDirectoryStore::PgDirectoryStore(pg::Pool* pool) : pool_(pool) {
  pool_->Prepare(kGetArea, GetAreaSql());
  pool_->Prepare(kListAreas, ListAreasSql());
  pool_->Prepare(kCountAreas, kCountAreasSql);
}

absl::StatusOr<std::optional<AreaRecord>> PgDirectoryStore::GetArea(const std::string& code) {
  // One statement: autocommit read, one round trip.
  return pool_->Read<std::optional<AreaRecord>>(
      [&](pqxx::transaction_base& tx) -> absl::StatusOr<std::optional<AreaRecord>> {
        auto records = Fold(tx.exec_prepared(kGetArea, code));
        if (records.empty()) return std::nullopt;
        return std::move(records.front());
      });
}

absl::StatusOr<std::vector<AreaRecord>> PgDirectoryStore::ListAreas(
    const std::optional<AreaCursor>& after, const std::string& workflow, int limit) {
  const int order = after ? after->display_order : INT_MIN;
  const std::string code = after ? after->code : "";
  return pool_->Read<std::vector<AreaRecord>>(
      [&](pqxx::transaction_base& tx) -> absl::StatusOr<std::vector<AreaRecord>> {
        return Fold(tx.exec_prepared(kListAreas, order, code, workflow, limit));
      });
}

absl::StatusOr<int> PgDirectoryStore::CountAreas(const std::string& workflow) {
  return pool_->Read<int>([&](pqxx::transaction_base& tx) -> absl::StatusOr<int> {
    return tx.exec_prepared1(kCountAreas, workflow)[0].as<int>();
  });
}

}  // namespace imi::directory
