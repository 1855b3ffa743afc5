#include "services/directory/authority.h"

#include <algorithm>
#include <array>
#include <set>
#include <utility>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "libs/i18n/languages.h"
#include "libs/status/status_macros.h"
#include "services/directory/errors.h"
#include "services/directory/legislative_areas.h"

namespace imi::directory {
namespace {

constexpr std::array<std::pair<AuthorityKind, std::string_view>, 6> kKinds = {{
    {AuthorityKind::kCompetentAuthority, "COMPETENT_AUTHORITY"},
    {AuthorityKind::kNimic, "NIMIC"},
    {AuthorityKind::kSdimic, "SDIMIC"},
    {AuthorityKind::kLimic, "LIMIC"},
    {AuthorityKind::kDimic, "DIMIC"},
    {AuthorityKind::kCommission, "COMMISSION"},
}};
constexpr std::array<std::pair<AuthorityLevel, std::string_view>, 3> kLevels = {{
    {AuthorityLevel::kNational, "NATIONAL"},
    {AuthorityLevel::kRegional, "REGIONAL"},
    {AuthorityLevel::kLocal, "LOCAL"},
}};
constexpr std::array<std::pair<AuthorityState, std::string_view>, 4> kStates = {{
    {AuthorityState::kInvited, "INVITED"},
    {AuthorityState::kPendingValidation, "PENDING_VALIDATION"},
    {AuthorityState::kActive, "ACTIVE"},
    {AuthorityState::kDeregistered, "DEREGISTERED"},
}};
constexpr std::array<std::pair<CoordinatorRole, std::string_view>, 4> kRoles = {{
    {CoordinatorRole::kAccessCoordinator, "ACCESS_COORDINATOR"},
    {CoordinatorRole::kRequestCoordinator, "REQUEST_COORDINATOR"},
    {CoordinatorRole::kIncomingAlertCoordinator, "INCOMING_ALERT_COORDINATOR"},
    {CoordinatorRole::kOutgoingAlertCoordinator, "OUTGOING_ALERT_COORDINATOR"},
}};

template <typename E, size_t N>
std::string_view NameOf(const std::array<std::pair<E, std::string_view>, N>& table, E value) {
  for (const auto& [e, name] : table) {
    if (e == value) return name;
  }
  return "";
}

template <typename E, size_t N>
std::optional<E> ValueOf(const std::array<std::pair<E, std::string_view>, N>& table,
                         std::string_view name) {
  for (const auto& [e, n] : table) {
    if (n == name) return e;
  }
  return std::nullopt;
}

// Official languages of each EEA country, restricted to the 26 IMI languages
// (Luxembourgish and Turkish are not among them).
const std::map<std::string, std::vector<std::string>, std::less<>>& CountryTable() {
  static const auto* table = new std::map<std::string, std::vector<std::string>, std::less<>>{
      {"AT", {"de"}},       {"BE", {"nl", "fr", "de"}}, {"BG", {"bg"}},       {"CY", {"el"}},
      {"CZ", {"cs"}},       {"DE", {"de"}},             {"DK", {"da"}},       {"EE", {"et"}},
      {"ES", {"es"}},       {"FI", {"fi", "sv"}},       {"FR", {"fr"}},       {"GR", {"el"}},
      {"HR", {"hr"}},       {"HU", {"hu"}},             {"IE", {"en", "ga"}}, {"IS", {"is"}},
      {"IT", {"it"}},       {"LI", {"de"}},             {"LT", {"lt"}},       {"LU", {"fr", "de"}},
      {"LV", {"lv"}},       {"MT", {"mt", "en"}},       {"NL", {"nl"}},       {"NO", {"nb"}},
      {"PL", {"pl"}},       {"PT", {"pt"}},             {"RO", {"ro"}},       {"SE", {"sv"}},
      {"SI", {"sl"}},       {"SK", {"sk"}},
  };
  return *table;
}

bool IsBlank(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](unsigned char c) { return absl::ascii_isspace(c); });
}

