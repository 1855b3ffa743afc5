// Persistence of the catalogue: the records the domain works with, the
// store interface, and its PostgreSQL implementation (translation_store.cc,
// the only place with SQL).
//
// Mutations take a `decide` callback: the store opens a transaction, locks
// and reads the current state, hands it to the callback (the domain's rules,
// catalogue.cc), and writes what the callback returns — or rolls back with
// the callback's error. Rules stay out of the store; atomicity stays in it.
#ifndef IMI_SERVICES_TRANSLATION_TRANSLATION_STORE_H_
#define IMI_SERVICES_TRANSLATION_TRANSLATION_STORE_H_

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/time/time.h"

namespace imi::pg {
class Pool;
}

namespace imi::translation {

// Where a catalogue text stands in one language. The stored statuses are
// kMachineDraft, kSubmitted, kApproved and kOutdated; kSource (English) and
// kMissing (no row) are derived.
enum class TextStatus {
  kSource,
  kMissing,
  kMachineDraft,
  kSubmitted,
  kApproved,
  kOutdated
};

// "SOURCE", "MISSING", "MACHINE_DRAFT", ... (the database and proto names).
std::string_view TextStatusName(TextStatus status);
// The inverse of TextStatusName; nullopt for anything else.
std::optional<TextStatus> ParseTextStatus(std::string_view name);

// One of the 26 languages, as stored.
struct LanguageRecord {
  std::string code;
  std::string english_name;
  std::string native_name;
  int display_order = 0;
};

// An English source text of the catalogue.
struct TextRecord {
  std::int64_t id = 0;
  std::string question_set;      // code, e.g. "services"
  std::string legislative_area;  // the set's area code
  std::string key;               // e.g. "questions/svc-insurance/help"
  int revision = 1;
  std::string source_text;
};

// The translation of one text into one language (never English).
struct TranslationRecord {
  std::int64_t text_id = 0;
  std::string language;
  std::string translated_text;
  TextStatus status = TextStatus::kSubmitted;
  int revision = 1;  // changes with every write; the etag is made from it
  absl::Time update_time;
  std::string updated_by;
};

// A text with its translation in the language asked for, if there is one.
struct TextInLanguage {
  TextRecord text;
  std::optional<TranslationRecord> translation;
};

struct OptionRecord {
  std::string id;
  std::int64_t label_text_id = 0;
};

struct QuestionRecord {
  std::string id;
  std::string answer_type;  // "YES_NO", "SINGLE_CHOICE", ...
  bool mandatory = false;
  std::int64_t text_id = 0;
  std::optional<std::int64_t> help_text_id;
  std::vector<OptionRecord> options;  // display order
};

struct SectionRecord {
  std::string id;
  std::int64_t title_text_id = 0;
  std::vector<QuestionRecord> questions;  // display order
};

// A version of a question set, without content.
struct VersionRecord {
  std::string question_set;
  int version = 0;
  absl::Time create_time;
  std::string created_by;
  std::string change_note;
  // Ids of the texts whose source differs from the previous version.
  std::vector<std::int64_t> changed_text_ids;
};

// One version of a question set with the texts it references, in one
// language.
struct QuestionSetContent {
  std::string code;
  std::string legislative_area;
  int current_version = 0;
  absl::Time update_time;
  VersionRecord version;
  std::int64_t title_text_id = 0;
  std::int64_t description_text_id = 0;
  int question_count = 0;
  // Filled only when the full content was asked for.
  std::vector<SectionRecord> sections;
  // Every text referenced (title and description at least; all with
  // sections), with its translation in the language asked for.
  std::map<std::int64_t, TextInLanguage> texts;
};

// The outcome of looking up a version.
struct VersionLookup {
  bool set_exists = false;
  int current_version = 0;                    // when set_exists
  std::optional<QuestionSetContent> content;  // when the version exists too
};

// A position in (legislative_area, code) order, for keyset pagination.
struct QuestionSetCursor {
  std::string legislative_area;
  std::string code;
};

// A text of a current version that needs a translator, for ListTasks.
struct TaskRecord {
  TextRecord text;
  std::optional<TranslationRecord> translation;  // nullopt: MISSING
  std::string
      previous_source_text;  // for OUTDATED: the source it was made from
};

struct TaskQuery {
  std::string language;              // not "en"
  std::string question_set;          // "" for all
  std::vector<TextStatus> statuses;  // subset of kMissing..kOutdated, not empty
  std::optional<std::pair<std::string, std::int64_t>>
      after;  // (set code, text id)
  int limit = 100;
};

// The idempotency key of a mutation: request_id "" means none.
struct RequestKey {
  std::string request_id;
  std::string method;       // e.g. "SubmitTranslation"
  std::string fingerprint;  // hash of the request's content
  std::string principal;    // the caller's user name
};

// A mutation whose request_id was seen before: nothing was written.
struct Replay {
  std::string method;
  std::string fingerprint;
  std::string resource;  // what the first call returned
};

// What the domain wants written for one translation.
struct TranslationWrite {
  bool unchanged =
      false;  // true: write nothing (e.g. approving an approved text)
  std::string translated_text;
  TextStatus status = TextStatus::kSubmitted;
  std::string action;  // history action: "SUBMIT", "APPROVE"
  std::string by;      // the user writing
};
using TranslationDecision = std::function<absl::StatusOr<TranslationWrite>(
    const TextRecord& text, const std::optional<TranslationRecord>& current)>;

struct TranslationOutcome {
  std::optional<Replay> replay;  // set: a retry; nothing was written
  TextRecord text;
  std::optional<TranslationRecord>
      translation;  // after the write (or now, on replay)
};

// The current version of a question set as UpdateSourceTexts sees it.
struct VersionSnapshot {
  std::string code;
  std::string legislative_area;
  int current_version = 0;
  std::map<std::int64_t, TextRecord>
      texts;  // every text of the current version
};

struct SourceChange {
  std::int64_t text_id = 0;  // a text of the current version
  std::string source_text;   // its new English source
};

struct SourceWrite {
  std::vector<SourceChange> changes;  // empty: nothing changes, no new version
  std::string change_note;
  std::string by;
};
using SourceDecision =
    std::function<absl::StatusOr<SourceWrite>(const VersionSnapshot&)>;

struct SourceOutcome {
  std::optional<Replay> replay;
  int version = 0;       // the version created, or the current one
  bool created = false;  // false on replay or when nothing changed
};

// The seed of one question set (parsed from the embedded JSON by seed.cc).
struct SeedText {
  std::string key;
  std::string source;  // English
  // language -> (text, status); status kApproved, kSubmitted or kMachineDraft.
  std::map<std::string, std::pair<std::string, TextStatus>> translations;
};
struct SeedOption {
  std::string id;
  SeedText label;
};
struct SeedQuestion {
  std::string id;
  std::string answer_type;
  bool mandatory = false;
  SeedText text;
  std::optional<SeedText> help;
  std::vector<SeedOption> options;
};
struct SeedSection {
  std::string id;
  SeedText title;
  std::vector<SeedQuestion> questions;
};
struct SeedQuestionSet {
  std::string code;
  std::string legislative_area;
  int seed_version = 1;
  std::string sha256;  // of the JSON it came from
  SeedText title;
  SeedText description;
  std::vector<SeedSection> sections;
};

// Every method returns UNAVAILABLE if PostgreSQL cannot be reached, INTERNAL
// for anything else that goes wrong in the database; other errors are named
// per method. Thread safety: implementations are thread-safe.
class TranslationStore {
 public:
  virtual ~TranslationStore() = default;

