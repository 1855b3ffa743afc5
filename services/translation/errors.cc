#include "services/translation/errors.h"

#include "absl/strings/str_cat.h"
#include "libs/status/api_errors.h"
#include "libs/status/error.h"

namespace imi::translation::errors {

absl::Status InvalidName(const std::string& field, const std::string& value,
                         const std::string& pattern) {
  return api::InvalidName(kDomain, field, value, pattern);
}

absl::Status UnsupportedLanguage(const std::string& field,
                                 const std::string& value) {
  return api::UnsupportedLanguage(kDomain, field, value);
}

absl::Status SourceLanguageNotTranslatable(const std::string& field) {
  return Error(
             absl::StatusCode::kInvalidArgument, kDomain,
             "SOURCE_LANGUAGE_NOT_TRANSLATABLE",
             absl::StrCat(
                 field,
                 ": English is the source language of the catalogue; change it "
                 "with UpdateSourceText"))
      .With("field", field)
      .Field(field, "must be a language other than \"en\"");
}

absl::Status InvalidPageSize(int value, int max) {
  return api::InvalidPageSize(kDomain, value, max);
}

absl::Status InvalidPageToken(const std::string& why) {
  return api::InvalidPageToken(kDomain, why);
}

absl::Status InvalidStatus(const std::string& field, const std::string& why) {
  return InvalidField(kDomain, "INVALID_STATUS", field, why);
}

absl::Status InvalidUpdates(const std::string& why) {
  return InvalidField(kDomain, "INVALID_UPDATES", "updates", why);
}

absl::Status DuplicateText(const std::string& field, const std::string& text) {
  return InvalidField(
      kDomain, "DUPLICATE_TEXT", field,
      absl::StrCat("names ", text, " a second time; change each text once"));
}

absl::Status InvalidRequestId(std::size_t chars, std::size_t limit) {
  return InvalidField(
      kDomain, "INVALID_REQUEST_ID", "request_id",
      absl::StrCat("has ", chars, " characters; at most ", limit));
}

absl::Status RequestIdReused(const std::string& request_id) {
  return Error(absl::StatusCode::kInvalidArgument, kDomain, "REQUEST_ID_REUSED",
               absl::StrCat(
                   "request_id: '", request_id,
                   "' was already used for a different call; use a new id"))
      .With("request_id", request_id)
      .Field("request_id", "was already used for a different call");
}

absl::Status TextEmpty(const std::string& field) {
  return InvalidField(kDomain, "TEXT_EMPTY", field,
                      "must contain at least one non-space character");
}

absl::Status TextTooLong(const std::string& field, std::size_t chars,
                         std::size_t limit) {
  return InvalidField(
      kDomain, "TEXT_TOO_LONG", field,
      absl::StrCat("has ", chars, " characters; at most ", limit));
}

absl::Status TextInvalid(const std::string& field, const std::string& why) {
  return InvalidField(kDomain, "TEXT_INVALID", field, why);
}

absl::Status LanguageNotFound(const std::string& code) {
  return Error(absl::StatusCode::kNotFound, kDomain, "LANGUAGE_NOT_FOUND",
               absl::StrCat("language '", code,
                            "' is not one of the 26 IMI languages"))
      .With("name", "languages/" + code);
}

absl::Status QuestionSetNotFound(const std::string& code) {
  return Error(absl::StatusCode::kNotFound, kDomain, "QUESTION_SET_NOT_FOUND",
               absl::StrCat("question set '", code, "' does not exist"))
      .With("name", "questionSets/" + code);
}

absl::Status QuestionSetVersionNotFound(const std::string& code, int version,
                                        int current_version) {
  return Error(
             absl::StatusCode::kNotFound, kDomain,
             "QUESTION_SET_VERSION_NOT_FOUND",
             absl::StrCat("question set '", code, "' has no version ", version,
                          "; its versions are 1 to ", current_version))
      .With("name", absl::StrCat("questionSets/", code, "/versions/", version))
      .With("current_version", absl::StrCat(current_version));
}

absl::Status TextNotFound(const std::string& text_name) {
  return Error(absl::StatusCode::kNotFound, kDomain, "TEXT_NOT_FOUND",
               absl::StrCat("text '", text_name, "' does not exist"))
      .With("name", text_name);
}

absl::Status TranslationNotFound(const std::string& translation_name) {
  return Error(absl::StatusCode::kNotFound, kDomain, "TRANSLATION_NOT_FOUND",
               absl::StrCat("'", translation_name,
                            "' does not exist: the text has no translation in "
                            "that language "
                            "yet (submit one with SubmitTranslation)"))
      .With("name", translation_name);
}

absl::Status TextNotInCurrentVersion(const std::string& field,
                                     const std::string& text_name,
                                     int current_version) {
  return Error(absl::StatusCode::kFailedPrecondition, kDomain,
               "TEXT_NOT_IN_CURRENT_VERSION",
               absl::StrCat(field, ": '", text_name,
                            "' belongs to an older version of the question "
                            "set; change the "
                            "text of version ",
                            current_version, " instead"))
      .With("name", text_name)
      .With("current_version", absl::StrCat(current_version));
}

absl::Status EtagMismatch(const std::string& name,
                          const std::string& current_etag) {
  return Error(absl::StatusCode::kAborted, kDomain, "ETAG_MISMATCH",
               absl::StrCat(
                   "'", name,
                   "' changed since it was read; read it again and retry"))
      .With("name", name)
      .With("current_etag", current_etag);
}

absl::Status TranslatorRoleRequired(const std::string& action) {
  return Error(
             absl::StatusCode::kPermissionDenied, kDomain,
             "TRANSLATOR_ROLE_REQUIRED",
             absl::StrCat(
                 "only Commission translators (country EU, role TRANSLATOR or "
                 "SYSTEM_ADMINISTRATOR) may ",
                 action))
      .With("action", action);
}

}  // namespace imi::translation::errors