bool HasControl(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](unsigned char c) { return c < 0x20 || c == 0x7f; });
}

// A non-blank single-line text of at most `max` bytes.
absl::Status CheckText(const std::string& field, const std::string& value, size_t max,
                       bool required) {
  if (value.empty() || IsBlank(value)) {
    if (required) return errors::RequiredField(field, "must not be empty or blank");
    if (!value.empty()) return errors::InvalidValue(field, "must not be blank");
    return absl::OkStatus();
  }
  if (value.size() > max) {
    return errors::InvalidValue(field, absl::StrCat("is longer than ", max, " characters"));
  }
  if (HasControl(value)) return errors::InvalidValue(field, "contains control characters");
  return absl::OkStatus();
}

absl::Status CheckTerms(const std::string& field, const std::vector<std::string>& terms) {
  if (terms.size() > kMaxTermsPerList) {
    return errors::InvalidValue(field, absl::StrCat("has more than ", kMaxTermsPerList, " entries"));
  }
  // Repeats are harmless (the same word in two languages, e.g. "Services").
  for (size_t i = 0; i < terms.size(); ++i) {
    IMI_RETURN_IF_ERROR(
        CheckText(absl::StrCat(field, "[", i, "]"), terms[i], kMaxTermLength, /*required=*/true));
  }
  return absl::OkStatus();
}

absl::Status CheckAreaCode(const std::string& field, const std::string& code) {
  absl::Status s = ParseAreaName("legislativeAreas/" + code, field).status();
  return s;
}

}  // namespace

std::string ToString(AuthorityKind kind) { return std::string(NameOf(kKinds, kind)); }
std::string ToString(AuthorityLevel level) { return std::string(NameOf(kLevels, level)); }
std::string ToString(AuthorityState state) { return std::string(NameOf(kStates, state)); }
std::string ToString(CoordinatorRole role) { return std::string(NameOf(kRoles, role)); }
std::optional<AuthorityKind> ParseKind(std::string_view s) { return ValueOf(kKinds, s); }
std::optional<AuthorityLevel> ParseLevel(std::string_view s) { return ValueOf(kLevels, s); }
std::optional<AuthorityState> ParseState(std::string_view s) { return ValueOf(kStates, s); }
std::optional<CoordinatorRole> ParseCoordinatorRole(std::string_view s) {
  return ValueOf(kRoles, s);
}

bool IsCoordinatorKind(AuthorityKind kind) {
  return kind == AuthorityKind::kNimic || kind == AuthorityKind::kSdimic ||
         kind == AuthorityKind::kLimic || kind == AuthorityKind::kDimic;
}

const AreaAccess* AuthorityRecord::FindArea(std::string_view area) const {
  for (const auto& a : areas) {
    if (a.area == area) return &a;
  }
  return nullptr;
}

bool IsAuthorityId(std::string_view id) {
  if (id.empty() || id.size() > 63) return false;
  for (char c : id) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
  }
  return id.front() != '-' && id.back() != '-';
}

absl::StatusOr<std::string> ParseAuthorityName(const std::string& name, const std::string& field) {
  const std::string_view prefix = kAuthorityCollection;
  if (name.rfind(prefix, 0) != 0 || !IsAuthorityId(std::string_view(name).substr(prefix.size()))) {
    return errors::InvalidName(field, name,
                               "authorities/{id}, id of lowercase letters, digits and '-'");
  }
  return name.substr(prefix.size());
}

std::string AuthorityResourceName(const std::string& id) { return kAuthorityCollection + id; }

const std::vector<std::string>& EeaCountries() {
  static const auto* list = [] {
    auto* v = new std::vector<std::string>();
    for (const auto& [code, langs] : CountryTable()) v->push_back(code);
    return v;
  }();
  return *list;
}

bool IsEeaCountry(std::string_view code) { return CountryTable().count(code) > 0; }

