#include "services/directory/directory_service.h"

#include "absl/strings/str_cat.h"
#include "google/protobuf/util/time_util.h"
#include "libs/auth/grpc_auth.h"
#include "libs/server/call.h"
#include "libs/status/status_macros.h"

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

}  // namespace imi::directory
