#include "services/directory/import.h"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <fstream>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <thread>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "google/protobuf/util/json_util.h"
#include "libs/status/error.h"
#include "libs/status/status_macros.h"
#include "services/directory/authority_proto.h"
#include "spdlog/spdlog.h"

namespace imi::directory {
namespace {

constexpr size_t kMaxReported = 20;
constexpr size_t kBlock = 500;   // lines a parser thread takes at a time
constexpr size_t kChunk = 2000;  // records written per round

struct Problems {
  std::vector<std::string> lines;
  size_t count = 0;
  void Add(const std::string& where, const std::string& message) {
    ++count;
    if (lines.size() < kMaxReported) lines.push_back(absl::StrCat(where, ": ", message));
  }
  absl::Status Status() const {
    std::string more = count > lines.size()
                           ? absl::StrCat("\n... and ", count - lines.size(), " more")
                           : std::string();
    return absl::InvalidArgumentError(absl::StrCat(count, " problem(s), nothing imported:\n",
                                                   absl::StrJoin(lines, "\n"), more));
  }
};

// Calls fn(line_number, text) for every non-blank line.
template <typename Fn>
absl::Status ForEachLine(const std::string& path, Fn fn) {
  std::ifstream in(path);
  if (!in) return absl::NotFoundError(absl::StrCat(path, ": cannot open"));
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    fn(n, line);
  }
  if (in.bad()) return absl::DataLossError(absl::StrCat(path, ": read error"));
  return absl::OkStatus();
}

// What the final reference check needs of each record.
struct Refs {
  std::string where;
  std::vector<std::pair<std::string, std::string>> areas;        // field, code
  std::vector<std::pair<std::string, std::string>> authorities;  // field, id
};

Refs RefsOf(const AuthorityRecord& r, std::string where) {
  Refs refs{std::move(where), {}, {}};
  for (size_t j = 0; j < r.areas.size(); ++j) {
    refs.areas.emplace_back(absl::StrCat("areas[", j, "].legislative_area"), r.areas[j].area);
    for (const auto& [role, id] : r.areas[j].coordinators) {
      refs.authorities.emplace_back(absl::StrCat("areas[", j, "].coordinators[", role, "]"), id);
    }
  }
  if (!r.coordinator_area.empty()) refs.areas.emplace_back("coordinator_area", r.coordinator_area);
  if (!r.supervising_coordinator.empty()) {
    refs.authorities.emplace_back("supervising_coordinator", r.supervising_coordinator);
  }
  return refs;
}

// Parses lines into records on every core, in blocks, while the consumer
// writes the blocks already parsed.
class Parser {
 public:
  struct Parsed {
    std::optional<AuthorityRecord> record;
    std::string error;
  };

  explicit Parser(std::vector<std::pair<int, std::string>> lines)
      : lines_(std::move(lines)), parsed_(lines_.size()),
        done_((lines_.size() + kBlock - 1) / kBlock) {
    json_.ignore_unknown_fields = false;
    for (auto& d : done_) d = false;
    const unsigned threads = std::max(1u, std::min(8u, std::thread::hardware_concurrency()));
    for (unsigned t = 0; t < threads; ++t) workers_.emplace_back([this] { Work(); });
  }
  ~Parser() {
    stop_ = true;
    for (auto& w : workers_) w.join();
  }

  size_t size() const { return lines_.size(); }
  int line_number(size_t i) const { return lines_[i].first; }

  // Waits until lines [begin, end) are parsed, and hands them out.
  Parsed& Take(size_t i) {
    const size_t block = i / kBlock;
    std::unique_lock<std::mutex> lock(mu_);
    cv_.wait(lock, [&] { return done_[block].load(); });
    return parsed_[i];
  }

