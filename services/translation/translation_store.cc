#include "services/translation/translation_store.h"

#include <pqxx/pqxx>
#include <set>
#include <utility>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "libs/pg/pool.h"

namespace imi::translation {
namespace {

// ---------------------------------------------------------------------------
// Named statements: the name is also the prepared-statement name.

// Columns of a text joined with its set (qs) and its translation (tr); read
// by ReadText() starting at a column offset.
constexpr char kTextColumns[] =
    "t.id, t.question_set, qs.legislative_area, t.text_key, t.revision, "
    "t.source_text, "
    "tr.language, tr.translated_text, tr.status, tr.revision, "
    "(extract(epoch FROM tr.update_time) * 1000000)::bigint, tr.updated_by";
constexpr int kTextColumnCount = 12;

// The ids of every text a version references, as (question_set, id) rows;
// `cur` must be a relation of (code, version) pairs.
constexpr char kVersionTextIds[] =
    "SELECT v.question_set, v.title_text_id AS id FROM question_set_versions v"
    "   JOIN cur ON v.question_set = cur.code AND v.version = cur.version"
    " UNION ALL SELECT v.question_set, v.description_text_id FROM "
    "question_set_versions v"
    "   JOIN cur ON v.question_set = cur.code AND v.version = cur.version"
    " UNION ALL SELECT s.question_set, s.title_text_id FROM sections s"
    "   JOIN cur ON s.question_set = cur.code AND s.version = cur.version"
    " UNION ALL SELECT q.question_set, q.text_text_id FROM questions q"
    "   JOIN cur ON q.question_set = cur.code AND q.version = cur.version"
    " UNION ALL SELECT q.question_set, q.help_text_id FROM questions q"
    "   JOIN cur ON q.question_set = cur.code AND q.version = cur.version"
    "   WHERE q.help_text_id IS NOT NULL"
    " UNION ALL SELECT o.question_set, o.label_text_id FROM answer_options o"
    "   JOIN cur ON o.question_set = cur.code AND o.version = cur.version";

// Header of a version: set, version row, question count.
constexpr char kHeaderColumns[] =
    "qs.code, qs.legislative_area, qs.current_version, "
    "(extract(epoch FROM qs.update_time) * 1000000)::bigint, "
    "v.version, (extract(epoch FROM v.create_time) * 1000000)::bigint, "
    "v.created_by, "
    "v.change_note, v.title_text_id, v.description_text_id, "
    "(SELECT count(*) FROM questions q WHERE q.question_set = v.question_set"
    "   AND q.version = v.version)::int";

constexpr char kListLanguages[] = "translation_list_languages";
constexpr char kListLanguagesSql[] =
    "SELECT code, english_name, native_name, display_order FROM languages"
    " ORDER BY display_order";

constexpr char kGetHeader[] = "translation_get_header";
std::string GetHeaderSql() {
  return absl::StrCat("SELECT ", kHeaderColumns,
                      " FROM question_sets qs LEFT JOIN question_set_versions "
                      "v ON v.question_set = qs.code"
                      "  AND v.version = CASE WHEN $2::int = 0 THEN "
                      "qs.current_version ELSE $2::int END"
                      " WHERE qs.code = $1");
}

constexpr char kListHeaders[] = "translation_list_headers";
std::string ListHeadersSql() {
  return absl::StrCat(
      "SELECT ", kHeaderColumns,
      " FROM question_sets qs JOIN question_set_versions v ON v.question_set = "
      "qs.code"
      "  AND v.version = qs.current_version"
      " WHERE ($1::text = '' OR qs.legislative_area = $1::text)"
      "   AND (qs.legislative_area, qs.code) > ($2::text, $3::text)"
      " ORDER BY qs.legislative_area, qs.code LIMIT $4");
}

constexpr char kCountSets[] = "translation_count_sets";
constexpr char kCountSetsSql[] =
    "SELECT count(*)::int FROM question_sets WHERE $1::text = '' OR "
    "legislative_area = $1::text";

constexpr char kCurrentVersion[] = "translation_current_version";
constexpr char kCurrentVersionSql[] =
    "SELECT current_version FROM question_sets WHERE code = $1";

constexpr char kStructure[] = "translation_structure";
constexpr char kStructureSql[] =
    "SELECT s.section_id, s.title_text_id, q.question_id, q.answer_type, "
    "q.mandatory,"
    "  q.text_text_id, q.help_text_id, o.option_id, o.label_text_id"
    " FROM sections s"
    " LEFT JOIN questions q ON q.question_set = s.question_set AND q.version = "
    "s.version"
    "  AND q.section_id = s.section_id"
    " LEFT JOIN answer_options o ON o.question_set = q.question_set AND "
    "o.version = q.version"
    "  AND o.question_id = q.question_id"
    " WHERE s.question_set = $1 AND s.version = $2"
    " ORDER BY s.position, q.position, o.position";

// Every text of one version with its translation in $3.
constexpr char kVersionTexts[] = "translation_version_texts";
std::string VersionTextsSql() {
  return absl::StrCat(
      "WITH cur AS (SELECT $1::text AS code, $2::int AS version),"
      " ids AS (",
      kVersionTextIds, ") SELECT ", kTextColumns,
      " FROM texts t JOIN question_sets qs ON qs.code = t.question_set"
      " LEFT JOIN translations tr ON tr.text_id = t.id AND tr.language = $3"
      " WHERE t.id IN (SELECT id FROM ids)");
}

// Texts by id ($1, an array literal) with their translation in $2.
constexpr char kTextsById[] = "translation_texts_by_id";
std::string TextsByIdSql() {
  return absl::StrCat(
      "SELECT ", kTextColumns,
      " FROM texts t JOIN question_sets qs ON qs.code = t.question_set"
      " LEFT JOIN translations tr ON tr.text_id = t.id AND tr.language = $2"
      " WHERE t.id = ANY ($1::bigint[])");
}

constexpr char kGetText[] = "translation_get_text";
std::string GetTextSql() {
  return absl::StrCat(
      "SELECT ", kTextColumns,
      " FROM texts t JOIN question_sets qs ON qs.code = t.question_set"
      " LEFT JOIN translations tr ON tr.text_id = t.id AND tr.language = $3"
      " WHERE t.question_set = $1 AND t.id = $2");
}

constexpr char kListVersions[] = "translation_list_versions";
constexpr char kListVersionsSql[] =
    "SELECT v.question_set, v.version, (extract(epoch FROM v.create_time) * "
    "1000000)::bigint,"
    "  v.created_by, v.change_note,"
    "  COALESCE((SELECT string_agg(t.id::text, ',' ORDER BY t.id) FROM texts t"
    "            WHERE t.question_set = v.question_set AND "
    "t.introduced_in_version = v.version"
    "              AND v.version > 1), '')"
    " FROM question_set_versions v"
    " WHERE v.question_set = $1 AND ($2::int = 0 OR v.version < $2::int)"
    " ORDER BY v.version DESC LIMIT $3";

constexpr char kListTasks[] = "translation_list_tasks";
std::string ListTasksSql() {
  return absl::StrCat(
      "WITH cur AS (SELECT code, current_version AS version FROM question_sets"
      "             WHERE $2::text = '' OR code = $2::text),"
      " ids AS (",
      kVersionTextIds, ") SELECT ", kTextColumns,
      ", COALESCE(prev.source_text, '')"
      " FROM ids JOIN texts t ON t.id = ids.id"
      " JOIN question_sets qs ON qs.code = t.question_set"
      " LEFT JOIN translations tr ON tr.text_id = t.id AND tr.language = $1"
      " LEFT JOIN texts prev ON prev.id = tr.translated_from_text_id"
      " WHERE COALESCE(tr.status, 'MISSING') = ANY ($3::text[])"
      "   AND (t.question_set, t.id) > ($4::text, $5::bigint)"
      " ORDER BY t.question_set, t.id LIMIT $6");
}

// --- writes ---

constexpr char kClaimRequest[] = "translation_claim_request";
constexpr char kClaimRequestSql[] =
    "INSERT INTO processed_requests (request_id, method, fingerprint, "
    "principal)"
    " VALUES ($1, $2, $3, $4) ON CONFLICT (request_id) DO NOTHING RETURNING "
    "request_id";

constexpr char kGetRequest[] = "translation_get_request";
constexpr char kGetRequestSql[] =
    "SELECT method, fingerprint, resource FROM processed_requests WHERE "
    "request_id = $1";

constexpr char kSetRequestResource[] = "translation_set_request_resource";
constexpr char kSetRequestResourceSql[] =
    "UPDATE processed_requests SET resource = $2 WHERE request_id = $1";

constexpr char kLockTranslation[] = "translation_lock_translation";
constexpr char kLockTranslationSql[] =
    "SELECT 1 FROM translations WHERE text_id = $1 AND language = $2 FOR "
    "UPDATE";

constexpr char kUpsertTranslation[] = "translation_upsert_translation";
constexpr char kUpsertTranslationSql[] =
    "INSERT INTO translations (text_id, language, translated_text, status, "
    "updated_by)"
    " VALUES ($1, $2, $3, $4, $5)"
    " ON CONFLICT (text_id, language) DO UPDATE SET"
    "  translated_text = EXCLUDED.translated_text, status = EXCLUDED.status,"
    "  revision = translations.revision + 1, update_time = now(),"
    "  updated_by = EXCLUDED.updated_by, translated_from_text_id = NULL";

constexpr char kInsertHistory[] = "translation_insert_history";
constexpr char kInsertHistorySql[] =
    "INSERT INTO translation_history (text_id, language, action, "
    "translated_text, status,"
    " changed_by) VALUES ($1, $2, $3, $4, $5, $6)";

constexpr char kLockSet[] = "translation_lock_set";
constexpr char kLockSetSql[] =
    "SELECT code, legislative_area, current_version FROM question_sets WHERE "
    "code = $1"
    " FOR UPDATE";

constexpr char kCopyVersion[] = "translation_copy_version";
constexpr char kCopyVersionSql[] =
    "INSERT INTO question_set_versions (question_set, version, title_text_id,"
    " description_text_id, created_by, change_note)"
    " SELECT question_set, $3, title_text_id, description_text_id, $4, $5"
    " FROM question_set_versions WHERE question_set = $1 AND version = $2";

constexpr char kCopySections[] = "translation_copy_sections";
constexpr char kCopySectionsSql[] =
    "INSERT INTO sections (question_set, version, section_id, position, "
    "title_text_id)"
    " SELECT question_set, $3, section_id, position, title_text_id"
    " FROM sections WHERE question_set = $1 AND version = $2";

constexpr char kCopyQuestions[] = "translation_copy_questions";
constexpr char kCopyQuestionsSql[] =
    "INSERT INTO questions (question_set, version, question_id, section_id, "
    "position,"
    " answer_type, mandatory, text_text_id, help_text_id)"
    " SELECT question_set, $3, question_id, section_id, position, answer_type, "
    "mandatory,"
    "  text_text_id, help_text_id"
    " FROM questions WHERE question_set = $1 AND version = $2";

constexpr char kCopyOptions[] = "translation_copy_options";
constexpr char kCopyOptionsSql[] =
    "INSERT INTO answer_options (question_set, version, question_id, "
    "option_id, position,"
    " label_text_id)"
    " SELECT question_set, $3, question_id, option_id, position, label_text_id"
    " FROM answer_options WHERE question_set = $1 AND version = $2";

constexpr char kNewRevision[] = "translation_new_revision";
constexpr char kNewRevisionSql[] =
    "INSERT INTO texts (question_set, text_key, revision, source_text, "
    "created_by,"
    " introduced_in_version)"
    " SELECT old.question_set, old.text_key,"
    "  (SELECT max(revision) + 1 FROM texts r WHERE r.question_set = "
    "old.question_set"
    "     AND r.text_key = old.text_key), $2, $3, $4"
    " FROM texts old WHERE old.id = $1 RETURNING id";

// Re-point the structure of version $2 of set $1 from text $3 to text $4.
constexpr char kRepointVersion[] = "translation_repoint_version";
constexpr char kRepointVersionSql[] =
    "UPDATE question_set_versions SET"
    "  title_text_id = CASE WHEN title_text_id = $3 THEN $4 ELSE title_text_id "
    "END,"
    "  description_text_id = CASE WHEN description_text_id = $3 THEN $4"
    "                        ELSE description_text_id END"
    " WHERE question_set = $1 AND version = $2"
    "   AND (title_text_id = $3 OR description_text_id = $3)";
constexpr char kRepointSections[] = "translation_repoint_sections";
constexpr char kRepointSectionsSql[] =
    "UPDATE sections SET title_text_id = $4"
    " WHERE question_set = $1 AND version = $2 AND title_text_id = $3";
constexpr char kRepointQuestions[] = "translation_repoint_questions";
constexpr char kRepointQuestionsSql[] =
    "UPDATE questions SET"
    "  text_text_id = CASE WHEN text_text_id = $3 THEN $4 ELSE text_text_id "
    "END,"
    "  help_text_id = CASE WHEN help_text_id = $3 THEN $4 ELSE help_text_id END"
    " WHERE question_set = $1 AND version = $2 AND (text_text_id = $3 OR "
    "help_text_id = $3)";
constexpr char kRepointOptions[] = "translation_repoint_options";
constexpr char kRepointOptionsSql[] =
    "UPDATE answer_options SET label_text_id = $4"
    " WHERE question_set = $1 AND version = $2 AND label_text_id = $3";

// Carry the translations of text $1 over to its new revision $2 as
// OUTDATED, remembering which revision they were made from.
constexpr char kCarryTranslations[] = "translation_carry_translations";
constexpr char kCarryTranslationsSql[] =
    "INSERT INTO translations (text_id, language, translated_text, status, "
    "updated_by,"
    " translated_from_text_id)"
    " SELECT $2, language, translated_text, 'OUTDATED', $3,"
    "  COALESCE(translated_from_text_id, $1)"
    " FROM translations WHERE text_id = $1";
constexpr char kCarryHistory[] = "translation_carry_history";
constexpr char kCarryHistorySql[] =
    "INSERT INTO translation_history (text_id, language, action, "
    "translated_text, status,"
    " changed_by)"
    " SELECT text_id, language, 'SOURCE_CHANGED', translated_text, status, $2"
    " FROM translations WHERE text_id = $1";

constexpr char kAdvanceSet[] = "translation_advance_set";
constexpr char kAdvanceSetSql[] =
    "UPDATE question_sets SET current_version = $2, update_time = now() WHERE "
    "code = $1";

// --- seed ---

constexpr char kSeedSet[] = "translation_seed_set";
constexpr char kSeedSetSql[] =
    "INSERT INTO question_sets (code, legislative_area, current_version, "
    "seed_sha256)"
    " VALUES ($1, $2, 1, $3) ON CONFLICT (code) DO NOTHING RETURNING code";

// All texts of a seed at once: arrays of keys and sources.
constexpr char kSeedTexts[] = "translation_seed_texts";
constexpr char kSeedTextsSql[] =
    "INSERT INTO texts (question_set, text_key, revision, source_text, "
    "created_by,"
    " introduced_in_version)"
    " SELECT $1, k, 1, s, 'system', 1 FROM unnest($2::text[], $3::text[]) AS "
    "x(k, s)"
    " RETURNING id, text_key";

constexpr char kSeedTranslations[] = "translation_seed_translations";
constexpr char kSeedTranslationsSql[] =
    "INSERT INTO translations (text_id, language, translated_text, status, "
    "updated_by)"
    " SELECT i, l, t, s, 'system'"
    " FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[]) AS x(i, l, "
    "t, s)";

constexpr char kSeedHistory[] = "translation_seed_history";
constexpr char kSeedHistorySql[] =
    "INSERT INTO translation_history (text_id, language, action, "
    "translated_text, status,"
    " changed_by)"
    " SELECT tr.text_id, tr.language, 'SEED', tr.translated_text, tr.status, "
    "'system'"
    " FROM translations tr JOIN texts t ON t.id = tr.text_id WHERE "
    "t.question_set = $1";

constexpr char kSeedVersion[] = "translation_seed_version";
constexpr char kSeedVersionSql[] =
    "INSERT INTO question_set_versions (question_set, version, title_text_id,"
    " description_text_id, created_by, change_note) VALUES ($1, 1, $2, $3, "
    "'system', $4)";

constexpr char kSeedSection[] = "translation_seed_section";
constexpr char kSeedSectionSql[] =
    "INSERT INTO sections (question_set, version, section_id, position, "
    "title_text_id)"
    " VALUES ($1, 1, $2, $3, $4)";

constexpr char kSeedQuestion[] = "translation_seed_question";
constexpr char kSeedQuestionSql[] =
    "INSERT INTO questions (question_set, version, question_id, section_id, "
    "position,"
    " answer_type, mandatory, text_text_id, help_text_id)"
    " VALUES ($1, 1, $2, $3, $4, $5, $6, $7, $8)";

constexpr char kSeedOption[] = "translation_seed_option";
constexpr char kSeedOptionSql[] =
    "INSERT INTO answer_options (question_set, version, question_id, "
    "option_id, position,"
    " label_text_id) VALUES ($1, 1, $2, $3, $4, $5)";

// ---------------------------------------------------------------------------

// A PostgreSQL array literal of strings: {"a","b \"c\""}.
std::string TextArray(const std::vector<std::string>& items) {
  std::string out = "{";
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out.push_back(',');
    out.push_back('"');
    for (char c : items[i]) {
      if (c == '"' || c == '\\') out.push_back('\\');
      out.push_back(c);
    }
    out.push_back('"');
  }
  out.push_back('}');
  return out;
}

std::string IdArray(const std::vector<std::int64_t>& ids) {
  return absl::StrCat("{", absl::StrJoin(ids, ","), "}");
}

TextStatus StoredStatus(const std::string& name) {
  // The CHECK constraint admits only these four.
  std::optional<TextStatus> s = ParseTextStatus(name);
  return s.value_or(TextStatus::kOutdated);
}

TextInLanguage ReadText(const pqxx::row& r, int at) {
  TextInLanguage out;
  out.text.id = r[at].as<std::int64_t>();
  out.text.question_set = r[at + 1].as<std::string>();
  out.text.legislative_area = r[at + 2].as<std::string>();
  out.text.key = r[at + 3].as<std::string>();
  out.text.revision = r[at + 4].as<int>();
  out.text.source_text = r[at + 5].as<std::string>();
  if (!r[at + 6].is_null()) {
    TranslationRecord tr;
    tr.text_id = out.text.id;
    tr.language = r[at + 6].as<std::string>();
    tr.translated_text = r[at + 7].as<std::string>();
    tr.status = StoredStatus(r[at + 8].as<std::string>());
    tr.revision = r[at + 9].as<int>();
    tr.update_time = absl::FromUnixMicros(r[at + 10].as<long long>());
    tr.updated_by = r[at + 11].as<std::string>();
    out.translation = std::move(tr);
  }
  return out;
}

// Reads a header row (kHeaderColumns). REQUIRES: the version columns are not
// NULL.
QuestionSetContent ReadHeader(const pqxx::row& r) {
  QuestionSetContent c;
  c.code = r[0].as<std::string>();
  c.legislative_area = r[1].as<std::string>();
  c.current_version = r[2].as<int>();
  c.update_time = absl::FromUnixMicros(r[3].as<long long>());
  c.version.question_set = c.code;
  c.version.version = r[4].as<int>();
  c.version.create_time = absl::FromUnixMicros(r[5].as<long long>());
  c.version.created_by = r[6].as<std::string>();
  c.version.change_note = r[7].as<std::string>();
  c.title_text_id = r[8].as<std::int64_t>();
  c.description_text_id = r[9].as<std::int64_t>();
  c.question_count = r[10].as<int>();
  return c;
}

std::vector<SectionRecord> FoldStructure(const pqxx::result& rows) {
  std::vector<SectionRecord> sections;
  for (const auto& r : rows) {
    const std::string section_id = r[0].as<std::string>();
    if (sections.empty() || sections.back().id != section_id) {
      sections.push_back({section_id, r[1].as<std::int64_t>(), {}});
    }
    if (r[2].is_null()) continue;  // a section without questions
    auto& questions = sections.back().questions;
    const std::string question_id = r[2].as<std::string>();
    if (questions.empty() || questions.back().id != question_id) {
      QuestionRecord q;
      q.id = question_id;
      q.answer_type = r[3].as<std::string>();
      q.mandatory = r[4].as<bool>();
      q.text_id = r[5].as<std::int64_t>();
      if (!r[6].is_null()) q.help_text_id = r[6].as<std::int64_t>();
      questions.push_back(std::move(q));
    }
    if (!r[7].is_null()) {
      questions.back().options.push_back(
          {r[7].as<std::string>(), r[8].as<std::int64_t>()});
    }
  }
  return sections;
}

// Fills content.sections and content.texts (all texts when full, else title
// and description only).
void LoadContent(pqxx::transaction_base& tx, QuestionSetContent& content,
                 const std::string& language, bool full) {
  if (full) {
    content.sections = FoldStructure(
        tx.exec_prepared(kStructure, content.code, content.version.version));
    for (const auto& r : tx.exec_prepared(kVersionTexts, content.code,
                                          content.version.version, language)) {
      TextInLanguage t = ReadText(r, 0);
      content.texts.emplace(t.text.id, std::move(t));
    }
  } else {
    for (const auto& r : tx.exec_prepared(
             kTextsById,
             IdArray({content.title_text_id, content.description_text_id}),
             language)) {
      TextInLanguage t = ReadText(r, 0);
      content.texts.emplace(t.text.id, std::move(t));
    }
  }
}

// Claims `request` for this transaction. Returns the earlier call's record if
// the id was used before (the caller then writes nothing).
std::optional<Replay> ClaimRequest(pqxx::transaction_base& tx,
                                   const RequestKey& request) {
  if (request.request_id.empty()) return std::nullopt;
  pqxx::result claimed =
      tx.exec_prepared(kClaimRequest, request.request_id, request.method,
                       request.fingerprint, request.principal);
  if (!claimed.empty()) return std::nullopt;
  pqxx::row r = tx.exec_prepared1(kGetRequest, request.request_id);
  return Replay{r[0].as<std::string>(), r[1].as<std::string>(),
                r[2].as<std::string>()};
}

void RecordResource(pqxx::transaction_base& tx, const RequestKey& request,
                    const std::string& resource) {
  if (request.request_id.empty()) return;
  tx.exec_prepared(kSetRequestResource, request.request_id, resource);
}

}  // namespace

