// The gRPC surface of the directory: authenticates the caller, converts
// between protos and domain types, calls the domain, maps statuses. No SQL
// here.
#ifndef IMI_SERVICES_DIRECTORY_DIRECTORY_SERVICE_H_
#define IMI_SERVICES_DIRECTORY_DIRECTORY_SERVICE_H_

#include "imi/directory/v1/directory.grpc.pb.h"
#include "libs/auth/token_verifier.h"
#include "services/directory/authorities.h"
#include "services/directory/legislative_areas.h"

namespace imi::directory {

// Thread safety: handlers run concurrently; all members are thread-safe.
class DirectoryServiceImpl final : public v1::DirectoryService::CallbackService {
 public:
  // Not owned; must outlive the service. Without `authorities` the authority
  // methods answer UNIMPLEMENTED.
  DirectoryServiceImpl(const LegislativeAreas* areas, Authorities* authorities,
                       const auth::TokenVerifier* verifier)
      : areas_(areas), authorities_(authorities), verifier_(verifier) {}
  DirectoryServiceImpl(const LegislativeAreas* areas, const auth::TokenVerifier* verifier)
      : DirectoryServiceImpl(areas, nullptr, verifier) {}

  grpc::ServerUnaryReactor* GetLegislativeArea(grpc::CallbackServerContext* ctx,
                                               const v1::GetLegislativeAreaRequest* request,
                                               v1::LegislativeArea* response) override;
  grpc::ServerUnaryReactor* ListLegislativeAreas(
      grpc::CallbackServerContext* ctx, const v1::ListLegislativeAreasRequest* request,
      v1::ListLegislativeAreasResponse* response) override;

  grpc::ServerUnaryReactor* GetAuthority(grpc::CallbackServerContext* ctx,
                                         const v1::GetAuthorityRequest* request,
                                         v1::Authority* response) override;
  grpc::ServerUnaryReactor* SearchAuthorities(grpc::CallbackServerContext* ctx,
                                              const v1::SearchAuthoritiesRequest* request,
                                              v1::SearchAuthoritiesResponse* response) override;
  grpc::ServerUnaryReactor* FindCompetentAuthorities(
      grpc::CallbackServerContext* ctx, const v1::FindCompetentAuthoritiesRequest* request,
      v1::FindCompetentAuthoritiesResponse* response) override;
  grpc::ServerUnaryReactor* CreateAuthority(grpc::CallbackServerContext* ctx,
                                            const v1::CreateAuthorityRequest* request,
                                            v1::Authority* response) override;
  grpc::ServerUnaryReactor* UpdateAuthority(grpc::CallbackServerContext* ctx,
                                            const v1::UpdateAuthorityRequest* request,
                                            v1::Authority* response) override;
  grpc::ServerUnaryReactor* SubmitAuthorityRegistration(
      grpc::CallbackServerContext* ctx, const v1::SubmitAuthorityRegistrationRequest* request,
      v1::Authority* response) override;
  grpc::ServerUnaryReactor* ValidateAuthority(grpc::CallbackServerContext* ctx,
                                              const v1::ValidateAuthorityRequest* request,
                                              v1::Authority* response) override;
  grpc::ServerUnaryReactor* DeregisterAuthority(grpc::CallbackServerContext* ctx,
                                                const v1::DeregisterAuthorityRequest* request,
                                                v1::Authority* response) override;
  grpc::ServerUnaryReactor* GrantLegislativeArea(grpc::CallbackServerContext* ctx,
                                                 const v1::GrantLegislativeAreaRequest* request,
                                                 v1::Authority* response) override;
  grpc::ServerUnaryReactor* RevokeLegislativeArea(grpc::CallbackServerContext* ctx,
                                                  const v1::RevokeLegislativeAreaRequest* request,
                                                  v1::Authority* response) override;
  grpc::ServerUnaryReactor* ListAuthorityHistory(
      grpc::CallbackServerContext* ctx, const v1::ListAuthorityHistoryRequest* request,
      v1::ListAuthorityHistoryResponse* response) override;
  grpc::ServerUnaryReactor* GetHelpdesk(grpc::CallbackServerContext* ctx,
                                        const v1::GetHelpdeskRequest* request,
                                        v1::Helpdesk* response) override;
  grpc::ServerUnaryReactor* ListHelpdesks(grpc::CallbackServerContext* ctx,
                                          const v1::ListHelpdesksRequest* request,
                                          v1::ListHelpdesksResponse* response) override;
  grpc::ServerUnaryReactor* UpdateHelpdesk(grpc::CallbackServerContext* ctx,
                                           const v1::UpdateHelpdeskRequest* request,
                                           v1::Helpdesk* response) override;

 private:
  const LegislativeAreas* areas_;
  Authorities* authorities_;
  const auth::TokenVerifier* verifier_;
};

}  // namespace imi::directory

#endif  // IMI_SERVICES_DIRECTORY_DIRECTORY_SERVICE_H_
