// An in-memory AuthorityStore for unit tests of the domain rules: the same
// contract as PgAuthorityStore for writes (lock, decide, write with history,
// version + 1; errors leave everything unchanged), simple scans for reads.
#ifndef IMI_TESTS_SERVICES_DIRECTORY_FAKE_AUTHORITY_STORE_H_
#define IMI_TESTS_SERVICES_DIRECTORY_FAKE_AUTHORITY_STORE_H_

#include <algorithm>
#include <map>
#include <mutex>
#include <set>
#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "services/directory/authority_store.h"
#include "services/directory/errors.h"

namespace imi::directory::testing {

class FakeAuthorityStore : public AuthorityStore {
 public:
  std::map<std::string, AuthorityRecord> authorities;
  std::map<std::string, std::vector<HistoryEntry>> history;  // by authority id
  std::set<std::string> areas = {"services", "professional-qualifications", "gdpr",
                                 "posting-of-workers"};
  std::vector<HelpdeskRecord> helpdesks;
  std::map<std::string, std::vector<HistoryEntry>> helpdesk_history;  // by country
  std::vector<std::string> events;  // event types, in order
  // Search: what strict and fuzzy searches return (ids), and the queries seen.
  std::vector<std::string> strict_hits, fuzzy_hits;
  std::vector<SearchQuery> searches;
  int next_number = 100;
  std::map<std::string, std::tuple<std::string, std::string, std::string>> requests;

  // Adds `r` as stored (version 1).
  const AuthorityRecord& Put(AuthorityRecord r) {
    r.version = std::max<int64_t>(r.version, 1);
    if (r.state == AuthorityState::kUnspecified) r.state = AuthorityState::kActive;
    return authorities[r.id] = std::move(r);
  }

