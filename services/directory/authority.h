// Authorities as the directory's domain sees them: plain data types, resource
// names, the EEA country table, validation, etags. No gRPC, protobuf or SQL
// here, so the rules are unit-tested without a server or a database.
//
// Example:
//   AuthorityRecord r;
//   r.kind = AuthorityKind::kCompetentAuthority;
//   r.country = "DK";
//   r.names = {{"da", "Sundhedsstyrelsen"}};
//   IMI_RETURN_IF_ERROR(ValidateAuthority(r, "authority"));
#ifndef IMI_SERVICES_DIRECTORY_AUTHORITY_H_
#define IMI_SERVICES_DIRECTORY_AUTHORITY_H_

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/time/time.h"

namespace imi::directory {

// The enums mirror imi.directory.v1 one to one; their names (ToString) are
// what the database stores and what the API's enum value names are.
enum class AuthorityKind {
  kUnspecified,
  kCompetentAuthority,
  kNimic,
  kSdimic,
  kLimic,
  kDimic,
  kCommission,
};
enum class AuthorityLevel { kUnspecified, kNational, kRegional, kLocal };
enum class AuthorityState { kUnspecified, kInvited, kPendingValidation, kActive, kDeregistered };
enum class CoordinatorRole {
  kUnspecified,
  kAccessCoordinator,
  kRequestCoordinator,
  kIncomingAlertCoordinator,
  kOutgoingAlertCoordinator,
};

// "COMPETENT_AUTHORITY", "NATIONAL", "ACTIVE", "ACCESS_COORDINATOR", ...
// ("" for kUnspecified).
std::string ToString(AuthorityKind kind);
std::string ToString(AuthorityLevel level);
std::string ToString(AuthorityState state);
std::string ToString(CoordinatorRole role);
// The inverse; nullopt for unknown names and for "".
std::optional<AuthorityKind> ParseKind(std::string_view s);
std::optional<AuthorityLevel> ParseLevel(std::string_view s);
std::optional<AuthorityState> ParseState(std::string_view s);
std::optional<CoordinatorRole> ParseCoordinatorRole(std::string_view s);

// NIMIC, SDIMIC, LIMIC or DIMIC.
bool IsCoordinatorKind(AuthorityKind kind);

struct AuthorityName {
  std::string language;  // one of the 26
  std::string name;
  friend bool operator==(const AuthorityName&, const AuthorityName&) = default;
};

struct PostalAddress {
  std::vector<std::string> lines;
  std::string postal_code;
  std::string city;
  std::string country;  // ISO 3166-1 alpha-2, may be empty
  friend bool operator==(const PostalAddress&, const PostalAddress&) = default;
};

struct Contact {
  std::string email;
  std::string phone;
  std::string website;
  friend bool operator==(const Contact&, const Contact&) = default;
};

// An authority's competences and linked coordinators in one legislative area.
struct AreaAccess {
  std::string area;  // legislative area code, e.g. "services" (not the resource name)
  std::vector<std::string> keywords;
  std::vector<std::string> activities;
  std::vector<std::string> professions;
  // Coordinator role name ("REQUEST_COORDINATOR", ...) -> authority id.
  std::map<std::string, std::string> coordinators;
  friend bool operator==(const AreaAccess&, const AreaAccess&) = default;
};

// An authority as stored. Ids are the last segment of the resource name
// ("dk-000123" for "authorities/dk-000123").
struct AuthorityRecord {
  std::string id;
  AuthorityKind kind = AuthorityKind::kUnspecified;
  std::string country;  // "DK", or "EU" for the Commission
  AuthorityLevel level = AuthorityLevel::kUnspecified;
  std::string region;
  std::vector<AuthorityName> names;
  std::string acronym;
  PostalAddress address;
  Contact contact;
  std::vector<std::string> languages;
  std::vector<AreaAccess> areas;
  std::string supervising_coordinator;  // authority id, or ""
  std::string coordinator_area;         // area code, or ""
  AuthorityState state = AuthorityState::kUnspecified;
  absl::Time create_time = absl::UnixEpoch();
  absl::Time update_time = absl::UnixEpoch();
  // Incremented by every change; the etag is derived from it.
  int64_t version = 0;

