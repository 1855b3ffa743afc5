// The gRPC surface of the directory: validates requests, converts between
// protos and domain types, calls the domain, maps statuses. No SQL here.
#ifndef IMI_SERVICES_DIRECTORY_DIRECTORY_SERVICE_H_
#define IMI_SERVICES_DIRECTORY_DIRECTORY_SERVICE_H_

#include "imi/directory/v1/directory.grpc.pb.h"
#include "libs/auth/token_verifier.h"
#include "services/directory/legislative_areas.h"

namespace imi::directory {

// Thread safety: handlers run concurrently; all members are thread-safe.
class DirectoryServiceImpl final : public v1::DirectoryService::CallbackService {
 public:
  // `areas` and `verifier` are not owned and must outlive the service.
  DirectoryServiceImpl(const LegislativeAreas* areas, const auth::TokenVerifier* verifier)
      : areas_(areas), verifier_(verifier) {}

  grpc::ServerUnaryReactor* GetLegislativeArea(grpc::CallbackServerContext* ctx,
                                               const v1::GetLegislativeAreaRequest* request,
                                               v1::LegislativeArea* response) override;
  grpc::ServerUnaryReactor* ListLegislativeAreas(
      grpc::CallbackServerContext* ctx, const v1::ListLegislativeAreasRequest* request,
      v1::ListLegislativeAreasResponse* response) override;

 private:
  const LegislativeAreas* areas_;
  const auth::TokenVerifier* verifier_;
};

}  // namespace imi::directory

#endif  // IMI_SERVICES_DIRECTORY_DIRECTORY_SERVICE_H_
