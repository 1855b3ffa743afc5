// National helpdesks as the directory's domain sees them: the record, its
// resource name, validation, etag and display name. Like authority.h: no
// gRPC, protobuf or SQL here.
//
// A helpdesk is each country's contact point for IMI users, run by its
// NIMIC, plus the Commission's (country "EU"). It has names in one or more
// of the 26 languages (the first is shown where the reader's language has
// none, as for authorities), contacts and the languages it answers in.
//
// Example:
//   HelpdeskRecord h;
//   h.country = "DK";
//   h.names = {{"da", "National IMI-helpdesk"}, {"en", "National IMI Helpdesk"}};
//   IMI_RETURN_IF_ERROR(ValidateHelpdesk(h, "helpdesk"));
//   DisplayName(h, "fi");  // "National IMI-helpdesk": no Finnish name, the first
#ifndef IMI_SERVICES_DIRECTORY_HELPDESK_H_
#define IMI_SERVICES_DIRECTORY_HELPDESK_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "services/directory/authority.h"

namespace imi::directory {

// A helpdesk as stored.
struct HelpdeskRecord {
  std::string country;       // "DK", or "EU" for the Commission's
  std::string authority_id;  // the authority running it ("" if none)
  // In order: the first is the display name in languages without a name.
  std::vector<AuthorityName> names;
  Contact contact;
  std::vector<std::string> languages;          // languages it answers in
  absl::Time update_time = absl::UnixEpoch();  // set by the store
  // Incremented by every change; the etag is derived from it. Set by the store.
  int64_t version = 0;
};

// ---- Resource names --------------------------------------------------------

inline constexpr char kHelpdeskCollection[] = "helpdesks/";

// "helpdesks/dk" -> "DK", "helpdesks/eu" -> "EU". Only the form is checked
// (two lowercase letters): a well-formed name of a country without a
// helpdesk is for the caller to report as HELPDESK_NOT_FOUND.
// Errors: INVALID_NAME naming `field`.
absl::StatusOr<std::string> ParseHelpdeskName(const std::string& name, const std::string& field);
// "DK" -> "helpdesks/dk".
std::string HelpdeskResourceName(std::string_view country);

// The language of a helpdesk name given without one (the single
// display_name of import files and rows from before migration 0005): the
// country's first official language (CountryLanguages), "en" for "EU" and
// for anything else.
std::string PrimaryLanguage(std::string_view country);

// ---- Validation --------------------------------------------------------------

// Checks everything about `h` that needs no database: country (one of the
// 30 or "EU"), authority id (well formed if set), names (ValidateNames: at
// least one, languages among the 26 without duplicates, non-blank, at least
// one in a language of the country), contact (ValidateContact), languages
// (ValidateLanguages). `prefix` is the proto path of the helpdesk in the
// request, e.g. "helpdesk" ("" for none).
// Returns the first problem as INVALID_ARGUMENT naming the field (e.g.
// "helpdesk.names[1].language"), reasons from errors.h.
absl::Status ValidateHelpdesk(const HelpdeskRecord& h, const std::string& prefix);

// ---- Etags and display ---------------------------------------------------------

// W/"<version>".
std::string EtagOf(const HelpdeskRecord& h);
// OK if `etag` is empty (unconditional) or equals EtagOf(h) (or its strong
// form); else ABORTED ETAG_MISMATCH.
absl::Status CheckEtag(const HelpdeskRecord& h, const std::string& etag);

// The name in `language`, else the first name, else the resource name: the
// same rule as DisplayName(const AuthorityRecord&, ...).
std::string DisplayName(const HelpdeskRecord& h, std::string_view language);

}  // namespace imi::directory

#endif  // IMI_SERVICES_DIRECTORY_HELPDESK_H_