  // The 26 languages in display order.
  virtual absl::StatusOr<std::vector<LanguageRecord>> ListLanguages() = 0;

  // Version `version` of question set `code` (0: the current one) with its
  // texts in `language` ("en": no translations); sections only if `full`.
  virtual absl::StatusOr<VersionLookup> GetQuestionSet(
      const std::string& code, int version, const std::string& language,
      bool full) = 0;

  // Up to `limit` question sets (current versions) after `after`, of
  // `legislative_area` ("" for all), in (area, code) order, rendered as
  // GetQuestionSet does.
  virtual absl::StatusOr<std::vector<QuestionSetContent>> ListQuestionSets(
      const std::string& legislative_area,
      const std::optional<QuestionSetCursor>& after, int limit,
      const std::string& language, bool full) = 0;
  virtual absl::StatusOr<int> CountQuestionSets(
      const std::string& legislative_area) = 0;

  // The set's current version, or nullopt if the set does not exist.
  virtual absl::StatusOr<std::optional<int>> CurrentVersion(
      const std::string& code) = 0;

  // Up to `limit` versions of `code` older than `before` (0: from the
  // newest), newest first. Empty if the set does not exist.
  virtual absl::StatusOr<std::vector<VersionRecord>> ListVersions(
      const std::string& code, int before, int limit) = 0;

