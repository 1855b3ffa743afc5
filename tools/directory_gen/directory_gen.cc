#include "tools/directory_gen/directory_gen.h"

#include <algorithm>
#include <cstdlib>
#include <memory>
#include <ostream>
#include <set>
#include <thread>
#include <tuple>
#include <utility>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "google/protobuf/descriptor.h"
#include "google/protobuf/io/coded_stream.h"
#include "google/protobuf/io/zero_copy_stream_impl_lite.h"
#include "google/protobuf/type.pb.h"
#include "google/protobuf/util/json_util.h"
#include "google/protobuf/util/type_resolver.h"
#include "google/protobuf/util/type_resolver_util.h"
#include "imi/directory/v1/directory.pb.h"
#include "libs/i18n/languages.h"
#include "tools/directory_gen/prng.h"
#include "tools/directory_gen/reference_data.h"
#include "tools/directory_gen/text.h"

namespace imi::directory_gen {
namespace {

namespace v1 = ::imi::directory::v1;

constexpr absl::string_view kCommission = "authorities/eu-commission";
constexpr absl::string_view kPq = "professional-qualifications";

// Which national body coordinates an area when the country has a LIMIC for
// it, and the short name in the LIMIC's id.
struct LimicKind {
  absl::string_view area, concept_id, short_name;
};
constexpr LimicKind kLimicKinds[] = {{"professional-qualifications", "edu", "pq"},
                                     {"services", "eco", "services"},
                                     {"posting-of-workers", "lab", "posting"},
                                     {"patients-rights", "hea", "patients"},
                                     {"road-transport", "tra", "road"},
                                     {"cpc", "cpa", "cpc"},
                                     {"gdpr", "dpa", "gdpr"}};

const LimicKind& LimicFor(absl::string_view area) {
  for (const auto& k : kLimicKinds) {
    if (k.area == area) return k;
  }
  return kLimicKinds[0];  // Unreachable: the country table validates areas.
}

// Names of the European Commission in the 26 languages.
constexpr std::pair<const char*, const char*> kCommissionHelpdeskNames[] = {
    {"en", "IMI Helpdesk"},
    {"fr", "Service d'assistance IMI"},
    {"de", "IMI-Helpdesk"},
};

constexpr std::pair<const char*, const char*> kCommissionNames[] = {
    {"en", "European Commission"},
    {"bg", "Европейска комисия"},
    {"cs", "Evropská komise"},
    {"da", "Europa-Kommissionen"},
    {"de", "Europäische Kommission"},
    {"el", "Ευρωπαϊκή Επιτροπή"},
    {"es", "Comisión Europea"},
    {"et", "Euroopa Komisjon"},
    {"fi", "Euroopan komissio"},
    {"fr", "Commission européenne"},
    {"ga", "An Coimisiún Eorpach"},
    {"hr", "Europska komisija"},
    {"hu", "Európai Bizottság"},
    {"it", "Commissione europea"},
    {"lt", "Europos Komisija"},
    {"lv", "Eiropas Komisija"},
    {"mt", "Il-Kummissjoni Ewropea"},
    {"nl", "Europese Commissie"},
    {"pl", "Komisja Europejska"},
    {"pt", "Comissão Europeia"},
    {"ro", "Comisia Europeană"},
    {"sk", "Európska komisia"},
    {"sl", "Evropska komisija"},
    {"sv", "Europeiska kommissionen"},
    {"is", "Framkvæmdastjórn Evrópusambandsins"},
    {"nb", "Europakommisjonen"},
};

// A body the generator can turn into an authority: a kind of body (index
// into ReferenceData::Concepts()) at national level, or in one place
// (regional bodies: the seat of their region).
struct Instance {
  int kind = 0;
  int place = -1;  // -1: national.
  bool regional = false;
  Level level = Level::kNational;
};

// A coordinator's remit, for choosing what it supervises.
struct Coordinator {
  std::string name;
  v1::AuthorityKind kind = v1::NIMIC;
  std::string area;  // LIMICs (and DIMICs they delegated to).
  int region = -1;   // SDIMICs (and DIMICs they delegated to).
};

v1::AuthorityLevel ToProto(Level l) {
  switch (l) {
    case Level::kNational:
      return v1::NATIONAL;
    case Level::kRegional:
      return v1::REGIONAL;
    case Level::kLocal:
      return v1::LOCAL;
  }
  return v1::NATIONAL;
}

int LanguageIndex(const Country& c, absl::string_view lang) {
  for (size_t i = 0; i < c.languages.size(); ++i) {
    if (c.languages[i] == lang) return static_cast<int>(i);
  }
  return 0;
}

const std::string& Variant(const std::vector<std::string>& v, int index) {
  return index < static_cast<int>(v.size()) && !v[index].empty() ? v[index] : v[0];
}

std::string FillPattern(absl::string_view pattern, Prng& rng) {
  static constexpr absl::string_view kLetters = "ACDEFHKNPRTVWXY";
  std::string out;
  for (char c : pattern) {
    if (c == '#') {
      out.push_back(static_cast<char>('0' + rng.Uniform(10)));
    } else if (c == '@') {
      out.push_back(kLetters[rng.Uniform(kLetters.size())]);
    } else {
      out.push_back(c);
    }
  }
  return out;
}

// Up to `max_words` significant words of `name` in ASCII, joined by '-':
// "Chambre de commerce et d'industrie de Metz" -> "chambre-commerce-industrie".
std::string DomainWords(absl::string_view name, absl::string_view lang, int max_words) {
  static const auto* kSkip = new std::set<std::string, std::less<>>{
      "der",   "die",   "das",   "des",   "den", "dem", "und", "fur", "fuer", "for",    "the",
      "and",   "of",    "de",    "la",    "le",  "les", "du",  "et",  "di",   "el",     "del",
      "della", "dei",   "degli", "delle", "los", "las", "do",  "da",  "dos",  "van",    "het",
      "voor",  "en",    "och",   "og",    "na",  "za",  "pro", "az",  "es",   "tal",    "ta",
      "il",    "kai",   "tis",   "tou",   "ton", "ja",  "ir",  "un",  "si",   "pentru", "al",
      "pe",    "lange", "po",    "ob",    "pri", "sa",  "se",  "vo",  "ve",   "we",     "in",
      "op",    "bij",   "aan",   "het",   "ii",  "iii"};
  std::string out;
  int words = 0;
  for (const std::string& w : AsciiWords(name, lang)) {
    if (w.size() < 2 || kSkip->contains(w)) continue;
    if (!out.empty()) out.push_back('-');
    out += w;
    if (++words == max_words) break;
  }
  return out;
}

class Generator {
 public:
  Generator(const ReferenceData& ref, const Options& options) : ref_(ref), options_(options) {}

