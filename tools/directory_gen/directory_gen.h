// Synthetic IMI directory for training environments and benchmarks: a
// realistic set of authorities across the 30 EEA countries plus the European
// Commission, and the national helpdesks.
//
// What it builds, for a given total `count` (default 13,000, about the size
// of the real IMI; 130,000 for benchmarks):
//   - authorities/eu-commission (kind COMMISSION, country "EU");
//   - per country, its part of `count` by population (population^0.75, so
//     Germany, France, Italy, Spain and Poland are largest and Liechtenstein,
//     Iceland, Malta, Luxembourg and Cyprus still get a few dozen at 13,000):
//       exactly one NIMIC (authorities/<cc>-nimic, supervised by the
//       Commission), LIMICs for some legislative areas
//       (authorities/<cc>-limic-pq, ...), SDIMICs in federal and regional
//       states (authorities/<cc>-sdimic-<region>), a few DIMICs
//       (authorities/<cc>-dimic-NN), and competent authorities
//       (authorities/<cc>-NNNNNN) at national, regional and local level;
//   - names in the country's languages (often also English) built from the
//     way bodies are really named there, with real places; acronyms,
//     addresses, example-domain contacts, languages understood, 1-3
//     legislative areas with competences and linked coordinators. Each
//     country has a few dozen to ~1,700 distinct bodies (national ones
//     first); beyond that, further offices of local bodies are numbered
//     ("Standesamt Köln – Außenstelle 2"), so names are not unique;
//   - helpdesks/<cc> run by each NIMIC, with names in the country's official
//     languages (primary first) and English; helpdesks/eu with names in
//     English, French and German.
//
// Guarantees the loader can rely on:
//   - exactly `count` authorities; same options -> identical output;
//   - every supervising_coordinator and linked coordinator is a coordinator
//     (or the Commission) of the same country, written before any authority
//     that refers to it (the Commission first, then all coordinators, then
//     the competent authorities);
//   - every country has an incoming alert coordinator for each alert area;
//   - coordinators are ACTIVE; other authorities mostly ACTIVE, about 2 %
//     INVITED, 2 % PENDING_VALIDATION and 3 % DEREGISTERED;
//   - language codes are among the 26 IMI languages, area codes among the 17
//     seeded ones; server-set fields (display_name, times, etag) are empty.
//
//   directory_gen::Options options{.count = 13000, .seed = 1};
//   auto stats = directory_gen::WriteJsonLines(options, authorities_out, helpdesks_out);
//
// Thread-safe: calls share only immutable reference data. WriteJsonLines
// converts to JSON on up to four threads (output order is unaffected).
#ifndef IMI_TOOLS_DIRECTORY_GEN_DIRECTORY_GEN_H_
#define IMI_TOOLS_DIRECTORY_GEN_DIRECTORY_GEN_H_

#include <cstdint>
#include <functional>
#include <iosfwd>
#include <map>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace imi::directory::v1 {
class Authority;
class Helpdesk;
}  // namespace imi::directory::v1

namespace imi::directory_gen {

inline constexpr int64_t kDefaultCount = 13000;
// Upper bound on `count`: keeps every country below a million authorities,
// the room its six-digit ids have.
inline constexpr int64_t kMaximumCount = 5'000'000;

struct Options {
  // Total number of authorities, the Commission included.
  int64_t count = kDefaultCount;
  // Same seed and count -> the same directory.
  uint64_t seed = 1;
};

struct Stats {
  int64_t authorities = 0;
  int64_t helpdesks = 0;
  std::map<std::string, int64_t> by_kind;     // "NIMIC" -> 30, ...
  std::map<std::string, int64_t> by_country;  // "DE" -> 2415, ...
  std::map<std::string, int64_t> by_state;    // "ACTIVE" -> ...
};

// Receives each record in output order; a non-OK status stops generation
// and is returned by Generate.
using AuthoritySink = std::function<absl::Status(const directory::v1::Authority&)>;
using HelpdeskSink = std::function<absl::Status(const directory::v1::Helpdesk&)>;

// The smallest `count` Generate accepts: the Commission, each country's
// fixed coordinators and one competent authority per country.
int64_t MinimumCount();

// Generates the directory: all authorities, then all helpdesks.
// Errors: INVALID_ARGUMENT if count is outside [MinimumCount(),
// kMaximumCount]; whatever a sink returns.
absl::StatusOr<Stats> Generate(const Options& options, const AuthoritySink& on_authority,
                               const HelpdeskSink& on_helpdesk);

// Generate, writing each record as one line of proto3 JSON: the format of
// google::protobuf::util::MessageToJsonString with default options
// (lowerCamelCase fields, enums by name, defaults omitted), with map entries
// in key order so that equal input gives byte-identical output.
// Errors: as Generate; INTERNAL if a stream fails or JSON conversion fails.
absl::StatusOr<Stats> WriteJsonLines(const Options& options, std::ostream& authorities,
                                     std::ostream& helpdesks);

// The 30 country codes, and each country's official languages among the 26
// (primary first). For tests and tools.
std::vector<std::string> CountryCodes();
std::vector<std::string> CountryLanguages(absl::string_view country);

}  // namespace imi::directory_gen

#endif  // IMI_TOOLS_DIRECTORY_GEN_DIRECTORY_GEN_H_
