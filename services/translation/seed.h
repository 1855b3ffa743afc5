// The seed catalogue: the question sets in seed/question_sets/*.json,
// compiled into the binary at build time (seed/embed_seed.cmake, like
// imi_embed_sql does for migrations) and loaded into the database after
// migrating.
//
// Loading is idempotent: a question set is created (as version 1, with
// every translation and its status) only if no set with its code exists.
// Loading twice, or from two replicas at once, creates nothing twice. Once a
// set exists the catalogue is maintained through the API (translators
// submit, approve and change the source); editing its JSON later does not
// change a database that already has it.
//
// JSON format (one question set per file):
//   {"question_set": "services", "legislative_area": "services", "version": 1,
//    "title": {"en": "...", "da": "...", ...}, "description": {...},
//    "translation_status": {"da": "APPROVED", "bg": "MACHINE_DRAFT", ...},
//    "sections": [{"id": "establishment", "title": {...},
//      "questions": [{"id": "svc-insurance", "answer_type": "YES_NO",
//        "mandatory": true, "text": {...}, "help": {...} or null,
//        "options": [{"id": "valid", "label": {...}}],
//        "translation_status": {"da": "MACHINE_DRAFT"}}]}]}
// `translation_status` gives each language's status for every text of the
// set (APPROVED, SUBMITTED or MACHINE_DRAFT; a language not listed is
// MACHINE_DRAFT); a question's own `translation_status` overrides it for
// that question's text, help and option labels.
#ifndef IMI_SERVICES_TRANSLATION_SEED_H_
#define IMI_SERVICES_TRANSLATION_SEED_H_

#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "services/translation/translation_store.h"

namespace imi::translation {

struct EmbeddedSeed {
  std::string_view file;  // "services.json"
  std::string_view json;
};

// The seed files compiled into this binary, sorted by file name.
std::vector<EmbeddedSeed> EmbeddedSeeds();

// Parses and validates one seed file. Errors: INVALID_ARGUMENT naming
// `origin` and the JSON path at fault (bad JSON, unknown language, unknown
// status or answer type, missing English text, duplicate ids, a choice
// question with fewer than two options, a text that is blank or too long).
absl::StatusOr<SeedQuestionSet> ParseSeed(std::string_view json,
                                          std::string_view origin);

struct SeedReport {
  std::vector<std::string> created;  // codes of the sets created now
  int already_present = 0;
};

// Parses every seed (all must be valid before anything is written) and
// creates the sets that do not exist yet.
absl::StatusOr<SeedReport> LoadSeeds(TranslationStore& store,
                                     const std::vector<EmbeddedSeed>& seeds);

}  // namespace imi::translation

#endif  // IMI_SERVICES_TRANSLATION_SEED_H_