bool IsDirectoryCountry(std::string_view code) { return code == "EU" || IsEeaCountry(code); }

const std::vector<std::string>& CountryLanguages(std::string_view country) {
  static const auto* all = [] {
    auto* v = new std::vector<std::string>();
    for (const auto& l : i18n::kLanguages) v->push_back(std::string(l.code));
    return v;
  }();
  static const std::vector<std::string> none;
  if (country == "EU") return *all;
  auto it = CountryTable().find(country);
  return it == CountryTable().end() ? none : it->second;
}

bool IsValidEmail(std::string_view email) {
  if (email.size() < 6 || email.size() > 254 || HasControl(email)) return false;
  const size_t at = email.find('@');
  if (at == std::string_view::npos || at == 0 || at > 64 || email.find('@', at + 1) != std::string_view::npos) {
    return false;
  }
  for (char c : email) {
    if (c == ' ' || c == '\t' || c == ',' || c == ';' || c == '<' || c == '>' || c == '"') {
      return false;
    }
  }
  const std::string_view domain = email.substr(at + 1);
  const size_t dot = domain.rfind('.');
  // A dot inside the domain, and a top-level domain of 2+ characters.
  if (dot == std::string_view::npos || dot == 0 || domain.size() - dot - 1 < 2) return false;
  if (domain.front() == '.' || domain.find("..") != std::string_view::npos) return false;
  for (char c : domain) {
    if (!(absl::ascii_isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '.' ||
          static_cast<unsigned char>(c) >= 0x80)) {
      return false;
    }
  }
  return true;
}

bool IsValidPhone(std::string_view phone) {
  if (phone.size() < 8 || phone.size() > 32 || phone.front() != '+') return false;
  int digits = 0;
  for (char c : phone.substr(1)) {
    if (c >= '0' && c <= '9') {
      ++digits;
    } else if (c != ' ' && c != '(' && c != ')' && c != '-' && c != '.' && c != '/') {
      return false;
    }
  }
  return digits >= 7 && digits <= 15 && phone[1] >= '1' && phone[1] <= '9';
}

