// Text helpers for the directory generator: ASCII slugs of names in any of
// the scripts IMI uses (Latin with diacritics, Greek, Cyrillic) for example
// domain names, and acronyms from the initials of a name.
//
//   AsciiWords("Ärztekammer Niedersachsen", "de")  -> {"aerztekammer", "niedersachsen"}
//   AsciiWords("Θεσσαλονίκη", "el")                -> {"thessaloniki"}
//   Initials("Agencia Estatal de Seguridad Ferroviaria") -> "AESF"
//
// Pure functions; thread-safe.
#ifndef IMI_TOOLS_DIRECTORY_GEN_TEXT_H_
#define IMI_TOOLS_DIRECTORY_GEN_TEXT_H_

#include <string>
#include <vector>

#include "absl/strings/string_view.h"

namespace imi::directory_gen {

// The words of `utf8` transliterated to lowercase ASCII letters and digits,
// split at anything else. `language` selects language-specific spellings
// (German ä -> ae, ö -> oe, ü -> ue); unknown characters are dropped.
std::vector<std::string> AsciiWords(absl::string_view utf8, absl::string_view language);

// AsciiWords joined with '-', e.g. "cluj-napoca".
std::string AsciiSlug(absl::string_view utf8, absl::string_view language);

// `utf8` with Greek and Cyrillic letters romanized (same transliteration as
// AsciiWords, case kept): "Велико Търново" -> "Veliko Tarnovo". Latin text,
// diacritics included, is unchanged. For place names in English names.
std::string Romanize(absl::string_view utf8);

// The first letters of the words of `utf8` that start with an uppercase
// letter (Latin, Greek or Cyrillic), concatenated; words starting in
// lowercase (articles, prepositions) are skipped. Empty if there are fewer
// than 3 such words or more than 6, or if a word starts with neither.
std::string Initials(absl::string_view utf8);

// Replaces every occurrence of `from` in `s` with `to`.
void ReplaceAll(std::string& s, absl::string_view from, absl::string_view to);

}  // namespace imi::directory_gen

#endif  // IMI_TOOLS_DIRECTORY_GEN_TEXT_H_