std::string_view TextStatusName(TextStatus status) {
  switch (status) {
    case TextStatus::kSource:
      return "SOURCE";
    case TextStatus::kMissing:
      return "MISSING";
    case TextStatus::kMachineDraft:
      return "MACHINE_DRAFT";
    case TextStatus::kSubmitted:
      return "SUBMITTED";
    case TextStatus::kApproved:
      return "APPROVED";
    case TextStatus::kOutdated:
      return "OUTDATED";
  }
  return "MISSING";
}

std::optional<TextStatus> ParseTextStatus(std::string_view name) {
  for (TextStatus s :
       {TextStatus::kSource, TextStatus::kMissing, TextStatus::kMachineDraft,
        TextStatus::kSubmitted, TextStatus::kApproved, TextStatus::kOutdated}) {
    if (TextStatusName(s) == name) return s;
  }
  return std::nullopt;
}

PgTranslationStore::PgTranslationStore(pg::Pool* pool) : pool_(pool) {
  pool_->Prepare(kListLanguages, kListLanguagesSql);
  pool_->Prepare(kGetHeader, GetHeaderSql());
  pool_->Prepare(kListHeaders, ListHeadersSql());
  pool_->Prepare(kCountSets, kCountSetsSql);
  pool_->Prepare(kCurrentVersion, kCurrentVersionSql);
  pool_->Prepare(kStructure, kStructureSql);
  pool_->Prepare(kVersionTexts, VersionTextsSql());
  pool_->Prepare(kTextsById, TextsByIdSql());
  pool_->Prepare(kGetText, GetTextSql());
  pool_->Prepare(kListVersions, kListVersionsSql);
  pool_->Prepare(kListTasks, ListTasksSql());
  pool_->Prepare(kClaimRequest, kClaimRequestSql);
  pool_->Prepare(kGetRequest, kGetRequestSql);
  pool_->Prepare(kSetRequestResource, kSetRequestResourceSql);
  pool_->Prepare(kLockTranslation, kLockTranslationSql);
  pool_->Prepare(kUpsertTranslation, kUpsertTranslationSql);
  pool_->Prepare(kInsertHistory, kInsertHistorySql);
  pool_->Prepare(kLockSet, kLockSetSql);
  pool_->Prepare(kCopyVersion, kCopyVersionSql);
  pool_->Prepare(kCopySections, kCopySectionsSql);
  pool_->Prepare(kCopyQuestions, kCopyQuestionsSql);
  pool_->Prepare(kCopyOptions, kCopyOptionsSql);
  pool_->Prepare(kNewRevision, kNewRevisionSql);
  pool_->Prepare(kRepointVersion, kRepointVersionSql);
  pool_->Prepare(kRepointSections, kRepointSectionsSql);
  pool_->Prepare(kRepointQuestions, kRepointQuestionsSql);
  pool_->Prepare(kRepointOptions, kRepointOptionsSql);
  pool_->Prepare(kCarryTranslations, kCarryTranslationsSql);
  pool_->Prepare(kCarryHistory, kCarryHistorySql);
  pool_->Prepare(kAdvanceSet, kAdvanceSetSql);
  pool_->Prepare(kSeedSet, kSeedSetSql);
  pool_->Prepare(kSeedTexts, kSeedTextsSql);
  pool_->Prepare(kSeedTranslations, kSeedTranslationsSql);
  pool_->Prepare(kSeedHistory, kSeedHistorySql);
  pool_->Prepare(kSeedVersion, kSeedVersionSql);
  pool_->Prepare(kSeedSection, kSeedSectionSql);
  pool_->Prepare(kSeedQuestion, kSeedQuestionSql);
  pool_->Prepare(kSeedOption, kSeedOptionSql);
}