  absl::StatusOr<Stats> Run(const AuthoritySink& on_authority, const HelpdeskSink& on_helpdesk);

 private:
  struct Plan {
    const Country* country = nullptr;
    std::unique_ptr<Prng> rng;
    int64_t quota = 0;
    std::vector<Instance> nationals, locals;  // Still available for CAs.
    std::vector<Coordinator> coordinators;    // NIMIC first.
    std::map<std::string, std::string> limic_by_area;
    std::map<int, std::string> sdimic_by_region;
    std::map<std::string, std::vector<std::string>> dimics_by_delegator;
    std::vector<v1::Authority> coordinator_records;
    std::string nimic_domain, nimic_phone_area;
    uint64_t id_multiplier = 1, id_offset = 0;
  };

  void Allocate(std::vector<Plan>& plans) const;
  void BuildPool(Plan& plan) const;
  void PlanCoordinators(Plan& plan);
  absl::Status EmitCompetentAuthorities(Plan& plan, const AuthoritySink& sink);

  // Fills names, acronym, address, contact and languages of `a` from `inst`
  // (`branch` > 1 marks a further office of the same body).
  void Describe(Plan& plan, const Instance& inst, int branch, v1::Authority& a,
                absl::string_view area = "") const;
  std::string Render(const Plan& plan, absl::string_view tmpl, absl::string_view lang,
                     const Instance& inst, absl::string_view area) const;
  void AddArea(Plan& plan, const Instance& inst, const std::vector<std::string>& langs,
               absl::string_view area, std::map<std::string, std::string> links,
               v1::Authority& a) const;
  std::vector<std::string> NameLanguages(const Plan& plan, const Instance& inst) const;
  std::string Phone(const Plan& plan, absl::string_view area_code) const;

  // The coordinator responsible for `area` for a body in `region` (-1 for
  // national bodies): its LIMIC, else its region's SDIMIC, else the NIMIC.
  const std::string& CoordinatorFor(const Plan& plan, absl::string_view area, int region) const;
  // Incoming alert coordinator of the country for `area`.
  const std::string& IncomingAlertCoordinator(const Plan& plan, absl::string_view area) const;

  v1::AuthorityState RollState(Prng& rng) const;
  void Count(const v1::Authority& a);

