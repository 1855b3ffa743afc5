// Persistence of the directory: the only place with SQL (see
// directory_store.cc for the PostgreSQL implementation).
#ifndef IMI_SERVICES_DIRECTORY_DIRECTORY_STORE_H_
#define IMI_SERVICES_DIRECTORY_DIRECTORY_STORE_H_

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/time/time.h"

namespace imi::pg {
class Pool;
}

namespace imi::directory {

// A legislative area as stored, with its texts in every language it has.
struct AreaRecord {
  struct Texts {
    std::string name;
    std::string description;
  };
  std::string code;
  std::string legal_basis;
  std::vector<std::string> workflows;  // "REQUESTS", "ALERTS", ...
  bool request_approval_required = false;
  int personal_data_blocked_after_months = 6;
  int display_order = 0;
  absl::Time create_time;
  absl::Time update_time;
  std::map<std::string, Texts> texts;  // by language code
};

// A position in display order, for keyset pagination.
struct AreaCursor {
  int display_order = 0;
  std::string code;
};

class DirectoryStore {
 public:
  virtual ~DirectoryStore() = default;

  // The area with `code`, or nullopt if there is none.
  // Errors: UNAVAILABLE if the database cannot be reached; INTERNAL otherwise.
  virtual absl::StatusOr<std::optional<AreaRecord>> GetArea(const std::string& code) = 0;

  // Up to `limit` areas after `after` (from the start if nullopt) in display
  // order, optionally only those using `workflow` ("" for all).
  virtual absl::StatusOr<std::vector<AreaRecord>> ListAreas(const std::optional<AreaCursor>& after,
                                                            const std::string& workflow,
                                                            int limit) = 0;

  // How many areas use `workflow` ("" for all).
  virtual absl::StatusOr<int> CountAreas(const std::string& workflow) = 0;
};

// The PostgreSQL store. Thread-safe; borrows connections from `pool`, which
// must outlive it, and registers its named statements with it.
class PgDirectoryStore final : public DirectoryStore {
 public:
  explicit PgDirectoryStore(pg::Pool* pool);
  absl::StatusOr<std::optional<AreaRecord>> GetArea(const std::string& code) override;
  absl::StatusOr<std::vector<AreaRecord>> ListAreas(const std::optional<AreaCursor>& after,
                                                    const std::string& workflow,
                                                    int limit) override;
  absl::StatusOr<int> CountAreas(const std::string& workflow) override;

 private:
  pg::Pool* pool_;
};

}  // namespace imi::directory

#endif  // IMI_SERVICES_DIRECTORY_DIRECTORY_STORE_H_
