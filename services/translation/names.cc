#include "services/translation/names.h"

#include "absl/strings/escaping.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "libs/i18n/languages.h"
#include "services/translation/errors.h"
#include "services/translation/mt/absl_compat.h"

namespace imi::translation {
namespace {

using mt::AV;

constexpr char kSetPattern[] =
    "questionSets/{question_set}, question_set in kebab-case";
constexpr char kVersionPattern[] =
    "questionSets/{question_set}/versions/{version}, version a positive number";
constexpr char kTextPattern[] =
    "questionSets/{question_set}/texts/{text}, text a number";
constexpr char kTranslationPattern[] =
    "questionSets/{question_set}/texts/{text}/translations/{language}";
constexpr char kLanguagePattern[] =
    "languages/{code}, code in ISO 639-1 (e.g. languages/da)";
constexpr char kAreaPattern[] = "legislativeAreas/{area}, area in kebab-case";

// Splits on '/', keeping empty segments so "a//b" is rejected.
std::vector<std::string> Segments(const std::string& name) {
  return absl::StrSplit(name, '/');
}

bool PositiveInt(const std::string& s, std::int64_t max, std::int64_t& out) {
  if (s.empty() || s.size() > 18 || s[0] == '0') return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return absl::SimpleAtoi(s, &out) && out >= 1 && out <= max;
}

bool IsLanguageCode(const std::string& s) {
  return s.size() == 2 && s[0] >= 'a' && s[0] <= 'z' && s[1] >= 'a' &&
         s[1] <= 'z';
}

}  // namespace

std::string LanguageName(std::string_view code) {
  return absl::StrCat("languages/", AV(code));
}
std::string QuestionSetName(std::string_view code) {
  return absl::StrCat("questionSets/", AV(code));
}
std::string VersionName(std::string_view code, int version) {
  return absl::StrCat("questionSets/", AV(code), "/versions/", version);
}
std::string TextName(std::string_view code, std::int64_t text_id) {
  return absl::StrCat("questionSets/", AV(code), "/texts/", text_id);
}
std::string TranslationName(std::string_view code, std::int64_t text_id,
                            std::string_view language) {
  return absl::StrCat("questionSets/", AV(code), "/texts/", text_id,
                      "/translations/", AV(language));
}
std::string AreaName(std::string_view code) {
  return absl::StrCat("legislativeAreas/", AV(code));
}

bool IsCode(std::string_view code) {
  if (code.empty() || code.size() > 63) return false;
  for (char c : code) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'))
      return false;
  }
  return code.front() >= 'a' && code.front() <= 'z' && code.back() != '-' &&
         code.find("--") == std::string_view::npos;
}

absl::StatusOr<std::string> ParseQuestionSetName(const std::string& name,
                                                 const std::string& field) {
  std::vector<std::string> s = Segments(name);
  if (s.size() != 2 || s[0] != "questionSets" || !IsCode(s[1])) {
    return errors::InvalidName(field, name, kSetPattern);
  }
  return s[1];
}

absl::StatusOr<VersionRef> ParseVersionName(const std::string& name,
                                            const std::string& field) {
  std::vector<std::string> s = Segments(name);
  std::int64_t version = 0;
  if (s.size() != 4 || s[0] != "questionSets" || !IsCode(s[1]) ||
      s[2] != "versions" || !PositiveInt(s[3], 1'000'000'000, version)) {
    return errors::InvalidName(field, name, kVersionPattern);
  }
  return VersionRef{s[1], static_cast<int>(version)};
}

absl::StatusOr<TextRef> ParseTextName(const std::string& name,
                                      const std::string& field) {
  std::vector<std::string> s = Segments(name);
  std::int64_t id = 0;
  if (s.size() != 4 || s[0] != "questionSets" || !IsCode(s[1]) ||
      s[2] != "texts" || !PositiveInt(s[3], INT64_MAX, id)) {
    return errors::InvalidName(field, name, kTextPattern);
  }
  return TextRef{s[1], id};
}

absl::StatusOr<std::string> ParseAreaName(const std::string& name,
                                          const std::string& field) {
  std::vector<std::string> s = Segments(name);
  if (s.size() != 2 || s[0] != "legislativeAreas" || !IsCode(s[1])) {
    return errors::InvalidName(field, name, kAreaPattern);
  }
  return s[1];
}

absl::StatusOr<std::string> ParseLanguageName(const std::string& name,
                                              const std::string& field) {
  std::vector<std::string> s = Segments(name);
  if (s.size() != 2 || s[0] != "languages" || !IsLanguageCode(s[1])) {
    return errors::InvalidName(field, name, kLanguagePattern);
  }
  return s[1];
}

absl::StatusOr<TranslationRef> ParseTranslationName(const std::string& name,
                                                    const std::string& field) {
  std::vector<std::string> s = Segments(name);
  std::int64_t id = 0;
  if (s.size() != 6 || s[0] != "questionSets" || !IsCode(s[1]) ||
      s[2] != "texts" || !PositiveInt(s[3], INT64_MAX, id) ||
      s[4] != "translations" || s[5].empty()) {
    return errors::InvalidName(field, name, kTranslationPattern);
  }
  if (!i18n::IsSupported(s[5])) return errors::UnsupportedLanguage(field, s[5]);
  if (s[5] == i18n::kFallbackLanguage)
    return errors::SourceLanguageNotTranslatable(field);
  return TranslationRef{{s[1], id}, s[5]};
}

absl::StatusOr<std::string> ResolveLanguage(const std::string& language,
                                            const std::string& field) {
  if (language.empty()) return std::string(i18n::kFallbackLanguage);
  if (!i18n::IsSupported(language))
    return errors::UnsupportedLanguage(field, language);
  return language;
}

absl::StatusOr<int> ResolvePageSize(int page_size, int default_size, int max) {
  if (page_size < 0 || page_size > max)
    return errors::InvalidPageSize(page_size, max);
  return page_size == 0 ? default_size : page_size;
}

std::string EncodePageToken(std::string_view method, std::string_view filter,
                            const std::vector<std::string>& position) {
  return absl::WebSafeBase64Escape(absl::StrCat("v1|", std::string(method), "|",
                                                std::string(filter), "|",
                                                absl::StrJoin(position, "|")));
}

absl::StatusOr<std::vector<std::string>> DecodePageToken(
    const std::string& token, std::string_view method, std::string_view filter,
    std::size_t fields) {
  std::string raw;
  if (!absl::WebSafeBase64Unescape(token, &raw)) {
    return errors::InvalidPageToken("is not a token this service issued");
  }
  std::vector<std::string> parts = absl::StrSplit(raw, '|');
  if (parts.size() != 3 + fields || parts[0] != "v1" || parts[1] != method) {
    return errors::InvalidPageToken(
        "is not a token this service issued for this method");
  }
  if (parts[2] != filter) {
    return errors::InvalidPageToken(
        "was issued for other filters; start again without a token");
  }
  return std::vector<std::string>(parts.begin() + 3, parts.end());
}

}  // namespace imi::translation
