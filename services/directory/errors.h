// Every error the directory service can return to a client, in one place.
// Domain: "directory.imi". Reasons are stable API: clients switch on them.
#ifndef IMI_SERVICES_DIRECTORY_ERRORS_H_
#define IMI_SERVICES_DIRECTORY_ERRORS_H_

#include <string>

#include "absl/status/status.h"

namespace imi::directory::errors {

inline constexpr char kDomain[] = "directory.imi";

// NOT_FOUND, LEGISLATIVE_AREA_NOT_FOUND.
absl::Status LegislativeAreaNotFound(const std::string& code);
// INVALID_ARGUMENT, INVALID_NAME: `field` is not a `<collection>/{id}` name.
absl::Status InvalidName(const std::string& field, const std::string& value,
                         const std::string& pattern);
// INVALID_ARGUMENT, UNSUPPORTED_LANGUAGE: not one of the 26 IMI languages.
absl::Status UnsupportedLanguage(const std::string& field, const std::string& value);
// INVALID_ARGUMENT, INVALID_PAGE_SIZE.
absl::Status InvalidPageSize(int value, int max);
// INVALID_ARGUMENT, INVALID_PAGE_TOKEN.
absl::Status InvalidPageToken(const std::string& why);

// ---- Authorities ---------------------------------------------------------
// Every INVALID_ARGUMENT below names the field at fault (ErrorInfo metadata
// `field` and a BadRequest violation), e.g. "authority.names[0].language".

// NOT_FOUND, AUTHORITY_NOT_FOUND: no authority with that id.
absl::Status AuthorityNotFound(const std::string& id);
// NOT_FOUND, HELPDESK_NOT_FOUND: the country (`name` is "helpdesks/{cc}")
// has no helpdesk.
absl::Status HelpdeskNotFound(const std::string& name);
// INVALID_ARGUMENT, REQUIRED_FIELD: a required field is empty.
absl::Status RequiredField(const std::string& field, const std::string& what);
// INVALID_ARGUMENT, INVALID_VALUE: malformed or not allowed here; `why` says how.
absl::Status InvalidValue(const std::string& field, const std::string& why);
// INVALID_ARGUMENT, UNKNOWN_COUNTRY: not one of the 30 EEA countries (or "EU"
// where the Commission is meant).
absl::Status UnknownCountry(const std::string& field, const std::string& value);
// INVALID_ARGUMENT, INVALID_EMAIL / INVALID_PHONE / INVALID_URL.
absl::Status InvalidEmail(const std::string& field, const std::string& value);
absl::Status InvalidPhone(const std::string& field, const std::string& value);
absl::Status InvalidUrl(const std::string& field, const std::string& value);
// INVALID_ARGUMENT, DUPLICATE_VALUE: e.g. two names in one language.
absl::Status DuplicateValue(const std::string& field, const std::string& value);
// INVALID_ARGUMENT, UNKNOWN_LEGISLATIVE_AREA: a well-formed area that does not exist.
absl::Status UnknownLegislativeArea(const std::string& field, const std::string& code);
// INVALID_ARGUMENT, UNKNOWN_AUTHORITY: a referenced authority that does not
// exist or cannot play that part (e.g. a supervising coordinator that is no
// coordinator); `why` says which.
absl::Status UnknownAuthority(const std::string& field, const std::string& id,
                              const std::string& why);
// INVALID_ARGUMENT, INVALID_UPDATE_MASK: a path that is unknown or cannot be updated.
absl::Status InvalidUpdateMask(const std::string& path, const std::string& why);
// INVALID_ARGUMENT, INVALID_REQUEST_ID.
absl::Status InvalidRequestId(const std::string& why);
// PERMISSION_DENIED, OUTSIDE_REMIT: the caller may not do this to this
// authority (registration chain, remit, local administrator limits).
// Metadata `rule` says which rule refused it.
absl::Status OutsideRemit(const std::string& rule, const std::string& message);
// ABORTED, ETAG_MISMATCH: the resource `name` (e.g. "authorities/dk-1",
// "helpdesks/dk") changed since the caller read it (metadata `name`, the
// current `etag`).
absl::Status EtagMismatch(const std::string& name, const std::string& given,
                          const std::string& current);
// FAILED_PRECONDITION, INVALID_STATE_TRANSITION: `action` is not possible in
// state `state` (metadata `state`, `action`).
absl::Status InvalidStateTransition(const std::string& id, const std::string& state,
                                    const std::string& action);
// FAILED_PRECONDITION, AREA_NOT_GRANTED: revoking an area the authority does not have.
absl::Status AreaNotGranted(const std::string& id, const std::string& area);
// FAILED_PRECONDITION, INCOMPLETE_REGISTRATION: submitting without `field`.
absl::Status IncompleteRegistration(const std::string& field, const std::string& why);
// ALREADY_EXISTS, REQUEST_ID_REUSED: the request_id was used for another
// request (other caller or other content).
absl::Status RequestIdReused(const std::string& request_id);

}  // namespace imi::directory::errors

#endif  // IMI_SERVICES_DIRECTORY_ERRORS_H_
