// The 26 IMI languages as the API shows them: names from the store, and
// the machine-translation routes available from each with the engines
// configured now.
//
// Thread safety: thread-safe if the store and translator are.
#ifndef IMI_SERVICES_TRANSLATION_LANGUAGES_H_
#define IMI_SERVICES_TRANSLATION_LANGUAGES_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "services/translation/machine_translation.h"
#include "services/translation/translation_store.h"

namespace imi::translation {

struct LanguageView {
  LanguageRecord record;
  std::vector<MtRoute> routes;  // to other IMI languages, by target
};

struct LanguagePage {
  std::vector<LanguageView> languages;
  std::string next_page_token;
  int total_size = 0;
};

inline constexpr int kMaxLanguagePageSize = 100;

class Languages {
 public:
  // Neither is owned; both must outlive this.
  Languages(TranslationStore* store, const MachineTranslator* translator)
      : store_(store), translator_(translator) {}

  // Errors: INVALID_PAGE_SIZE, INVALID_PAGE_TOKEN, and the store's.
  absl::StatusOr<LanguagePage> List(int page_size,
                                    const std::string& page_token) const;
  // Errors: INVALID_NAME, LANGUAGE_NOT_FOUND, and the store's.
  absl::StatusOr<LanguageView> Get(const std::string& name) const;

 private:
  TranslationStore* store_;
  const MachineTranslator* translator_;
};

}  // namespace imi::translation

#endif  // IMI_SERVICES_TRANSLATION_LANGUAGES_H_
