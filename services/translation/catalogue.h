// The rules of the pre-translated catalogue: rendering question sets in a
// reader's language (with English fallback per text), versions, the
// translator workflow (tasks, submit, approve, source changes) and who may
// change what. No gRPC or SQL here; the store is an interface.
//
// Statuses of a text in one language (TextStatus):
//   MISSING --submit--> SUBMITTED or MACHINE_DRAFT --approve--> APPROVED
//   any --submit--> SUBMITTED or MACHINE_DRAFT (replaces the translation)
//   any --English source changes--> OUTDATED (in the new version; the old
//       version keeps the old text and its translation untouched)
//   OUTDATED --approve--> APPROVED (the translation still fits the new source)
//
// Example:
//   Catalogue catalogue(&store);
//   IMI_ASSIGN_OR_RETURN(RenderedQuestionSet qs,
//       catalogue.GetQuestionSet("questionSets/services", "hu", std::nullopt));
//
// Thread safety: thread-safe if the store is.
#ifndef IMI_SERVICES_TRANSLATION_CATALOGUE_H_
#define IMI_SERVICES_TRANSLATION_CATALOGUE_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "libs/auth/principal.h"
#include "services/translation/translation_store.h"

namespace imi::translation {

// Longest catalogue text (English source or translation), in Unicode code
// points. The seed's longest help text is about 400.
inline constexpr std::size_t kMaxCatalogueTextChars = 4000;
// Most texts one UpdateSourceText call may change.
inline constexpr int kMaxSourceUpdates = 200;
inline constexpr std::size_t kMaxChangeNoteChars = 500;
inline constexpr std::size_t kMaxRequestIdChars = 128;

inline constexpr int kDefaultPageSize = 50;
inline constexpr int kDefaultTaskPageSize = 100;
inline constexpr int kMaxPageSize = 1000;

enum class View { kBasic, kFull };

// A text as a reader of one language sees it.
struct RenderedText {
  std::string name;  // questionSets/{set}/texts/{id}
  std::string text;
  std::string language;  // of `text`: the requested one, or "en" on fallback
  TextStatus status = TextStatus::kMissing;  // in the requested language
  bool fallback = false;
  bool machine_translated = false;
};

struct RenderedOption {
  std::string id;
  RenderedText label;
};

struct RenderedQuestion {
  std::string id;
  std::string answer_type;
  bool mandatory = false;
  RenderedText text;
  std::optional<RenderedText> help;
  std::vector<RenderedOption> options;
};

struct RenderedSection {
  std::string id;
  RenderedText title;
  std::vector<RenderedQuestion> questions;
};

// Status counts of a rendered version (all texts, full view only).
struct StatusSummary {
  int total = 0;
  int approved = 0;  // APPROVED, or SOURCE when English was requested
  int submitted = 0;
  int machine_draft = 0;
  int outdated = 0;
  int missing = 0;
};

struct RenderedQuestionSet {
  std::string code;
  std::string legislative_area;
  std::string language;  // requested
  int version = 0;
  int current_version = 0;
  absl::Time version_create_time;
  std::string version_change_note;
  absl::Time update_time;
  RenderedText title;
  RenderedText description;
  bool full = false;
  std::vector<RenderedSection> sections;  // full only
  int question_count = 0;
  StatusSummary summary;  // full only
};

// Renders one text for a reader of `language` (English: the source;
// otherwise the translation whatever its status, or the source as a
// fallback marked MISSING).
RenderedText RenderText(const TextInLanguage& text,
                        const std::string& language);
// Renders a version. Texts absent from content.texts render empty, marked
// MISSING with fallback (never expected: the store loads them all).
RenderedQuestionSet Render(const QuestionSetContent& content,
                           const std::string& language, View view);

// Etags: weak, opaque to clients.
std::string QuestionSetEtag(int current_version);
std::string TranslationEtag(const TranslationRecord& translation);

// True if `who` may change the catalogue of `legislative_area`: a Commission
// user (country "EU") holding TRANSLATOR or SYSTEM_ADMINISTRATOR for that
// area or for every area ("*"). With `legislative_area` "", for any area.
bool CanMaintainCatalogue(const auth::Principal& who,
                          std::string_view legislative_area);

// OK, or TEXT_EMPTY / TEXT_TOO_LONG (kMaxCatalogueTextChars) / TEXT_INVALID
// (not UTF-8, or NUL) naming `field`.
absl::Status ValidateCatalogueText(std::string_view text,
                                   const std::string& field);

// A translation as the API shows it.
struct TranslationView {
  std::string name;       // .../texts/{id}/translations/{language}
  std::string text_name;  // .../texts/{id}
  TextRecord text;
  TranslationRecord translation;
  std::string etag;
};

struct VersionView {
  std::string name;
  VersionRecord record;
  std::vector<std::string> changed_text_names;
  bool current = false;
};

struct ListQuestionSetsQuery {
  int page_size = 0;
  std::string page_token;
  std::string legislative_area;  // "" or legislativeAreas/{code}
  std::string language;          // "" means English
  std::optional<View> view;      // default kBasic
};

struct QuestionSetPage {
  std::vector<RenderedQuestionSet> question_sets;
  std::string next_page_token;
  int total_size = 0;
};

struct VersionPage {
  std::vector<VersionView> versions;
  std::string next_page_token;
};

struct ListTasksQuery {
  std::string parent;                // languages/{code}
  std::string question_set;          // "" or questionSets/{code}
  std::vector<TextStatus> statuses;  // empty: the four open statuses
  int page_size = 0;
  std::string page_token;
};

struct Task {
  std::string text_name;
  std::string question_set_name;
  std::string key;
  std::string source_text;
  std::string previous_source_text;
  std::string language;
  TextStatus status = TextStatus::kMissing;
  std::optional<TranslationView> translation;
};

struct TaskPage {
  std::vector<Task> tasks;
  std::string next_page_token;
};

struct SubmitCommand {
  std::string name;  // the translation's resource name
  std::string text;
  std::optional<TextStatus> status;  // nullopt: SUBMITTED
  std::string etag;
  std::string request_id;
};

struct ApproveCommand {
  std::string name;
  std::string etag;
  std::string request_id;
};

struct SourceUpdate {
  std::string text;  // questionSets/{set}/texts/{id}
  std::string source_text;
};

struct UpdateSourceCommand {
  std::string question_set;  // questionSets/{set}
  std::vector<SourceUpdate> updates;
  std::string change_note;
  std::string etag;
  std::string request_id;
};

// The decisions of the workflow, as pure functions of the current state
// (the store calls them inside its transaction; unit tests call them
// directly). `translation_name` is used in errors.
//
// Submit: ETAG_MISMATCH if `etag` is set and differs from the current one
// ("" when there is none); unchanged when the text and status are the same.
absl::StatusOr<TranslationWrite> DecideSubmit(
    const std::optional<TranslationRecord>& current,
    const std::string& translation_name, const std::string& text,
    TextStatus status, const std::string& etag, const std::string& by);
// Approve: TRANSLATION_NOT_FOUND without a translation, ETAG_MISMATCH as for
// submit; unchanged when already APPROVED.
absl::StatusOr<TranslationWrite> DecideApprove(
    const std::optional<TranslationRecord>& current,
    const std::string& translation_name, const std::string& etag,
    const std::string& by);
// Source update: ETAG_MISMATCH if `etag` is set and differs from the set's;
// TEXT_NOT_IN_CURRENT_VERSION for a text of the set that the current version
// does not use; the changes exclude texts whose source is unchanged.
// `updates` are (text id, new source) in request order.
absl::StatusOr<SourceWrite> DecideSourceUpdate(
    const VersionSnapshot& snapshot,
    const std::vector<std::pair<std::int64_t, std::string>>& updates,
    const std::string& etag, const std::string& change_note,
    const std::string& by);

class Catalogue {
 public:
  explicit Catalogue(TranslationStore* store) : store_(store) {}

