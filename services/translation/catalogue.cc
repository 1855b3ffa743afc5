#include "services/translation/catalogue.h"

#include <algorithm>
#include <set>
#include <utility>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "libs/auth/roles.h"
#include "libs/i18n/languages.h"
#include "libs/status/error.h"
#include "libs/status/status_macros.h"
#include "services/translation/errors.h"
#include "services/translation/mt/absl_compat.h"
#include "services/translation/mt/router.h"
#include "services/translation/names.h"
#include "services/translation/sha256.h"

namespace imi::translation {
namespace {

constexpr TextStatus kOpenStatuses[] = {
    TextStatus::kMissing, TextStatus::kMachineDraft, TextStatus::kSubmitted,
    TextStatus::kOutdated};

bool IsRole(const std::string& role) {
  return role == auth::roles::kTranslator ||
         role == auth::roles::kSystemAdministrator;
}

// A stable digest of a mutation's content, so a reused request_id with other
// content is recognised. Fields are separated by a byte no text contains
// (texts are validated free of NUL).
std::string Fingerprint(std::string_view method,
                        const std::vector<std::string>& fields) {
  std::string data(method);
  for (const std::string& f : fields) {
    data.push_back('\0');
    data.append(f);
  }
  return Sha256Hex(data);
}

absl::Status ValidateRequestId(const std::string& request_id) {
  if (request_id.size() > kMaxRequestIdChars) {
    return errors::InvalidRequestId(request_id.size(), kMaxRequestIdChars);
  }
  return absl::OkStatus();
}

TranslationView ToView(const TextRecord& text,
                       const TranslationRecord& translation) {
  TranslationView view;
  view.name = TranslationName(text.question_set, text.id, translation.language);
  view.text_name = TextName(text.question_set, text.id);
  view.text = text;
  view.translation = translation;
  view.etag = TranslationEtag(translation);
  return view;
}

void Count(StatusSummary& summary, const RenderedText& text) {
  ++summary.total;
  switch (text.status) {
    case TextStatus::kSource:
    case TextStatus::kApproved:
      ++summary.approved;
      break;
    case TextStatus::kSubmitted:
      ++summary.submitted;
      break;
    case TextStatus::kMachineDraft:
      ++summary.machine_draft;
      break;
    case TextStatus::kOutdated:
      ++summary.outdated;
      break;
    case TextStatus::kMissing:
      ++summary.missing;
      break;
  }
}

}  // namespace

RenderedText RenderText(const TextInLanguage& t, const std::string& language) {
  RenderedText out;
  out.name = TextName(t.text.question_set, t.text.id);
  if (language == i18n::kFallbackLanguage) {
    out.text = t.text.source_text;
    out.language = language;
    out.status = TextStatus::kSource;
  } else if (t.translation) {
    out.text = t.translation->translated_text;
    out.language = language;
    out.status = t.translation->status;
    out.machine_translated = t.translation->status == TextStatus::kMachineDraft;
  } else {
    out.text = t.text.source_text;
    out.language = std::string(i18n::kFallbackLanguage);
    out.status = TextStatus::kMissing;
    out.fallback = true;
  }
  return out;
}

RenderedQuestionSet Render(const QuestionSetContent& content,
                           const std::string& language, View view) {
  RenderedQuestionSet out;
  auto text = [&](std::int64_t id) {
    auto it = content.texts.find(id);
    if (it != content.texts.end()) return RenderText(it->second, language);
    RenderedText missing;
    missing.name = TextName(content.code, id);
    missing.language = std::string(i18n::kFallbackLanguage);
    missing.fallback = true;
    return missing;
  };
  out.code = content.code;
  out.legislative_area = content.legislative_area;
  out.language = language;
  out.version = content.version.version;
  out.current_version = content.current_version;
  out.version_create_time = content.version.create_time;
  out.version_change_note = content.version.change_note;
  out.update_time = content.update_time;
  out.title = text(content.title_text_id);
  out.description = text(content.description_text_id);
  out.question_count = content.question_count;
  out.full = view == View::kFull;
  if (!out.full) return out;
  Count(out.summary, out.title);
  Count(out.summary, out.description);
  for (const SectionRecord& s : content.sections) {
    RenderedSection section;
    section.id = s.id;
    section.title = text(s.title_text_id);
    Count(out.summary, section.title);
    for (const QuestionRecord& q : s.questions) {
      RenderedQuestion question;
      question.id = q.id;
      question.answer_type = q.answer_type;
      question.mandatory = q.mandatory;
      question.text = text(q.text_id);
      Count(out.summary, question.text);
      if (q.help_text_id) {
        question.help = text(*q.help_text_id);
        Count(out.summary, *question.help);
      }
      for (const OptionRecord& o : q.options) {
        RenderedOption option{o.id, text(o.label_text_id)};
        Count(out.summary, option.label);
        question.options.push_back(std::move(option));
      }
      section.questions.push_back(std::move(question));
    }
    out.sections.push_back(std::move(section));
  }
  return out;
}

std::string QuestionSetEtag(int current_version) {
  return absl::StrCat("W/\"v", current_version, "\"");
}

std::string TranslationEtag(const TranslationRecord& translation) {
  return absl::StrCat("W/\"r", translation.revision, "\"");
}

bool CanMaintainCatalogue(const auth::Principal& who,
                          std::string_view legislative_area) {
  if (!who.IsCommission()) return false;
  if (!legislative_area.empty()) {
    return who.HasAnyRole(
        legislative_area,
        {auth::roles::kTranslator, auth::roles::kSystemAdministrator});
  }
  for (const auto& [area, roles] : who.roles) {
    if (std::any_of(roles.begin(), roles.end(), IsRole)) return true;
  }
  return false;
}

absl::Status ValidateCatalogueText(std::string_view text,
                                   const std::string& field) {
  // The mt layer's validation (UTF-8, NUL, blank, length) with this
  // service's limit, re-targeted at the request field.
  absl::Status s = mt::ValidateText(text, kMaxCatalogueTextChars);
  if (s.ok()) return s;
  const std::string reason = ErrorReason(s);
  if (reason == "TEXT_EMPTY") return errors::TextEmpty(field);
  if (reason == "TEXT_TOO_LONG") {
    // Valid UTF-8 by now: count the bytes that start a code point.
    std::size_t chars = 0;
    for (char c : text) chars += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return errors::TextTooLong(field, chars, kMaxCatalogueTextChars);
  }
  std::vector<FieldViolation> violations = FieldViolations(s);
  return errors::TextInvalid(field, violations.empty()
                                        ? std::string(s.message())
                                        : violations.front().description);
}

absl::StatusOr<TranslationWrite> DecideSubmit(
    const std::optional<TranslationRecord>& current,
    const std::string& translation_name, const std::string& text,
    TextStatus status, const std::string& etag, const std::string& by) {
  const std::string current_etag = current ? TranslationEtag(*current) : "";
  if (!etag.empty() && etag != current_etag) {
    return errors::EtagMismatch(translation_name, current_etag);
  }
  TranslationWrite write;
  write.translated_text = text;
  write.status = status;
  write.action = "SUBMIT";
  write.by = by;
  write.unchanged =
      current && current->translated_text == text && current->status == status;
  return write;
}

absl::StatusOr<TranslationWrite> DecideApprove(
    const std::optional<TranslationRecord>& current,
    const std::string& translation_name, const std::string& etag,
    const std::string& by) {
  if (!current) return errors::TranslationNotFound(translation_name);
  if (!etag.empty() && etag != TranslationEtag(*current)) {
    return errors::EtagMismatch(translation_name, TranslationEtag(*current));
  }
  TranslationWrite write;
  write.translated_text = current->translated_text;
  write.status = TextStatus::kApproved;
  write.action = "APPROVE";
  write.by = by;
  write.unchanged = current->status == TextStatus::kApproved;
  return write;
}

absl::StatusOr<SourceWrite> DecideSourceUpdate(
    const VersionSnapshot& snapshot,
    const std::vector<std::pair<std::int64_t, std::string>>& updates,
    const std::string& etag, const std::string& change_note,
    const std::string& by) {
  if (!etag.empty() && etag != QuestionSetEtag(snapshot.current_version)) {
    return errors::EtagMismatch(QuestionSetName(snapshot.code),
                                QuestionSetEtag(snapshot.current_version));
  }
  SourceWrite write;
  write.change_note = change_note;
  write.by = by;
  for (std::size_t i = 0; i < updates.size(); ++i) {
    const auto& [id, source] = updates[i];
    auto it = snapshot.texts.find(id);
    if (it == snapshot.texts.end()) {
      return errors::TextNotInCurrentVersion(
          absl::StrCat("updates[", i, "].text"), TextName(snapshot.code, id),
          snapshot.current_version);
    }
    if (it->second.source_text != source) write.changes.push_back({id, source});
  }
  return write;
}

// ---------------------------------------------------------------------------

absl::StatusOr<RenderedQuestionSet> Catalogue::Load(const std::string& code,
                                                    int version,
                                                    const std::string& language,
                                                    View view) const {
  IMI_ASSIGN_OR_RETURN(
      VersionLookup found,
      store_->GetQuestionSet(code, version, language, view == View::kFull));
  if (!found.set_exists) return errors::QuestionSetNotFound(code);
  if (!found.content) {
    return errors::QuestionSetVersionNotFound(code, version,
                                              found.current_version);
  }
  return Render(*found.content, language, view);
}

absl::StatusOr<RenderedQuestionSet> Catalogue::GetQuestionSet(
    const std::string& name, const std::string& language,
    std::optional<View> view) const {
  IMI_ASSIGN_OR_RETURN(std::string code, ParseQuestionSetName(name, "name"));
  IMI_ASSIGN_OR_RETURN(std::string lang, ResolveLanguage(language, "language"));
  return Load(code, 0, lang, view.value_or(View::kFull));
}

absl::StatusOr<RenderedQuestionSet> Catalogue::GetQuestionSetVersion(
    const std::string& name, const std::string& language,
    std::optional<View> view) const {
  IMI_ASSIGN_OR_RETURN(VersionRef ref, ParseVersionName(name, "name"));
  IMI_ASSIGN_OR_RETURN(std::string lang, ResolveLanguage(language, "language"));
  return Load(ref.question_set, ref.version, lang, view.value_or(View::kFull));
}

absl::StatusOr<QuestionSetPage> Catalogue::ListQuestionSets(
    const ListQuestionSetsQuery& query) const {
  IMI_ASSIGN_OR_RETURN(
      int size,
      ResolvePageSize(query.page_size, kDefaultPageSize, kMaxPageSize));
  std::string area;
  if (!query.legislative_area.empty()) {
    IMI_ASSIGN_OR_RETURN(
        area, ParseAreaName(query.legislative_area, "legislative_area"));
  }
  IMI_ASSIGN_OR_RETURN(std::string lang,
                       ResolveLanguage(query.language, "language"));
  std::optional<QuestionSetCursor> after;
  if (!query.page_token.empty()) {
    IMI_ASSIGN_OR_RETURN(
        std::vector<std::string> position,
        DecodePageToken(query.page_token, "ListQuestionSets", area, 2));
    after = QuestionSetCursor{position[0], position[1]};
  }
  const View view = query.view.value_or(View::kBasic);
  // One extra row says whether another page exists.
  IMI_ASSIGN_OR_RETURN(std::vector<QuestionSetContent> found,
                       store_->ListQuestionSets(area, after, size + 1, lang,
                                                view == View::kFull));
  QuestionSetPage page;
  IMI_ASSIGN_OR_RETURN(page.total_size, store_->CountQuestionSets(area));
  const bool more = static_cast<int>(found.size()) > size;
  if (more) found.resize(size);
  for (const auto& c : found)
    page.question_sets.push_back(Render(c, lang, view));
  if (more) {
    const QuestionSetContent& last = found.back();
    page.next_page_token = EncodePageToken("ListQuestionSets", area,
                                           {last.legislative_area, last.code});
  }
  return page;
}

absl::StatusOr<VersionView> Catalogue::Version(const std::string& code,
                                               int version) const {
  IMI_ASSIGN_OR_RETURN(std::vector<VersionRecord> found,
                       store_->ListVersions(code, version + 1, 1));
  if (found.empty() || found.front().version != version) {
    return absl::InternalError(
        absl::StrCat("version ", version, " of ", code, " vanished"));
  }
  IMI_ASSIGN_OR_RETURN(std::optional<int> current,
                       store_->CurrentVersion(code));
  VersionView view;
  view.name = VersionName(code, version);
  view.record = std::move(found.front());
  for (std::int64_t id : view.record.changed_text_ids) {
    view.changed_text_names.push_back(TextName(code, id));
  }
  view.current = current && *current == version;
  return view;
}

absl::StatusOr<VersionPage> Catalogue::ListVersions(
    const std::string& parent, int page_size,
    const std::string& page_token) const {
  IMI_ASSIGN_OR_RETURN(std::string code,
                       ParseQuestionSetName(parent, "parent"));
  IMI_ASSIGN_OR_RETURN(
      int size, ResolvePageSize(page_size, kDefaultPageSize, kMaxPageSize));
  int before = 0;
  if (!page_token.empty()) {
    IMI_ASSIGN_OR_RETURN(
        std::vector<std::string> position,
        DecodePageToken(page_token, "ListQuestionSetVersions", code, 1));
    if (!absl::SimpleAtoi(position[0], &before) || before < 1) {
      return errors::InvalidPageToken("is not a token this service issued");
    }
  }
  IMI_ASSIGN_OR_RETURN(std::optional<int> current,
                       store_->CurrentVersion(code));
  if (!current) return errors::QuestionSetNotFound(code);
  IMI_ASSIGN_OR_RETURN(std::vector<VersionRecord> found,
                       store_->ListVersions(code, before, size + 1));
  VersionPage page;
  const bool more = static_cast<int>(found.size()) > size;
  if (more) found.resize(size);
  for (auto& v : found) {
    VersionView view;
    view.name = VersionName(code, v.version);
    for (std::int64_t id : v.changed_text_ids)
      view.changed_text_names.push_back(TextName(code, id));
    view.current = v.version == *current;
    view.record = std::move(v);
    page.versions.push_back(std::move(view));
  }
  if (more) {
    page.next_page_token =
        EncodePageToken("ListQuestionSetVersions", code,
                        {absl::StrCat(page.versions.back().record.version)});
  }
  return page;
}

absl::StatusOr<TaskPage> Catalogue::ListTasks(
    const ListTasksQuery& query) const {
  IMI_ASSIGN_OR_RETURN(std::string language,
                       ParseLanguageName(query.parent, "parent"));
  if (!i18n::IsSupported(language))
    return errors::UnsupportedLanguage("parent", language);
  if (language == i18n::kFallbackLanguage) {
    return errors::SourceLanguageNotTranslatable("parent");
  }
  std::string set;
  if (!query.question_set.empty()) {
    IMI_ASSIGN_OR_RETURN(
        set, ParseQuestionSetName(query.question_set, "question_set"));
  }
  std::set<TextStatus> statuses;
  for (TextStatus s : query.statuses) {
    if (std::find(std::begin(kOpenStatuses), std::end(kOpenStatuses), s) ==
        std::end(kOpenStatuses)) {
      return errors::InvalidStatus(
          "statuses",
          absl::StrCat(
              "a task is MISSING, MACHINE_DRAFT, SUBMITTED or OUTDATED; ",
              mt::AV(TextStatusName(s)), " is not a task"));
    }
    statuses.insert(s);
  }
  if (statuses.empty())
    statuses.insert(std::begin(kOpenStatuses), std::end(kOpenStatuses));
  IMI_ASSIGN_OR_RETURN(
      int size,
      ResolvePageSize(query.page_size, kDefaultTaskPageSize, kMaxPageSize));
  std::vector<std::string> status_names;
  for (TextStatus s : statuses) status_names.emplace_back(TextStatusName(s));
  const std::string filter =
      absl::StrCat(language, ",", set, ",", absl::StrJoin(status_names, "+"));
  TaskQuery q;
  q.language = language;
  q.question_set = set;
  q.statuses.assign(statuses.begin(), statuses.end());
  q.limit = size + 1;
  if (!query.page_token.empty()) {
    IMI_ASSIGN_OR_RETURN(
        std::vector<std::string> position,
        DecodePageToken(query.page_token, "ListTranslationTasks", filter, 2));
    std::int64_t id = 0;
    if (!IsCode(position[0]) || !absl::SimpleAtoi(position[1], &id)) {
      return errors::InvalidPageToken("is not a token this service issued");
    }
    q.after = std::make_pair(position[0], id);
  }
  if (!set.empty()) {
    IMI_ASSIGN_OR_RETURN(std::optional<int> current,
                         store_->CurrentVersion(set));
    if (!current) return errors::QuestionSetNotFound(set);
  }
  IMI_ASSIGN_OR_RETURN(std::vector<TaskRecord> found, store_->ListTasks(q));
  TaskPage page;
  const bool more = static_cast<int>(found.size()) > size;
  if (more) found.resize(size);
  for (auto& r : found) {
    Task task;
    task.text_name = TextName(r.text.question_set, r.text.id);
    task.question_set_name = QuestionSetName(r.text.question_set);
    task.key = r.text.key;
    task.source_text = r.text.source_text;
    task.language = language;
    if (r.translation) {
      task.status = r.translation->status;
      if (task.status == TextStatus::kOutdated)
        task.previous_source_text = r.previous_source_text;
      task.translation = ToView(r.text, *r.translation);
    }
    page.tasks.push_back(std::move(task));
  }
  if (more) {
    const TaskRecord& last = found.back();
    page.next_page_token =
        EncodePageToken("ListTranslationTasks", filter,
                        {last.text.question_set, absl::StrCat(last.text.id)});
  }
  return page;
}

absl::StatusOr<TranslationView> Catalogue::GetTranslation(
    const std::string& name) const {
  IMI_ASSIGN_OR_RETURN(TranslationRef ref, ParseTranslationName(name, "name"));
  IMI_ASSIGN_OR_RETURN(
      std::optional<TextInLanguage> found,
      store_->GetText(ref.text.question_set, ref.text.text_id, ref.language));
  if (!found)
    return errors::TextNotFound(
        TextName(ref.text.question_set, ref.text.text_id));
  if (!found->translation) return errors::TranslationNotFound(name);
  return ToView(found->text, *found->translation);
}

absl::StatusOr<TranslationView> Catalogue::Submit(
    const auth::Principal& who, const SubmitCommand& command) const {
  if (!CanMaintainCatalogue(who, "")) {
    return errors::TranslatorRoleRequired("submit translations");
  }
  IMI_ASSIGN_OR_RETURN(TranslationRef ref,
                       ParseTranslationName(command.name, "name"));
  IMI_RETURN_IF_ERROR(ValidateCatalogueText(command.text, "text"));
  const TextStatus status = command.status.value_or(TextStatus::kSubmitted);
  if (status != TextStatus::kSubmitted && status != TextStatus::kMachineDraft) {
    return errors::InvalidStatus(
        "status",
        absl::StrCat(
            "a translation is submitted as SUBMITTED or MACHINE_DRAFT, not ",
            mt::AV(TextStatusName(status)),
            " (approve it with ApproveTranslation)"));
  }
  IMI_RETURN_IF_ERROR(ValidateRequestId(command.request_id));
  const RequestKey request{
      command.request_id, "SubmitTranslation",
      Fingerprint("SubmitTranslation",
                  {command.name, command.text,
                   std::string(TextStatusName(status)), command.etag}),
      who.user};
  IMI_ASSIGN_OR_RETURN(
      std::optional<TranslationOutcome> outcome,
      store_->WriteTranslation(
          ref.text.question_set, ref.text.text_id, ref.language, request,
          [&](const TextRecord& text,
              const std::optional<TranslationRecord>& current)
              -> absl::StatusOr<TranslationWrite> {
            if (!CanMaintainCatalogue(who, text.legislative_area)) {
              return errors::TranslatorRoleRequired(
                  absl::StrCat("submit translations of legislative area ",
                               text.legislative_area));
            }
            return DecideSubmit(current, command.name, command.text, status,
                                command.etag, who.user);
          }));
  const std::string text_name =
      TextName(ref.text.question_set, ref.text.text_id);
  if (!outcome) return errors::TextNotFound(text_name);
  if (outcome->replay &&
      (outcome->replay->method != request.method ||
       outcome->replay->fingerprint != request.fingerprint)) {
    return errors::RequestIdReused(command.request_id);
  }
  if (!outcome->translation) return errors::TranslationNotFound(command.name);
  return ToView(outcome->text, *outcome->translation);
}

absl::StatusOr<TranslationView> Catalogue::Approve(
    const auth::Principal& who, const ApproveCommand& command) const {
  if (!CanMaintainCatalogue(who, "")) {
    return errors::TranslatorRoleRequired("approve translations");
  }
  IMI_ASSIGN_OR_RETURN(TranslationRef ref,
                       ParseTranslationName(command.name, "name"));
  IMI_RETURN_IF_ERROR(ValidateRequestId(command.request_id));
  const RequestKey request{
      command.request_id, "ApproveTranslation",
      Fingerprint("ApproveTranslation", {command.name, command.etag}),
      who.user};
  IMI_ASSIGN_OR_RETURN(
      std::optional<TranslationOutcome> outcome,
      store_->WriteTranslation(
          ref.text.question_set, ref.text.text_id, ref.language, request,
          [&](const TextRecord& text,
              const std::optional<TranslationRecord>& current)
              -> absl::StatusOr<TranslationWrite> {
            if (!CanMaintainCatalogue(who, text.legislative_area)) {
              return errors::TranslatorRoleRequired(
                  absl::StrCat("approve translations of legislative area ",
                               text.legislative_area));
            }
            return DecideApprove(current, command.name, command.etag, who.user);
          }));
  if (!outcome)
    return errors::TextNotFound(
        TextName(ref.text.question_set, ref.text.text_id));
  if (outcome->replay &&
      (outcome->replay->method != request.method ||
       outcome->replay->fingerprint != request.fingerprint)) {
    return errors::RequestIdReused(command.request_id);
  }
  if (!outcome->translation) return errors::TranslationNotFound(command.name);
  return ToView(outcome->text, *outcome->translation);
}

absl::StatusOr<VersionView> Catalogue::UpdateSource(
    const auth::Principal& who, const UpdateSourceCommand& command) const {
  if (!CanMaintainCatalogue(who, "")) {
    return errors::TranslatorRoleRequired("change English source texts");
  }
  IMI_ASSIGN_OR_RETURN(
      std::string code,
      ParseQuestionSetName(command.question_set, "question_set"));
  if (command.updates.empty())
    return errors::InvalidUpdates("must name at least one text");
  if (static_cast<int>(command.updates.size()) > kMaxSourceUpdates) {
    return errors::InvalidUpdates(absl::StrCat("has ", command.updates.size(),
                                               " entries; at most ",
                                               kMaxSourceUpdates));
  }
  std::vector<std::pair<std::int64_t, std::string>> updates;
  std::set<std::int64_t> seen;
  std::vector<std::string> fingerprint = {command.question_set,
                                          command.change_note, command.etag};
  for (std::size_t i = 0; i < command.updates.size(); ++i) {
    const SourceUpdate& u = command.updates[i];
    const std::string field = absl::StrCat("updates[", i, "]");
    IMI_ASSIGN_OR_RETURN(TextRef ref, ParseTextName(u.text, field + ".text"));
    if (ref.question_set != code) {
      return errors::InvalidName(
          field + ".text", u.text,
          absl::StrCat("a text of ", command.question_set, " (questionSets/",
                       code, "/texts/{text})"));
    }
    if (!seen.insert(ref.text_id).second)
      return errors::DuplicateText(field + ".text", u.text);
    IMI_RETURN_IF_ERROR(
        ValidateCatalogueText(u.source_text, field + ".source_text"));
    updates.emplace_back(ref.text_id, u.source_text);
    fingerprint.push_back(u.text);
    fingerprint.push_back(u.source_text);
  }
  if (command.change_note.size() > kMaxChangeNoteChars) {
    return errors::TextTooLong("change_note", command.change_note.size(),
                               kMaxChangeNoteChars);
  }
  IMI_RETURN_IF_ERROR(ValidateRequestId(command.request_id));
  const RequestKey request{command.request_id, "UpdateSourceText",
                           Fingerprint("UpdateSourceText", fingerprint),
                           who.user};
  // Texts are never deleted or changed in place, so whether each exists can
  // be checked before the transaction: a text that never existed in this set
  // is TEXT_NOT_FOUND; one of an older version is
  // TEXT_NOT_IN_CURRENT_VERSION (DecideSourceUpdate, inside it).
  IMI_ASSIGN_OR_RETURN(std::optional<int> current,
                       store_->CurrentVersion(code));
  if (!current) return errors::QuestionSetNotFound(code);
  for (std::size_t i = 0; i < updates.size(); ++i) {
    IMI_ASSIGN_OR_RETURN(std::optional<TextInLanguage> text,
                         store_->GetText(code, updates[i].first, "en"));
    if (!text) return errors::TextNotFound(command.updates[i].text);
  }
  IMI_ASSIGN_OR_RETURN(
      std::optional<SourceOutcome> outcome,
      store_->UpdateSourceTexts(
          code, request,
          [&](const VersionSnapshot& snapshot) -> absl::StatusOr<SourceWrite> {
            if (!CanMaintainCatalogue(who, snapshot.legislative_area)) {
              return errors::TranslatorRoleRequired(
                  absl::StrCat("change source texts of legislative area ",
                               snapshot.legislative_area));
            }
            return DecideSourceUpdate(snapshot, updates, command.etag,
                                      command.change_note, who.user);
          }));
  if (!outcome) return errors::QuestionSetNotFound(code);
  if (outcome->replay &&
      (outcome->replay->method != request.method ||
       outcome->replay->fingerprint != request.fingerprint)) {
    return errors::RequestIdReused(command.request_id);
  }
  return Version(code, outcome->version);
}

}  // namespace imi::translation
