// The reference data the directory generator draws from: the 30 EEA
// countries (languages, places with their regions, postal-code and telephone
// formats) and, per language, how bodies of each kind are named there
// ("Ärztekammer {region}", "Ordine degli Avvocati di {city}", ...), with the
// keywords, activities and professions that go with them, plus the names of
// the 17 legislative areas in the 26 languages.
//
// The data are plain text tables compiled into the binary (data_*.cc); this
// file parses and validates them once:
//
//   const ReferenceData& ref = ReferenceData::Embedded();
//   for (const Country& c : ref.countries()) ...
//   const ConceptText* t = ref.Text("DE", "de", "med");  // Ärztekammer ...
//
// Template placeholders: {city} and {region} (the place's names in the
// template's language), {x} (the country's first language only: an
// inflected or prepositional form of the city, e.g. Polish "w Krakowie",
// Greek genitive "Θεσσαλονίκης"; the city elsewhere), {place} (the region
// for regional bodies, else the city), {area} (a legislative area's name).
//
// A ReferenceData is immutable after construction and thread-safe to read.
#ifndef IMI_TOOLS_DIRECTORY_GEN_REFERENCE_DATA_H_
#define IMI_TOOLS_DIRECTORY_GEN_REFERENCE_DATA_H_

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace imi::directory_gen {

// Where a body sits; mirrors imi.directory.v1.AuthorityLevel.
enum class Level { kNational, kRegional, kLocal };

// A kind of body ("medical chamber", "municipality") and the legislative
// areas (codes) it works in, most important first.
struct Concept {
  std::string id;
  std::vector<std::string> areas;
};

// How one kind of body is named in one language of one country.
struct ConceptText {
  std::string national;          // The national body's name; empty if none.
  std::string national_acronym;  // E.g. "BfDI"; may be empty.
  std::string local;             // Template for regional/local bodies; may be empty.
  std::string local_acronym;
  Level local_level = Level::kLocal;
  std::string keyword;     // Search keyword, e.g. "Ärztekammer".
  std::string activity;    // E.g. "ärztliche Berufsausübung".
  std::string profession;  // Regulated profession, e.g. "Arzt".
};

// Addresses and mailboxes in one language.
struct LanguageStyle {
  std::string street_format;  // "{s} {n}", "{n} {s}", "ul. {s} {n}", ...
  std::vector<std::string> streets;
  std::vector<std::string> email_locals;  // "poststelle", "contact", ...
  std::string branch;                     // "Außenstelle", "antenne", ...
};

struct Place {
  // Names per language of the country (same order as Country::languages);
  // a missing variant falls back to the first.
  std::vector<std::string> city;
  std::vector<std::string> region;
  std::string x;       // See {x} above; empty means the city itself.
  std::string postal;  // Template: '#' a digit, '@' a letter.
  std::string phone_area;
  std::vector<std::string> languages;  // Languages of local names, primary first.
  int region_index = 0;
};

struct Region {
  std::vector<std::string> name;  // Per country language, like Place::region.
  std::string slug;               // ASCII, for resource ids.
  int first_place = 0;            // Its seat: the first place listed in it.
};

struct Country {
  std::string code;                          // "DE"
  std::string tld;                           // "de"
  int weight = 0;                            // Relative size of its part of the directory.
  std::vector<std::string> languages;        // Official languages among the 26, primary first.
  std::vector<std::string> extra_languages;  // Often understood besides English.
  std::string phone_prefix;                  // "+49"
  int phone_digits = 0;                      // National significant number length.
  std::vector<std::string> phone_groups;     // "a" area code, "3" digits, "*" the rest.
  std::vector<std::string> limic_areas;      // Area codes that have a LIMIC.
  bool sdimics = false;                      // Regional coordinators (federal/regional states).
  std::vector<Place> places;
  std::vector<Region> regions;
};

class ReferenceData {
 public:
  // Parses the tables. Errors: INVALID_ARGUMENT naming the table line.
  static absl::StatusOr<std::unique_ptr<ReferenceData>> Parse(
      absl::string_view countries, const std::vector<absl::string_view>& languages,
      const std::vector<std::vector<absl::string_view>>& area_names);

  // The tables compiled into the binary, parsed on first use. A parse error
  // is a bug in data_*.cc (the unit test parses them): it aborts.
  static const ReferenceData& Embedded();

  // The kinds of bodies, in a fixed order.
  static const std::vector<Concept>& Concepts();
  // The 17 legislative-area codes in display order.
  static const std::vector<std::string>& AreaCodes();
  // True for areas whose workflows include alerts.
  static bool IsAlertArea(absl::string_view area_code);

  const std::vector<Country>& countries() const { return countries_; }

  // The merged text of `concept` in `language` for `country` (the country's
  // own wording where it has one, else the language's); nullptr if that
  // language does not name such bodies.
  const ConceptText* Text(absl::string_view country, absl::string_view language,
                          absl::string_view concept_id) const;

  // Address and mailbox style of `language` (as written in `country`).
  const LanguageStyle& Style(absl::string_view country, absl::string_view language) const;

  // The area's name in `language`, or in English if missing.
  const std::string& AreaName(absl::string_view area_code, absl::string_view language) const;

 private:
  ReferenceData() = default;

  std::vector<Country> countries_;
  // "<CC>/<lang>/<concept>" -> text; "<CC>/<lang>" -> style.
  std::map<std::string, ConceptText, std::less<>> texts_;
  std::map<std::string, LanguageStyle, std::less<>> styles_;
  std::map<std::string, std::string, std::less<>> area_names_;  // "<code>/<lang>"
};

// The embedded tables (data_*.cc).
absl::string_view CountryTable();
std::vector<absl::string_view> LanguageTables();  // West, east and north together.
std::vector<absl::string_view> LanguageTablesWest();
std::vector<absl::string_view> LanguageTablesEast();
std::vector<absl::string_view> LanguageTablesNorth();
std::vector<std::vector<absl::string_view>> AreaNameTable();  // {code, lang, name}

}  // namespace imi::directory_gen

#endif  // IMI_TOOLS_DIRECTORY_GEN_REFERENCE_DATA_H_
