#include "libs/pg/pool.h"

#include <thread>

#include <pqxx/pqxx>

#include "absl/strings/str_cat.h"
#include "libs/status/error.h"
#include "spdlog/spdlog.h"

namespace imi::pg {

struct Pool::Slot {
  std::unique_ptr<pqxx::connection> conn;
  size_t prepared = 0;  // how many of statements_ this connection has registered
};

namespace {
absl::Status StatusFromExceptionUnmarked(const std::exception& e);
}  // namespace

absl::Status StatusFromException(const std::exception& e) {
  return MarkInternalDetail(StatusFromExceptionUnmarked(e));
}

namespace {
absl::Status StatusFromExceptionUnmarked(const std::exception& e) {
  // Order matters: the most specific libpqxx classes first.
  if (dynamic_cast<const pqxx::unique_violation*>(&e)) return absl::AlreadyExistsError(e.what());
  if (dynamic_cast<const pqxx::foreign_key_violation*>(&e) ||
      dynamic_cast<const pqxx::check_violation*>(&e) ||
      dynamic_cast<const pqxx::not_null_violation*>(&e) ||
      dynamic_cast<const pqxx::restrict_violation*>(&e)) {
    return absl::FailedPreconditionError(e.what());
  }
  if (dynamic_cast<const pqxx::insufficient_privilege*>(&e)) {
    return absl::PermissionDeniedError(e.what());
  }
  if (dynamic_cast<const pqxx::serialization_failure*>(&e) ||
      dynamic_cast<const pqxx::deadlock_detected*>(&e)) {
    return absl::AbortedError(e.what());
  }
  if (dynamic_cast<const pqxx::broken_connection*>(&e) ||
      dynamic_cast<const pqxx::in_doubt_error*>(&e)) {
    return absl::UnavailableError(e.what());
  }
  if (const auto* sql = dynamic_cast<const pqxx::sql_error*>(&e)) {
    const std::string& state = sql->sqlstate();
    if (state == "57014") return absl::DeadlineExceededError(e.what());  // query_canceled
    if (state.rfind("08", 0) == 0 || state == "57P01" || state == "57P02" || state == "57P03") {
      return absl::UnavailableError(e.what());  // connection exception, admin shutdown
    }
    if (state == "22P02" || state.rfind("22", 0) == 0) return absl::InvalidArgumentError(e.what());
    if (state == "25006") return absl::FailedPreconditionError(e.what());  // read-only tx
  }
  return absl::InternalError(e.what());
}
}  // namespace

Pool::Pool(PoolOptions options) : options_(std::move(options)) {
  slots_.reserve(options_.size);
  for (int i = 0; i < options_.size; ++i) {
    slots_.push_back(std::make_unique<Slot>());
    free_.push_back(slots_.back().get());
  }
}

Pool::~Pool() = default;

void Pool::Prepare(std::string name, std::string sql) {
  std::lock_guard<std::mutex> lock(mu_);
  for (const auto& [n, s] : statements_) {
    if (n == name) {
      if (s != sql) {
        spdlog::critical("statement '{}' registered twice with different SQL", name);
        std::abort();
      }
      return;
    }
  }
  statements_.emplace_back(std::move(name), std::move(sql));
}

absl::StatusOr<std::unique_ptr<pqxx::connection>> Pool::OpenDedicated() const {
  try {
    auto conn = std::make_unique<pqxx::connection>(options_.dsn);
    pqxx::nontransaction setup(*conn);
    if (!options_.schema.empty()) {
      // The service's own schema, then public for the shared extensions
      // (unaccent, pg_trgm) the admin installs there; a service role cannot
      // create anything in public.
      setup.exec0("SET search_path TO " + setup.quote_name(options_.schema) + ", public");
    }
    setup.exec0(absl::StrCat("SET statement_timeout = ", options_.statement_timeout.count()));
    setup.exec0("SET application_name = 'imi'");
    return conn;
  } catch (const std::exception& e) {
    return MarkInternalDetail(
        absl::UnavailableError(absl::StrCat("PostgreSQL unreachable: ", e.what())));
  }
}

absl::Status Pool::EnsureOpen(Slot& slot) {
  if (slot.conn && !slot.conn->is_open()) slot.conn.reset();
  if (!slot.conn) {
    auto conn = OpenDedicated();
    if (!conn.ok()) return conn.status();
    slot.conn = std::move(conn).value();
    slot.prepared = 0;
  }
  // Register statements added since this connection last looked. libpqxx
  // prepares them on the server lazily, on first execution.
  std::vector<std::pair<std::string, std::string>> pending;
  {
    std::lock_guard<std::mutex> lock(mu_);
    pending.assign(statements_.begin() + slot.prepared, statements_.end());
    slot.prepared = statements_.size();
  }
  try {
    for (const auto& [name, sql] : pending) slot.conn->prepare(name, sql);
  } catch (const std::exception& e) {
    slot.conn.reset();
    return StatusFromException(e);
  }
  return absl::OkStatus();
}

absl::StatusOr<Pool::Slot*> Pool::Acquire() {
  std::unique_lock<std::mutex> lock(mu_);
  if (!cv_.wait_for(lock, options_.acquire_timeout, [this] { return !free_.empty(); })) {
    return MarkInternalDetail(absl::UnavailableError(absl::StrCat(
        "no database connection free within ", options_.acquire_timeout.count(), " ms")));
  }
  Slot* slot = free_.back();
  free_.pop_back();
  return slot;
}

void Pool::Release(Slot* slot) {
  {
    std::lock_guard<std::mutex> lock(mu_);
    free_.push_back(slot);
  }
  cv_.notify_one();
}

absl::Status Pool::Run(const std::function<absl::Status(Slot&, bool* retryable)>& attempt) {
  absl::Status last;
  for (int i = 0; i <= options_.max_retries; ++i) {
    if (i > 0) {
      // Back off a little so competing transactions can finish.
      std::this_thread::sleep_for(std::chrono::milliseconds(2 << std::min(i, 6)));
    }
    auto acquired = Acquire();
    if (!acquired.ok()) return acquired.status();
    Slot* slot = *acquired;
    struct Releaser {
      Pool* pool;
      Slot* slot;
      ~Releaser() { pool->Release(slot); }
    } releaser{this, slot};

    absl::Status open = EnsureOpen(*slot);
    if (!open.ok()) return open;

    bool retryable = false;
    try {
      return attempt(*slot, &retryable);
    } catch (const pqxx::in_doubt_error& e) {
      // The commit may or may not have happened: never retry blindly.
      slot->conn.reset();
      return MarkInternalDetail(
          absl::UnavailableError(absl::StrCat("commit outcome unknown: ", e.what())));
    } catch (const pqxx::broken_connection& e) {
      slot->conn.reset();
      last = MarkInternalDetail(absl::UnavailableError(e.what()));
      // A connection that broke while idle (e.g. after a server restart) is
      // replaced and the work tried once more on a fresh one.
      retryable = i == 0;
    } catch (const pqxx::serialization_failure& e) {
      last = MarkInternalDetail(absl::AbortedError(e.what()));
      retryable = true;
    } catch (const pqxx::deadlock_detected& e) {
      last = MarkInternalDetail(absl::AbortedError(e.what()));
      retryable = true;
    } catch (const std::exception& e) {
      last = StatusFromException(e);
      if (slot->conn && !slot->conn->is_open()) slot->conn.reset();
      if (last.code() == absl::StatusCode::kUnavailable) {
        slot->conn.reset();
        retryable = i == 0;
      }
    }
    if (!retryable) return last;
  }
  if (last.code() == absl::StatusCode::kAborted) {
    return MarkInternalDetail(absl::AbortedError(absl::StrCat(
        "transaction kept conflicting after ", options_.max_retries, " retries: ",
        last.message())));
  }
  return last;
}

absl::Status Pool::Transact(TxMode mode, const std::function<absl::Status(pqxx::work&)>& fn) {
  return Run([&](Slot& slot, bool*) -> absl::Status {
    pqxx::work tx(*slot.conn);
    switch (mode) {
      case TxMode::kReadOnly:
        tx.exec0("SET TRANSACTION READ ONLY");
        break;
      case TxMode::kSerializable:
        tx.exec0("SET TRANSACTION ISOLATION LEVEL SERIALIZABLE");
        break;
      case TxMode::kReadWrite:
        break;
    }
    absl::Status s = fn(tx);
    if (!s.ok()) {
      tx.abort();
      return s;
    }
    tx.commit();
    return absl::OkStatus();
  });
}

absl::Status Pool::Read(const std::function<absl::Status(pqxx::transaction_base&)>& fn) {
  return Run([&](Slot& slot, bool*) -> absl::Status {
    pqxx::nontransaction tx(*slot.conn);
    return fn(tx);
  });
}

absl::Status Pool::Ping() {
  return Transact(TxMode::kReadOnly, [](pqxx::work& tx) {
    tx.exec("SELECT 1");
    return absl::OkStatus();
  });
}

}  // namespace imi::pg