 private:
  void Work() {
    while (!stop_) {
      const size_t block = next_block_++;
      if (block >= done_.size()) return;
      const size_t end = std::min(lines_.size(), (block + 1) * kBlock);
      for (size_t i = block * kBlock; i < end; ++i) Parse(i);
      {
        std::lock_guard<std::mutex> lock(mu_);
        done_[block] = true;
      }
      cv_.notify_all();
    }
  }

  void Parse(size_t i) {
    v1::Authority msg;
    auto ok = google::protobuf::util::JsonStringToMessage(lines_[i].second, &msg, json_);
    std::string().swap(lines_[i].second);  // no longer needed
    if (!ok.ok()) {
      parsed_[i].error = absl::StrCat("not an imi.directory.v1.Authority: ", ok.ToString());
      return;
    }
    absl::StatusOr<AuthorityRecord> r = FromProto(msg, "", /*with_output_fields=*/true);
    if (r.ok()) {
      absl::Status valid = ValidateAuthority(*r, "");
      if (!valid.ok()) r = valid;
    }
    if (!r.ok()) {
      parsed_[i].error = std::string(r.status().message());
      return;
    }
    parsed_[i].record = *std::move(r);
  }

  std::vector<std::pair<int, std::string>> lines_;
  std::vector<Parsed> parsed_;
  std::vector<std::atomic<bool>> done_;
  google::protobuf::util::JsonParseOptions json_;
  std::atomic<size_t> next_block_{0};
  std::atomic<bool> stop_{false};
  std::mutex mu_;
  std::condition_variable cv_;
  std::vector<std::thread> workers_;
};

absl::Status ReadHelpdesks(const std::string& path, std::vector<HelpdeskRecord>* out,
                           std::vector<std::string>* where, Problems* problems) {
  google::protobuf::util::JsonParseOptions json;
  json.ignore_unknown_fields = false;
  std::set<std::string> countries;
  return ForEachLine(path, [&](int n, const std::string& text) {
    const std::string at = absl::StrCat(path, ":", n);
    v1::Helpdesk msg;
    auto parsed = google::protobuf::util::JsonStringToMessage(text, &msg, json);
    if (!parsed.ok()) {
      problems->Add(at, absl::StrCat("not an imi.directory.v1.Helpdesk: ", parsed.ToString()));
      return;
    }
    absl::StatusOr<HelpdeskRecord> h = FromProto(msg, "");
    if (!h.ok()) {
      problems->Add(at, std::string(h.status().message()));
      return;
    }
    // Files from before helpdesks had names carry one display_name: the
    // name in the country's first language, as migration 0005 took it.
    if (h->names.empty() && !msg.display_name().empty()) {
      h->names.push_back({PrimaryLanguage(h->country), msg.display_name()});
    }
    if (absl::Status valid = ValidateHelpdesk(*h, ""); !valid.ok()) {
      problems->Add(at, std::string(valid.message()));
      return;
    }
    if (!countries.insert(h->country).second) {
      problems->Add(at, absl::StrCat("country: a second helpdesk for ", h->country));
      return;
    }
    out->push_back(*std::move(h));
    where->push_back(at);
  });
}

}  // namespace