  const ReferenceData& ref_;
  const Options& options_;
  Stats stats_;
};

const Concept& ConceptAt(int i) { return ReferenceData::Concepts()[i]; }

int ConceptIndex(absl::string_view id) {
  const auto& all = ReferenceData::Concepts();
  for (size_t i = 0; i < all.size(); ++i) {
    if (all[i].id == id) return static_cast<int>(i);
  }
  return -1;
}

// Coordinators every country has whatever the count: NIMIC, LIMICs, one
// SDIMIC where there are any.
int64_t FixedCoordinators(const Country& c) {
  return 1 + static_cast<int64_t>(c.limic_areas.size()) + (c.sdimics ? 1 : 0);
}

void Generator::Allocate(std::vector<Plan>& plans) const {
  int64_t minimum = 1;
  int64_t weights = 0;
  for (const auto& p : plans) {
    minimum += FixedCoordinators(*p.country) + 1;
    weights += p.country->weight;
  }
  const int64_t rest = options_.count - minimum;
  // Largest remainder: exact, integer-only, deterministic.
  std::vector<std::pair<int64_t, size_t>> remainders;
  int64_t given = 0;
  for (size_t i = 0; i < plans.size(); ++i) {
    const int64_t w = plans[i].country->weight;
    const int64_t share = rest * w / weights;
    plans[i].quota = FixedCoordinators(*plans[i].country) + 1 + share;
    given += share;
    remainders.emplace_back(rest * w % weights, i);
  }
  std::sort(remainders.begin(), remainders.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first > b.first : a.second < b.second;
  });
  for (int64_t k = 0; k < rest - given; ++k) ++plans[remainders[k].second].quota;
}

void Generator::BuildPool(Plan& plan) const {
  const Country& c = *plan.country;
  const auto& concepts = ReferenceData::Concepts();
  for (size_t ci = 0; ci < concepts.size(); ++ci) {
    if (concepts[ci].areas.empty()) continue;  // nimic, sdimic, limic, helpdesk
    const ConceptText* t = ref_.Text(c.code, c.languages[0], concepts[ci].id);
    if (t != nullptr && !t->national.empty()) {
      plan.nationals.push_back({static_cast<int>(ci), -1, false, Level::kNational});
    }
  }
  std::set<std::tuple<int, int, std::string>> regional_seen;
  for (size_t pi = 0; pi < c.places.size(); ++pi) {
    const Place& p = c.places[pi];
    const std::string& lang = p.languages[0];
    for (size_t ci = 0; ci < concepts.size(); ++ci) {
      if (concepts[ci].areas.empty()) continue;
      const ConceptText* t = ref_.Text(c.code, lang, concepts[ci].id);
      if (t == nullptr || t->local.empty()) continue;
      const bool regional = absl::StrContains(t->local, "{region}");
      if (regional && !regional_seen.emplace(ci, p.region_index, lang).second) continue;
      plan.locals.push_back({static_cast<int>(ci), static_cast<int>(pi), regional, t->local_level});
    }
  }
  plan.rng->Shuffle(plan.nationals);
  plan.rng->Shuffle(plan.locals);
}

std::vector<std::string> Generator::NameLanguages(const Plan& plan, const Instance& inst) const {
  return inst.place < 0 ? plan.country->languages : plan.country->places[inst.place].languages;
}

std::string Generator::Render(const Plan& plan, absl::string_view tmpl, absl::string_view lang,
                              const Instance& inst, absl::string_view area) const {
  const Country& c = *plan.country;
  const Place& p = c.places[inst.place < 0 ? 0 : inst.place];
  // Place names in the template's language, or (English) in the body's own.
  const bool own = std::find(c.languages.begin(), c.languages.end(), lang) != c.languages.end();
  const int li = LanguageIndex(c, own ? lang : absl::string_view(p.languages[0]));
  const std::string& city = Variant(p.city, li);
  const std::string& region = Variant(p.region, li);
  std::string out;
  out.reserve(tmpl.size() + 32);
  for (size_t i = 0; i < tmpl.size();) {
    if (tmpl[i] != '{') {
      out.push_back(tmpl[i++]);
      continue;
    }
    const size_t close = tmpl.find('}', i);
    const absl::string_view key = tmpl.substr(i + 1, close - i - 1);
    i = close + 1;
    absl::string_view value;
    if (key == "city") {
      value = city;
    } else if (key == "region") {
      value = region;
    } else if (key == "place") {
      value = inst.regional ? region : city;
    } else if (key == "x") {
      value = (lang == c.languages[0] && !p.x.empty()) ? absl::string_view(p.x)
                                                       : absl::string_view(city);
    } else if (key == "area") {
      value = ref_.AreaName(area, lang);
    }
    // French elides "de" before a vowel: "Chambre de commerce d'Amiens".
    if (lang == "fr" && absl::EndsWith(out, " de ") && !value.empty()) {
      static constexpr absl::string_view kVowels[] = {"A", "E", "I", "O", "U", "Y",
                                                      "É", "È", "Î", "Â", "Ô"};
      for (auto v : kVowels) {
        if (absl::StartsWith(value, v)) {
          out.resize(out.size() - 3);
          out += "d'";
          break;
        }
      }
    }
    if (lang == "en") {
      // English names use romanized Greek and Cyrillic place names.
      out += Romanize(value);
    } else {
      out.append(value.data(), value.size());
    }
  }
  if (lang == "fr") {
    ReplaceAll(out, " de Le ", " du ");
    ReplaceAll(out, " de Les ", " des ");
  }
  return out;
}

std::string Generator::Phone(const Plan& plan, absl::string_view area_code) const {
  const Country& c = *plan.country;
  std::string digits(area_code);
  while (static_cast<int>(digits.size()) < c.phone_digits) {
    // Subscriber numbers do not start with 0.
    const int d = digits.size() == area_code.size() ? 1 + static_cast<int>(plan.rng->Uniform(9))
                                                    : static_cast<int>(plan.rng->Uniform(10));
    digits.push_back(static_cast<char>('0' + d));
  }
  std::string out = c.phone_prefix;
  size_t pos = 0;
  for (const std::string& g : c.phone_groups) {
    if (pos >= digits.size()) break;
    size_t n = 0;
    if (g == "a") {
      n = area_code.size();
    } else if (g == "*") {
      n = digits.size() - pos;
    } else {
      n = static_cast<size_t>(std::atoi(g.c_str()));
    }
    n = std::min(n, digits.size() - pos);
    if (n == 0) continue;
    out += " ";
    out += digits.substr(pos, n);
    pos += n;
  }
  if (pos < digits.size()) absl::StrAppend(&out, " ", digits.substr(pos));
  return out;
}

void Generator::Describe(Plan& plan, const Instance& inst, int branch, v1::Authority& a,
                         absl::string_view area) const {
  const Country& c = *plan.country;
  Prng& rng = *plan.rng;
  const Concept& kind = ConceptAt(inst.kind);
  const std::vector<std::string> langs = NameLanguages(plan, inst);
  const std::string& primary = langs[0];
  const bool national = inst.place < 0;
  const Place& place = c.places[national ? 0 : inst.place];

  // Names: every language of the place that names such bodies, often English.
  // Coordinators and helpdesks (concepts without areas) have one template.
  const bool special = kind.areas.empty();
  auto name_in = [&](absl::string_view lang) -> std::string {
    const ConceptText* t = ref_.Text(c.code, lang, kind.id);
    if (t == nullptr) return "";
    const std::string& tmpl = (national || special) ? t->national : t->local;
    if (tmpl.empty()) return "";
    std::string name = Render(plan, tmpl, lang, inst, area);
    if (branch > 1) {
      absl::StrAppend(&name, " – ", ref_.Style(c.code, lang).branch, " ", branch);
    }
    return name;
  };
  std::vector<std::string> written;
  for (const std::string& lang : langs) {
    std::string name = name_in(lang);
    if (name.empty()) continue;
    auto* n = a.add_names();
    n->set_language(lang);
    n->set_name(std::move(name));
    written.push_back(lang);
  }
  if (written.empty()) {
    // The place's language does not name such bodies (cannot happen for
    // pooled instances); fall back to the country's first language.
    auto* n = a.add_names();
    n->set_language(c.languages[0]);
    n->set_name(name_in(c.languages[0]));
    written.push_back(c.languages[0]);
  }
  const int english_permille = national ? 700 : inst.level == Level::kRegional ? 400 : 250;
  if (std::find(written.begin(), written.end(), "en") == written.end() &&
      rng.Chance(english_permille)) {
    std::string name = name_in("en");
    if (!name.empty()) {
      auto* n = a.add_names();
      n->set_language("en");
      n->set_name(std::move(name));
    }
  }

  // Acronym: the official one where the table has it; for national bodies
  // often the initials.
  const ConceptText* pt = ref_.Text(c.code, primary, kind.id);
  std::string acronym;
  if (pt != nullptr) acronym = (national || special) ? pt->national_acronym : pt->local_acronym;
  if (acronym.empty() && national && !special && rng.Chance(500) &&
      !absl::StrContains(a.names(0).name(), " – ") && !absl::StrContains(a.names(0).name(), ",") &&
      !absl::StrContains(a.names(0).name(), ".")) {
    acronym = Initials(a.names(0).name());
  }
  a.set_acronym(acronym);

  // Address at the place (national bodies: the capital).
  const int li = LanguageIndex(c, primary);
  const LanguageStyle& style = ref_.Style(c.code, primary);
  auto* addr = a.mutable_address();
  std::string line = style.street_format;
  ReplaceAll(line, "{s}", rng.Pick(style.streets));
  ReplaceAll(line, "{n}", absl::StrCat(rng.Between(1, 120)));
  addr->add_lines(std::move(line));
  addr->set_postal_code(FillPattern(place.postal, rng));
  addr->set_city(Variant(place.city, li));
  addr->set_country(c.code);

  // Contact on an example domain: <acronym or name words>[-<place>].example.<tld>.
  std::string base =
      acronym.empty() ? DomainWords(a.names(0).name(), primary, 3) : AsciiSlug(acronym, primary);
  if (!national) {
    const std::string& where = inst.regional ? Variant(place.region, li) : Variant(place.city, li);
    const std::string place_slug = DomainWords(where, primary, 4);
    const std::string first_word = place_slug.substr(0, place_slug.find('-'));
    if (!absl::StrContains(base, first_word)) absl::StrAppend(&base, "-", place_slug);
  }
  if (base.size() > 48) base.resize(48);
  while (!base.empty() && base.back() == '-') base.pop_back();
  if (branch > 1) absl::StrAppend(&base, "-", branch);
  const std::string domain = absl::StrCat(base, ".example.", c.tld);
  auto* contact = a.mutable_contact();
  const std::string mailbox = rng.Chance(150) ? "imi" : rng.Pick(style.email_locals);
  contact->set_email(absl::StrCat(mailbox, "@", domain));
  contact->set_phone(Phone(plan, place.phone_area));
  contact->set_website(rng.Chance(500) ? absl::StrCat("https://www.", domain)
                                       : absl::StrCat("https://", domain, "/"));

  // Languages understood: the place's, English mostly, neighbours' sometimes.
  std::vector<std::string> understood = langs;
  if (rng.Chance(national ? 950 : 600)) understood.push_back("en");
  for (const std::string& l : c.languages) {
    if (rng.Chance(national ? 600 : 250)) understood.push_back(l);
  }
  for (const std::string& l : c.extra_languages) {
    if (rng.Chance(national ? 350 : 150)) understood.push_back(l);
  }
  std::set<std::string> seen;
  for (const std::string& l : understood) {
    if (seen.insert(l).second) a.add_languages(l);
  }
  if (!national) a.set_region(Variant(place.region, li));
  a.set_country(c.code);
  a.set_level(ToProto(inst.level));
}

void Generator::AddArea(Plan& plan, const Instance& inst, const std::vector<std::string>& langs,
                        absl::string_view area, std::map<std::string, std::string> links,
                        v1::Authority& a) const {
  const Country& c = *plan.country;
  auto* access = a.add_areas();
  access->set_legislative_area(absl::StrCat("legislativeAreas/", area));
  std::vector<std::string> all = langs;
  if (std::find(all.begin(), all.end(), "en") == all.end()) all.push_back("en");
  std::set<std::string> kw, act, prof;
  auto add = [](std::set<std::string>& seen, google::protobuf::RepeatedPtrField<std::string>* out,
                const std::string& s) {
    if (!s.empty() && seen.insert(s).second) out->Add(std::string(s));
  };
  for (const std::string& lang : all) {
    add(kw, access->mutable_keywords(), ref_.AreaName(area, lang));
    if (inst.kind < 0) continue;
    const ConceptText* t = ref_.Text(c.code, lang, ConceptAt(inst.kind).id);
    if (t == nullptr) continue;
    add(kw, access->mutable_keywords(), t->keyword);
    add(act, access->mutable_activities(), t->activity);
    if (area == kPq) add(prof, access->mutable_professions(), t->profession);
  }
  for (auto& [role, name] : links) (*access->mutable_coordinators())[role] = std::move(name);
}

const std::string& Generator::CoordinatorFor(const Plan& plan, absl::string_view area,
                                             int region) const {
  auto l = plan.limic_by_area.find(std::string(area));
  if (l != plan.limic_by_area.end()) return l->second;
  auto s = plan.sdimic_by_region.find(region);
  if (s != plan.sdimic_by_region.end()) return s->second;
  return plan.coordinators[0].name;
}

const std::string& Generator::IncomingAlertCoordinator(const Plan& plan,
                                                       absl::string_view area) const {
  auto l = plan.limic_by_area.find(std::string(area));
  return l != plan.limic_by_area.end() ? l->second : plan.coordinators[0].name;
}

v1::AuthorityState Generator::RollState(Prng& rng) const {
  const auto roll = rng.Uniform(1000);
  if (roll < 20) return v1::INVITED;
  if (roll < 40) return v1::PENDING_VALIDATION;
  if (roll < 70) return v1::DEREGISTERED;
  return v1::ACTIVE;
}

void Generator::Count(const v1::Authority& a) {
  ++stats_.authorities;
  ++stats_.by_kind[v1::AuthorityKind_Name(a.kind())];
  ++stats_.by_country[a.country()];
  ++stats_.by_state[v1::AuthorityState_Name(a.state())];
}

void Generator::PlanCoordinators(Plan& plan) {
  const Country& c = *plan.country;
  Prng& rng = *plan.rng;
  const std::string cc = absl::AsciiStrToLower(c.code);
  const auto& areas = ReferenceData::AreaCodes();

  // How many regional and delegated coordinators this country's size
  // supports, leaving at least one competent authority.
  int64_t sdimics = 0;
  if (c.sdimics) {
    sdimics = std::clamp<int64_t>(plan.quota / 100, 1, static_cast<int64_t>(c.regions.size()));
  }
  int64_t dimics = std::min<int64_t>(plan.quota / 400, 30);
  const int64_t fixed = 1 + static_cast<int64_t>(c.limic_areas.size());
  while (fixed + sdimics + dimics > plan.quota - 1 && dimics > 0) --dimics;
  while (fixed + sdimics + dimics > plan.quota - 1 && sdimics > 1) --sdimics;

  // NIMIC.
  {
    Coordinator& nimic = plan.coordinators.emplace_back();
    nimic.name = absl::StrCat("authorities/", cc, "-nimic");
    nimic.kind = v1::NIMIC;
  }
  for (const std::string& area : c.limic_areas) {
    plan.limic_by_area[area] =
        absl::StrCat("authorities/", cc, "-limic-", LimicFor(area).short_name);
  }
  for (int64_t r = 0; r < sdimics; ++r) {
    plan.sdimic_by_region[static_cast<int>(r)] =
        absl::StrCat("authorities/", cc, "-sdimic-", c.regions[r].slug);
  }

  const int nimic_concept = ConceptIndex("nimic");
  auto coordinator_record = [&](const Instance& inst, const std::string& name,
                                v1::AuthorityKind kind) {
    v1::Authority& a = plan.coordinator_records.emplace_back();
    a.set_name(name);
    a.set_kind(kind);
    Describe(plan, inst, 1, a);
    a.set_state(v1::ACTIVE);
    return &a;
  };

  // The NIMIC: all areas, requests coordinated by itself, alerts received by
  // itself unless a LIMIC does it for the area (the LIMIC then links itself;
  // the NIMIC, written first, refers to nobody written after it).
  {
    Instance inst{nimic_concept, -1, false, Level::kNational};
    v1::Authority* a = coordinator_record(inst, plan.coordinators[0].name, v1::NIMIC);
    a->set_supervising_coordinator(std::string(kCommission));
    for (const auto& area : areas) {
      std::map<std::string, std::string> links = {
          {"ACCESS_COORDINATOR", std::string(kCommission)},
          {"REQUEST_COORDINATOR", plan.coordinators[0].name}};
      if (ReferenceData::IsAlertArea(area) && !plan.limic_by_area.contains(area)) {
        links["INCOMING_ALERT_COORDINATOR"] = plan.coordinators[0].name;
      }
      AddArea(plan, inst, c.languages, area, std::move(links), *a);
    }
    plan.nimic_domain = a->contact().email().substr(a->contact().email().find('@') + 1);
    plan.nimic_phone_area = c.places[0].phone_area;
  }

  // LIMICs: the national body for the area (its ministry or agency), or a
  // coordination office where the country names none.
  for (const std::string& area : c.limic_areas) {
    const LimicKind& kind = LimicFor(area);
    const int ci = ConceptIndex(kind.concept_id);
    Instance inst{ConceptIndex("limic"), -1, false, Level::kNational};
    auto it = std::find_if(plan.nationals.begin(), plan.nationals.end(),
                           [&](const Instance& i) { return i.kind == ci; });
    const std::string& name = plan.limic_by_area[area];
    if (it != plan.nationals.end()) {
      inst = *it;
      plan.nationals.erase(it);
    }
    // Without such a national body: "IMI-Koordinierungsstelle {area}".
    v1::Authority* a = &plan.coordinator_records.emplace_back();
    a->set_name(name);
    a->set_kind(v1::LIMIC);
    Describe(plan, inst, 1, *a, area);
    a->set_state(v1::ACTIVE);
    a->set_coordinator_area(absl::StrCat("legislativeAreas/", area));
    a->set_supervising_coordinator(plan.coordinators[0].name);
    std::vector<std::string> own_areas = {area};
    for (const auto& other : ConceptAt(inst.kind).areas) {
      if (other != area && own_areas.size() < 3) own_areas.push_back(other);
    }
    for (const std::string& ar : own_areas) {
      std::map<std::string, std::string> links;
      if (ar == area) {
        links = {{"ACCESS_COORDINATOR", plan.coordinators[0].name}, {"REQUEST_COORDINATOR", name}};
        if (ReferenceData::IsAlertArea(ar)) {
          links["INCOMING_ALERT_COORDINATOR"] = name;
          links["OUTGOING_ALERT_COORDINATOR"] = name;
        }
      } else {
        // Only coordinators written before this one: earlier LIMICs or the NIMIC.
        const std::string& other = CoordinatorFor(plan, ar, -1);
        const bool earlier = std::any_of(plan.coordinators.begin(), plan.coordinators.end(),
                                         [&](const Coordinator& co) { return co.name == other; });
        const std::string& to = earlier ? other : plan.coordinators[0].name;
        links = {{"ACCESS_COORDINATOR", to}, {"REQUEST_COORDINATOR", to}};
        if (ReferenceData::IsAlertArea(ar)) links["INCOMING_ALERT_COORDINATOR"] = to;
      }
      AddArea(plan, inst, c.languages, ar, std::move(links), *a);
    }
    Coordinator& co = plan.coordinators.emplace_back();
    co.name = name;
    co.kind = v1::LIMIC;
    co.area = area;
  }

  // SDIMICs: all areas in their region.
  const int sdimic_concept = ConceptIndex("sdimic");
  for (const auto& [region, name] : plan.sdimic_by_region) {
    const Region& r = c.regions[region];
    Instance inst{sdimic_concept, r.first_place, true, Level::kRegional};
    v1::Authority* a = coordinator_record(inst, name, v1::SDIMIC);
    a->set_supervising_coordinator(plan.coordinators[0].name);
    for (const auto& area : areas) {
      std::map<std::string, std::string> links = {{"ACCESS_COORDINATOR", plan.coordinators[0].name},
                                                  {"REQUEST_COORDINATOR", name}};
      if (ReferenceData::IsAlertArea(area)) {
        links["INCOMING_ALERT_COORDINATOR"] = IncomingAlertCoordinator(plan, area);
      }
      AddArea(plan, Instance{-1, r.first_place, true, Level::kRegional},
              c.places[r.first_place].languages, area, std::move(links), *a);
    }
    Coordinator& co = plan.coordinators.emplace_back();
    co.name = name;
    co.kind = v1::SDIMIC;
    co.region = region;
  }

  // DIMICs: a regional or local body a coordinator delegated to, within that
  // coordinator's remit (its area, its region, or anywhere for the NIMIC).
  const std::vector<Coordinator> delegators = plan.coordinators;
  for (int64_t d = 0; d < dimics; ++d) {
    const Coordinator& from = delegators[rng.Uniform(delegators.size())];
    auto fits = [&](const Instance& i) {
      if (!from.area.empty()) return ConceptAt(i.kind).areas[0] == from.area;
      if (from.region >= 0) return c.places[i.place].region_index == from.region;
      return true;
    };
    auto it = std::find_if(plan.locals.begin(), plan.locals.end(), fits);
    if (it == plan.locals.end()) continue;
    const Instance inst = *it;
    plan.locals.erase(it);
    const std::string name = absl::StrFormat("authorities/%s-dimic-%02d", cc, d + 1);
    v1::Authority* a = coordinator_record(inst, name, v1::DIMIC);
    a->set_supervising_coordinator(from.name);
    if (!from.area.empty()) a->set_coordinator_area(absl::StrCat("legislativeAreas/", from.area));
    const int region = c.places[inst.place].region_index;
    for (const auto& area : ConceptAt(inst.kind).areas) {
      // A LIMIC delegates its area; the NIMIC or an SDIMIC the areas without a LIMIC.
      const bool in_remit =
          from.area.empty() ? !plan.limic_by_area.contains(area) : from.area == area;
      std::map<std::string, std::string> links = {
          {"ACCESS_COORDINATOR", in_remit ? from.name : CoordinatorFor(plan, area, region)},
          {"REQUEST_COORDINATOR", in_remit ? name : CoordinatorFor(plan, area, region)}};
      if (ReferenceData::IsAlertArea(area)) {
        links["INCOMING_ALERT_COORDINATOR"] = IncomingAlertCoordinator(plan, area);
      }
      AddArea(plan, inst, NameLanguages(plan, inst), area, std::move(links), *a);
    }
    Coordinator& co = plan.coordinators.emplace_back();
    co.name = name;
    co.kind = v1::DIMIC;
    co.area = from.area;
    co.region = from.region;
    plan.dimics_by_delegator[from.name].push_back(name);
  }
}

absl::Status Generator::EmitCompetentAuthorities(Plan& plan, const AuthoritySink& sink) {
  const Country& c = *plan.country;
  Prng& rng = *plan.rng;
  const std::string cc = absl::AsciiStrToLower(c.code);
  const int64_t n = plan.quota - static_cast<int64_t>(plan.coordinator_records.size());
  // Ministries and national agencies first, then regional and local bodies;
  // once every body exists, further offices ("Außenstelle 2") of local ones.
  std::vector<Instance> order = plan.nationals;
  order.insert(order.end(), plan.locals.begin(), plan.locals.end());
  const std::vector<Instance>& repeat = plan.locals.empty() ? order : plan.locals;
  if (n > 0 && repeat.empty()) return absl::InternalError(c.code + ": no bodies to generate");
  for (int64_t i = 0; i < n; ++i) {
    int branch = 1;
    const Instance* inst = nullptr;
    if (i < static_cast<int64_t>(order.size())) {
      inst = &order[i];
    } else {
      const int64_t j = i - static_cast<int64_t>(order.size());
      inst = &repeat[j % repeat.size()];
      branch = 2 + static_cast<int>(j / static_cast<int64_t>(repeat.size()));
    }
    v1::Authority a;
    const uint64_t id = (plan.id_multiplier * static_cast<uint64_t>(i) + plan.id_offset) % 1000000;
    a.set_name(absl::StrFormat("authorities/%s-%06d", cc, id));
    a.set_kind(v1::COMPETENT_AUTHORITY);
    Describe(plan, *inst, branch, a);
    a.set_state(RollState(rng));

    const auto& concept_areas = ConceptAt(inst->kind).areas;
    const int region = inst->place < 0 ? -1 : c.places[inst->place].region_index;
    const std::string& primary_area = concept_areas[0];
    std::string supervisor = CoordinatorFor(plan, primary_area, region);
    auto dimics = plan.dimics_by_delegator.find(supervisor);
    if (dimics != plan.dimics_by_delegator.end() && rng.Chance(300)) {
      supervisor = rng.Pick(dimics->second);
    }
    a.set_supervising_coordinator(supervisor);
    const std::vector<std::string> langs = NameLanguages(plan, *inst);
    for (size_t k = 0; k < concept_areas.size() && k < 3; ++k) {
      const std::string& area = concept_areas[k];
      if (k > 0 && !rng.Chance(700)) continue;
      std::map<std::string, std::string> links = {
          {"ACCESS_COORDINATOR", CoordinatorFor(plan, area, region)},
          {"REQUEST_COORDINATOR", k == 0 ? supervisor : CoordinatorFor(plan, area, region)}};
      if (ReferenceData::IsAlertArea(area)) {
        links["INCOMING_ALERT_COORDINATOR"] = IncomingAlertCoordinator(plan, area);
        auto limic = plan.limic_by_area.find(area);
        if (area == kPq && limic != plan.limic_by_area.end()) {
          links["OUTGOING_ALERT_COORDINATOR"] = limic->second;
        }
      }
      AddArea(plan, *inst, langs, area, std::move(links), a);
    }
    Count(a);
    if (auto s = sink(a); !s.ok()) return s;
  }
  return absl::OkStatus();
}

absl::StatusOr<Stats> Generator::Run(const AuthoritySink& on_authority,
                                     const HelpdeskSink& on_helpdesk) {
  std::vector<Plan> plans;
  for (const Country& c : ref_.countries()) {
    Plan& p = plans.emplace_back();
    p.country = &c;
    p.rng = std::make_unique<Prng>(Prng::Derive(options_.seed, c.code));
    // An affine map modulo 10^6 with a multiplier coprime to it: distinct
    // six-digit ids that do not reveal the order.
    p.id_multiplier = (p.rng->Uniform(500000) * 2 + 1);
    if (p.id_multiplier % 5 == 0) p.id_multiplier += 2;
    p.id_offset = p.rng->Uniform(1000000);
  }
  Allocate(plans);
  for (Plan& p : plans) {
    BuildPool(p);
    PlanCoordinators(p);
  }

  // The Commission.
  {
    v1::Authority a;
    a.set_name(std::string(kCommission));
    a.set_kind(v1::COMMISSION);
    a.set_country("EU");
    a.set_level(v1::NATIONAL);
    for (const auto& [lang, name] : kCommissionNames) {
      auto* n = a.add_names();
      n->set_language(lang);
      n->set_name(name);
    }
    a.set_acronym("EC");
    auto* addr = a.mutable_address();
    addr->add_lines("Rue de la Loi 200 / Wetstraat 200");
    addr->set_postal_code("1049");
    addr->set_city("Bruxelles / Brussel");
    addr->set_country("BE");
    a.mutable_contact()->set_email("imi-helpdesk@ec.example.eu");
    a.mutable_contact()->set_phone("+32 2 555 01 00");
    a.mutable_contact()->set_website("https://ec.example.eu/imi");
    for (const auto& l : i18n::kLanguages) a.add_languages(std::string(l.code));
    for (const auto& area : ReferenceData::AreaCodes()) {
      auto* access = a.add_areas();
      access->set_legislative_area(absl::StrCat("legislativeAreas/", area));
      for (const char* lang : {"en", "fr", "de"}) access->add_keywords(ref_.AreaName(area, lang));
    }
    a.set_state(v1::ACTIVE);
    Count(a);
    if (auto s = on_authority(a); !s.ok()) return s;
  }
  for (Plan& p : plans) {
    for (const v1::Authority& a : p.coordinator_records) {
      Count(a);
      if (auto s = on_authority(a); !s.ok()) return s;
    }
  }
  for (Plan& p : plans) {
    if (auto s = EmitCompetentAuthorities(p, on_authority); !s.ok()) return s;
  }

  // Helpdesks: one per country, run by its NIMIC; then the Commission's.
  for (Plan& p : plans) {
    const Country& c = *p.country;
    v1::Helpdesk h;
    h.set_name(absl::StrCat("helpdesks/", absl::AsciiStrToLower(c.code)));
    h.set_country(c.code);
    h.set_authority(p.coordinators[0].name);
    // Names in the country's official languages (primary first: shown where
    // the reader's language has none), then English.
    std::vector<std::string> name_languages = c.languages;
    if (std::find(name_languages.begin(), name_languages.end(), "en") == name_languages.end()) {
      name_languages.push_back("en");
    }
    for (const std::string& lang : name_languages) {
      const ConceptText* text = ref_.Text(c.code, lang, "helpdesk");
      if (text == nullptr || text->national.empty()) continue;
      auto* n = h.add_names();
      n->set_language(lang);
      n->set_name(text->national);
    }
    h.mutable_contact()->set_email(absl::StrCat("imi-helpdesk@", p.nimic_domain));
    h.mutable_contact()->set_phone(Phone(p, p.nimic_phone_area));
    h.mutable_contact()->set_website(absl::StrCat("https://", p.nimic_domain, "/imi-helpdesk"));
    for (const auto& l : c.languages) h.add_languages(l);
    if (std::find(c.languages.begin(), c.languages.end(), "en") == c.languages.end()) {
      h.add_languages("en");
    }
    ++stats_.helpdesks;
    if (auto s = on_helpdesk(h); !s.ok()) return s;
  }
  {
    v1::Helpdesk h;
    h.set_name("helpdesks/eu");
    h.set_country("EU");
    h.set_authority(std::string(kCommission));
    // The Commission's working languages, which its helpdesk answers in.
    for (const auto& [lang, name] : kCommissionHelpdeskNames) {
      auto* n = h.add_names();
      n->set_language(lang);
      n->set_name(name);
    }
    h.mutable_contact()->set_email("imi-helpdesk@ec.example.eu");
    h.mutable_contact()->set_phone("+32 2 555 01 00");
    h.mutable_contact()->set_website("https://ec.example.eu/imi-helpdesk");
    for (const char* l : {"en", "fr", "de"}) h.add_languages(l);
    ++stats_.helpdesks;
    if (auto s = on_helpdesk(h); !s.ok()) return s;
  }
  return stats_;
}

}  // namespace

