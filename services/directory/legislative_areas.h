// Domain rules for legislative areas: resource names, language rendering,
// pagination. No gRPC or SQL here; the store is an interface, so these rules
// are unit-tested with a fake store.
#ifndef IMI_SERVICES_DIRECTORY_LEGISLATIVE_AREAS_H_
#define IMI_SERVICES_DIRECTORY_LEGISLATIVE_AREAS_H_

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "services/directory/directory_store.h"

namespace imi::directory {

// An area as the API shows it, rendered for one reader's language.
struct RenderedArea {
  AreaRecord record;
  std::string display_name;
  std::string description;
  std::string display_language;  // requested language, or "en" where missing
};

struct AreaPage {
  std::vector<RenderedArea> areas;
  std::string next_page_token;  // "" on the last page
  int total_size = 0;
};

struct ListAreasQuery {
  int page_size = 0;        // 0: default
  std::string page_token;   // "" for the first page
  std::string language;     // "" means English
  std::string workflow;     // "" for all, else e.g. "REQUESTS"
};

inline constexpr int kDefaultPageSize = 50;
inline constexpr int kMaxPageSize = 1000;

// Extracts the code from "legislativeAreas/{code}".
// Errors: INVALID_NAME naming `field`.
absl::StatusOr<std::string> ParseAreaName(const std::string& name, const std::string& field);

// Validates a language code; "" becomes "en".
// Errors: UNSUPPORTED_LANGUAGE naming `field`.
absl::StatusOr<std::string> ResolveLanguage(const std::string& language, const std::string& field);

// Picks the texts of `record` in `language`, falling back to English.
RenderedArea Render(AreaRecord record, const std::string& language);

// The page token is opaque to clients. It carries the position of the last
// area returned and the filter it was issued for, so a token cannot be
// replayed with other filters.
std::string EncodePageToken(const AreaCursor& after, const std::string& workflow);
absl::StatusOr<AreaCursor> DecodePageToken(const std::string& token, const std::string& workflow);

// Thread safety: thread-safe if the store is.
class LegislativeAreas {
 public:
  explicit LegislativeAreas(DirectoryStore* store) : store_(store) {}

  // Errors: INVALID_NAME, UNSUPPORTED_LANGUAGE, LEGISLATIVE_AREA_NOT_FOUND,
  // and UNAVAILABLE/INTERNAL from the store.
  absl::StatusOr<RenderedArea> Get(const std::string& name, const std::string& language) const;

  // Errors: INVALID_PAGE_SIZE, INVALID_PAGE_TOKEN, UNSUPPORTED_LANGUAGE, and
  // the store's.
  absl::StatusOr<AreaPage> List(const ListAreasQuery& query) const;

 private:
  DirectoryStore* store_;
};

}  // namespace imi::directory

#endif  // IMI_SERVICES_DIRECTORY_LEGISLATIVE_AREAS_H_
