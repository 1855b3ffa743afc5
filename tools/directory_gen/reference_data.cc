#include "tools/directory_gen/reference_data.h"

#include <algorithm>
#include <cstdlib>
#include <iostream>
#include <set>
#include <utility>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "libs/i18n/languages.h"
#include "tools/directory_gen/text.h"

namespace imi::directory_gen {
namespace {

// Area codes, as seeded by services/directory/migrations/0002.
constexpr const char* kPq = "professional-qualifications";
constexpr const char* kServices = "services";
constexpr const char* kPosting = "posting-of-workers";
constexpr const char* kPatients = "patients-rights";
constexpr const char* kSolvit = "solvit";
constexpr const char* kEuroCash = "euro-cash";
constexpr const char* kEcommerce = "ecommerce";
constexpr const char* kCulturalGoods = "cultural-goods";
constexpr const char* kPublicDocuments = "public-documents";
constexpr const char* kGdpr = "gdpr";
constexpr const char* kCpc = "cpc";
constexpr const char* kFirearms = "firearms";
constexpr const char* kRoadTransport = "road-transport";
constexpr const char* kSdg = "single-digital-gateway";
constexpr const char* kTrainDrivers = "train-drivers";
constexpr const char* kSeafarers = "seafarers";
constexpr const char* kOnlineIntermediation = "online-intermediation";

// One row of a language table before merging.
struct RawRow {
  std::string national, local, terms;
  bool has_national = false, has_local = false, has_terms = false;
};

struct RawBlock {
  bool only = false;  // "@only": no fallback to the language's generic rows.
  std::map<std::string, RawRow, std::less<>> rows;
  LanguageStyle style;
  bool has_street = false, has_email = false, has_branch = false;
};

std::vector<std::string> Fields(absl::string_view line) {
  std::vector<std::string> out;
  for (absl::string_view f : absl::StrSplit(line, '|')) {
    out.emplace_back(absl::StripAsciiWhitespace(f));
  }
  return out;
}

std::vector<std::string> List(absl::string_view s, char sep) {
  std::vector<std::string> out;
  for (absl::string_view f : absl::StrSplit(s, sep)) {
    f = absl::StripAsciiWhitespace(f);
    if (!f.empty()) out.emplace_back(f);
  }
  return out;
}

std::vector<std::string> Variants(absl::string_view s) {
  std::vector<std::string> out;
  for (absl::string_view f : absl::StrSplit(s, " ~ ")) {
    out.emplace_back(absl::StripAsciiWhitespace(f));
  }
  return out;
}

absl::Status LineError(absl::string_view table, int line, absl::string_view what) {
  return absl::InvalidArgumentError(absl::StrCat(table, " line ", line, ": ", what));
}

// Every {placeholder} in `t` must be one we know.
absl::Status CheckPlaceholders(absl::string_view t, absl::string_view table, int line) {
  static const std::set<std::string, std::less<>> kKnown = {"city", "x", "region", "place", "area"};
  for (size_t open = t.find('{'); open != absl::string_view::npos; open = t.find('{', open + 1)) {
    size_t close = t.find('}', open);
    if (close == absl::string_view::npos) return LineError(table, line, "unclosed '{'");
    if (!kKnown.contains(t.substr(open + 1, close - open - 1))) {
      return LineError(table, line, absl::StrCat("unknown placeholder in '", t, "'"));
    }
  }
  return absl::OkStatus();
}

// "Name#ACR" -> {"Name", "ACR"}.
std::pair<std::string, std::string> SplitAcronym(const std::string& s) {
  size_t hash = s.rfind('#');
  if (hash == std::string::npos) return {s, ""};
  return {std::string(absl::StripAsciiWhitespace(s.substr(0, hash))),
          std::string(absl::StripAsciiWhitespace(s.substr(hash + 1)))};
}

bool KnownConcept(absl::string_view id) {
  for (const auto& c : ReferenceData::Concepts()) {
    if (c.id == id) return true;
  }
  return false;
}

// The LIMIC short names used in the country table.
const std::map<std::string, std::string, std::less<>>& LimicShortNames() {
  static const auto* m =
      new std::map<std::string, std::string, std::less<>>{{"pq", kPq},
                                                          {"services", kServices},
                                                          {"posting", kPosting},
                                                          {"patients", kPatients},
                                                          {"road", kRoadTransport},
                                                          {"cpc", kCpc},
                                                          {"gdpr", kGdpr}};
  return *m;
}

absl::Status ParseLanguages(const std::vector<absl::string_view>& tables,
                            std::map<std::string, RawBlock, std::less<>>& blocks) {
  int table_no = 0;
  for (absl::string_view table : tables) {
    ++table_no;
    const std::string name = absl::StrCat("language table ", table_no);
    RawBlock* block = nullptr;
    int line_no = 0;
    for (absl::string_view raw : absl::StrSplit(table, '\n')) {
      ++line_no;
      absl::string_view line = absl::StripAsciiWhitespace(raw);
      if (line.empty() || line.front() == '#') continue;
      if (line.front() == '[') {
        size_t close = line.find(']');
        if (close == absl::string_view::npos) return LineError(name, line_no, "bad header");
        std::string key(line.substr(1, close - 1));
        std::string lang = key.substr(0, key.find('/'));
        if (!i18n::IsSupported(lang)) return LineError(name, line_no, "unknown language " + lang);
        if (blocks.contains(key)) return LineError(name, line_no, "duplicate block " + key);
        block = &blocks[key];
        block->only = absl::StrContains(line.substr(close), "@only");
        continue;
      }
      if (block == nullptr) return LineError(name, line_no, "row before any [language] header");
      std::vector<std::string> f = Fields(line);
      if (f[0] == "@street") {
        if (f.size() != 3 || !absl::StrContains(f[1], "{s}") || !absl::StrContains(f[1], "{n}")) {
          return LineError(name, line_no, "@street | format with {s} and {n} | streets");
        }
        block->style.street_format = f[1];
        block->style.streets = List(f[2], ';');
        block->has_street = !block->style.streets.empty();
      } else if (f[0] == "@email") {
        block->style.email_locals = List(f.size() > 1 ? f[1] : "", ';');
        block->has_email = !block->style.email_locals.empty();
      } else if (f[0] == "@branch") {
        block->style.branch = f.size() > 1 ? f[1] : "";
        block->has_branch = !block->style.branch.empty();
      } else {
        if (!KnownConcept(f[0])) return LineError(name, line_no, "unknown concept " + f[0]);
        if (f.size() > 4) return LineError(name, line_no, "too many fields");
        RawRow& row = block->rows[f[0]];
        if (f.size() > 1 && !f[1].empty()) row.national = f[1], row.has_national = true;
        if (f.size() > 2 && !f[2].empty()) {
          if (f[2] != "-" && !absl::StartsWith(f[2], "R:") && !absl::StartsWith(f[2], "L:")) {
            return LineError(name, line_no, "local template must start with R: or L:");
          }
          row.local = f[2], row.has_local = true;
        }
        if (f.size() > 3 && !f[3].empty()) row.terms = f[3], row.has_terms = true;
        for (const auto* t : {&row.national, &row.local}) {
          if (auto s = CheckPlaceholders(*t, name, line_no); !s.ok()) return s;
        }
      }
    }
  }
  return absl::OkStatus();
}

absl::Status ParseCountries(absl::string_view table, std::vector<Country>& countries) {
  constexpr absl::string_view kName = "country table";
  Country* country = nullptr;
  int line_no = 0;
  for (absl::string_view raw : absl::StrSplit(table, '\n')) {
    ++line_no;
    absl::string_view line = absl::StripAsciiWhitespace(raw);
    if (line.empty() || line.front() == '#') continue;
    if (line.front() == '[') {
      Country& c = countries.emplace_back();
      country = &c;
      size_t close = line.find(']');
      if (close != 3) return LineError(kName, line_no, "header must start with [CC]");
      c.code = std::string(line.substr(1, 2));
      for (absl::string_view tok : absl::StrSplit(line.substr(close + 1), ' ', absl::SkipEmpty())) {
        std::pair<std::string, std::string> kv = absl::StrSplit(tok, absl::MaxSplits('=', 1));
        const std::string& k = kv.first;
        const std::string& v = kv.second;
        if (k == "tld") {
          c.tld = v;
        } else if (k == "w") {
          if (!absl::SimpleAtoi(v, &c.weight) || c.weight <= 0)
            return LineError(kName, line_no, "bad w");
        } else if (k == "names") {
          c.languages = List(v, ',');
        } else if (k == "extra") {
          c.extra_languages = List(v, ',');
        } else if (k == "phone") {
          c.phone_prefix = v;
        } else if (k == "nsn") {
          if (!absl::SimpleAtoi(v, &c.phone_digits)) return LineError(kName, line_no, "bad nsn");
        } else if (k == "grp") {
          c.phone_groups = List(v, ',');
        } else if (k == "limic") {
          for (const auto& s : List(v, ',')) {
            auto it = LimicShortNames().find(s);
            if (it == LimicShortNames().end())
              return LineError(kName, line_no, "unknown limic " + s);
            c.limic_areas.push_back(it->second);
          }
        } else if (k == "sdimic") {
          c.sdimics = v == "1";
        } else {
          return LineError(kName, line_no, "unknown key " + k);
        }
      }
      if (c.tld.empty() || c.languages.empty() || c.phone_prefix.empty() || c.phone_digits <= 0 ||
          c.phone_groups.empty() || c.weight <= 0) {
        return LineError(kName, line_no, "header needs tld, w, names, phone, nsn, grp");
      }
      for (const auto& l : c.languages) {
        if (!i18n::IsSupported(l)) return LineError(kName, line_no, "unknown language " + l);
      }
      for (const auto& l : c.extra_languages) {
        if (!i18n::IsSupported(l)) return LineError(kName, line_no, "unknown language " + l);
      }
      continue;
    }
    if (country == nullptr) return LineError(kName, line_no, "place before any [CC] header");
    std::vector<std::string> f = Fields(line);
    if (f.size() < 5 || f.size() > 6) {
      return LineError(kName, line_no, "place: city | x | region | postal | phone area [| langs]");
    }
    Place& p = country->places.emplace_back();
    p.city = Variants(f[0]);
    p.x = f[1];
    p.region = Variants(f[2]);
    p.postal = f[3];
    p.phone_area = f[4];
    p.languages = f.size() > 5 ? List(f[5], ' ') : std::vector<std::string>{country->languages[0]};
    if (p.city[0].empty() || p.region[0].empty() || p.postal.empty() || p.languages.empty()) {
      return LineError(kName, line_no, "empty city, region, postal code or languages");
    }
    for (const auto& l : p.languages) {
      if (std::find(country->languages.begin(), country->languages.end(), l) ==
          country->languages.end()) {
        return LineError(kName, line_no, "place language not a language of the country: " + l);
      }
    }
    auto it = std::find_if(country->regions.begin(), country->regions.end(),
                           [&](const Region& r) { return r.name[0] == p.region[0]; });
    if (it == country->regions.end()) {
      Region& r = country->regions.emplace_back();
      r.name = p.region;
      r.slug = AsciiSlug(p.region[0], country->languages[0]);
      r.first_place = static_cast<int>(country->places.size()) - 1;
      p.region_index = static_cast<int>(country->regions.size()) - 1;
    } else {
      p.region_index = static_cast<int>(it - country->regions.begin());
    }
  }
  for (const auto& c : countries) {
    if (c.places.empty()) return absl::InvalidArgumentError(c.code + " has no places");
  }
  return absl::OkStatus();
}

ConceptText Merge(const RawRow* generic, const RawRow* local_override) {
  RawRow row;
  if (generic != nullptr) row = *generic;
  if (local_override != nullptr) {
    if (local_override->has_national) row.national = local_override->national;
    if (local_override->has_local) row.local = local_override->local;
    if (local_override->has_terms) row.terms = local_override->terms;
  }
  ConceptText t;
  if (row.national != "-") std::tie(t.national, t.national_acronym) = SplitAcronym(row.national);
  if (!row.local.empty() && row.local != "-") {
    t.local_level = row.local[0] == 'R' ? Level::kRegional : Level::kLocal;
    std::tie(t.local, t.local_acronym) = SplitAcronym(row.local.substr(2));
  }
  std::vector<std::string> terms;
  for (absl::string_view s : absl::StrSplit(row.terms, ';')) {
    terms.emplace_back(absl::StripAsciiWhitespace(s));
  }
  terms.resize(3);
  t.keyword = terms[0];
  t.activity = terms[1];
  t.profession = terms[2];
  return t;
}

}  // namespace

const std::vector<Concept>& ReferenceData::Concepts() {
  static const auto* concepts = new std::vector<Concept>{
      // Special rows: names of coordinators and helpdesks.
      {"nimic", {}},
      {"sdimic", {}},
      {"limic", {}},
      {"helpdesk", {}},
      // National bodies.
      {"edu", {kPq}},
      {"eco", {kServices, kEcommerce, kOnlineIntermediation}},
      {"lab", {kPosting}},
      {"hea", {kPatients, kPq}},
      {"soc", {kPosting}},
      {"dpa", {kGdpr}},
      {"cpa", {kCpc, kServices}},
      {"cul", {kCulturalGoods}},
      {"int", {kFirearms, kEuroCash}},
      {"tra", {kRoadTransport, kEuroCash}},
      {"rail", {kTrainDrivers}},
      {"mar", {kSeafarers}},
      {"sol", {kSolvit}},
      {"psc", {kServices, kSdg}},
      {"jus", {kPublicDocuments}},
      {"enic", {kPq}},
      // Professional bodies, national and regional.
      {"med", {kPq, kServices, kPatients}},
      {"den", {kPq, kPatients}},
      {"pha", {kPq}},
      {"arc", {kPq, kServices}},
      {"vet", {kPq}},
      {"law", {kPq, kServices}},
      {"not", {kPq, kPublicDocuments}},
      {"eng", {kPq, kServices}},
      {"nur", {kPq, kPatients}},
      {"cci", {kServices, kSdg}},
      {"cra", {kServices, kPq}},
      // Regional and local administration.
      {"mun", {kServices, kPublicDocuments}},
      {"civ", {kPublicDocuments}},
      {"lio", {kPosting}},
      {"her", {kCulturalGoods}},
      {"pol", {kFirearms}},
      {"rto", {kRoadTransport}},
      {"con", {kCpc}},
      {"hlt", {kPatients}},
      {"bld", {kServices}},
      {"trd", {kServices, kPublicDocuments}},
      {"sch", {kPq}},
      {"occ", {kPosting, kServices}},
      {"crt", {kPublicDocuments}},
      {"tax", {kPq, kServices}},
      {"psy", {kPq, kPatients}},
      {"exm", {kPq}},
      {"reg", {kPq, kServices, kPublicDocuments}},
      {"ord", {kServices, kFirearms}},
      {"vto", {kServices, kPq}},
      {"wfo", {kServices, kSdg}},
  };
  return *concepts;
}

const std::vector<std::string>& ReferenceData::AreaCodes() {
  static const auto* codes = new std::vector<std::string>{kPq,
                                                          kServices,
                                                          kPosting,
                                                          kPatients,
                                                          kSolvit,
                                                          kEuroCash,
                                                          kEcommerce,
                                                          kCulturalGoods,
                                                          kPublicDocuments,
                                                          kGdpr,
                                                          kCpc,
                                                          kFirearms,
                                                          kRoadTransport,
                                                          kSdg,
                                                          kTrainDrivers,
                                                          kSeafarers,
                                                          kOnlineIntermediation};
  return *codes;
}

bool ReferenceData::IsAlertArea(absl::string_view area) {
  // Areas seeded with the ALERTS workflow.
  return area == kPq || area == kServices || area == kCulturalGoods || area == kCpc ||
         area == kSeafarers;
}

absl::StatusOr<std::unique_ptr<ReferenceData>> ReferenceData::Parse(
    absl::string_view countries, const std::vector<absl::string_view>& languages,
    const std::vector<std::vector<absl::string_view>>& area_names) {
  std::unique_ptr<ReferenceData> ref(new ReferenceData());

  for (const auto& row : area_names) {
    if (row.size() != 3) return absl::InvalidArgumentError("area name rows need 3 fields");
    ref->area_names_[absl::StrCat(row[0], "/", row[1])] = std::string(row[2]);
  }
  for (const auto& code : AreaCodes()) {
    for (const auto& l : i18n::kLanguages) {
      const std::string lang(l.code);
      if (!ref->area_names_.contains(absl::StrCat(code, "/", lang))) {
        return absl::InvalidArgumentError(absl::StrCat("no name for area ", code, " in ", lang));
      }
    }
  }

  if (auto s = ParseCountries(countries, ref->countries_); !s.ok()) return s;
  std::map<std::string, RawBlock, std::less<>> blocks;
  if (auto s = ParseLanguages(languages, blocks); !s.ok()) return s;

  for (const Country& c : ref->countries_) {
    std::vector<std::string> langs = c.languages;
    if (std::find(langs.begin(), langs.end(), "en") == langs.end()) langs.push_back("en");
    for (const std::string& lang : langs) {
      auto g = blocks.find(lang);
      auto o = blocks.find(absl::StrCat(lang, "/", c.code));
      const RawBlock* generic = g == blocks.end() ? nullptr : &g->second;
      const RawBlock* over = o == blocks.end() ? nullptr : &o->second;
      // @only drops the language's generic names, not its address style.
      const RawBlock* generic_style = generic;
      if (over != nullptr && over->only) generic = nullptr;
      if (generic == nullptr && over == nullptr) {
        return absl::InvalidArgumentError(absl::StrCat(c.code, ": no names in ", lang));
      }
      LanguageStyle style;
      for (const RawBlock* b : {generic_style, over}) {
        if (b == nullptr) continue;
        if (b->has_street)
          style.street_format = b->style.street_format, style.streets = b->style.streets;
        if (b->has_email) style.email_locals = b->style.email_locals;
        if (b->has_branch) style.branch = b->style.branch;
      }
      if (style.streets.empty() || style.email_locals.empty() || style.branch.empty()) {
        return absl::InvalidArgumentError(
            absl::StrCat(c.code, "/", lang, ": needs @street, @email and @branch"));
      }
      ref->styles_[absl::StrCat(c.code, "/", lang)] = std::move(style);
      for (const Concept& kind : Concepts()) {
        const RawRow* gr = nullptr;
        const RawRow* orow = nullptr;
        if (generic != nullptr) {
          auto it = generic->rows.find(kind.id);
          if (it != generic->rows.end()) gr = &it->second;
        }
        if (over != nullptr) {
          auto it = over->rows.find(kind.id);
          if (it != over->rows.end()) orow = &it->second;
        }
        if (gr == nullptr && orow == nullptr) continue;
        ConceptText t = Merge(gr, orow);
        if (t.national.empty() && t.local.empty()) continue;
        ref->texts_[absl::StrCat(c.code, "/", lang, "/", kind.id)] = std::move(t);
      }
      for (const char* required : {"nimic", "helpdesk", "limic"}) {
        if (lang == c.languages[0] && ref->Text(c.code, lang, required) == nullptr) {
          return absl::InvalidArgumentError(absl::StrCat(c.code, "/", lang, ": no ", required));
        }
      }
      if (c.sdimics && lang == c.languages[0] && ref->Text(c.code, lang, "sdimic") == nullptr) {
        return absl::InvalidArgumentError(absl::StrCat(c.code, "/", lang, ": no sdimic"));
      }
    }
  }
  return ref;
}

std::vector<absl::string_view> LanguageTables() {
  std::vector<absl::string_view> all = LanguageTablesWest();
  for (auto part : {LanguageTablesEast(), LanguageTablesNorth()}) {
    all.insert(all.end(), part.begin(), part.end());
  }
  return all;
}

const ReferenceData& ReferenceData::Embedded() {
  static const ReferenceData* ref = [] {
    auto parsed = Parse(CountryTable(), LanguageTables(), AreaNameTable());
    if (!parsed.ok()) {
      std::cerr << "directory_gen: bad embedded reference data: " << parsed.status() << "\n";
      std::abort();
    }
    return parsed->release();
  }();
  return *ref;
}

const ConceptText* ReferenceData::Text(absl::string_view country, absl::string_view language,
                                       absl::string_view concept_id) const {
  auto it = texts_.find(absl::StrCat(country, "/", language, "/", concept_id));
  return it == texts_.end() ? nullptr : &it->second;
}

const LanguageStyle& ReferenceData::Style(absl::string_view country,
                                          absl::string_view language) const {
  auto it = styles_.find(absl::StrCat(country, "/", language));
  if (it == styles_.end()) it = styles_.find(absl::StrCat(country, "/en"));
  return it->second;
}

const std::string& ReferenceData::AreaName(absl::string_view area_code,
                                           absl::string_view language) const {
  auto it = area_names_.find(absl::StrCat(area_code, "/", language));
  if (it == area_names_.end()) it = area_names_.find(absl::StrCat(area_code, "/en"));
  return it->second;
}

}  // namespace imi::directory_gen