absl::StatusOr<std::vector<LanguageRecord>>
PgTranslationStore::ListLanguages() {
  return pool_->Read<std::vector<LanguageRecord>>(
      [&](pqxx::transaction_base& tx)
          -> absl::StatusOr<std::vector<LanguageRecord>> {
        std::vector<LanguageRecord> out;
        for (const auto& r : tx.exec_prepared(kListLanguages)) {
          out.push_back({r[0].as<std::string>(), r[1].as<std::string>(),
                         r[2].as<std::string>(), r[3].as<int>()});
        }
        return out;
      });
}

absl::StatusOr<VersionLookup> PgTranslationStore::GetQuestionSet(
    const std::string& code, int version, const std::string& language,
    bool full) {
  // Autocommit reads: a version's structure and texts never change, only
  // translations do, and those are read by one statement.
  return pool_->Read<VersionLookup>(
      [&](pqxx::transaction_base& tx) -> absl::StatusOr<VersionLookup> {
        VersionLookup out;
        pqxx::result header = tx.exec_prepared(kGetHeader, code, version);
        if (header.empty()) return out;
        out.set_exists = true;
        out.current_version = header[0][2].as<int>();
        if (header[0][4].is_null()) return out;
        QuestionSetContent content = ReadHeader(header[0]);
        LoadContent(tx, content, language, full);
        out.content = std::move(content);
        return out;
      });
}

