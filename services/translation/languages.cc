#include "services/translation/languages.h"

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "libs/status/status_macros.h"
#include "services/translation/errors.h"
#include "services/translation/names.h"

namespace imi::translation {

absl::StatusOr<LanguagePage> Languages::List(
    int page_size, const std::string& page_token) const {
  IMI_ASSIGN_OR_RETURN(
      int size,
      ResolvePageSize(page_size, kMaxLanguagePageSize, kMaxLanguagePageSize));
  int offset = 0;
  if (!page_token.empty()) {
    IMI_ASSIGN_OR_RETURN(std::vector<std::string> position,
                         DecodePageToken(page_token, "ListLanguages", "", 1));
    if (!absl::SimpleAtoi(position[0], &offset) || offset < 0) {
      return errors::InvalidPageToken("is not a token this service issued");
    }
  }
  IMI_ASSIGN_OR_RETURN(std::vector<LanguageRecord> all,
                       store_->ListLanguages());
  LanguagePage page;
  page.total_size = static_cast<int>(all.size());
  for (int i = offset; i < static_cast<int>(all.size()) && i < offset + size;
       ++i) {
    page.languages.push_back({all[i], translator_->RoutesFrom(all[i].code)});
  }
  if (offset + size < static_cast<int>(all.size())) {
    page.next_page_token =
        EncodePageToken("ListLanguages", "", {absl::StrCat(offset + size)});
  }
  return page;
}

absl::StatusOr<LanguageView> Languages::Get(const std::string& name) const {
  IMI_ASSIGN_OR_RETURN(std::string code, ParseLanguageName(name, "name"));
  IMI_ASSIGN_OR_RETURN(std::vector<LanguageRecord> all,
                       store_->ListLanguages());
  for (auto& record : all) {
    if (record.code == code)
      return LanguageView{record, translator_->RoutesFrom(code)};
  }
  return errors::LanguageNotFound(code);
}

}  // namespace imi::translation