  // The current version of `name` (questionSets/{set}) rendered in
  // `language`; view default kFull. Errors: INVALID_NAME,
  // UNSUPPORTED_LANGUAGE, QUESTION_SET_NOT_FOUND, and the store's.
  absl::StatusOr<RenderedQuestionSet> GetQuestionSet(
      const std::string& name, const std::string& language,
      std::optional<View> view) const;
  // Version `name` (questionSets/{set}/versions/{n}). Errors as above plus
  // QUESTION_SET_VERSION_NOT_FOUND.
  absl::StatusOr<RenderedQuestionSet> GetQuestionSetVersion(
      const std::string& name, const std::string& language,
      std::optional<View> view) const;
  // Errors: INVALID_PAGE_SIZE, INVALID_PAGE_TOKEN, INVALID_NAME
  // (legislative_area), UNSUPPORTED_LANGUAGE, and the store's.
  absl::StatusOr<QuestionSetPage> ListQuestionSets(
      const ListQuestionSetsQuery& query) const;
  // Errors: INVALID_NAME, INVALID_PAGE_SIZE, INVALID_PAGE_TOKEN,
  // QUESTION_SET_NOT_FOUND, and the store's.
  absl::StatusOr<VersionPage> ListVersions(const std::string& parent,
                                           int page_size,
                                           const std::string& page_token) const;
  // Errors: INVALID_NAME, UNSUPPORTED_LANGUAGE,
  // SOURCE_LANGUAGE_NOT_TRANSLATABLE, INVALID_STATUS, INVALID_PAGE_SIZE,
  // INVALID_PAGE_TOKEN, QUESTION_SET_NOT_FOUND, and the store's.
  absl::StatusOr<TaskPage> ListTasks(const ListTasksQuery& query) const;
  // Errors: INVALID_NAME, UNSUPPORTED_LANGUAGE,
  // SOURCE_LANGUAGE_NOT_TRANSLATABLE, TEXT_NOT_FOUND, TRANSLATION_NOT_FOUND.
  absl::StatusOr<TranslationView> GetTranslation(const std::string& name) const;