absl::StatusOr<std::vector<QuestionSetContent>>
PgTranslationStore::ListQuestionSets(
    const std::string& legislative_area,
    const std::optional<QuestionSetCursor>& after, int limit,
    const std::string& language, bool full) {
  const std::string after_area = after ? after->legislative_area : "";
  const std::string after_code = after ? after->code : "";
  return pool_->Read<std::vector<QuestionSetContent>>(
      [&](pqxx::transaction_base& tx)
          -> absl::StatusOr<std::vector<QuestionSetContent>> {
        std::vector<QuestionSetContent> out;
        for (const auto& r : tx.exec_prepared(kListHeaders, legislative_area,
                                              after_area, after_code, limit)) {
          out.push_back(ReadHeader(r));
        }
        if (full) {
          for (auto& c : out) LoadContent(tx, c, language, true);
          return out;
        }
        // Titles and descriptions of the whole page in one statement.
        std::vector<std::int64_t> ids;
        for (const auto& c : out) {
          ids.push_back(c.title_text_id);
          ids.push_back(c.description_text_id);
        }
        std::map<std::int64_t, TextInLanguage> texts;
        if (!ids.empty()) {
          for (const auto& r :
               tx.exec_prepared(kTextsById, IdArray(ids), language)) {
            TextInLanguage t = ReadText(r, 0);
            texts.emplace(t.text.id, std::move(t));
          }
        }
        for (auto& c : out) {
          for (std::int64_t id : {c.title_text_id, c.description_text_id}) {
            if (auto it = texts.find(id); it != texts.end())
              c.texts.emplace(id, it->second);
          }
        }
        return out;
      });
}