  // The entry for `area`, or null.
  const AreaAccess* FindArea(std::string_view area) const;
};

// ---- Resource names --------------------------------------------------------

inline constexpr char kAuthorityCollection[] = "authorities/";

// True for a valid authority id: lowercase letters, digits and '-', 1-63
// characters, starting and ending with a letter or digit.
bool IsAuthorityId(std::string_view id);

// "authorities/{id}" -> id. Errors: INVALID_NAME naming `field`.
absl::StatusOr<std::string> ParseAuthorityName(const std::string& name, const std::string& field);
std::string AuthorityResourceName(const std::string& id);

// ---- Countries -------------------------------------------------------------

// The 30 EEA countries (ISO 3166-1 alpha-2, uppercase), alphabetical.
const std::vector<std::string>& EeaCountries();
// True for one of the 30.
bool IsEeaCountry(std::string_view code);
// True for one of the 30 or "EU" (the Commission).
bool IsDirectoryCountry(std::string_view code);
// The IMI languages official in `country` (of the 26); every language for "EU".
const std::vector<std::string>& CountryLanguages(std::string_view country);

// ---- Validation --------------------------------------------------------------

// Limits, in characters (UTF-8 code points are counted as bytes here: the
// limits are generous enough for any real name).
inline constexpr size_t kMaxNameLength = 300;
inline constexpr size_t kMaxAcronymLength = 30;
inline constexpr size_t kMaxRegionLength = 100;
inline constexpr size_t kMaxTermLength = 200;       // keyword, activity, profession
inline constexpr size_t kMaxTermsPerList = 50;
inline constexpr size_t kMaxAddressLines = 5;
inline constexpr size_t kMaxLineLength = 200;

bool IsValidEmail(std::string_view email);
// International format: "+", then digits, spaces and ()-./, 7-15 digits.
bool IsValidPhone(std::string_view phone);
// "https://host[:port][/path...]" without spaces or control characters.
bool IsValidHttpsUrl(std::string_view url);

// Checks everything about `r` that needs no database: kind, country,
// kind-specific fields (SDIMIC region, LIMIC coordinator area), names
// (at least one, non-blank, languages among the 26 without duplicates, at
// least one in a language of the country), contacts, languages, areas
// (codes well formed, no duplicates, roles known, coordinator ids well
// formed), lengths. `prefix` is the proto path of the authority in the
// request, e.g. "authority" or "access" (for an area alone use
// ValidateAreaAccess).
// Returns the first problem as INVALID_ARGUMENT naming the field
// (e.g. "authority.names[1].language"), reasons from errors.h.
absl::Status ValidateAuthority(const AuthorityRecord& r, const std::string& prefix);

// Validates one area entry; `field` is its path, e.g. "authority.areas[2]" or "access".
absl::Status ValidateAreaAccess(const AreaAccess& a, const std::string& field);

// The parts of ValidateAuthority that helpdesks share. `field` is the path
// of the list or message, e.g. "authority.names" or "helpdesk.contact";
// errors name the entry at fault, e.g. "helpdesk.names[1].language".
//
// Names: at least one; each with a language of the 26, once, and a
// non-blank single-line name of at most kMaxNameLength; at least one in a
// language of `country` (CountryLanguages: any for "EU").
absl::Status ValidateNames(const std::vector<AuthorityName>& names, const std::string& country,
                           const std::string& field);
// E-mail, phone and website, each optional (IsValidEmail, IsValidPhone,
// IsValidHttpsUrl).
absl::Status ValidateContact(const Contact& contact, const std::string& field);
// Among the 26, no duplicates.
absl::Status ValidateLanguages(const std::vector<std::string>& languages, const std::string& field);

// ---- Etags -----------------------------------------------------------------

// Etags of versioned resources (authorities, helpdesks): W/"<version>".
std::string VersionEtag(int64_t version);
// OK if `etag` is empty (unconditional) or equals VersionEtag(version) or its
// strong form ("7" for W/"7": HTTP clients may strip W/); else ABORTED
// ETAG_MISMATCH naming `resource_name`.
absl::Status CheckVersionEtag(int64_t version, const std::string& etag,
                              const std::string& resource_name);
// The name in `language`, else the first of `names`, else `fallback`.
std::string NameIn(const std::vector<AuthorityName>& names, std::string_view language,
                   std::string fallback);

// W/"<version>".
std::string EtagOf(const AuthorityRecord& r);
// OK if `etag` is empty (unconditional) or equals EtagOf(r); else ABORTED
// ETAG_MISMATCH.
absl::Status CheckEtag(const AuthorityRecord& r, const std::string& etag);

// The name in `language`, else the first name, else the id.
std::string DisplayName(const AuthorityRecord& r, std::string_view language);

}  // namespace imi::directory

#endif  // IMI_SERVICES_DIRECTORY_AUTHORITY_H_
