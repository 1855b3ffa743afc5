// The gRPC surface of the translation service: authenticates, converts
// between protos and domain types, calls the domain (languages.h,
// catalogue.h, machine_translation.h). No SQL here.
#ifndef IMI_SERVICES_TRANSLATION_TRANSLATION_SERVICE_H_
#define IMI_SERVICES_TRANSLATION_TRANSLATION_SERVICE_H_

#include "imi/translation/v1/translation.grpc.pb.h"
#include "libs/auth/token_verifier.h"
#include "services/translation/catalogue.h"
#include "services/translation/languages.h"
#include "services/translation/machine_translation.h"

namespace imi::translation {

// Thread safety: handlers run concurrently; all members are thread-safe.
class TranslationServiceImpl final
    : public v1::TranslationService::CallbackService {
 public:
  // Nothing is owned; everything must outlive the service.
  TranslationServiceImpl(const Languages* languages, const Catalogue* catalogue,
                         MachineTranslator* translator,
                         const auth::TokenVerifier* verifier)
      : languages_(languages),
        catalogue_(catalogue),
        translator_(translator),
        verifier_(verifier) {}

  grpc::ServerUnaryReactor* ListLanguages(
      grpc::CallbackServerContext* ctx, const v1::ListLanguagesRequest* request,
      v1::ListLanguagesResponse* response) override;
  grpc::ServerUnaryReactor* GetLanguage(grpc::CallbackServerContext* ctx,
                                        const v1::GetLanguageRequest* request,
                                        v1::Language* response) override;
  grpc::ServerUnaryReactor* ListQuestionSets(
      grpc::CallbackServerContext* ctx,
      const v1::ListQuestionSetsRequest* request,
      v1::ListQuestionSetsResponse* response) override;
  grpc::ServerUnaryReactor* GetQuestionSet(
      grpc::CallbackServerContext* ctx,
      const v1::GetQuestionSetRequest* request,
      v1::QuestionSet* response) override;
  grpc::ServerUnaryReactor* ListQuestionSetVersions(
      grpc::CallbackServerContext* ctx,
      const v1::ListQuestionSetVersionsRequest* request,
      v1::ListQuestionSetVersionsResponse* response) override;
  grpc::ServerUnaryReactor* GetQuestionSetVersion(
      grpc::CallbackServerContext* ctx,
      const v1::GetQuestionSetVersionRequest* request,
      v1::QuestionSet* response) override;
  grpc::ServerUnaryReactor* ListTranslationTasks(
      grpc::CallbackServerContext* ctx,
      const v1::ListTranslationTasksRequest* request,
      v1::ListTranslationTasksResponse* response) override;
  grpc::ServerUnaryReactor* GetTranslation(
      grpc::CallbackServerContext* ctx,
      const v1::GetTranslationRequest* request,
      v1::Translation* response) override;
  grpc::ServerUnaryReactor* SubmitTranslation(
      grpc::CallbackServerContext* ctx,
      const v1::SubmitTranslationRequest* request,
      v1::Translation* response) override;
  grpc::ServerUnaryReactor* ApproveTranslation(
      grpc::CallbackServerContext* ctx,
      const v1::ApproveTranslationRequest* request,
      v1::Translation* response) override;
  grpc::ServerUnaryReactor* UpdateSourceText(
      grpc::CallbackServerContext* ctx,
      const v1::UpdateSourceTextRequest* request,
      v1::QuestionSetVersion* response) override;
  grpc::ServerUnaryReactor* TranslateText(
      grpc::CallbackServerContext* ctx, const v1::TranslateTextRequest* request,
      v1::TranslateTextResponse* response) override;

 private:
  const Languages* languages_;
  const Catalogue* catalogue_;
  MachineTranslator* translator_;
  const auth::TokenVerifier* verifier_;
};

}  // namespace imi::translation

#endif  // IMI_SERVICES_TRANSLATION_TRANSLATION_SERVICE_H_
