// Resource names, language codes and page tokens of the translation API:
// building them, and parsing what clients send (with errors naming the
// request field at fault).
//
//   languages/{code}                                         code: ISO 639-1
//   questionSets/{question_set}                              kebab-case code
//   questionSets/{question_set}/versions/{version}           1, 2, ...
//   questionSets/{question_set}/texts/{text}                 numeric id
//   questionSets/{question_set}/texts/{text}/translations/{language}
//   legislativeAreas/{area}                                  the directory's
//
// Thread safety: stateless functions.
#ifndef IMI_SERVICES_TRANSLATION_NAMES_H_
#define IMI_SERVICES_TRANSLATION_NAMES_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"

namespace imi::translation {

std::string LanguageName(std::string_view code);
std::string QuestionSetName(std::string_view code);
std::string VersionName(std::string_view code, int version);
std::string TextName(std::string_view code, std::int64_t text_id);
std::string TranslationName(std::string_view code, std::int64_t text_id,
                            std::string_view language);
std::string AreaName(std::string_view code);

// True for a kebab-case code: [a-z][a-z0-9]*(-[a-z0-9]+)*, at most 63.
bool IsCode(std::string_view code);

struct VersionRef {
  std::string question_set;
  int version = 0;
};
struct TextRef {
  std::string question_set;
  std::int64_t text_id = 0;
};
struct TranslationRef {
  TextRef text;
  std::string language;
};

// Each returns the parts of a well-formed name, or INVALID_NAME naming
// `field`.
absl::StatusOr<std::string> ParseQuestionSetName(const std::string& name,
                                                 const std::string& field);
absl::StatusOr<VersionRef> ParseVersionName(const std::string& name,
                                            const std::string& field);
absl::StatusOr<TextRef> ParseTextName(const std::string& name,
                                      const std::string& field);
absl::StatusOr<std::string> ParseAreaName(const std::string& name,
                                          const std::string& field);
// The code of `languages/{code}` when {code} is two lowercase letters
// (INVALID_NAME otherwise); whether it is one of the 26 is the caller's
// question.
absl::StatusOr<std::string> ParseLanguageName(const std::string& name,
                                              const std::string& field);
// A translation name whose language is one of the 26 and not English.
// Errors: INVALID_NAME; UNSUPPORTED_LANGUAGE; SOURCE_LANGUAGE_NOT_TRANSLATABLE.
absl::StatusOr<TranslationRef> ParseTranslationName(const std::string& name,
                                                    const std::string& field);

// A language code a client sent: "" becomes "en"; anything but one of the 26
// is UNSUPPORTED_LANGUAGE naming `field`.
absl::StatusOr<std::string> ResolveLanguage(const std::string& language,
                                            const std::string& field);

// 0 becomes `default_size`; outside [0, max] is INVALID_PAGE_SIZE.
absl::StatusOr<int> ResolvePageSize(int page_size, int default_size, int max);

// Page tokens are opaque to clients: web-safe base64 of
// "v1|<method>|<filter>|<position...>". A token only works for the method
// and filter it was issued for.
std::string EncodePageToken(std::string_view method, std::string_view filter,
                            const std::vector<std::string>& position);
// The position fields of `token` (exactly `fields` of them).
// Errors: INVALID_PAGE_TOKEN.
absl::StatusOr<std::vector<std::string>> DecodePageToken(
    const std::string& token, std::string_view method, std::string_view filter,
    std::size_t fields);

}  // namespace imi::translation

#endif  // IMI_SERVICES_TRANSLATION_NAMES_H_