absl::StatusOr<int> PgTranslationStore::CountQuestionSets(
    const std::string& legislative_area) {
  return pool_->Read<int>(
      [&](pqxx::transaction_base& tx) -> absl::StatusOr<int> {
        return tx.exec_prepared1(kCountSets, legislative_area)[0].as<int>();
      });
}

absl::StatusOr<std::optional<int>> PgTranslationStore::CurrentVersion(
    const std::string& code) {
  return pool_->Read<std::optional<int>>(
      [&](pqxx::transaction_base& tx) -> absl::StatusOr<std::optional<int>> {
        pqxx::result r = tx.exec_prepared(kCurrentVersion, code);
        if (r.empty()) return std::nullopt;
        return r[0][0].as<int>();
      });
}

absl::StatusOr<std::vector<VersionRecord>> PgTranslationStore::ListVersions(
    const std::string& code, int before, int limit) {
  return pool_->Read<std::vector<VersionRecord>>(
      [&](pqxx::transaction_base& tx)
          -> absl::StatusOr<std::vector<VersionRecord>> {
        std::vector<VersionRecord> out;
        for (const auto& r :
             tx.exec_prepared(kListVersions, code, before, limit)) {
          VersionRecord v;
          v.question_set = r[0].as<std::string>();
          v.version = r[1].as<int>();
          v.create_time = absl::FromUnixMicros(r[2].as<long long>());
          v.created_by = r[3].as<std::string>();
          v.change_note = r[4].as<std::string>();
          for (absl::string_view id :
               absl::StrSplit(r[5].as<std::string>(), ',', absl::SkipEmpty())) {
            std::int64_t n = 0;
            if (absl::SimpleAtoi(id, &n)) v.changed_text_ids.push_back(n);
          }
          out.push_back(std::move(v));
        }
        return out;
      });
}

