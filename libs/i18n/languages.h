// The 26 languages of IMI: the 24 official EU languages plus Icelandic and
// Norwegian Bokmål, by ISO 639-1 code. Every service validates language
// codes against this one list.
#ifndef IMI_LIBS_I18N_LANGUAGES_H_
#define IMI_LIBS_I18N_LANGUAGES_H_

#include <array>
#include <string_view>

namespace imi::i18n {

struct Language {
  std::string_view code;         // "da"
  std::string_view english_name;  // "Danish"
  std::string_view native_name;  // "dansk"
};

inline constexpr std::array<Language, 26> kLanguages = {{
    {"bg", "Bulgarian", "български"},  {"cs", "Czech", "čeština"},
    {"da", "Danish", "dansk"},         {"de", "German", "Deutsch"},
    {"el", "Greek", "ελληνικά"},       {"en", "English", "English"},
    {"es", "Spanish", "español"},      {"et", "Estonian", "eesti"},
    {"fi", "Finnish", "suomi"},        {"fr", "French", "français"},
    {"ga", "Irish", "Gaeilge"},        {"hr", "Croatian", "hrvatski"},
    {"hu", "Hungarian", "magyar"},     {"it", "Italian", "italiano"},
    {"lt", "Lithuanian", "lietuvių"},  {"lv", "Latvian", "latviešu"},
    {"mt", "Maltese", "Malti"},        {"nl", "Dutch", "Nederlands"},
    {"pl", "Polish", "polski"},        {"pt", "Portuguese", "português"},
    {"ro", "Romanian", "română"},      {"sk", "Slovak", "slovenčina"},
    {"sl", "Slovenian", "slovenščina"}, {"sv", "Swedish", "svenska"},
    {"is", "Icelandic", "íslenska"},   {"nb", "Norwegian Bokmål", "norsk bokmål"},
}};

// The language texts fall back to when a translation is missing.
inline constexpr std::string_view kFallbackLanguage = "en";

// True if `code` is one of the 26 (exact, lowercase).
constexpr bool IsSupported(std::string_view code) {
  for (const auto& l : kLanguages) {
    if (l.code == code) return true;
  }
  return false;
}

}  // namespace imi::i18n

#endif  // IMI_LIBS_I18N_LANGUAGES_H_