  // The tasks of TaskQuery, in (question set, text id) order.
  virtual absl::StatusOr<std::vector<TaskRecord>> ListTasks(
      const TaskQuery& query) = 0;

  // Text `text_id` of question set `code` with its translation in
  // `language`, or nullopt if there is no such text in that set.
  virtual absl::StatusOr<std::optional<TextInLanguage>> GetText(
      const std::string& code, std::int64_t text_id,
      const std::string& language) = 0;

  // In one transaction: replays `request` if its id was seen (returning the
  // translation as it is now), else locks the text's translation in
  // `language`, asks `decide`, writes its answer (with a history row) and
  // records `request`. Returns nullopt if the text does not exist in set
  // `code`; `decide`'s error, rolled back, if it fails.
  virtual absl::StatusOr<std::optional<TranslationOutcome>> WriteTranslation(
      const std::string& code, std::int64_t text_id,
      const std::string& language, const RequestKey& request,
      const TranslationDecision& decide) = 0;

  // In one transaction: replays `request` if seen; else locks the question
  // set, asks `decide` with the current version's texts, and for a non-empty
  // answer creates the next version: new text revisions for the changed
  // texts (their translations copied as OUTDATED), the structure copied
  // pointing at them, current_version advanced. Returns nullopt if the set
  // does not exist; `decide`'s error, rolled back, if it fails.
  virtual absl::StatusOr<std::optional<SourceOutcome>> UpdateSourceTexts(
      const std::string& code, const RequestKey& request,
      const SourceDecision& decide) = 0;

  // Creates question set `seed.code` as version 1 with every text and
  // translation of the seed, unless a set with that code exists. Returns
  // true if it created it. Safe to run concurrently (one wins, the other
  // sees the set and returns false).
  virtual absl::StatusOr<bool> CreateFromSeed(const SeedQuestionSet& seed) = 0;
};

// The PostgreSQL store. Thread-safe; borrows connections from `pool`, which
// must outlive it, and registers its named statements with it.
class PgTranslationStore final : public TranslationStore {
 public:
  explicit PgTranslationStore(pg::Pool* pool);

  absl::StatusOr<std::vector<LanguageRecord>> ListLanguages() override;
  absl::StatusOr<VersionLookup> GetQuestionSet(const std::string& code,
                                               int version,
                                               const std::string& language,
                                               bool full) override;
  absl::StatusOr<std::vector<QuestionSetContent>> ListQuestionSets(
      const std::string& legislative_area,
      const std::optional<QuestionSetCursor>& after, int limit,
      const std::string& language, bool full) override;
  absl::StatusOr<int> CountQuestionSets(
      const std::string& legislative_area) override;
  absl::StatusOr<std::optional<int>> CurrentVersion(
      const std::string& code) override;
  absl::StatusOr<std::vector<VersionRecord>> ListVersions(
      const std::string& code, int before, int limit) override;
  absl::StatusOr<std::vector<TaskRecord>> ListTasks(
      const TaskQuery& query) override;
  absl::StatusOr<std::optional<TextInLanguage>> GetText(
      const std::string& code, std::int64_t text_id,
      const std::string& language) override;
  absl::StatusOr<std::optional<TranslationOutcome>> WriteTranslation(
      const std::string& code, std::int64_t text_id,
      const std::string& language, const RequestKey& request,
      const TranslationDecision& decide) override;
  absl::StatusOr<std::optional<SourceOutcome>> UpdateSourceTexts(
      const std::string& code, const RequestKey& request,
      const SourceDecision& decide) override;
  absl::StatusOr<bool> CreateFromSeed(const SeedQuestionSet& seed) override;

 private:
  pg::Pool* pool_;
};

}  // namespace imi::translation

#endif  // IMI_SERVICES_TRANSLATION_TRANSLATION_STORE_H_