absl::StatusOr<std::vector<TaskRecord>> PgTranslationStore::ListTasks(
    const TaskQuery& query) {
  std::vector<std::string> statuses;
  for (TextStatus s : query.statuses) statuses.emplace_back(TextStatusName(s));
  const std::string after_set = query.after ? query.after->first : "";
  const std::int64_t after_id = query.after ? query.after->second : 0;
  return pool_->Read<std::vector<TaskRecord>>(
      [&](pqxx::transaction_base& tx)
          -> absl::StatusOr<std::vector<TaskRecord>> {
        std::vector<TaskRecord> out;
        for (const auto& r : tx.exec_prepared(
                 kListTasks, query.language, query.question_set,
                 TextArray(statuses), after_set, after_id, query.limit)) {
          TextInLanguage t = ReadText(r, 0);
          TaskRecord task;
          task.text = std::move(t.text);
          task.translation = std::move(t.translation);
          task.previous_source_text = r[kTextColumnCount].as<std::string>();
          out.push_back(std::move(task));
        }
        return out;
      });
}

absl::StatusOr<std::optional<TextInLanguage>> PgTranslationStore::GetText(
    const std::string& code, std::int64_t text_id,
    const std::string& language) {
  return pool_->Read<std::optional<TextInLanguage>>(
      [&](pqxx::transaction_base& tx)
          -> absl::StatusOr<std::optional<TextInLanguage>> {
        pqxx::result r = tx.exec_prepared(kGetText, code, text_id, language);
        if (r.empty()) return std::nullopt;
        return ReadText(r[0], 0);
      });
}