int64_t MinimumCount() {
  int64_t minimum = 1;
  for (const Country& c : ReferenceData::Embedded().countries())
    minimum += FixedCoordinators(c) + 1;
  return minimum;
}

absl::StatusOr<Stats> Generate(const Options& options, const AuthoritySink& on_authority,
                               const HelpdeskSink& on_helpdesk) {
  if (options.count < MinimumCount() || options.count > kMaximumCount) {
    return absl::InvalidArgumentError(absl::StrCat(
        "count must be between ", MinimumCount(), " and ", kMaximumCount, ", got ", options.count));
  }
  Generator g(ReferenceData::Embedded(), options);
  return g.Run(on_authority, on_helpdesk);
}

namespace {

// The generated pool's type resolver, memoized: BinaryToJsonString resolves
// every nested message type again on every call (building a
// google.protobuf.Type from its descriptor each time), which was most of the
// conversion cost. Used by one thread.
class CachingTypeResolver : public google::protobuf::util::TypeResolver {
 public:
  explicit CachingTypeResolver(absl::string_view url_prefix)
      : base_(google::protobuf::util::NewTypeResolverForDescriptorPool(
            std::string(url_prefix), google::protobuf::DescriptorPool::generated_pool())) {}

  google::protobuf::util::Status ResolveMessageType(const std::string& url,
                                                    google::protobuf::Type* type) override {
    auto it = messages_.find(url);
    if (it == messages_.end()) {
      google::protobuf::Type resolved;
      auto status = base_->ResolveMessageType(url, &resolved);
      if (!status.ok()) return status;
      it = messages_.emplace(url, std::move(resolved)).first;
    }
    *type = it->second;
    return google::protobuf::util::OkStatus();
  }

