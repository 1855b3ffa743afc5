#include "services/translation/seed.h"

#include <algorithm>
#include <set>
#include <utility>

#include "absl/strings/str_cat.h"
#include "libs/i18n/languages.h"
#include "libs/status/error.h"
#include "libs/status/status_macros.h"
#include "nlohmann/json.hpp"
#include "services/translation/catalogue.h"
#include "services/translation/names.h"
#include "services/translation/sha256.h"

namespace imi::translation {
namespace {

using json = nlohmann::json;

constexpr const char* kAnswerTypes[] = {
    "YES_NO", "SINGLE_CHOICE", "MULTIPLE_CHOICE", "DATE",
    "NUMBER", "FREE_TEXT",     "ATTACHMENT"};

bool IsChoice(const std::string& type) {
  return type == "SINGLE_CHOICE" || type == "MULTIPLE_CHOICE";
}

// Section, question and option ids: as the database's CHECK.
bool IsId(const std::string& id) {
  if (id.empty() || id.size() > 63) return false;
  for (char c : id) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'))
      return false;
  }
  return id.front() != '-';
}

using Statuses = std::map<std::string, TextStatus>;

class Parser {
 public:
  explicit Parser(std::string_view origin) : origin_(origin) {}

  absl::Status Fail(const std::string& path, const std::string& why) const {
    return absl::InvalidArgumentError(
        absl::StrCat("seed ", origin_, ": ", path, ": ", why));
  }

  absl::StatusOr<std::string> String(const json& object, const char* field,
                                     const std::string& path) const {
    auto it = object.find(field);
    if (it == object.end() || !it->is_string()) {
      return Fail(absl::StrCat(path, ".", field), "must be a string");
    }
    return it->get<std::string>();
  }

  absl::StatusOr<Statuses> ParseStatuses(const json& object,
                                         const std::string& path) const {
    Statuses out;
    auto it = object.find("translation_status");
    if (it == object.end() || it->is_null()) return out;
    if (!it->is_object())
      return Fail(path + ".translation_status", "must be an object");
    for (const auto& [lang, value] : it->items()) {
      const std::string at = absl::StrCat(path, ".translation_status.", lang);
      if (!i18n::IsSupported(lang))
        return Fail(at, "is not one of the 26 IMI languages");
      std::optional<TextStatus> s =
          value.is_string() ? ParseTextStatus(value.get<std::string>())
                            : std::nullopt;
      if (!s || (*s != TextStatus::kApproved && *s != TextStatus::kSubmitted &&
                 *s != TextStatus::kMachineDraft)) {
        return Fail(at, "must be APPROVED, SUBMITTED or MACHINE_DRAFT");
      }
      out[lang] = *s;
    }
    return out;
  }

  // A text in several languages; English required.
  absl::StatusOr<SeedText> Text(const json& value, const std::string& key,
                                const std::string& path,
                                const Statuses& set_statuses,
                                const Statuses& overrides) const {
    if (!value.is_object())
      return Fail(path, "must be an object of language -> text");
    SeedText out;
    out.key = key;
    for (const auto& [lang, text] : value.items()) {
      const std::string at = absl::StrCat(path, ".", lang);
      if (!i18n::IsSupported(lang))
        return Fail(at, "is not one of the 26 IMI languages");
      if (!text.is_string()) return Fail(at, "must be a string");
      const std::string s = text.get<std::string>();
      if (absl::Status valid = ValidateCatalogueText(s, at); !valid.ok()) {
        return Fail(at, std::string(valid.message()));
      }
      if (lang == i18n::kFallbackLanguage) {
        out.source = s;
        continue;
      }
      TextStatus status = TextStatus::kMachineDraft;  // unsure unless told
      if (auto o = overrides.find(lang); o != overrides.end()) {
        status = o->second;
      } else if (auto d = set_statuses.find(lang); d != set_statuses.end()) {
        status = d->second;
      }
      out.translations[lang] = {s, status};
    }
    if (out.source.empty())
      return Fail(path + ".en", "the English source is required");
    return out;
  }

 private:
  std::string origin_;
};

}  // namespace

