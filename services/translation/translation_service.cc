#include "services/translation/translation_service.h"

#include "google/protobuf/util/time_util.h"
#include "libs/auth/grpc_auth.h"
#include "libs/i18n/languages.h"
#include "libs/server/call.h"
#include "libs/status/status_macros.h"
#include "services/translation/errors.h"
#include "services/translation/names.h"

namespace imi::translation {
namespace {

using google::protobuf::util::TimeUtil;

google::protobuf::Timestamp ToTimestamp(absl::Time t) {
  return TimeUtil::MicrosecondsToTimestamp(absl::ToUnixMicros(t));
}

v1::TranslationStatus StatusToProto(TextStatus s) {
  switch (s) {
    case TextStatus::kSource:
      return v1::SOURCE;
    case TextStatus::kMissing:
      return v1::MISSING;
    case TextStatus::kMachineDraft:
      return v1::MACHINE_DRAFT;
    case TextStatus::kSubmitted:
      return v1::SUBMITTED;
    case TextStatus::kApproved:
      return v1::APPROVED;
    case TextStatus::kOutdated:
      return v1::OUTDATED;
  }
  return v1::TRANSLATION_STATUS_UNSPECIFIED;
}

// Proto -> domain; nullopt for UNSPECIFIED or unknown values.
std::optional<TextStatus> StatusFromProto(int s) {
  switch (s) {
    case v1::SOURCE:
      return TextStatus::kSource;
    case v1::MISSING:
      return TextStatus::kMissing;
    case v1::MACHINE_DRAFT:
      return TextStatus::kMachineDraft;
    case v1::SUBMITTED:
      return TextStatus::kSubmitted;
    case v1::APPROVED:
      return TextStatus::kApproved;
    case v1::OUTDATED:
      return TextStatus::kOutdated;
    default:
      return std::nullopt;
  }
}

std::optional<View> ViewFromProto(v1::QuestionSetView view) {
  switch (view) {
    case v1::BASIC:
      return View::kBasic;
    case v1::FULL:
      return View::kFull;
    default:
      return std::nullopt;
  }
}

void ToProto(const RenderedText& t, v1::CatalogueText* out) {
  out->set_name(t.name);
  out->set_text(t.text);
  out->set_language(t.language);
  out->set_status(StatusToProto(t.status));
  out->set_fallback(t.fallback);
  out->set_machine_translated(t.machine_translated);
}

void ToProto(const RenderedQuestionSet& qs, v1::QuestionSet* out) {
  out->set_name(QuestionSetName(qs.code));
  out->set_legislative_area(AreaName(qs.legislative_area));
  out->set_version(qs.version);
  out->set_version_name(VersionName(qs.code, qs.version));
  out->set_current_version(qs.current_version);
  out->set_language(qs.language);
  ToProto(qs.title, out->mutable_title());
  ToProto(qs.description, out->mutable_description());
  out->set_question_count(qs.question_count);
  *out->mutable_version_create_time() = ToTimestamp(qs.version_create_time);
  out->set_version_change_note(qs.version_change_note);
  *out->mutable_update_time() = ToTimestamp(qs.update_time);
  out->set_etag(QuestionSetEtag(qs.current_version));
  if (!qs.full) return;
  for (const RenderedSection& s : qs.sections) {
    v1::Section* section = out->add_sections();
    section->set_id(s.id);
    ToProto(s.title, section->mutable_title());
    for (const RenderedQuestion& q : s.questions) {
      v1::Question* question = section->add_questions();
      question->set_id(q.id);
      v1::AnswerType type = v1::ANSWER_TYPE_UNSPECIFIED;
      v1::AnswerType_Parse(q.answer_type, &type);
      question->set_answer_type(type);
      question->set_mandatory(q.mandatory);
      ToProto(q.text, question->mutable_text());
      if (q.help) ToProto(*q.help, question->mutable_help());
      for (const RenderedOption& o : q.options) {
        v1::AnswerOption* option = question->add_options();
        option->set_id(o.id);
        ToProto(o.label, option->mutable_label());
      }
    }
  }
  v1::TranslationSummary* summary = out->mutable_translation_summary();
  summary->set_total(qs.summary.total);
  summary->set_approved(qs.summary.approved);
  summary->set_submitted(qs.summary.submitted);
  summary->set_machine_draft(qs.summary.machine_draft);
  summary->set_outdated(qs.summary.outdated);
  summary->set_missing(qs.summary.missing);
}

void ToProto(const TranslationView& t, v1::Translation* out) {
  out->set_name(t.name);
  out->set_text(t.text_name);
  out->set_language(t.translation.language);
  out->set_translated_text(t.translation.translated_text);
  out->set_status(StatusToProto(t.translation.status));
  out->set_source_text(t.text.source_text);
  out->set_etag(t.etag);
  *out->mutable_update_time() = ToTimestamp(t.translation.update_time);
  out->set_updated_by(t.translation.updated_by);
}

void ToProto(const VersionView& v, v1::QuestionSetVersion* out) {
  out->set_name(v.name);
  out->set_version(v.record.version);
  *out->mutable_create_time() = ToTimestamp(v.record.create_time);
  out->set_creator(v.record.created_by);
  out->set_change_note(v.record.change_note);
  for (const std::string& t : v.changed_text_names) out->add_changed_texts(t);
  out->set_current(v.current);
}

void ToProto(const LanguageView& l, v1::Language* out) {
  out->set_name(LanguageName(l.record.code));
  out->set_code(l.record.code);
  out->set_english_name(l.record.english_name);
  out->set_native_name(l.record.native_name);
  out->set_catalogue_source(l.record.code == i18n::kFallbackLanguage);
  for (const MtRoute& r : l.routes) {
    v1::MachineTranslationRoute* route = out->add_machine_translation();
    route->set_target_language(r.target);
    for (const std::string& p : r.path) route->add_path(p);
    for (const std::string& e : r.hop_engines) route->add_hop_engines(e);
    route->set_direct(r.direct);
  }
}

}  // namespace

grpc::ServerUnaryReactor* TranslationServiceImpl::ListLanguages(
    grpc::CallbackServerContext* ctx, const v1::ListLanguagesRequest* request,
    v1::ListLanguagesResponse* response) {
  return server::Unary(
      ctx, request, response,
      [this](grpc::CallbackServerContext* ctx,
             const v1::ListLanguagesRequest& request,
             v1::ListLanguagesResponse* response) -> absl::Status {
        IMI_RETURN_IF_ERROR(auth::Authenticate(*ctx, *verifier_).status());
        IMI_ASSIGN_OR_RETURN(
            LanguagePage page,
            languages_->List(request.page_size(), request.page_token()));
        for (const LanguageView& l : page.languages)
          ToProto(l, response->add_languages());
        response->set_next_page_token(page.next_page_token);
        response->set_total_size(page.total_size);
        return absl::OkStatus();
      });
}

grpc::ServerUnaryReactor* TranslationServiceImpl::GetLanguage(
    grpc::CallbackServerContext* ctx, const v1::GetLanguageRequest* request,
    v1::Language* response) {
  return server::Unary(
      ctx, request, response,
      [this](grpc::CallbackServerContext* ctx,
             const v1::GetLanguageRequest& request,
             v1::Language* response) -> absl::Status {
        IMI_RETURN_IF_ERROR(auth::Authenticate(*ctx, *verifier_).status());
        IMI_ASSIGN_OR_RETURN(LanguageView language,
                             languages_->Get(request.name()));
        ToProto(language, response);
        return absl::OkStatus();
      });
}

grpc::ServerUnaryReactor* TranslationServiceImpl::ListQuestionSets(
    grpc::CallbackServerContext* ctx,
    const v1::ListQuestionSetsRequest* request,
    v1::ListQuestionSetsResponse* response) {
  return server::Unary(
      ctx, request, response,
      [this](grpc::CallbackServerContext* ctx,
             const v1::ListQuestionSetsRequest& request,
             v1::ListQuestionSetsResponse* response) -> absl::Status {
        IMI_RETURN_IF_ERROR(auth::Authenticate(*ctx, *verifier_).status());
        ListQuestionSetsQuery query;
        query.page_size = request.page_size();
        query.page_token = request.page_token();
        query.legislative_area = request.legislative_area();
        query.language = request.language();
        query.view = ViewFromProto(request.view());
        IMI_ASSIGN_OR_RETURN(QuestionSetPage page,
                             catalogue_->ListQuestionSets(query));
        for (const auto& qs : page.question_sets)
          ToProto(qs, response->add_question_sets());
        response->set_next_page_token(page.next_page_token);
        response->set_total_size(page.total_size);
        return absl::OkStatus();
      });
}

grpc::ServerUnaryReactor* TranslationServiceImpl::GetQuestionSet(
    grpc::CallbackServerContext* ctx, const v1::GetQuestionSetRequest* request,
    v1::QuestionSet* response) {
  return server::Unary(
      ctx, request, response,
      [this](grpc::CallbackServerContext* ctx,
             const v1::GetQuestionSetRequest& request,
             v1::QuestionSet* response) -> absl::Status {
        IMI_RETURN_IF_ERROR(auth::Authenticate(*ctx, *verifier_).status());
        IMI_ASSIGN_OR_RETURN(
            RenderedQuestionSet qs,
            catalogue_->GetQuestionSet(request.name(), request.language(),
                                       ViewFromProto(request.view())));
        ToProto(qs, response);
        return absl::OkStatus();
      });
}

grpc::ServerUnaryReactor* TranslationServiceImpl::ListQuestionSetVersions(
    grpc::CallbackServerContext* ctx,
    const v1::ListQuestionSetVersionsRequest* request,
    v1::ListQuestionSetVersionsResponse* response) {
  return server::Unary(
      ctx, request, response,
      [this](grpc::CallbackServerContext* ctx,
             const v1::ListQuestionSetVersionsRequest& request,
             v1::ListQuestionSetVersionsResponse* response) -> absl::Status {
        IMI_RETURN_IF_ERROR(auth::Authenticate(*ctx, *verifier_).status());
        IMI_ASSIGN_OR_RETURN(
            VersionPage page,
            catalogue_->ListVersions(request.parent(), request.page_size(),
                                     request.page_token()));
        for (const VersionView& v : page.versions)
          ToProto(v, response->add_versions());
        response->set_next_page_token(page.next_page_token);
        return absl::OkStatus();
      });
}

grpc::ServerUnaryReactor* TranslationServiceImpl::GetQuestionSetVersion(
    grpc::CallbackServerContext* ctx,
    const v1::GetQuestionSetVersionRequest* request,
    v1::QuestionSet* response) {
  return server::Unary(
      ctx, request, response,
      [this](grpc::CallbackServerContext* ctx,
             const v1::GetQuestionSetVersionRequest& request,
             v1::QuestionSet* response) -> absl::Status {
        IMI_RETURN_IF_ERROR(auth::Authenticate(*ctx, *verifier_).status());
        IMI_ASSIGN_OR_RETURN(RenderedQuestionSet qs,
                             catalogue_->GetQuestionSetVersion(
                                 request.name(), request.language(),
                                 ViewFromProto(request.view())));
        ToProto(qs, response);
        return absl::OkStatus();
      });
}

grpc::ServerUnaryReactor* TranslationServiceImpl::ListTranslationTasks(
    grpc::CallbackServerContext* ctx,
    const v1::ListTranslationTasksRequest* request,
    v1::ListTranslationTasksResponse* response) {
  return server::Unary(
      ctx, request, response,
      [this](grpc::CallbackServerContext* ctx,
             const v1::ListTranslationTasksRequest& request,
             v1::ListTranslationTasksResponse* response) -> absl::Status {
        IMI_RETURN_IF_ERROR(auth::Authenticate(*ctx, *verifier_).status());
        ListTasksQuery query;
        query.parent = request.parent();
        query.question_set = request.question_set();
        for (int s : request.statuses()) {
          std::optional<TextStatus> status = StatusFromProto(s);
          if (!status) {
            return errors::InvalidStatus("statuses",
                                         "contains an unset or unknown status");
          }
          query.statuses.push_back(*status);
        }
        query.page_size = request.page_size();
        query.page_token = request.page_token();
        IMI_ASSIGN_OR_RETURN(TaskPage page, catalogue_->ListTasks(query));
        for (const Task& t : page.tasks) {
          v1::TranslationTask* task = response->add_tasks();
          task->set_text(t.text_name);
          task->set_question_set(t.question_set_name);
          task->set_key(t.key);
          task->set_source_text(t.source_text);
          task->set_previous_source_text(t.previous_source_text);
          task->set_language(t.language);
          task->set_status(StatusToProto(t.status));
          if (t.translation)
            ToProto(*t.translation, task->mutable_translation());
        }
        response->set_next_page_token(page.next_page_token);
        return absl::OkStatus();
      });
}

grpc::ServerUnaryReactor* TranslationServiceImpl::GetTranslation(
    grpc::CallbackServerContext* ctx, const v1::GetTranslationRequest* request,
    v1::Translation* response) {
  return server::Unary(
      ctx, request, response,
      [this](grpc::CallbackServerContext* ctx,
             const v1::GetTranslationRequest& request,
             v1::Translation* response) -> absl::Status {
        IMI_RETURN_IF_ERROR(auth::Authenticate(*ctx, *verifier_).status());
        IMI_ASSIGN_OR_RETURN(TranslationView t,
                             catalogue_->GetTranslation(request.name()));
        ToProto(t, response);
        return absl::OkStatus();
      });
}

grpc::ServerUnaryReactor* TranslationServiceImpl::SubmitTranslation(
    grpc::CallbackServerContext* ctx,
    const v1::SubmitTranslationRequest* request, v1::Translation* response) {
  return server::Unary(
      ctx, request, response,
      [this](grpc::CallbackServerContext* ctx,
             const v1::SubmitTranslationRequest& request,
             v1::Translation* response) -> absl::Status {
        IMI_ASSIGN_OR_RETURN(auth::Principal who,
                             auth::Authenticate(*ctx, *verifier_));
        SubmitCommand command;
        command.name = request.name();
        command.text = request.text();
        if (request.status() != v1::TRANSLATION_STATUS_UNSPECIFIED) {
          command.status = StatusFromProto(request.status());
          if (!command.status)
            return errors::InvalidStatus("status", "is not a known status");
        }
        command.etag = request.etag();
        command.request_id = request.request_id();
        IMI_ASSIGN_OR_RETURN(TranslationView t,
                             catalogue_->Submit(who, command));
        ToProto(t, response);
        return absl::OkStatus();
      });
}

grpc::ServerUnaryReactor* TranslationServiceImpl::ApproveTranslation(
    grpc::CallbackServerContext* ctx,
    const v1::ApproveTranslationRequest* request, v1::Translation* response) {
  return server::Unary(
      ctx, request, response,
      [this](grpc::CallbackServerContext* ctx,
             const v1::ApproveTranslationRequest& request,
             v1::Translation* response) -> absl::Status {
        IMI_ASSIGN_OR_RETURN(auth::Principal who,
                             auth::Authenticate(*ctx, *verifier_));
        IMI_ASSIGN_OR_RETURN(
            TranslationView t,
            catalogue_->Approve(
                who, {request.name(), request.etag(), request.request_id()}));
        ToProto(t, response);
        return absl::OkStatus();
      });
}

grpc::ServerUnaryReactor* TranslationServiceImpl::UpdateSourceText(
    grpc::CallbackServerContext* ctx,
    const v1::UpdateSourceTextRequest* request,
    v1::QuestionSetVersion* response) {
  return server::Unary(
      ctx, request, response,
      [this](grpc::CallbackServerContext* ctx,
             const v1::UpdateSourceTextRequest& request,
             v1::QuestionSetVersion* response) -> absl::Status {
        IMI_ASSIGN_OR_RETURN(auth::Principal who,
                             auth::Authenticate(*ctx, *verifier_));
        UpdateSourceCommand command;
        command.question_set = request.question_set();
        for (const auto& u : request.updates())
          command.updates.push_back({u.text(), u.source_text()});
        command.change_note = request.change_note();
        command.etag = request.etag();
        command.request_id = request.request_id();
        IMI_ASSIGN_OR_RETURN(VersionView version,
                             catalogue_->UpdateSource(who, command));
        ToProto(version, response);
        return absl::OkStatus();
      });
}

grpc::ServerUnaryReactor* TranslationServiceImpl::TranslateText(
    grpc::CallbackServerContext* ctx, const v1::TranslateTextRequest* request,
    v1::TranslateTextResponse* response) {
  return server::Unary(
      ctx, request, response,
      [this](grpc::CallbackServerContext* ctx,
             const v1::TranslateTextRequest& request,
             v1::TranslateTextResponse* response) -> absl::Status {
        IMI_RETURN_IF_ERROR(auth::Authenticate(*ctx, *verifier_).status());
        IMI_ASSIGN_OR_RETURN(
            MtResult r,
            translator_->Translate(request.text(), request.source_language(),
                                   request.target_language()));
        imi::type::LocalizedText* t = response->mutable_translation();
        t->set_language(r.target);
        t->set_text(r.text);
        t->set_machine_translated(r.machine_translated);
        response->set_engine(r.engine);
        for (const std::string& p : r.path) response->add_path(p);
        for (const std::string& e : r.hop_engines) response->add_hop_engines(e);
        response->set_cached(r.cached);
        return absl::OkStatus();
      });
}

}  // namespace imi::translation
