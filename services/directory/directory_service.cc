#include "services/directory/directory_service.h"

#include "absl/strings/str_cat.h"
#include "google/protobuf/util/time_util.h"
#include "libs/auth/grpc_auth.h"
#include "libs/server/call.h"
#include "libs/status/status_macros.h"
#include "services/directory/authority_proto.h"
#include "services/directory/errors.h"

namespace imi::directory {
namespace {

using google::protobuf::util::TimeUtil;

v1::Workflow WorkflowToProto(const std::string& w) {
  v1::Workflow out = v1::WORKFLOW_UNSPECIFIED;
  v1::Workflow_Parse(w, &out);
  return out;
}

void ToProto(const RenderedArea& area, v1::LegislativeArea* out) {
  const AreaRecord& r = area.record;
  out->set_name("legislativeAreas/" + r.code);
  out->set_code(r.code);
  out->set_display_name(area.display_name);
  out->set_description(area.description);
  out->set_display_language(area.display_language);
  for (const auto& [lang, texts] : r.texts) (*out->mutable_names())[lang] = texts.name;
  out->set_legal_basis(r.legal_basis);
  for (const auto& w : r.workflows) out->add_workflows(WorkflowToProto(w));
  out->set_request_approval_required(r.request_approval_required);
  out->set_personal_data_blocked_after_months(r.personal_data_blocked_after_months);
  *out->mutable_create_time() = TimeUtil::MicrosecondsToTimestamp(absl::ToUnixMicros(r.create_time));
  *out->mutable_update_time() = TimeUtil::MicrosecondsToTimestamp(absl::ToUnixMicros(r.update_time));
  out->set_etag(absl::StrCat("W/\"", absl::ToUnixMicros(r.update_time), "\""));
}

absl::Status Unimplemented() {
  return absl::UnimplementedError("authorities are not served by this server");
}

}  // namespace

grpc::ServerUnaryReactor* DirectoryServiceImpl::GetLegislativeArea(
    grpc::CallbackServerContext* ctx, const v1::GetLegislativeAreaRequest* request,
    v1::LegislativeArea* response) {
  return server::Unary(ctx, request, response,
                       [this](grpc::CallbackServerContext* ctx,
                              const v1::GetLegislativeAreaRequest& request,
                              v1::LegislativeArea* response) -> absl::Status {
                         IMI_RETURN_IF_ERROR(auth::Authenticate(*ctx, *verifier_).status());
                         IMI_ASSIGN_OR_RETURN(RenderedArea area,
                                              areas_->Get(request.name(), request.language()));
                         ToProto(area, response);
                         return absl::OkStatus();
                       });
}

grpc::ServerUnaryReactor* DirectoryServiceImpl::ListLegislativeAreas(
    grpc::CallbackServerContext* ctx, const v1::ListLegislativeAreasRequest* request,
    v1::ListLegislativeAreasResponse* response) {
  return server::Unary(ctx, request, response,
                       [this](grpc::CallbackServerContext* ctx,
                              const v1::ListLegislativeAreasRequest& request,
                              v1::ListLegislativeAreasResponse* response) -> absl::Status {
    IMI_RETURN_IF_ERROR(auth::Authenticate(*ctx, *verifier_).status());
    ListAreasQuery query;
    query.page_size = request.page_size();
    query.page_token = request.page_token();
    query.language = request.language();
    if (request.workflow() != v1::WORKFLOW_UNSPECIFIED) {
      query.workflow = v1::Workflow_Name(request.workflow());
    }
    IMI_ASSIGN_OR_RETURN(AreaPage page, areas_->List(query));
    for (const auto& area : page.areas) ToProto(area, response->add_legislative_areas());
    response->set_next_page_token(page.next_page_token);
    response->set_total_size(page.total_size);
    return absl::OkStatus();
  });
}

grpc::ServerUnaryReactor* DirectoryServiceImpl::GetAuthority(grpc::CallbackServerContext* ctx,
                                                             const v1::GetAuthorityRequest* request,
                                                             v1::Authority* response) {
  return server::Unary(ctx, request, response,
                       [this](grpc::CallbackServerContext* ctx, const v1::GetAuthorityRequest& request,
                              v1::Authority* response) -> absl::Status {
    IMI_RETURN_IF_ERROR(auth::Authenticate(*ctx, *verifier_).status());
    if (!authorities_) return Unimplemented();
    IMI_ASSIGN_OR_RETURN(std::string lang, ResolveLanguage(request.language(), "language"));
    IMI_ASSIGN_OR_RETURN(AuthorityRecord r, authorities_->Get(request.name()));
    ToProto(r, lang, response);
    return absl::OkStatus();
  });
}

grpc::ServerUnaryReactor* DirectoryServiceImpl::SearchAuthorities(
    grpc::CallbackServerContext* ctx, const v1::SearchAuthoritiesRequest* request,
    v1::SearchAuthoritiesResponse* response) {
  return server::Unary(ctx, request, response,
                       [this](grpc::CallbackServerContext* ctx,
                              const v1::SearchAuthoritiesRequest& request,
                              v1::SearchAuthoritiesResponse* response) -> absl::Status {
    IMI_RETURN_IF_ERROR(auth::Authenticate(*ctx, *verifier_).status());
    if (!authorities_) return Unimplemented();
    IMI_ASSIGN_OR_RETURN(std::string lang, ResolveLanguage(request.language(), "language"));
    SearchRequest q;
    q.query = request.query();
    q.countries.assign(request.countries().begin(), request.countries().end());
    q.legislative_area = request.legislative_area();
    for (int i = 0; i < request.kinds_size(); ++i) {
      const int k = request.kinds(i);
      if (!v1::AuthorityKind_IsValid(k)) {
        return errors::InvalidValue(absl::StrCat("kinds[", i, "]"), "unknown kind");
      }
      q.kinds.push_back(ParseKind(v1::AuthorityKind_Name(request.kinds(i)))
                            .value_or(AuthorityKind::kUnspecified));
    }
    if (!v1::AuthorityLevel_IsValid(request.level())) {
      return errors::InvalidValue("level", "unknown level");
    }
    q.level = ParseLevel(v1::AuthorityLevel_Name(request.level()))
                  .value_or(AuthorityLevel::kUnspecified);
    for (int i = 0; i < request.states_size(); ++i) {
      const int st = request.states(i);
      if (!v1::AuthorityState_IsValid(st)) {
        return errors::InvalidValue(absl::StrCat("states[", i, "]"), "unknown state");
      }
      q.states.push_back(ParseState(v1::AuthorityState_Name(request.states(i)))
                             .value_or(AuthorityState::kUnspecified));
    }
    q.page_size = request.page_size();
    q.page_token = request.page_token();
    if (!v1::AuthorityView_IsValid(request.view())) {
      return errors::InvalidValue("view", "unknown view");
    }
    const v1::AuthorityView view = request.view() == v1::AUTHORITY_VIEW_FULL
                                       ? v1::AUTHORITY_VIEW_FULL
                                       : v1::AUTHORITY_VIEW_BASIC;
    IMI_ASSIGN_OR_RETURN(SearchPage page, authorities_->Search(q));
    for (const auto& hit : page.matches) {
      auto* m = response->add_matches();
      ToProto(hit.record, lang, m->mutable_authority(), view);
      m->set_score(hit.score);
    }
    response->set_next_page_token(page.next_page_token);
    response->set_total_size(page.total_size);
    return absl::OkStatus();
  });
}

grpc::ServerUnaryReactor* DirectoryServiceImpl::FindCompetentAuthorities(
    grpc::CallbackServerContext* ctx, const v1::FindCompetentAuthoritiesRequest* request,
    v1::FindCompetentAuthoritiesResponse* response) {
  return server::Unary(ctx, request, response,
                       [this](grpc::CallbackServerContext* ctx,
                              const v1::FindCompetentAuthoritiesRequest& request,
                              v1::FindCompetentAuthoritiesResponse* response) -> absl::Status {
    IMI_RETURN_IF_ERROR(auth::Authenticate(*ctx, *verifier_).status());
    if (!authorities_) return Unimplemented();
    IMI_ASSIGN_OR_RETURN(std::string lang, ResolveLanguage(request.language(), "language"));
    FindRequest q;
    q.legislative_area = request.legislative_area();
    q.country = request.country();
    q.competence = request.competence();
    if (!v1::CoordinatorRole_IsValid(request.coordinator_role())) {
      return errors::InvalidValue("coordinator_role", "unknown role");
    }
    q.coordinator_role = ParseCoordinatorRole(v1::CoordinatorRole_Name(request.coordinator_role()))
                             .value_or(CoordinatorRole::kUnspecified);
    q.page_size = request.page_size();
    q.page_token = request.page_token();
    IMI_ASSIGN_OR_RETURN(FindPage page, authorities_->FindCompetent(q));
    for (const auto& r : page.authorities) ToProto(r, lang, response->add_authorities());
    response->set_next_page_token(page.next_page_token);
    return absl::OkStatus();
  });
}

grpc::ServerUnaryReactor* DirectoryServiceImpl::CreateAuthority(
    grpc::CallbackServerContext* ctx, const v1::CreateAuthorityRequest* request,
    v1::Authority* response) {
  return server::Unary(ctx, request, response,
                       [this](grpc::CallbackServerContext* ctx,
                              const v1::CreateAuthorityRequest& request,
                              v1::Authority* response) -> absl::Status {
    IMI_ASSIGN_OR_RETURN(auth::Principal p, auth::Authenticate(*ctx, *verifier_));
    if (!authorities_) return Unimplemented();
    if (!request.has_authority()) return errors::RequiredField("authority", "the authority");
    CreateRequest create;
    IMI_ASSIGN_OR_RETURN(create.authority, FromProto(request.authority(), "authority", false));
    create.invite = request.invite();
    create.request_id = request.request_id();
    IMI_ASSIGN_OR_RETURN(AuthorityRecord r, authorities_->Create(p, create));
    ToProto(r, "en", response);
    return absl::OkStatus();
  });
}

grpc::ServerUnaryReactor* DirectoryServiceImpl::UpdateAuthority(
    grpc::CallbackServerContext* ctx, const v1::UpdateAuthorityRequest* request,
    v1::Authority* response) {
  return server::Unary(ctx, request, response,
                       [this](grpc::CallbackServerContext* ctx,
                              const v1::UpdateAuthorityRequest& request,
                              v1::Authority* response) -> absl::Status {
    IMI_ASSIGN_OR_RETURN(auth::Principal p, auth::Authenticate(*ctx, *verifier_));
    if (!authorities_) return Unimplemented();
    if (!request.has_authority()) return errors::RequiredField("authority", "the authority");
    UpdateRequest update;
    update.name = request.authority().name();
    update.etag = request.authority().etag();
    update.mask.assign(request.update_mask().paths().begin(), request.update_mask().paths().end());
    IMI_ASSIGN_OR_RETURN(update.values, FromProto(request.authority(), "authority", false));
    IMI_ASSIGN_OR_RETURN(AuthorityRecord r, authorities_->Update(p, update));
    ToProto(r, "en", response);
    return absl::OkStatus();
  });
}

grpc::ServerUnaryReactor* DirectoryServiceImpl::SubmitAuthorityRegistration(
    grpc::CallbackServerContext* ctx, const v1::SubmitAuthorityRegistrationRequest* request,
    v1::Authority* response) {
  return server::Unary(ctx, request, response,
                       [this](grpc::CallbackServerContext* ctx,
                              const v1::SubmitAuthorityRegistrationRequest& request,
                              v1::Authority* response) -> absl::Status {
    IMI_ASSIGN_OR_RETURN(auth::Principal p, auth::Authenticate(*ctx, *verifier_));
    if (!authorities_) return Unimplemented();
    IMI_ASSIGN_OR_RETURN(AuthorityRecord r,
                         authorities_->Submit(p, request.name(), request.etag()));
    ToProto(r, "en", response);
    return absl::OkStatus();
  });
}

grpc::ServerUnaryReactor* DirectoryServiceImpl::ValidateAuthority(
    grpc::CallbackServerContext* ctx, const v1::ValidateAuthorityRequest* request,
    v1::Authority* response) {
  return server::Unary(ctx, request, response,
                       [this](grpc::CallbackServerContext* ctx,
                              const v1::ValidateAuthorityRequest& request,
                              v1::Authority* response) -> absl::Status {
    IMI_ASSIGN_OR_RETURN(auth::Principal p, auth::Authenticate(*ctx, *verifier_));
    if (!authorities_) return Unimplemented();
    IMI_ASSIGN_OR_RETURN(AuthorityRecord r,
                         authorities_->Validate(p, request.name(), request.etag()));
    ToProto(r, "en", response);
    return absl::OkStatus();
  });
}

grpc::ServerUnaryReactor* DirectoryServiceImpl::DeregisterAuthority(
    grpc::CallbackServerContext* ctx, const v1::DeregisterAuthorityRequest* request,
    v1::Authority* response) {
  return server::Unary(ctx, request, response,
                       [this](grpc::CallbackServerContext* ctx,
                              const v1::DeregisterAuthorityRequest& request,
                              v1::Authority* response) -> absl::Status {
    IMI_ASSIGN_OR_RETURN(auth::Principal p, auth::Authenticate(*ctx, *verifier_));
    if (!authorities_) return Unimplemented();
    IMI_ASSIGN_OR_RETURN(
        AuthorityRecord r,
        authorities_->Deregister(p, request.name(), request.etag(), request.reason()));
    ToProto(r, "en", response);
    return absl::OkStatus();
  });
}

grpc::ServerUnaryReactor* DirectoryServiceImpl::GrantLegislativeArea(
    grpc::CallbackServerContext* ctx, const v1::GrantLegislativeAreaRequest* request,
    v1::Authority* response) {
  return server::Unary(ctx, request, response,
                       [this](grpc::CallbackServerContext* ctx,
                              const v1::GrantLegislativeAreaRequest& request,
                              v1::Authority* response) -> absl::Status {
    IMI_ASSIGN_OR_RETURN(auth::Principal p, auth::Authenticate(*ctx, *verifier_));
    if (!authorities_) return Unimplemented();
    if (!request.has_access()) return errors::RequiredField("access", "the area and competences");
    IMI_ASSIGN_OR_RETURN(AreaAccess access, AreaFromProto(request.access(), "access"));
    IMI_ASSIGN_OR_RETURN(AuthorityRecord r,
                         authorities_->GrantArea(p, request.name(), access, request.etag()));
    ToProto(r, "en", response);
    return absl::OkStatus();
  });
}

grpc::ServerUnaryReactor* DirectoryServiceImpl::RevokeLegislativeArea(
    grpc::CallbackServerContext* ctx, const v1::RevokeLegislativeAreaRequest* request,
    v1::Authority* response) {
  return server::Unary(ctx, request, response,
                       [this](grpc::CallbackServerContext* ctx,
                              const v1::RevokeLegislativeAreaRequest& request,
                              v1::Authority* response) -> absl::Status {
    IMI_ASSIGN_OR_RETURN(auth::Principal p, auth::Authenticate(*ctx, *verifier_));
    if (!authorities_) return Unimplemented();
    IMI_ASSIGN_OR_RETURN(AuthorityRecord r,
                         authorities_->RevokeArea(p, request.name(), request.legislative_area(),
                                                  request.etag()));
    ToProto(r, "en", response);
    return absl::OkStatus();
  });
}

grpc::ServerUnaryReactor* DirectoryServiceImpl::ListAuthorityHistory(
    grpc::CallbackServerContext* ctx, const v1::ListAuthorityHistoryRequest* request,
    v1::ListAuthorityHistoryResponse* response) {
  return server::Unary(ctx, request, response,
                       [this](grpc::CallbackServerContext* ctx,
                              const v1::ListAuthorityHistoryRequest& request,
                              v1::ListAuthorityHistoryResponse* response) -> absl::Status {
    IMI_ASSIGN_OR_RETURN(auth::Principal p, auth::Authenticate(*ctx, *verifier_));
    if (!authorities_) return Unimplemented();
    IMI_ASSIGN_OR_RETURN(HistoryPage page,
                         authorities_->History(p, request.name(), request.page_size(),
                                               request.page_token()));
    for (const auto& h : page.changes) ToProto(h, response->add_changes());
    response->set_next_page_token(page.next_page_token);
    return absl::OkStatus();
  });
}

grpc::ServerUnaryReactor* DirectoryServiceImpl::GetHelpdesk(grpc::CallbackServerContext* ctx,
                                                            const v1::GetHelpdeskRequest* request,
                                                            v1::Helpdesk* response) {
  return server::Unary(
      ctx, request, response,
      [this](grpc::CallbackServerContext* ctx, const v1::GetHelpdeskRequest& request,
             v1::Helpdesk* response) -> absl::Status {
        IMI_RETURN_IF_ERROR(auth::Authenticate(*ctx, *verifier_).status());
        if (!authorities_) return Unimplemented();
        IMI_ASSIGN_OR_RETURN(std::string lang, ResolveLanguage(request.language(), "language"));
        IMI_ASSIGN_OR_RETURN(HelpdeskRecord h, authorities_->GetHelpdesk(request.name()));
        ToProto(h, lang, response);
        return absl::OkStatus();
      });
}

grpc::ServerUnaryReactor* DirectoryServiceImpl::ListHelpdesks(
    grpc::CallbackServerContext* ctx, const v1::ListHelpdesksRequest* request,
    v1::ListHelpdesksResponse* response) {
  return server::Unary(
      ctx, request, response,
      [this](grpc::CallbackServerContext* ctx, const v1::ListHelpdesksRequest& request,
             v1::ListHelpdesksResponse* response) -> absl::Status {
        IMI_RETURN_IF_ERROR(auth::Authenticate(*ctx, *verifier_).status());
        if (!authorities_) return Unimplemented();
        IMI_ASSIGN_OR_RETURN(std::string lang, ResolveLanguage(request.language(), "language"));
        IMI_ASSIGN_OR_RETURN(std::vector<HelpdeskRecord> desks,
                             authorities_->Helpdesks(request.country()));
        for (const auto& h : desks) ToProto(h, lang, response->add_helpdesks());
        return absl::OkStatus();
      });
}

grpc::ServerUnaryReactor* DirectoryServiceImpl::UpdateHelpdesk(
    grpc::CallbackServerContext* ctx, const v1::UpdateHelpdeskRequest* request,
    v1::Helpdesk* response) {
  return server::Unary(
      ctx, request, response,
      [this](grpc::CallbackServerContext* ctx, const v1::UpdateHelpdeskRequest& request,
             v1::Helpdesk* response) -> absl::Status {
        IMI_ASSIGN_OR_RETURN(auth::Principal p, auth::Authenticate(*ctx, *verifier_));
        if (!authorities_) return Unimplemented();
        if (!request.has_helpdesk()) return errors::RequiredField("helpdesk", "the helpdesk");
        if (request.helpdesk().name().empty()) {
          return errors::RequiredField("helpdesk.name", "helpdesks/{country}");
        }
        HelpdeskUpdate update;
        update.name = request.helpdesk().name();
        update.etag = request.helpdesk().etag();
        update.mask.assign(request.update_mask().paths().begin(),
                           request.update_mask().paths().end());
        IMI_ASSIGN_OR_RETURN(update.values, FromProto(request.helpdesk(), "helpdesk"));
        IMI_ASSIGN_OR_RETURN(HelpdeskRecord h, authorities_->UpdateHelpdesk(p, update));
        ToProto(h, "en", response);
        return absl::OkStatus();
      });
}

}  // namespace imi::directory