absl::StatusOr<SeedQuestionSet> ParseSeed(std::string_view text,
                                          std::string_view origin) {
  Parser p(origin);
  json root = json::parse(text.begin(), text.end(), nullptr,
                          /*allow_exceptions=*/false);
  if (root.is_discarded()) return p.Fail("$", "is not valid JSON");
  if (!root.is_object()) return p.Fail("$", "must be an object");

  SeedQuestionSet seed;
  seed.sha256 = Sha256Hex(text);
  IMI_ASSIGN_OR_RETURN(seed.code, p.String(root, "question_set", "$"));
  if (!IsCode(seed.code))
    return p.Fail("$.question_set", "must be a kebab-case code");
  IMI_ASSIGN_OR_RETURN(seed.legislative_area,
                       p.String(root, "legislative_area", "$"));
  if (!IsCode(seed.legislative_area)) {
    return p.Fail("$.legislative_area", "must be a kebab-case code");
  }
  auto version = root.find("version");
  if (version == root.end() || !version->is_number_integer() ||
      version->get<int>() < 1) {
    return p.Fail("$.version", "must be a positive integer");
  }
  seed.seed_version = version->get<int>();
  IMI_ASSIGN_OR_RETURN(Statuses statuses, p.ParseStatuses(root, "$"));
  if (!root.contains("title")) return p.Fail("$.title", "is required");
  if (!root.contains("description"))
    return p.Fail("$.description", "is required");
  IMI_ASSIGN_OR_RETURN(seed.title,
                       p.Text(root["title"], "title", "$.title", statuses, {}));
  IMI_ASSIGN_OR_RETURN(seed.description,
                       p.Text(root["description"], "description",
                              "$.description", statuses, {}));
  auto sections = root.find("sections");
  if (sections == root.end() || !sections->is_array() || sections->empty()) {
    return p.Fail("$.sections", "must be a non-empty array");
  }
  std::set<std::string> section_ids, question_ids;
  for (std::size_t i = 0; i < sections->size(); ++i) {
    const json& s = (*sections)[i];
    const std::string path = absl::StrCat("$.sections[", i, "]");
    if (!s.is_object()) return p.Fail(path, "must be an object");
    SeedSection section;
    IMI_ASSIGN_OR_RETURN(section.id, p.String(s, "id", path));
    if (!IsId(section.id) || !section_ids.insert(section.id).second) {
      return p.Fail(path + ".id", "must be a unique id of a-z, 0-9 and -");
    }
    if (!s.contains("title")) return p.Fail(path + ".title", "is required");
    IMI_ASSIGN_OR_RETURN(
        section.title,
        p.Text(s["title"], absl::StrCat("sections/", section.id, "/title"),
               path + ".title", statuses, {}));
    auto questions = s.find("questions");
    if (questions == s.end() || !questions->is_array() || questions->empty()) {
      return p.Fail(path + ".questions", "must be a non-empty array");
    }
    for (std::size_t j = 0; j < questions->size(); ++j) {
      const json& q = (*questions)[j];
      const std::string qpath = absl::StrCat(path, ".questions[", j, "]");
      if (!q.is_object()) return p.Fail(qpath, "must be an object");
      SeedQuestion question;
      IMI_ASSIGN_OR_RETURN(question.id, p.String(q, "id", qpath));
      if (!IsId(question.id) || !question_ids.insert(question.id).second) {
        return p.Fail(qpath + ".id", "must be a unique id of a-z, 0-9 and -");
      }
      IMI_ASSIGN_OR_RETURN(question.answer_type,
                           p.String(q, "answer_type", qpath));
      if (std::find(std::begin(kAnswerTypes), std::end(kAnswerTypes),
                    question.answer_type) == std::end(kAnswerTypes)) {
        return p.Fail(qpath + ".answer_type", "is not a known answer type");
      }
      auto mandatory = q.find("mandatory");
      if (mandatory == q.end() || !mandatory->is_boolean()) {
        return p.Fail(qpath + ".mandatory", "must be true or false");
      }
      question.mandatory = mandatory->get<bool>();
      IMI_ASSIGN_OR_RETURN(Statuses overrides, p.ParseStatuses(q, qpath));
      const std::string prefix = absl::StrCat("questions/", question.id, "/");
      if (!q.contains("text")) return p.Fail(qpath + ".text", "is required");
      IMI_ASSIGN_OR_RETURN(question.text,
                           p.Text(q["text"], prefix + "text", qpath + ".text",
                                  statuses, overrides));
      if (auto help = q.find("help");
          help != q.end() && !help->is_null() && !help->empty()) {
        IMI_ASSIGN_OR_RETURN(SeedText h,
                             p.Text(*help, prefix + "help", qpath + ".help",
                                    statuses, overrides));
        question.help = std::move(h);
      }
      std::set<std::string> option_ids;
      if (auto options = q.find("options");
          options != q.end() && !options->is_null()) {
        if (!options->is_array())
          return p.Fail(qpath + ".options", "must be an array");
        for (std::size_t k = 0; k < options->size(); ++k) {
          const json& o = (*options)[k];
          const std::string opath = absl::StrCat(qpath, ".options[", k, "]");
          if (!o.is_object()) return p.Fail(opath, "must be an object");
          SeedOption option;
          IMI_ASSIGN_OR_RETURN(option.id, p.String(o, "id", opath));
          if (!IsId(option.id) || !option_ids.insert(option.id).second) {
            return p.Fail(opath + ".id",
                          "must be a unique id of a-z, 0-9 and -");
          }
          if (!o.contains("label"))
            return p.Fail(opath + ".label", "is required");
          IMI_ASSIGN_OR_RETURN(
              option.label,
              p.Text(o["label"],
                     absl::StrCat(prefix, "options/", option.id, "/label"),
                     opath + ".label", statuses, overrides));
          question.options.push_back(std::move(option));
        }
      }
      if (IsChoice(question.answer_type) && question.options.size() < 2) {
        return p.Fail(qpath + ".options",
                      "a choice question needs at least two options");
      }
      if (!IsChoice(question.answer_type) && !question.options.empty()) {
        return p.Fail(qpath + ".options", "only choice questions have options");
      }
      section.questions.push_back(std::move(question));
    }
    seed.sections.push_back(std::move(section));
  }
  return seed;
}

absl::StatusOr<SeedReport> LoadSeeds(TranslationStore& store,
                                     const std::vector<EmbeddedSeed>& seeds) {
  std::vector<SeedQuestionSet> parsed;
  std::set<std::string> codes;
  for (const EmbeddedSeed& s : seeds) {
    IMI_ASSIGN_OR_RETURN(SeedQuestionSet seed, ParseSeed(s.json, s.file));
    if (!codes.insert(seed.code).second) {
      return absl::InvalidArgumentError(
          absl::StrCat("seed ", std::string(s.file), ": question set '",
                       seed.code, "' is seeded twice"));
    }
    parsed.push_back(std::move(seed));
  }
  SeedReport report;
  for (const SeedQuestionSet& seed : parsed) {
    IMI_ASSIGN_OR_RETURN(bool created, store.CreateFromSeed(seed));
    if (created) {
      report.created.push_back(seed.code);
    } else {
      ++report.already_present;
    }
  }
  return report;
}

}  // namespace imi::translation