absl::StatusOr<std::optional<TranslationOutcome>>
PgTranslationStore::WriteTranslation(const std::string& code,
                                     std::int64_t text_id,
                                     const std::string& language,
                                     const RequestKey& request,
                                     const TranslationDecision& decide) {
  // A missing text must roll back the request id claimed above, so the
  // transaction fails with a placeholder status that is replaced below.
  bool missing = false;
  absl::StatusOr<std::optional<TranslationOutcome>> result =
      pool_->Transact<std::optional<TranslationOutcome>>(
          pg::TxMode::kReadWrite,
          [&](pqxx::work& tx)
              -> absl::StatusOr<std::optional<TranslationOutcome>> {
            missing = false;
            TranslationOutcome outcome;
            outcome.replay = ClaimRequest(tx, request);
            if (!outcome.replay) {
              // Lock the row (if any) before reading it, so two writers of one
              // translation take turns and each decides on what the other
              // wrote.
              tx.exec_prepared(kLockTranslation, text_id, language);
            }
            pqxx::result found =
                tx.exec_prepared(kGetText, code, text_id, language);
            if (found.empty()) {
              if (outcome.replay)
                return outcome;  // the domain reports the reuse
              missing = true;
              return absl::CancelledError("rolled back: no such text");
            }
            TextInLanguage current = ReadText(found[0], 0);
            outcome.text = current.text;
            if (outcome.replay) {
              outcome.translation = std::move(current.translation);
              return outcome;
            }
            absl::StatusOr<TranslationWrite> write =
                decide(current.text, current.translation);
            if (!write.ok()) return write.status();
            if (!write->unchanged) {
              const std::string status(TextStatusName(write->status));
              tx.exec_prepared(kUpsertTranslation, text_id, language,
                               write->translated_text, status, write->by);
              tx.exec_prepared(kInsertHistory, text_id, language, write->action,
                               write->translated_text, status, write->by);
            }
            RecordResource(tx, request,
                           absl::StrCat(code, "/", text_id, "/", language));
            pqxx::result after =
                tx.exec_prepared(kGetText, code, text_id, language);
            outcome.translation = ReadText(after[0], 0).translation;
            return outcome;
          });
  if (missing) return std::nullopt;
  return result;
}