  google::protobuf::util::Status ResolveEnumType(const std::string& url,
                                                 google::protobuf::Enum* type) override {
    auto it = enums_.find(url);
    if (it == enums_.end()) {
      google::protobuf::Enum resolved;
      auto status = base_->ResolveEnumType(url, &resolved);
      if (!status.ok()) return status;
      it = enums_.emplace(url, std::move(resolved)).first;
    }
    *type = it->second;
    return google::protobuf::util::OkStatus();
  }

 private:
  std::unique_ptr<google::protobuf::util::TypeResolver> base_;
  std::map<std::string, google::protobuf::Type> messages_;
  std::map<std::string, google::protobuf::Enum> enums_;
};

// Converts messages to JSON lines: what util::MessageToJsonString does
// (binary -> JSON through the generated pool's type resolver, default print
// options), except that the binary is serialized deterministically. Protobuf
// 3.21 seeds map iteration order per map instance, so MessageToJsonString
// writes the `coordinators` map in a different order on every run;
// deterministic serialization sorts map keys, which makes the output
// byte-identical for the same seed. One converter per thread.
class JsonLines {
 public:
  JsonLines() : resolver_(std::make_unique<CachingTypeResolver>(kTypeUrlPrefix)) {}

  // Appends `m` as one line to `out`.
  absl::Status Append(const google::protobuf::Message& m, std::string& out) {
    binary_.clear();
    {
      google::protobuf::io::StringOutputStream stream(&binary_);
      google::protobuf::io::CodedOutputStream coded(&stream);
      coded.SetSerializationDeterministic(true);
      if (!m.SerializeToCodedStream(&coded)) return absl::InternalError("serialization failed");
    }
    json_.clear();
    auto status = google::protobuf::util::BinaryToJsonString(
        resolver_.get(), absl::StrCat(kTypeUrlPrefix, "/", m.GetDescriptor()->full_name()), binary_,
        &json_, google::protobuf::util::JsonPrintOptions());
    if (!status.ok()) return absl::InternalError(absl::StrCat("JSON: ", status.ToString()));
    out += json_;
    out.push_back('\n');
    return absl::OkStatus();
  }