  absl::StatusOr<std::optional<AuthorityRecord>> GetAuthority(const std::string& id) override {
    auto it = authorities.find(id);
    if (it == authorities.end()) return std::nullopt;
    return it->second;
  }
  absl::StatusOr<std::vector<AuthorityRecord>> GetAuthorities(
      const std::vector<std::string>& ids) override {
    std::vector<AuthorityRecord> out;
    for (const auto& id : ids) {
      auto it = authorities.find(id);
      if (it != authorities.end()) out.push_back(it->second);
    }
    return out;
  }
  absl::StatusOr<std::set<std::string>> ExistingAreas(
      const std::vector<std::string>& codes) override {
    std::set<std::string> out;
    for (const auto& c : codes) {
      if (areas.count(c)) out.insert(c);
    }
    return out;
  }
  absl::StatusOr<Created> CreateAuthority(const AuthorityRecord& record,
                                          const HistoryEntry& h, const std::string& request_id,
                                          const std::string& fingerprint) override {
    if (!request_id.empty()) {
      auto it = requests.find(request_id);
      if (it != requests.end()) {
        if (std::get<0>(it->second) != h.actor || std::get<1>(it->second) != fingerprint) {
          return errors::RequestIdReused(request_id);
        }
        return Created{authorities.at(std::get<2>(it->second)), true};
      }
    }
    AuthorityRecord r = record;
    r.id = absl::AsciiStrToLower(r.country) + "-" + std::to_string(++next_number);
    r.version = 1;
    authorities[r.id] = r;
    Record(r.id, h);
    if (!request_id.empty()) requests[request_id] = {h.actor, fingerprint, r.id};
    return Created{r, false};
  }
  absl::StatusOr<AuthorityRecord> MutateAuthority(const std::string& id,
                                                  const MutateFn& fn) override {
    auto it = authorities.find(id);
    if (it == authorities.end()) return errors::AuthorityNotFound(id);
    absl::StatusOr<Mutation> m = fn(it->second);
    if (!m.ok()) return m.status();
    if (m->unchanged) return it->second;
    AuthorityRecord r = std::move(m->record);
    r.id = id;
    r.version = it->second.version + 1;
    it->second = r;
    Record(id, m->history);
    return r;
  }
  absl::StatusOr<std::vector<HistoryEntry>> ListHistory(const std::string& id, int64_t before_id,
                                                        int limit) override {
    std::vector<HistoryEntry> out;
    auto& h = history[id];
    for (auto it = h.rbegin(); it != h.rend() && static_cast<int>(out.size()) < limit; ++it) {
      if (before_id == 0 || it->id < before_id) out.push_back(*it);
    }
    return out;
  }
  absl::StatusOr<SearchResult> Search(const SearchQuery& q) override {
    searches.push_back(q);
    const auto& ids = q.fuzzy ? fuzzy_hits : strict_hits;
    SearchResult out;
    out.total = static_cast<int>(ids.size());
    for (int i = q.offset; i < static_cast<int>(ids.size()) && i < q.offset + q.limit; ++i) {
      out.hits.push_back({authorities.at(ids[i]), 1.0 / (i + 1)});
    }
    return out;
  }
  absl::StatusOr<std::vector<FoundAuthority>> FindCompetent(const CompetentQuery& q) override {
    return Scan(q.after, q.limit, [&](const AuthorityRecord& r) {
      const AreaAccess* a = r.FindArea(q.area);
      return r.country == q.country && r.state == AuthorityState::kActive && a != nullptr &&
             (q.competence.empty() ||
              std::any_of(a->professions.begin(), a->professions.end(),
                          [&](const std::string& p) { return absl::StrContains(p, q.competence); }));
    });
  }
  absl::StatusOr<std::vector<FoundAuthority>> FindCoordinators(const CoordinatorQuery& q) override {
    std::set<std::string> linked;
    for (const auto& [id, r] : authorities) {
      const AreaAccess* a = r.FindArea(q.area);
      if (r.country != q.country || a == nullptr) continue;
      auto it = a->coordinators.find(q.role);
      if (it != a->coordinators.end()) linked.insert(it->second);
    }
    return Scan(q.after, q.limit, [&](const AuthorityRecord& r) {
      return linked.count(r.id) && r.state == AuthorityState::kActive;
    });
  }
  absl::StatusOr<std::vector<FoundAuthority>> FindByKind(const std::string& country,
                                                         AuthorityKind kind,
                                                         const std::optional<NameCursor>& after,
                                                         int limit) override {
    return Scan(after, limit, [&](const AuthorityRecord& r) {
      return r.country == country && r.kind == kind && r.state == AuthorityState::kActive;
    });
  }
  absl::StatusOr<std::vector<HelpdeskRecord>> ListHelpdesks(const std::string& country) override {
    std::vector<HelpdeskRecord> out;
    for (const auto& h : helpdesks) {
      if (country.empty() || h.country == country) out.push_back(h);
    }
    return out;
  }
  absl::StatusOr<std::optional<HelpdeskRecord>> GetHelpdesk(const std::string& country) override {
    for (const auto& h : helpdesks) {
      if (h.country == country) return h;
    }
    return std::nullopt;
  }
  absl::StatusOr<HelpdeskRecord> MutateHelpdesk(const std::string& country,
                                                const HelpdeskMutateFn& fn) override {
    for (auto& h : helpdesks) {
      if (h.country != country) continue;
      absl::StatusOr<HelpdeskMutation> m = fn(h);
      if (!m.ok()) return m.status();
      if (m->unchanged) return h;
      HelpdeskRecord r = std::move(m->record);
      r.country = h.country;
      r.authority_id = h.authority_id;
      r.version = h.version + 1;
      h = r;
      helpdesk_history[country].push_back(m->history);
      events.push_back("HelpdeskUpdated");
      return r;
    }
    return errors::HelpdeskNotFound(HelpdeskResourceName(country));
  }

 private:
  void Record(const std::string& id, HistoryEntry h) {
    static int64_t next = 0;
    h.id = ++next;
    events.push_back(EventTypeFor(h.action));
    history[id].push_back(std::move(h));
  }
  template <typename Pred>
  std::vector<FoundAuthority> Scan(const std::optional<NameCursor>& after, int limit, Pred pred) {
    std::vector<FoundAuthority> all;
    for (const auto& [id, r] : authorities) {
      if (!pred(r)) continue;
      const std::string key = absl::AsciiStrToLower(r.names.empty() ? r.id : r.names[0].name);
      if (after && std::tie(key, r.id) <= std::tie(after->sort_key, after->id)) continue;
      all.push_back({r, key});
    }
    std::sort(all.begin(), all.end(), [](const FoundAuthority& a, const FoundAuthority& b) {
      return std::tie(a.sort_key, a.record.id) < std::tie(b.sort_key, b.record.id);
    });
    if (static_cast<int>(all.size()) > limit) all.resize(limit);
    return all;
  }
};

}  // namespace imi::directory::testing

#endif  // IMI_TESTS_SERVICES_DIRECTORY_FAKE_AUTHORITY_STORE_H_