absl::StatusOr<std::optional<SourceOutcome>>
PgTranslationStore::UpdateSourceTexts(const std::string& code,
                                      const RequestKey& request,
                                      const SourceDecision& decide) {
  bool missing = false;  // as in WriteTranslation
  absl::StatusOr<std::optional<SourceOutcome>> result =
      pool_->Transact<std::optional<SourceOutcome>>(
          pg::TxMode::kReadWrite,
          [&](pqxx::work& tx) -> absl::StatusOr<std::optional<SourceOutcome>> {
            missing = false;
            SourceOutcome outcome;
            outcome.replay = ClaimRequest(tx, request);
            if (outcome.replay) {
              (void)absl::SimpleAtoi(outcome.replay->resource,
                                     &outcome.version);
              return outcome;
            }
            // Locking the set serialises source changes: each sees the version
            // the previous one created.
            pqxx::result set = tx.exec_prepared(kLockSet, code);
            if (set.empty()) {
              missing = true;
              return absl::CancelledError("rolled back: no such question set");
            }
            VersionSnapshot snapshot;
            snapshot.code = set[0][0].as<std::string>();
            snapshot.legislative_area = set[0][1].as<std::string>();
            snapshot.current_version = set[0][2].as<int>();
            for (const auto& r : tx.exec_prepared(
                     kVersionTexts, code, snapshot.current_version, "en")) {
              TextInLanguage t = ReadText(r, 0);
              snapshot.texts.emplace(t.text.id, std::move(t.text));
            }
            absl::StatusOr<SourceWrite> write = decide(snapshot);
            if (!write.ok()) return write.status();
            outcome.version = snapshot.current_version;
            if (!write->changes.empty()) {
              const int from = snapshot.current_version;
              const int to = from + 1;
              tx.exec_prepared(kCopyVersion, code, from, to, write->by,
                               write->change_note);
              tx.exec_prepared(kCopySections, code, from, to);
              tx.exec_prepared(kCopyQuestions, code, from, to);
              tx.exec_prepared(kCopyOptions, code, from, to);
              for (const SourceChange& change : write->changes) {
                const std::int64_t fresh =
                    tx.exec_prepared1(kNewRevision, change.text_id,
                                      change.source_text, write->by, to)[0]
                        .as<std::int64_t>();
                tx.exec_prepared(kRepointVersion, code, to, change.text_id,
                                 fresh);
                tx.exec_prepared(kRepointSections, code, to, change.text_id,
                                 fresh);
                tx.exec_prepared(kRepointQuestions, code, to, change.text_id,
                                 fresh);
                tx.exec_prepared(kRepointOptions, code, to, change.text_id,
                                 fresh);
                tx.exec_prepared(kCarryTranslations, change.text_id, fresh,
                                 write->by);
                tx.exec_prepared(kCarryHistory, fresh, write->by);
              }
              tx.exec_prepared(kAdvanceSet, code, to);
              outcome.version = to;
              outcome.created = true;
            }
            RecordResource(tx, request, absl::StrCat(outcome.version));
            return outcome;
          });
  if (missing) return std::nullopt;
  return result;
}

absl::StatusOr<bool> PgTranslationStore::CreateFromSeed(
    const SeedQuestionSet& seed) {
  return pool_->Transact<bool>(
      pg::TxMode::kReadWrite, [&](pqxx::work& tx) -> absl::StatusOr<bool> {
        // A concurrent seeder blocks here on the primary key until the first
        // commits, then finds the row and does nothing.
        if (tx.exec_prepared(kSeedSet, seed.code, seed.legislative_area,
                             seed.sha256)
                .empty()) {
          return false;
        }
        // Every text of the seed, in one statement.
        std::vector<const SeedText*> all = {&seed.title, &seed.description};
        for (const SeedSection& s : seed.sections) {
          all.push_back(&s.title);
          for (const SeedQuestion& q : s.questions) {
            all.push_back(&q.text);
            if (q.help) all.push_back(&*q.help);
            for (const SeedOption& o : q.options) all.push_back(&o.label);
          }
        }
        std::vector<std::string> keys, sources;
        for (const SeedText* t : all) {
          keys.push_back(t->key);
          sources.push_back(t->source);
        }
        std::map<std::string, std::int64_t> ids;
        for (const auto& r : tx.exec_prepared(
                 kSeedTexts, seed.code, TextArray(keys), TextArray(sources))) {
          ids[r[1].as<std::string>()] = r[0].as<std::int64_t>();
        }
        std::vector<std::string> tr_ids, tr_langs, tr_texts, tr_statuses;
        for (const SeedText* t : all) {
          for (const auto& [lang, translation] : t->translations) {
            tr_ids.push_back(absl::StrCat(ids.at(t->key)));
            tr_langs.push_back(lang);
            tr_texts.push_back(translation.first);
            tr_statuses.emplace_back(TextStatusName(translation.second));
          }
        }
        if (!tr_ids.empty()) {
          tx.exec_prepared(kSeedTranslations,
                           absl::StrCat("{", absl::StrJoin(tr_ids, ","), "}"),
                           TextArray(tr_langs), TextArray(tr_texts),
                           TextArray(tr_statuses));
          tx.exec_prepared(kSeedHistory, seed.code);
        }
        tx.exec_prepared(kSeedVersion, seed.code, ids.at(seed.title.key),
                         ids.at(seed.description.key),
                         absl::StrCat("seed version ", seed.seed_version));
        int section_position = 0;
        for (const SeedSection& s : seed.sections) {
          tx.exec_prepared(kSeedSection, seed.code, s.id, ++section_position,
                           ids.at(s.title.key));
          int question_position = 0;
          for (const SeedQuestion& q : s.questions) {
            std::optional<std::int64_t> help;
            if (q.help) help = ids.at(q.help->key);
            tx.exec_prepared(kSeedQuestion, seed.code, q.id, s.id,
                             ++question_position, q.answer_type, q.mandatory,
                             ids.at(q.text.key), help);
            int option_position = 0;
            for (const SeedOption& o : q.options) {
              tx.exec_prepared(kSeedOption, seed.code, q.id, o.id,
                               ++option_position, ids.at(o.label.key));
            }
          }
        }
        return true;
      });
}

}  // namespace imi::translation