  // Errors: TRANSLATOR_ROLE_REQUIRED first, then the input's (INVALID_NAME,
  // UNSUPPORTED_LANGUAGE, SOURCE_LANGUAGE_NOT_TRANSLATABLE, INVALID_STATUS,
  // TEXT_*, INVALID_REQUEST_ID), TEXT_NOT_FOUND, ETAG_MISMATCH,
  // REQUEST_ID_REUSED, and the store's. Nothing is written on error.
  absl::StatusOr<TranslationView> Submit(const auth::Principal& who,
                                         const SubmitCommand& command) const;
  // Errors: as Submit (without TEXT_* and INVALID_STATUS) plus
  // TRANSLATION_NOT_FOUND.
  absl::StatusOr<TranslationView> Approve(const auth::Principal& who,
                                          const ApproveCommand& command) const;
  // Returns the version created (or the current one if nothing changed).
  // Errors: TRANSLATOR_ROLE_REQUIRED, INVALID_NAME, INVALID_UPDATES,
  // DUPLICATE_TEXT, TEXT_*, INVALID_REQUEST_ID, QUESTION_SET_NOT_FOUND,
  // TEXT_NOT_FOUND, TEXT_NOT_IN_CURRENT_VERSION, ETAG_MISMATCH,
  // REQUEST_ID_REUSED, and the store's. Nothing is written on error.
  absl::StatusOr<VersionView> UpdateSource(
      const auth::Principal& who, const UpdateSourceCommand& command) const;

 private:
  absl::StatusOr<RenderedQuestionSet> Load(const std::string& code, int version,
                                           const std::string& language,
                                           View view) const;
  absl::StatusOr<VersionView> Version(const std::string& code,
                                      int version) const;

  TranslationStore* store_;
};

}  // namespace imi::translation

#endif  // IMI_SERVICES_TRANSLATION_CATALOGUE_H_