 private:
  static constexpr char kTypeUrlPrefix[] = "type.googleapis.com";
  std::unique_ptr<google::protobuf::util::TypeResolver> resolver_;
  std::string binary_, json_;
};

// JSON conversion costs three times the generation, so batches of
// authorities are converted on several threads and written in order.
class ParallelJsonWriter {
 public:
  explicit ParallelJsonWriter(std::ostream& out)
      : out_(out), converters_(std::clamp<unsigned>(std::thread::hardware_concurrency(), 1, 4)) {
    batch_.reserve(kBatch);
  }

  absl::Status Add(const v1::Authority& a) {
    batch_.push_back(a);
    return batch_.size() == kBatch ? Flush() : absl::OkStatus();
  }

  absl::Status Flush() {
    const size_t n = converters_.size();
    std::vector<std::string> parts(n);
    std::vector<absl::Status> statuses(n);
    auto convert = [&](size_t k) {
      const size_t begin = batch_.size() * k / n, end = batch_.size() * (k + 1) / n;
      for (size_t i = begin; i < end && statuses[k].ok(); ++i) {
        statuses[k] = converters_[k].Append(batch_[i], parts[k]);
      }
    };
    std::vector<std::thread> threads;
    for (size_t k = 1; k < n; ++k) threads.emplace_back(convert, k);
    convert(0);
    for (auto& t : threads) t.join();
    batch_.clear();
    for (size_t k = 0; k < n; ++k) {
      if (!statuses[k].ok()) return statuses[k];
      out_.write(parts[k].data(), static_cast<std::streamsize>(parts[k].size()));
    }
    if (!out_) return absl::InternalError("write failed");
    return absl::OkStatus();
  }

