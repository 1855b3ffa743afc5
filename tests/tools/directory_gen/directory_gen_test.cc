#include "tools/directory_gen/directory_gen.h"

#include <algorithm>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "google/protobuf/util/json_util.h"
#include "gtest/gtest.h"
#include "imi/directory/v1/directory.pb.h"
#include "libs/i18n/languages.h"
#include "tools/directory_gen/reference_data.h"
#include "tools/directory_gen/text.h"

namespace imi::directory_gen {
namespace {

namespace v1 = ::imi::directory::v1;

struct Output {
  std::string authorities, helpdesks;
  Stats stats;
};

Output Generated(int64_t count, uint64_t seed) {
  std::ostringstream a, h;
  auto stats = WriteJsonLines(Options{.count = count, .seed = seed}, a, h);
  EXPECT_TRUE(stats.ok()) << stats.status();
  return {a.str(), h.str(), stats.ok() ? *stats : Stats{}};
}

struct Directory {
  std::vector<v1::Authority> authorities;
  std::vector<v1::Helpdesk> helpdesks;
};

// Every line must parse back as its message (unknown fields are errors with
// the default options).
template <typename M>
std::vector<M> ParseLines(const std::string& text) {
  std::vector<M> out;
  EXPECT_FALSE(text.empty());
  EXPECT_EQ(text.back(), '\n');
  for (absl::string_view line : absl::StrSplit(text, '\n', absl::SkipEmpty())) {
    M m;
    auto status = google::protobuf::util::JsonStringToMessage(std::string(line), &m);
    EXPECT_TRUE(status.ok()) << status.ToString() << " in " << line.substr(0, 200);
    out.push_back(std::move(m));
  }
  return out;
}

Directory Parse(const Output& o) {
  return {ParseLines<v1::Authority>(o.authorities), ParseLines<v1::Helpdesk>(o.helpdesks)};
}

bool IsCoordinator(v1::AuthorityKind k) {
  return k == v1::NIMIC || k == v1::SDIMIC || k == v1::LIMIC || k == v1::DIMIC ||
         k == v1::COMMISSION;
}

std::set<std::string> AreaNames() {
  std::set<std::string> out;
  for (const auto& code : ReferenceData::AreaCodes()) out.insert("legislativeAreas/" + code);
  return out;
}

// The invariants the directory service's import relies on.
void CheckDirectory(const Directory& d, int64_t count) {
  ASSERT_EQ(static_cast<int64_t>(d.authorities.size()), count);
  const std::vector<std::string> countries = CountryCodes();
  ASSERT_EQ(countries.size(), 30u);
  const std::set<std::string> areas = AreaNames();
  const std::set<std::string> roles = {"ACCESS_COORDINATOR", "REQUEST_COORDINATOR",
                                       "INCOMING_ALERT_COORDINATOR", "OUTGOING_ALERT_COORDINATOR"};

  std::map<std::string, size_t> index;  // name -> line
  std::map<std::string, int> nimics;    // country -> count
  // country -> alert area -> incoming alert coordinators linked.
  std::map<std::string, std::map<std::string, std::set<std::string>>> incoming;
  int commissions = 0;

  for (size_t i = 0; i < d.authorities.size(); ++i) {
    const v1::Authority& a = d.authorities[i];
    SCOPED_TRACE(a.name());
    ASSERT_TRUE(index.emplace(a.name(), i).second) << "duplicate name";
    ASSERT_TRUE(absl::StartsWith(a.name(), "authorities/"));
    EXPECT_TRUE(a.display_name().empty());
    EXPECT_TRUE(a.etag().empty());
    EXPECT_FALSE(a.has_create_time());
    EXPECT_FALSE(a.has_update_time());
    // Resource ids as the directory accepts them: [a-z0-9-], at most 63.
    const std::string id = a.name().substr(std::string("authorities/").size());
    EXPECT_LE(id.size(), 63u);
    EXPECT_EQ(id.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-"), std::string::npos);
    ASSERT_GT(a.names_size(), 0);
    std::set<std::string> name_languages;
    for (const auto& n : a.names()) {
      EXPECT_TRUE(i18n::IsSupported(n.language())) << n.language();
      EXPECT_TRUE(name_languages.insert(n.language()).second) << "two names in " << n.language();
      EXPECT_FALSE(n.name().empty());
      EXPECT_LE(n.name().size(), 300u) << n.name();  // Bytes, as the service counts.
      EXPECT_EQ(n.name().find('{'), std::string::npos) << n.name();
    }
    EXPECT_LE(a.acronym().size(), 30u);
    EXPECT_LE(a.region().size(), 100u);
    ASSERT_GT(a.languages_size(), 0);
    std::set<std::string> understood;
    for (const auto& l : a.languages()) {
      EXPECT_TRUE(i18n::IsSupported(l)) << l;
      EXPECT_TRUE(understood.insert(l).second) << "language twice: " << l;
    }
    EXPECT_NE(a.state(), v1::AUTHORITY_STATE_UNSPECIFIED);
    EXPECT_NE(a.level(), v1::AUTHORITY_LEVEL_UNSPECIFIED);

    if (a.kind() == v1::COMMISSION) {
      ++commissions;
      EXPECT_EQ(a.name(), "authorities/eu-commission");
      EXPECT_EQ(a.country(), "EU");
      EXPECT_EQ(i, 0u) << "the Commission comes first";
      continue;
    }
    const std::string cc = a.country();
    ASSERT_TRUE(std::find(countries.begin(), countries.end(), cc) != countries.end()) << cc;
    const std::string lower = absl::AsciiStrToLower(cc);
    EXPECT_TRUE(absl::StartsWith(a.name(), absl::StrCat("authorities/", lower, "-")));
    const std::vector<std::string> official = CountryLanguages(cc);
    EXPECT_TRUE(std::find(official.begin(), official.end(), a.names(0).language()) !=
                official.end())
        << "first name in " << a.names(0).language();

    // Address and contact.
    EXPECT_EQ(a.address().country(), cc);
    EXPECT_FALSE(a.address().city().empty());
    EXPECT_FALSE(a.address().postal_code().empty());
    EXPECT_GT(a.address().lines_size(), 0);
    EXPECT_TRUE(absl::EndsWith(a.contact().email(), absl::StrCat(".example.", lower)))
        << a.contact().email();
    EXPECT_TRUE(absl::StrContains(a.contact().email(), "@"));
    EXPECT_TRUE(absl::StartsWith(a.contact().website(), "https://"));
    EXPECT_TRUE(absl::StrContains(a.contact().website(), absl::StrCat(".example.", lower)));
    EXPECT_TRUE(absl::StartsWith(a.contact().phone(), "+"));
    EXPECT_EQ(a.contact().phone().find_first_not_of("+0123456789 "), std::string::npos);
    const auto digits = std::count_if(a.contact().phone().begin(), a.contact().phone().end(),
                                      [](char c) { return c >= '0' && c <= '9'; });
    EXPECT_GE(digits, 7) << a.contact().phone();
    EXPECT_LE(digits, 15) << a.contact().phone();
    EXPECT_LE(a.address().postal_code().size(), 20u);
    EXPECT_LE(a.address().city().size(), 100u);
    for (const auto& line : a.address().lines()) EXPECT_LE(line.size(), 200u);

    // The coordinator chain: every reference exists, is a coordinator of the
    // same country (or the Commission), and was written before.
    auto check_ref = [&](const std::string& ref, absl::string_view what) {
      auto it = index.find(ref);
      ASSERT_NE(it, index.end()) << what << " " << ref << " not (yet) written";
      const v1::Authority& target = d.authorities[it->second];
      EXPECT_TRUE(IsCoordinator(target.kind())) << what << " " << ref;
      EXPECT_TRUE(target.country() == cc || target.kind() == v1::COMMISSION) << what << " " << ref;
    };
    ASSERT_FALSE(a.supervising_coordinator().empty());
    EXPECT_NE(a.supervising_coordinator(), a.name());
    check_ref(a.supervising_coordinator(), "supervising_coordinator");

    if (a.kind() == v1::NIMIC) {
      ++nimics[cc];
      EXPECT_EQ(a.name(), absl::StrCat("authorities/", lower, "-nimic"));
      EXPECT_EQ(a.supervising_coordinator(), "authorities/eu-commission");
    }
    if (a.kind() == v1::LIMIC) {
      EXPECT_TRUE(areas.contains(a.coordinator_area())) << a.coordinator_area();
    }
    if (a.kind() == v1::SDIMIC) {
      EXPECT_FALSE(a.region().empty());
    }
    if (IsCoordinator(a.kind())) {
      EXPECT_EQ(a.state(), v1::ACTIVE);
    }
    if (a.kind() == v1::COMPETENT_AUTHORITY) {
      EXPECT_GE(a.areas_size(), 1);
      EXPECT_LE(a.areas_size(), 3);
    }
    std::set<std::string> own_areas;
    for (const auto& access : a.areas()) {
      EXPECT_TRUE(areas.contains(access.legislative_area())) << access.legislative_area();
      EXPECT_TRUE(own_areas.insert(access.legislative_area()).second) << "area twice";
      EXPECT_GT(access.keywords_size(), 0);
      for (const auto* terms : {&access.keywords(), &access.activities(), &access.professions()}) {
        EXPECT_LE(terms->size(), 50);
        for (const auto& t : *terms) {
          EXPECT_FALSE(t.empty());
          EXPECT_LE(t.size(), 200u);
        }
      }
      for (const auto& [role, ref] : access.coordinators()) {
        EXPECT_TRUE(roles.contains(role)) << role;
        check_ref(ref, role);
        if (role == "INCOMING_ALERT_COORDINATOR") {
          incoming[cc][access.legislative_area()].insert(ref);
        }
      }
    }
  }
  EXPECT_EQ(commissions, 1);
  for (const auto& cc : countries) {
    SCOPED_TRACE(cc);
    EXPECT_EQ(nimics[cc], 1);
    for (const std::string& area : ReferenceData::AreaCodes()) {
      if (!ReferenceData::IsAlertArea(area)) continue;
      EXPECT_FALSE(incoming[cc]["legislativeAreas/" + area].empty())
          << "no incoming alert coordinator for " << area;
    }
  }

  // Helpdesks: one per country run by its NIMIC, and the Commission's.
  ASSERT_EQ(d.helpdesks.size(), 31u);
  std::set<std::string> helpdesk_names;
  for (const auto& h : d.helpdesks) {
    SCOPED_TRACE(h.name());
    EXPECT_TRUE(helpdesk_names.insert(h.name()).second);
    EXPECT_TRUE(h.display_name().empty()) << "display_name is set by the server";
    // Names: the country's official languages (primary first), then English;
    // each once, non-blank.
    std::vector<std::string> name_languages;
    for (const auto& n : h.names()) {
      name_languages.push_back(n.language());
      EXPECT_FALSE(n.name().empty()) << n.language();
      EXPECT_EQ(n.name().find_first_of("{}"), std::string::npos) << n.name();
    }
    std::vector<std::string> expected_languages = {"en", "fr", "de"};
    if (h.country() != "EU") {
      expected_languages = CountryLanguages(h.country());
      if (std::find(expected_languages.begin(), expected_languages.end(), "en") ==
          expected_languages.end()) {
        expected_languages.push_back("en");
      }
    }
    EXPECT_EQ(name_languages, expected_languages);
    EXPECT_GT(h.languages_size(), 0);
    for (const auto& l : h.languages()) EXPECT_TRUE(i18n::IsSupported(l)) << l;
    EXPECT_TRUE(absl::StrContains(h.contact().email(), ".example."));
    if (h.country() == "EU") {
      EXPECT_EQ(h.name(), "helpdesks/eu");
      EXPECT_EQ(h.authority(), "authorities/eu-commission");
    } else {
      const std::string lower = absl::AsciiStrToLower(h.country());
      EXPECT_EQ(h.name(), "helpdesks/" + lower);
      EXPECT_EQ(h.authority(), absl::StrCat("authorities/", lower, "-nimic"));
    }
  }
  for (const auto& cc : countries) {
    EXPECT_TRUE(helpdesk_names.contains("helpdesks/" + absl::AsciiStrToLower(cc))) << cc;
  }
}

TEST(ReferenceDataTest, EmbeddedTablesParse) {
  auto ref = ReferenceData::Parse(CountryTable(), LanguageTables(), AreaNameTable());
  ASSERT_TRUE(ref.ok()) << ref.status();
  const std::vector<std::string> expected = {
      "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE",
      "IS", "IT", "LI", "LT", "LU", "LV", "MT", "NL", "NO", "PL", "PT", "RO", "SE", "SI", "SK"};
  EXPECT_EQ(CountryCodes(), expected);
  EXPECT_EQ(ReferenceData::AreaCodes().size(), 17u);
}

TEST(ReferenceDataTest, RejectsUnknownLanguageAndPlaceholder) {
  const std::string countries = "[XX] tld=xx w=1 names=xx phone=+1 nsn=7 grp=*\nA | | B | 1 | 2\n";
  EXPECT_FALSE(ReferenceData::Parse(countries, LanguageTables(), AreaNameTable()).ok());
  const std::string bad_template = "[de]\nmed | | L:Ärztekammer {stadt}\n";
  EXPECT_FALSE(ReferenceData::Parse(CountryTable(), {bad_template}, AreaNameTable()).ok());
}

TEST(TextTest, SlugsAndInitials) {
  EXPECT_EQ(AsciiSlug("Ärztekammer Niedersachsen", "de"), "aerztekammer-niedersachsen");
  EXPECT_EQ(AsciiSlug("Łódź", "pl"), "lodz");
  EXPECT_EQ(AsciiSlug("Θεσσαλονίκη", "el"), "thessaloniki");
  EXPECT_EQ(AsciiSlug("Πανεπιστημίου", "el"), "panepistimiou");
  EXPECT_EQ(AsciiSlug("Пловдив", "bg"), "plovdiv");
  EXPECT_EQ(AsciiSlug("Timișoara", "ro"), "timisoara");
  EXPECT_EQ(Romanize("Велико Търново"), "Veliko Tarnovo");
  EXPECT_EQ(Romanize("Θεσσαλονίκη"), "Thessaloniki");
  EXPECT_EQ(Romanize("Kraków"), "Kraków");
  EXPECT_EQ(Initials("Agencia Estatal de Seguridad Ferroviaria"), "AESF");
  EXPECT_EQ(Initials("Ministerstwo Rozwoju i Technologii"), "MRT");
  EXPECT_EQ(Initials("Ministère de la Santé"), "");
}

TEST(DirectoryGenTest, SameSeedGivesIdenticalOutputOtherSeedDiffers) {
  const Output a = Generated(kDefaultCount, 1);
  const Output b = Generated(kDefaultCount, 1);
  EXPECT_EQ(a.authorities, b.authorities);
  EXPECT_EQ(a.helpdesks, b.helpdesks);
  const Output c = Generated(kDefaultCount, 2);
  EXPECT_NE(a.authorities, c.authorities);
}

TEST(DirectoryGenTest, DefaultCountIsAConsistentDirectory) {
  const Output o = Generated(kDefaultCount, 1);
  EXPECT_EQ(o.stats.authorities, kDefaultCount);
  EXPECT_EQ(o.stats.helpdesks, 31);
  CheckDirectory(Parse(o), kDefaultCount);
}

TEST(DirectoryGenTest, LargeCountIsAConsistentDirectory) {
  const Output o = Generated(50000, 7);
  CheckDirectory(Parse(o), 50000);
}

TEST(DirectoryGenTest, SmallestCountWorksAndSmallerIsRejected) {
  const Output o = Generated(MinimumCount(), 3);
  CheckDirectory(Parse(o), MinimumCount());
  std::ostringstream a, h;
  auto s = WriteJsonLines(Options{.count = MinimumCount() - 1, .seed = 1}, a, h);
  EXPECT_EQ(s.status().code(), absl::StatusCode::kInvalidArgument);
  s = WriteJsonLines(Options{.count = kMaximumCount + 1, .seed = 1}, a, h);
  EXPECT_EQ(s.status().code(), absl::StatusCode::kInvalidArgument);
}

TEST(DirectoryGenTest, CountriesAreSizedByPopulationWithSmallOnesPresent) {
  const Output o = Generated(kDefaultCount, 1);
  const auto& n = o.stats.by_country;
  EXPECT_GT(n.at("DE"), n.at("FR"));
  EXPECT_GT(n.at("FR"), n.at("IT"));
  EXPECT_GT(n.at("IT"), n.at("ES"));
  EXPECT_GT(n.at("ES"), n.at("PL"));
  EXPECT_GT(n.at("PL"), n.at("RO"));
  for (const char* small : {"LI", "IS", "MT", "LU", "CY"}) {
    EXPECT_GE(n.at(small), 5) << small;
    EXPECT_LT(n.at(small), n.at("EE")) << small;
  }
  EXPECT_EQ(n.at("EU"), 1);
}

TEST(DirectoryGenTest, StatesAreMostlyActive) {
  const Output o = Generated(kDefaultCount, 1);
  const auto& s = o.stats.by_state;
  const double total = static_cast<double>(o.stats.authorities);
  EXPECT_GT(s.at("ACTIVE") / total, 0.9);
  EXPECT_NEAR(s.at("INVITED") / total, 0.02, 0.01);
  EXPECT_NEAR(s.at("PENDING_VALIDATION") / total, 0.02, 0.01);
  EXPECT_NEAR(s.at("DEREGISTERED") / total, 0.03, 0.01);
}

TEST(DirectoryGenTest, NamesAreInTheCountriesLanguagesAndScripts) {
  const Directory d = Parse(Generated(kDefaultCount, 1));
  std::map<std::string, std::string> all_names;  // country -> concatenated names
  std::map<std::string, std::set<std::string>> languages;
  for (const auto& a : d.authorities) {
    for (const auto& n : a.names()) {
      absl::StrAppend(&all_names[a.country()], n.name(), "\n");
      languages[a.country()].insert(n.language());
    }
  }
  EXPECT_TRUE(absl::StrContains(all_names["DE"], "Ärztekammer Niedersachsen"));
  EXPECT_TRUE(absl::StrContains(all_names["AT"], "Ärztekammer für"));
  EXPECT_TRUE(absl::StrContains(all_names["FR"], "Ordre des médecins"));
  EXPECT_TRUE(absl::StrContains(all_names["IT"], "Ordine degli Avvocati di"));
  EXPECT_TRUE(absl::StrContains(all_names["GR"], "Εμπορικό και Βιομηχανικό Επιμελητήριο"));
  EXPECT_TRUE(absl::StrContains(all_names["BG"], "Изпълнителна агенция"));
  EXPECT_TRUE(absl::StrContains(all_names["PL"], "w Łodzi"));
  EXPECT_TRUE(absl::StrContains(all_names["CZ"], "Česká"));
  EXPECT_EQ(languages["BE"], (std::set<std::string>{"de", "en", "fr", "nl"}));
  EXPECT_TRUE(languages["FI"].contains("sv"));
  EXPECT_TRUE(languages["IE"].contains("ga"));
  EXPECT_TRUE(languages["MT"].contains("mt"));
  EXPECT_TRUE(languages["LU"].contains("de"));
  EXPECT_FALSE(absl::StrContains(all_names["FR"], " de A"));  // Elided: "d'Amiens".
}

TEST(DirectoryGenTest, SinkErrorStopsGeneration) {
  int seen = 0;
  auto stats = Generate(
      Options{},
      [&](const v1::Authority&) {
        return ++seen == 10 ? absl::UnavailableError("disk full") : absl::OkStatus();
      },
      [](const v1::Helpdesk&) { return absl::OkStatus(); });
  EXPECT_EQ(stats.status().code(), absl::StatusCode::kUnavailable);
  EXPECT_EQ(seen, 10);
}

}  // namespace
}  // namespace imi::directory_gen