absl::StatusOr<ImportStats> ImportFiles(PgAuthorityStore& store, const ImportOptions& options) {
  const absl::Time start = absl::Now();
  Problems problems;
  std::vector<HelpdeskRecord> helpdesks;
  std::vector<std::string> helpdesk_where;
  if (!options.helpdesks_file.empty()) {
    IMI_RETURN_IF_ERROR(
        ReadHelpdesks(options.helpdesks_file, &helpdesks, &helpdesk_where, &problems));
  }
  std::vector<std::pair<int, std::string>> lines;
  if (!options.authorities_file.empty()) {
    IMI_RETURN_IF_ERROR(ForEachLine(options.authorities_file, [&](int n, const std::string& text) {
      lines.emplace_back(n, text);
    }));
  }
  Parser parser(std::move(lines));

  std::map<std::string, size_t> index;  // id -> position in refs
  std::vector<Refs> refs;
  size_t cursor = 0;
  PgAuthorityStore::ImportSource source;
  std::function<absl::Status()> check_references;
  source.next = [&]() -> absl::StatusOr<std::vector<AuthorityRecord>> {
    std::vector<AuthorityRecord> chunk;
    // Once something is wrong nothing is written, but every line is still
    // read so that all problems (the first 20) are reported at once.
    while (cursor < parser.size() && (chunk.size() < kChunk || problems.count > 0)) {
      const size_t i = cursor++;
      const std::string at = absl::StrCat(options.authorities_file, ":", parser.line_number(i));
      Parser::Parsed& p = parser.Take(i);
      if (!p.record) {
        problems.Add(at, p.error);
        continue;
      }
      auto [it, fresh] = index.emplace(p.record->id, refs.size());
      if (!fresh) {
        problems.Add(at, absl::StrCat("name: authorities/", p.record->id,
                                      " appears twice (first at ", refs[it->second].where, ")"));
        continue;
      }
      refs.push_back(RefsOf(*p.record, at));
      chunk.push_back(*std::move(p.record));
      p.record.reset();
    }
    if (problems.count > 0) {
      IMI_RETURN_IF_ERROR(check_references());  // report those problems too
      return problems.Status();
    }
    return chunk;
  };
  check_references = [&]() -> absl::Status {
    // Legislative areas, and authorities referred to from outside the files.
    std::set<std::string> codes, outside;
    for (const auto& r : refs) {
      for (const auto& [field, code] : r.areas) codes.insert(code);
      for (const auto& [field, id] : r.authorities) {
        if (index.count(id) == 0) outside.insert(id);
      }
    }
    for (const auto& h : helpdesks) {
      if (!h.authority_id.empty() && index.count(h.authority_id) == 0) outside.insert(h.authority_id);
    }
    IMI_ASSIGN_OR_RETURN(std::set<std::string> known_areas,
                         store.ExistingAreas(std::vector<std::string>(codes.begin(), codes.end())));
    std::set<std::string> known;
    if (!outside.empty()) {
      IMI_ASSIGN_OR_RETURN(
          std::vector<AuthorityRecord> found,
          store.GetAuthorities(std::vector<std::string>(outside.begin(), outside.end())));
      for (const auto& f : found) known.insert(f.id);
    }
    for (const auto& r : refs) {
      for (const auto& [field, code] : r.areas) {
        if (known_areas.count(code) == 0) {
          problems.Add(r.where, absl::StrCat(field, ": legislativeAreas/", code, " does not exist"));
        }
      }
      for (const auto& [field, id] : r.authorities) {
        if (index.count(id) == 0 && known.count(id) == 0) {
          problems.Add(r.where, absl::StrCat(field, ": authorities/", id, " does not exist"));
        }
      }
    }
    for (size_t i = 0; i < helpdesks.size(); ++i) {
      const std::string& id = helpdesks[i].authority_id;
      if (!id.empty() && index.count(id) == 0 && known.count(id) == 0) {
        problems.Add(helpdesk_where[i], absl::StrCat("authority: authorities/", id,
                                                     " does not exist"));
      }
    }
    return absl::OkStatus();
  };
  source.check = [&]() -> absl::Status {
    spdlog::info("import: {} authorities parsed and written in {:.1f} s; checking references",
                 refs.size(), absl::ToDoubleSeconds(absl::Now() - start));
    IMI_RETURN_IF_ERROR(check_references());
    if (problems.count > 0) return problems.Status();
    return absl::OkStatus();
  };

  std::string reason = "imported from ";
  for (const auto* f : {&options.authorities_file, &options.helpdesks_file}) {
    if (!f->empty()) absl::StrAppend(&reason, reason.size() > 14 ? " and " : "", *f);
  }
  return store.Import(source, helpdesks, options.replace, options.actor, reason);
}

}  // namespace imi::directory