bool IsValidHttpsUrl(std::string_view url) {
  constexpr std::string_view kScheme = "https://";
  if (url.size() > 2048 || url.size() <= kScheme.size()) return false;
  if (absl::AsciiStrToLower(std::string(url.substr(0, kScheme.size()))) != kScheme) return false;
  for (unsigned char c : url) {
    if (c <= 0x20 || c == 0x7f) return false;
  }
  std::string_view rest = url.substr(kScheme.size());
  std::string_view host = rest.substr(0, rest.find_first_of("/?#"));
  if (host.find('@') != std::string_view::npos) return false;  // no credentials in URLs
  const size_t colon = host.rfind(':');
  if (colon != std::string_view::npos) {
    std::string_view port = host.substr(colon + 1);
    if (port.empty() || port.size() > 5 ||
        !std::all_of(port.begin(), port.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      return false;
    }
    host = host.substr(0, colon);
  }
  if (host.empty() || host.front() == '.' || host.back() == '.' ||
      host.find("..") != std::string_view::npos) {
    return false;
  }
  for (char c : host) {
    if (!(absl::ascii_isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '.' ||
          static_cast<unsigned char>(c) >= 0x80)) {
      return false;
    }
  }
  return true;
}

absl::Status ValidateAreaAccess(const AreaAccess& a, const std::string& field) {
  IMI_RETURN_IF_ERROR(CheckAreaCode(field + ".legislative_area", a.area));
  IMI_RETURN_IF_ERROR(CheckTerms(field + ".keywords", a.keywords));
  IMI_RETURN_IF_ERROR(CheckTerms(field + ".activities", a.activities));
  IMI_RETURN_IF_ERROR(CheckTerms(field + ".professions", a.professions));
  for (const auto& [role, id] : a.coordinators) {
    const std::string f = absl::StrCat(field, ".coordinators[", role, "]");
    if (!ParseCoordinatorRole(role)) {
      return errors::InvalidValue(
          f, absl::StrCat("'", role,
                          "' is not a coordinator role (ACCESS_COORDINATOR, REQUEST_COORDINATOR, "
                          "INCOMING_ALERT_COORDINATOR, OUTGOING_ALERT_COORDINATOR)"));
    }
    if (!IsAuthorityId(id)) {
      return errors::InvalidName(f, AuthorityResourceName(id), "authorities/{id}");
    }
  }
  return absl::OkStatus();
}

absl::Status ValidateNames(const std::vector<AuthorityName>& names, const std::string& country,
                           const std::string& field) {
  if (names.empty()) {
    return errors::RequiredField(field, "at least one name, in a language of the country");
  }
  std::set<std::string> name_languages;
  bool national = false;
  const std::vector<std::string>& national_languages = CountryLanguages(country);
  for (size_t i = 0; i < names.size(); ++i) {
    const std::string f = absl::StrCat(field, "[", i, "]");
    const AuthorityName& n = names[i];
    if (n.language.empty()) return errors::RequiredField(f + ".language", "ISO 639-1 code");
    if (!i18n::IsSupported(n.language)) {
      return errors::UnsupportedLanguage(f + ".language", n.language);
    }
    if (!name_languages.insert(n.language).second) {
      return errors::DuplicateValue(f + ".language", n.language);
    }
    IMI_RETURN_IF_ERROR(CheckText(f + ".name", n.name, kMaxNameLength, /*required=*/true));
    if (std::find(national_languages.begin(), national_languages.end(), n.language) !=
        national_languages.end()) {
      national = true;
    }
  }
  if (!national) {
    std::string list;
    for (const auto& l : national_languages) absl::StrAppend(&list, list.empty() ? "" : ", ", l);
    return errors::InvalidValue(
        field, absl::StrCat("needs a name in a language of ", country, " (", list, ")"));
  }
  return absl::OkStatus();
}

absl::Status ValidateContact(const Contact& c, const std::string& field) {
  if (!c.email.empty() && !IsValidEmail(c.email)) {
    return errors::InvalidEmail(field + ".email", c.email);
  }
  if (!c.phone.empty() && !IsValidPhone(c.phone)) {
    return errors::InvalidPhone(field + ".phone", c.phone);
  }
  if (!c.website.empty() && !IsValidHttpsUrl(c.website)) {
    return errors::InvalidUrl(field + ".website", c.website);
  }
  return absl::OkStatus();
}

absl::Status ValidateLanguages(const std::vector<std::string>& languages,
                               const std::string& field) {
  std::set<std::string> seen;
  for (size_t i = 0; i < languages.size(); ++i) {
    const std::string f = absl::StrCat(field, "[", i, "]");
    if (!i18n::IsSupported(languages[i])) return errors::UnsupportedLanguage(f, languages[i]);
    if (!seen.insert(languages[i]).second) return errors::DuplicateValue(f, languages[i]);
  }
  return absl::OkStatus();
}

absl::Status ValidateAuthority(const AuthorityRecord& r, const std::string& prefix) {
  const std::string p = prefix.empty() ? "" : prefix + ".";
  if (r.kind == AuthorityKind::kUnspecified) {
    return errors::RequiredField(p + "kind", "what the authority is, e.g. COMPETENT_AUTHORITY");
  }
  if (r.country.empty()) return errors::RequiredField(p + "country", "ISO 3166-1 alpha-2 code");
  if (!IsDirectoryCountry(r.country)) return errors::UnknownCountry(p + "country", r.country);
  if ((r.kind == AuthorityKind::kCommission) != (r.country == "EU")) {
    return r.kind == AuthorityKind::kCommission
               ? errors::InvalidValue(p + "country", "the Commission's country is \"EU\"")
               : errors::UnknownCountry(p + "country", r.country);
  }
  IMI_RETURN_IF_ERROR(CheckText(p + "region", r.region, kMaxRegionLength, false));
  if (r.kind == AuthorityKind::kSdimic && r.region.empty()) {
    return errors::RequiredField(p + "region", "an SDIMIC coordinates one region");
  }
  if (r.kind == AuthorityKind::kLimic && r.coordinator_area.empty()) {
    return errors::RequiredField(p + "coordinator_area", "a LIMIC coordinates one legislative area");
  }
  if (!r.coordinator_area.empty()) {
    if (r.kind != AuthorityKind::kLimic && r.kind != AuthorityKind::kDimic) {
      return errors::InvalidValue(p + "coordinator_area",
                                  "only LIMICs and DIMICs have a coordinator area");
    }
    IMI_RETURN_IF_ERROR(CheckAreaCode(p + "coordinator_area", r.coordinator_area));
  }

  IMI_RETURN_IF_ERROR(ValidateNames(r.names, r.country, p + "names"));
  IMI_RETURN_IF_ERROR(CheckText(p + "acronym", r.acronym, kMaxAcronymLength, false));

  // Address.
  if (r.address.lines.size() > kMaxAddressLines) {
    return errors::InvalidValue(p + "address.lines",
                                absl::StrCat("has more than ", kMaxAddressLines, " lines"));
  }
  for (size_t i = 0; i < r.address.lines.size(); ++i) {
    IMI_RETURN_IF_ERROR(CheckText(absl::StrCat(p, "address.lines[", i, "]"), r.address.lines[i],
                                  kMaxLineLength, true));
  }
  IMI_RETURN_IF_ERROR(CheckText(p + "address.postal_code", r.address.postal_code, 20, false));
  IMI_RETURN_IF_ERROR(CheckText(p + "address.city", r.address.city, 100, false));
  if (!r.address.country.empty() && !IsEeaCountry(r.address.country)) {
    return errors::UnknownCountry(p + "address.country", r.address.country);
  }

  IMI_RETURN_IF_ERROR(ValidateContact(r.contact, p + "contact"));
  IMI_RETURN_IF_ERROR(ValidateLanguages(r.languages, p + "languages"));

  // Areas.
  std::set<std::string> areas;
  for (size_t i = 0; i < r.areas.size(); ++i) {
    const std::string f = absl::StrCat(p, "areas[", i, "]");
    IMI_RETURN_IF_ERROR(ValidateAreaAccess(r.areas[i], f));
    if (!areas.insert(r.areas[i].area).second) {
      return errors::DuplicateValue(f + ".legislative_area", "legislativeAreas/" + r.areas[i].area);
    }
  }

  if (!r.supervising_coordinator.empty() && !IsAuthorityId(r.supervising_coordinator)) {
    return errors::InvalidName(p + "supervising_coordinator",
                               AuthorityResourceName(r.supervising_coordinator), "authorities/{id}");
  }
  return absl::OkStatus();
}

std::string VersionEtag(int64_t version) { return absl::StrCat("W/\"", version, "\""); }

absl::Status CheckVersionEtag(int64_t version, const std::string& etag,
                              const std::string& resource_name) {
  if (etag.empty()) return absl::OkStatus();
  const std::string current = VersionEtag(version);
  if (etag == current || etag == current.substr(2)) return absl::OkStatus();
  return errors::EtagMismatch(resource_name, etag, current);
}

std::string NameIn(const std::vector<AuthorityName>& names, std::string_view language,
                   std::string fallback) {
  for (const auto& n : names) {
    if (n.language == language) return n.name;
  }
  if (!names.empty()) return names.front().name;
  return fallback;
}

std::string EtagOf(const AuthorityRecord& r) { return VersionEtag(r.version); }

absl::Status CheckEtag(const AuthorityRecord& r, const std::string& etag) {
  return CheckVersionEtag(r.version, etag, AuthorityResourceName(r.id));
}

std::string DisplayName(const AuthorityRecord& r, std::string_view language) {
  return NameIn(r.names, language, r.id);
}

}  // namespace imi::directory
