#include "services/directory/legislative_areas.h"

#include "absl/strings/escaping.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "libs/i18n/languages.h"
#include "libs/status/status_macros.h"
#include "services/directory/errors.h"

namespace imi::directory {
namespace {

constexpr char kCollection[] = "legislativeAreas/";

bool IsCode(const std::string& code) {
  if (code.empty() || code.size() > 63) return false;
  for (char c : code) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
  }
  // Same rule as the database's CHECK: kebab-case, no empty segment.
  return code.front() >= 'a' && code.front() <= 'z' && code.back() != '-' &&
         code.find("--") == std::string::npos;
}

}  // namespace

absl::StatusOr<std::string> ParseAreaName(const std::string& name, const std::string& field) {
  const std::string prefix = kCollection;
  if (name.rfind(prefix, 0) != 0 || !IsCode(name.substr(prefix.size()))) {
    return errors::InvalidName(field, name, "legislativeAreas/{code}, code in kebab-case");
  }
  return name.substr(prefix.size());
}

absl::StatusOr<std::string> ResolveLanguage(const std::string& language,
                                            const std::string& field) {
  if (language.empty()) return std::string(i18n::kFallbackLanguage);
  if (!i18n::IsSupported(language)) return errors::UnsupportedLanguage(field, language);
  return language;
}

RenderedArea Render(AreaRecord record, const std::string& language) {
  RenderedArea out;
  auto it = record.texts.find(language);
  if (it == record.texts.end()) it = record.texts.find(std::string(i18n::kFallbackLanguage));
  if (it != record.texts.end()) {
    out.display_name = it->second.name;
    out.description = it->second.description;
    out.display_language = it->first;
  } else {
    // No text at all: show the code rather than nothing.
    out.display_name = record.code;
    out.display_language = std::string(i18n::kFallbackLanguage);
  }
  out.record = std::move(record);
  return out;
}

std::string EncodePageToken(const AreaCursor& after, const std::string& workflow) {
  return absl::WebSafeBase64Escape(
      absl::StrCat("v1|", workflow, "|", after.display_order, "|", after.code));
}

absl::StatusOr<AreaCursor> DecodePageToken(const std::string& token, const std::string& workflow) {
  std::string raw;
  if (!absl::WebSafeBase64Unescape(token, &raw)) {
    return errors::InvalidPageToken("is not a token this service issued");
  }
  std::vector<std::string> parts = absl::StrSplit(raw, '|');
  AreaCursor cursor;
  if (parts.size() != 4 || parts[0] != "v1" || !absl::SimpleAtoi(parts[2], &cursor.display_order)) {
    return errors::InvalidPageToken("is not a token this service issued");
  }
  if (parts[1] != workflow) {
    return errors::InvalidPageToken("was issued for other filters; start again without a token");
  }
  cursor.code = parts[3];
  return cursor;
}

absl::StatusOr<RenderedArea> LegislativeAreas::Get(const std::string& name,
                                                   const std::string& language) const {
  IMI_ASSIGN_OR_RETURN(std::string code, ParseAreaName(name, "name"));
  IMI_ASSIGN_OR_RETURN(std::string lang, ResolveLanguage(language, "language"));
  IMI_ASSIGN_OR_RETURN(std::optional<AreaRecord> record, store_->GetArea(code));
  if (!record) return errors::LegislativeAreaNotFound(code);
  return Render(std::move(*record), lang);
}

absl::StatusOr<AreaPage> LegislativeAreas::List(const ListAreasQuery& query) const {
  if (query.page_size < 0 || query.page_size > kMaxPageSize) {
    return errors::InvalidPageSize(query.page_size, kMaxPageSize);
  }
  const int size = query.page_size == 0 ? kDefaultPageSize : query.page_size;
  IMI_ASSIGN_OR_RETURN(std::string lang, ResolveLanguage(query.language, "language"));
  std::optional<AreaCursor> after;
  if (!query.page_token.empty()) {
    IMI_ASSIGN_OR_RETURN(after, DecodePageToken(query.page_token, query.workflow));
  }
  // One extra row tells whether another page exists without a second query.
  IMI_ASSIGN_OR_RETURN(std::vector<AreaRecord> records,
                       store_->ListAreas(after, query.workflow, size + 1));
  AreaPage page;
  IMI_ASSIGN_OR_RETURN(page.total_size, store_->CountAreas(query.workflow));
  const bool more = static_cast<int>(records.size()) > size;
  if (more) records.resize(size);
  for (auto& r : records) page.areas.push_back(Render(std::move(r), lang));
  if (more) {
    const AreaRecord& last = page.areas.back().record;
    page.next_page_token = EncodePageToken({last.display_order, last.code}, query.workflow);
  }
  return page;
}

}  // namespace imi::directory