 private:
  static constexpr size_t kBatch = 2048;
  std::ostream& out_;
  std::vector<JsonLines> converters_;
  std::vector<v1::Authority> batch_;
};

}  // namespace

absl::StatusOr<Stats> WriteJsonLines(const Options& options, std::ostream& authorities,
                                     std::ostream& helpdesks) {
  ParallelJsonWriter authority_writer(authorities);
  JsonLines helpdesk_json;
  std::string line;
  auto stats = Generate(
      options, [&](const v1::Authority& a) { return authority_writer.Add(a); },
      [&](const v1::Helpdesk& h) {
        line.clear();
        if (auto s = helpdesk_json.Append(h, line); !s.ok()) return s;
        helpdesks.write(line.data(), static_cast<std::streamsize>(line.size()));
        return helpdesks ? absl::OkStatus() : absl::InternalError("write failed");
      });
  if (!stats.ok()) return stats;
  if (auto s = authority_writer.Flush(); !s.ok()) return s;
  authorities.flush();
  helpdesks.flush();
  if (!authorities || !helpdesks) return absl::InternalError("flush failed");
  return stats;
}

std::vector<std::string> CountryCodes() {
  std::vector<std::string> out;
  for (const Country& c : ReferenceData::Embedded().countries()) out.push_back(c.code);
  return out;
}

std::vector<std::string> CountryLanguages(absl::string_view country) {
  for (const Country& c : ReferenceData::Embedded().countries()) {
    if (c.code == country) return c.languages;
  }
  return {};
}

}  // namespace imi::directory_gen
