#include "services/directory/helpdesk.h"

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "libs/status/status_macros.h"
#include "services/directory/errors.h"

namespace imi::directory {

absl::StatusOr<std::string> ParseHelpdeskName(const std::string& name, const std::string& field) {
  const std::string_view prefix = kHelpdeskCollection;
  const bool prefixed = name.rfind(prefix, 0) == 0 && name.size() == prefix.size() + 2;
  const std::string_view rest = prefixed ? std::string_view(name).substr(prefix.size()) : "";
  if (!prefixed || !absl::ascii_islower(rest[0]) || !absl::ascii_islower(rest[1])) {
    return errors::InvalidName(field, name,
                               "helpdesks/{country}, the country code in lowercase, e.g. "
                               "helpdesks/dk, or helpdesks/eu for the Commission's");
  }
  return absl::AsciiStrToUpper(std::string(rest));
}

std::string HelpdeskResourceName(std::string_view country) {
  return absl::StrCat(kHelpdeskCollection, absl::AsciiStrToLower(std::string(country)));
}

std::string PrimaryLanguage(std::string_view country) {
  if (country == "EU" || !IsEeaCountry(country)) return "en";
  return CountryLanguages(country).front();
}

absl::Status ValidateHelpdesk(const HelpdeskRecord& h, const std::string& prefix) {
  const std::string p = prefix.empty() ? "" : prefix + ".";
  if (h.country.empty()) return errors::RequiredField(p + "country", "ISO 3166-1 alpha-2 code");
  if (!IsDirectoryCountry(h.country)) return errors::UnknownCountry(p + "country", h.country);
  if (!h.authority_id.empty() && !IsAuthorityId(h.authority_id)) {
    return errors::InvalidName(p + "authority", AuthorityResourceName(h.authority_id),
                               "authorities/{id}");
  }
  IMI_RETURN_IF_ERROR(ValidateNames(h.names, h.country, p + "names"));
  IMI_RETURN_IF_ERROR(ValidateContact(h.contact, p + "contact"));
  IMI_RETURN_IF_ERROR(ValidateLanguages(h.languages, p + "languages"));
  return absl::OkStatus();
}

std::string EtagOf(const HelpdeskRecord& h) { return VersionEtag(h.version); }

absl::Status CheckEtag(const HelpdeskRecord& h, const std::string& etag) {
  return CheckVersionEtag(h.version, etag, HelpdeskResourceName(h.country));
}

std::string DisplayName(const HelpdeskRecord& h, std::string_view language) {
  return NameIn(h.names, language, HelpdeskResourceName(h.country));
}

}  // namespace imi::directory
