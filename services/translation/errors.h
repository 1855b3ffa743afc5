// Every error the translation service can return to a client, in one place.
// Domain: "translation.imi". Reasons are stable API: clients switch on them.
//
// The machine-translation layer (mt/errors.h, same domain) contributes its
// own reasons, re-exported here so that this header is the whole catalogue:
//
//   reason                            code                 from
//   INVALID_NAME                      INVALID_ARGUMENT     names of any
//   resource UNSUPPORTED_LANGUAGE              INVALID_ARGUMENT     language
//   codes SOURCE_LANGUAGE_NOT_TRANSLATABLE  INVALID_ARGUMENT     "en" where a
//   translation is meant INVALID_PAGE_SIZE                 INVALID_ARGUMENT
//   List methods INVALID_PAGE_TOKEN                INVALID_ARGUMENT     List
//   methods INVALID_STATUS                    INVALID_ARGUMENT     status
//   filters and SubmitTranslation INVALID_UPDATES INVALID_ARGUMENT
//   UpdateSourceText without / with too many updates DUPLICATE_TEXT
//   INVALID_ARGUMENT     UpdateSourceText naming a text twice
//   INVALID_REQUEST_ID                INVALID_ARGUMENT     request_id longer
//   than 128 characters REQUEST_ID_REUSED                 INVALID_ARGUMENT
//   request_id seen before with other content TEXT_EMPTY / TEXT_TOO_LONG /
//   INVALID_ARGUMENT     texts (catalogue: 4000 characters,
//     TEXT_INVALID                                           free text:
//     mt::kMaxTextChars)
//   LANGUAGE_NOT_FOUND                NOT_FOUND            GetLanguage
//   QUESTION_SET_NOT_FOUND            NOT_FOUND
//   QUESTION_SET_VERSION_NOT_FOUND    NOT_FOUND
//   TEXT_NOT_FOUND                    NOT_FOUND
//   TRANSLATION_NOT_FOUND             NOT_FOUND
//   TEXT_NOT_IN_CURRENT_VERSION       FAILED_PRECONDITION  UpdateSourceText on
//   an old text ETAG_MISMATCH                     ABORTED optimistic
//   concurrency TRANSLATOR_ROLE_REQUIRED          PERMISSION_DENIED catalogue
//   changes MT_PAIR_UNAVAILABLE               FAILED_PRECONDITION  mt: no
//   engine reaches the pair MT_ENGINE_REJECTED FAILED_PRECONDITION  mt: an
//   engine refused the request MT_ENGINE_UNAVAILABLE             UNAVAILABLE mt
//   MT_ENGINE_TIMEOUT                 DEADLINE_EXCEEDED    mt
//   MT_ENGINE_BUSY                    RESOURCE_EXHAUSTED   mt
//   MT_ENGINE_PROTOCOL                INTERNAL             mt
//
// Parameters are std::string (Debian's Abseil has its own string_view).
#ifndef IMI_SERVICES_TRANSLATION_ERRORS_H_
#define IMI_SERVICES_TRANSLATION_ERRORS_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "absl/status/status.h"
#include "services/translation/mt/errors.h"

namespace imi::translation::errors {

inline constexpr char kDomain[] = "translation.imi";
static_assert(std::string_view(kDomain) ==
              std::string_view(mt::errors::kDomain));

// Machine translation (field "text" for the text errors).
using mt::errors::EngineBusy;
using mt::errors::EngineProtocol;
using mt::errors::EngineRejected;
using mt::errors::EngineTimeout;
using mt::errors::EngineUnavailable;
using mt::errors::PairUnavailable;

// INVALID_ARGUMENT, INVALID_NAME: `field` is not a name of the form `pattern`.
absl::Status InvalidName(const std::string& field, const std::string& value,
                         const std::string& pattern);
// INVALID_ARGUMENT, UNSUPPORTED_LANGUAGE: not one of the 26 IMI languages.
absl::Status UnsupportedLanguage(const std::string& field,
                                 const std::string& value);
// INVALID_ARGUMENT, SOURCE_LANGUAGE_NOT_TRANSLATABLE: English is the source
// of the catalogue and has no translations (change it with UpdateSourceText).
absl::Status SourceLanguageNotTranslatable(const std::string& field);
// INVALID_ARGUMENT, INVALID_PAGE_SIZE.
absl::Status InvalidPageSize(int value, int max);
// INVALID_ARGUMENT, INVALID_PAGE_TOKEN.
absl::Status InvalidPageToken(const std::string& why);
// INVALID_ARGUMENT, INVALID_STATUS: `field` holds a status not allowed there.
absl::Status InvalidStatus(const std::string& field, const std::string& why);
// INVALID_ARGUMENT, INVALID_UPDATES on field "updates".
absl::Status InvalidUpdates(const std::string& why);
// INVALID_ARGUMENT, DUPLICATE_TEXT: the text in `field` is named twice.
absl::Status DuplicateText(const std::string& field, const std::string& text);
// INVALID_ARGUMENT, INVALID_REQUEST_ID.
absl::Status InvalidRequestId(std::size_t chars, std::size_t limit);
// INVALID_ARGUMENT, REQUEST_ID_REUSED: the id was used before for a
// different call.
absl::Status RequestIdReused(const std::string& request_id);

// INVALID_ARGUMENT, TEXT_EMPTY / TEXT_TOO_LONG / TEXT_INVALID naming `field`.
absl::Status TextEmpty(const std::string& field);
absl::Status TextTooLong(const std::string& field, std::size_t chars,
                         std::size_t limit);
absl::Status TextInvalid(const std::string& field, const std::string& why);

// NOT_FOUND, LANGUAGE_NOT_FOUND.
absl::Status LanguageNotFound(const std::string& code);
// NOT_FOUND, QUESTION_SET_NOT_FOUND.
absl::Status QuestionSetNotFound(const std::string& code);
// NOT_FOUND, QUESTION_SET_VERSION_NOT_FOUND: the set exists, the version
// never did. Metadata: current_version.
absl::Status QuestionSetVersionNotFound(const std::string& code, int version,
                                        int current_version);
// NOT_FOUND, TEXT_NOT_FOUND: no such text in that question set.
absl::Status TextNotFound(const std::string& text_name);
// NOT_FOUND, TRANSLATION_NOT_FOUND: the text exists but has no translation
// in that language.
absl::Status TranslationNotFound(const std::string& translation_name);

// FAILED_PRECONDITION, TEXT_NOT_IN_CURRENT_VERSION: the text belongs to an
// older version; change the current one's instead.
absl::Status TextNotInCurrentVersion(const std::string& field,
                                     const std::string& text_name,
                                     int current_version);

// ABORTED, ETAG_MISMATCH: the resource changed since it was read.
absl::Status EtagMismatch(const std::string& name,
                          const std::string& current_etag);

// PERMISSION_DENIED, TRANSLATOR_ROLE_REQUIRED: only Commission users (country
// "EU") with TRANSLATOR or SYSTEM_ADMINISTRATOR change the catalogue.
absl::Status TranslatorRoleRequired(const std::string& action);

}  // namespace imi::translation::errors

#endif  // IMI_SERVICES_TRANSLATION_ERRORS_H_
