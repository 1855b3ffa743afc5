#include "services/directory/authority_cache.h"

#include <openssl/evp.h>

#include <algorithm>
#include <map>

#include "absl/strings/escaping.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "libs/status/error.h"
#include "services/directory/authority_proto.h"
#include "services/directory/cache.pb.h"
#include "spdlog/spdlog.h"

namespace imi::directory {
namespace {

int64_t NowNs() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(
             std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

std::string Sha256Hex(const std::string& data) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  EVP_Digest(data.data(), data.size(), digest, &len, EVP_sha256(), nullptr);
  return absl::BytesToHexString(
      absl::string_view(reinterpret_cast<const char*>(digest), len));
}

void ToCached(const AuthorityRecord& r, const std::string& sort_key, double score,
              cache::CachedAuthority* out) {
  out->set_version(r.version);
  ToProto(r, "", out->mutable_authority());
  out->set_sort_key(sort_key);
  out->set_score(score);
}

std::optional<AuthorityRecord> FromCached(const cache::CachedAuthority& c) {
  absl::StatusOr<AuthorityRecord> r = FromProto(c.authority(), "", /*with_output_fields=*/true);
  if (!r.ok()) return std::nullopt;
  r->version = c.version();
  return *std::move(r);
}

std::string PageOf(const std::vector<FoundAuthority>& found) {
  cache::CachedPage page;
  for (const auto& f : found) ToCached(f.record, f.sort_key, 0, page.add_authorities());
  return page.SerializeAsString();
}

std::optional<std::vector<FoundAuthority>> FoundFrom(const std::string& bytes) {
  cache::CachedPage page;
  if (!page.ParseFromString(bytes)) return std::nullopt;
  std::vector<FoundAuthority> out;
  for (const auto& c : page.authorities()) {
    std::optional<AuthorityRecord> r = FromCached(c);
    if (!r) return std::nullopt;
    out.push_back({std::move(*r), c.sort_key()});
  }
  return out;
}

// Key material: fields joined by a separator no field contains unescaped.
std::string Material(std::initializer_list<std::string> parts) {
  std::string out;
  for (const auto& p : parts) absl::StrAppend(&out, absl::CEscape(p), "\x1f");
  return out;
}

std::string Sorted(std::vector<std::string> v) {
  std::sort(v.begin(), v.end());
  return absl::StrJoin(v, ",");
}

std::string Cursor(const std::optional<NameCursor>& c) {
  return c ? absl::StrCat(absl::CEscape(c->sort_key), "/", c->id) : "";
}

}  // namespace

CachingAuthorityStore::CachingAuthorityStore(AuthorityStore* inner, redis::Client* redis,
                                             CacheOptions options)
    : inner_(inner), redis_(redis), options_(std::move(options)) {}

bool CachingAuthorityStore::RedisUsable() const { return NowNs() >= skip_until_ns_.load(); }

void CachingAuthorityStore::RedisFailed(const absl::Status& status) {
  ++errors_;
  const int64_t now = NowNs();
  skip_until_ns_.store(now + std::chrono::duration_cast<std::chrono::nanoseconds>(
                                 options_.retry_after)
                                 .count());
  int64_t last = last_warning_ns_.load();
  if (now - last > std::chrono::nanoseconds(std::chrono::seconds(30)).count() &&
      last_warning_ns_.compare_exchange_strong(last, now)) {
    spdlog::warn("cache: Redis failed, reading from PostgreSQL for {} ms: {}",
                 options_.retry_after.count(), Describe(status));
  }
}

CachingAuthorityStore::Stats CachingAuthorityStore::stats() const {
  return {hits_.load(), misses_.load(), errors_.load()};
}

std::string CachingAuthorityStore::RenderMetrics() const {
  Stats s = stats();
  return absl::StrCat(
      "# HELP directory_cache_hits_total Reads served from the Redis cache.\n"
      "# TYPE directory_cache_hits_total counter\n"
      "directory_cache_hits_total ", s.hits, "\n",
      "# HELP directory_cache_misses_total Reads the cache had to fetch from PostgreSQL.\n"
      "# TYPE directory_cache_misses_total counter\n"
      "directory_cache_misses_total ", s.misses, "\n",
      "# HELP directory_cache_errors_total Redis calls that failed (served from PostgreSQL).\n"
      "# TYPE directory_cache_errors_total counter\n"
      "directory_cache_errors_total ", s.errors, "\n");
}

absl::Status CachingAuthorityStore::Invalidate(const std::string& id) {
  std::vector<std::vector<std::string>> cmds;
  if (!id.empty()) cmds.push_back({"DEL", options_.key_prefix + "authority:" + id});
  cmds.push_back({"INCR", options_.key_prefix + "search:gen"});
  absl::StatusOr<std::vector<redis::Reply>> replies = redis_->Pipeline(std::move(cmds));
  if (!replies.ok()) return replies.status();
  for (const auto& r : *replies) {
    if (absl::Status s = redis::ReplyStatus(r); !s.ok()) return s;
  }
  return absl::OkStatus();
}

absl::Status CachingAuthorityStore::HandleEvent(const events::Event& event) {
  std::string id;
  if (event.type != kDirectoryImportedEvent) {
    absl::StatusOr<std::string> parsed = ParseAuthorityName(event.aggregate, "aggregate");
    if (parsed.ok()) id = *parsed;
  }
  return Invalidate(id);
}

absl::StatusOr<std::optional<AuthorityRecord>> CachingAuthorityStore::GetAuthority(
    const std::string& id) {
  absl::StatusOr<std::vector<AuthorityRecord>> got = GetAuthorities({id});
  if (!got.ok()) return got.status();
  if (got->empty()) return std::nullopt;
  return std::move(got->front());
}

absl::StatusOr<std::vector<AuthorityRecord>> CachingAuthorityStore::GetAuthorities(
    const std::vector<std::string>& ids) {
  if (ids.empty() || !RedisUsable()) return inner_->GetAuthorities(ids);
  std::vector<std::string> mget = {"MGET"};
  for (const auto& id : ids) mget.push_back(options_.key_prefix + "authority:" + id);
  absl::StatusOr<redis::Reply> reply = redis_->Command(std::move(mget));
  if (!reply.ok() || !reply->is_array() || reply->elements.size() != ids.size()) {
    RedisFailed(reply.ok() ? absl::InternalError("unexpected MGET reply") : reply.status());
    return inner_->GetAuthorities(ids);
  }
  std::vector<AuthorityRecord> out;
  std::vector<std::string> missing;
  for (size_t i = 0; i < ids.size(); ++i) {
    const redis::Reply& r = reply->elements[i];
    cache::CachedAuthority cached;
    std::optional<AuthorityRecord> record;
    if (r.is_string() && cached.ParseFromString(r.str)) record = FromCached(cached);
    if (record) {
      ++hits_;
      out.push_back(std::move(*record));
    } else {
      ++misses_;
      missing.push_back(ids[i]);
    }
  }
  if (missing.empty()) return out;
  absl::StatusOr<std::vector<AuthorityRecord>> fetched = inner_->GetAuthorities(missing);
  if (!fetched.ok()) return fetched.status();
  std::vector<std::vector<std::string>> sets;
  const std::string ttl = std::to_string(
      std::chrono::duration_cast<std::chrono::milliseconds>(options_.authority_ttl).count());
  for (auto& r : *fetched) {
    cache::CachedAuthority cached;
    ToCached(r, "", 0, &cached);
    sets.push_back({"SET", options_.key_prefix + "authority:" + r.id, cached.SerializeAsString(),
                    "PX", ttl});
    out.push_back(std::move(r));
  }
  if (!sets.empty()) {
    absl::StatusOr<std::vector<redis::Reply>> done = redis_->Pipeline(std::move(sets));
    if (!done.ok()) RedisFailed(done.status());
  }
  return out;
}

absl::StatusOr<std::set<std::string>> CachingAuthorityStore::ExistingAreas(
    const std::vector<std::string>& codes) {
  return inner_->ExistingAreas(codes);
}

absl::StatusOr<AuthorityStore::Created> CachingAuthorityStore::CreateAuthority(
    const AuthorityRecord& record, const HistoryEntry& history, const std::string& request_id,
    const std::string& fingerprint) {
  absl::StatusOr<Created> created =
      inner_->CreateAuthority(record, history, request_id, fingerprint);
  if (created.ok() && !created->replayed && RedisUsable()) {
    if (absl::Status s = Invalidate(created->record.id); !s.ok()) RedisFailed(s);
  }
  return created;
}

absl::StatusOr<AuthorityRecord> CachingAuthorityStore::MutateAuthority(const std::string& id,
                                                                       const MutateFn& fn) {
  absl::StatusOr<AuthorityRecord> r = inner_->MutateAuthority(id, fn);
  if (r.ok() && RedisUsable()) {
    if (absl::Status s = Invalidate(id); !s.ok()) RedisFailed(s);
  }
  return r;
}

absl::StatusOr<std::vector<HistoryEntry>> CachingAuthorityStore::ListHistory(
    const std::string& id, int64_t before_id, int limit) {
  return inner_->ListHistory(id, before_id, limit);
}

absl::StatusOr<std::string> CachingAuthorityStore::Generation() {
  absl::StatusOr<std::optional<std::string>> gen = redis_->Get(options_.key_prefix + "search:gen");
  if (!gen.ok()) return gen.status();
  return gen->value_or("0");
}

std::optional<std::string> CachingAuthorityStore::GetPage(const std::string& kind,
                                                          const std::string& key_material,
                                                          std::string* key_out) {
  key_out->clear();
  if (options_.search_ttl.count() == 0 || !RedisUsable()) return std::nullopt;
  absl::StatusOr<std::string> gen = Generation();
  if (!gen.ok()) {
    RedisFailed(gen.status());
    return std::nullopt;
  }
  *key_out = absl::StrCat(options_.key_prefix, "page:", *gen, ":", Sha256Hex(kind + key_material));
  absl::StatusOr<std::optional<std::string>> value = redis_->Get(*key_out);
  if (!value.ok()) {
    RedisFailed(value.status());
    key_out->clear();
    return std::nullopt;
  }
  if (value->has_value()) {
    ++hits_;
  } else {
    ++misses_;
  }
  return *value;
}

void CachingAuthorityStore::PutPage(const std::string& key, const std::string& value) {
  if (key.empty()) return;
  absl::Status s = redis_->Set(key, value, options_.search_ttl);
  if (!s.ok()) RedisFailed(s);
}

absl::StatusOr<SearchResult> CachingAuthorityStore::Search(const SearchQuery& q) {
  const std::string material =
      Material({q.text, q.fuzzy ? "1" : "0", Sorted(q.countries), q.area, Sorted(q.kinds), q.level,
                Sorted(q.states), std::to_string(q.offset), std::to_string(q.limit)});
  std::string key;
  if (std::optional<std::string> bytes = GetPage("search", material, &key)) {
    cache::CachedPage page;
    if (page.ParseFromString(*bytes)) {
      SearchResult out;
      out.total = page.total();
      bool ok = true;
      for (const auto& c : page.authorities()) {
        std::optional<AuthorityRecord> r = FromCached(c);
        if (!r) {
          ok = false;
          break;
        }
        out.hits.push_back({std::move(*r), c.score()});
      }
      if (ok) return out;
    }
  }
  absl::StatusOr<SearchResult> result = inner_->Search(q);
  if (result.ok() && !key.empty()) {
    cache::CachedPage page;
    page.set_total(result->total);
    for (const auto& h : result->hits) ToCached(h.record, "", h.score, page.add_authorities());
    PutPage(key, page.SerializeAsString());
  }
  return result;
}

absl::StatusOr<std::vector<FoundAuthority>> CachingAuthorityStore::FindCompetent(
    const CompetentQuery& q) {
  const std::string material =
      Material({q.area, q.country, q.competence, Cursor(q.after), std::to_string(q.limit)});
  std::string key;
  if (std::optional<std::string> bytes = GetPage("competent", material, &key)) {
    if (auto found = FoundFrom(*bytes)) return *std::move(found);
  }
  absl::StatusOr<std::vector<FoundAuthority>> result = inner_->FindCompetent(q);
  if (result.ok()) PutPage(key, PageOf(*result));
  return result;
}

absl::StatusOr<std::vector<FoundAuthority>> CachingAuthorityStore::FindCoordinators(
    const CoordinatorQuery& q) {
  const std::string material =
      Material({q.area, q.country, q.role, Cursor(q.after), std::to_string(q.limit)});
  std::string key;
  if (std::optional<std::string> bytes = GetPage("coordinators", material, &key)) {
    if (auto found = FoundFrom(*bytes)) return *std::move(found);
  }
  absl::StatusOr<std::vector<FoundAuthority>> result = inner_->FindCoordinators(q);
  if (result.ok()) PutPage(key, PageOf(*result));
  return result;
}

absl::StatusOr<std::vector<FoundAuthority>> CachingAuthorityStore::FindByKind(
    const std::string& country, AuthorityKind kind, const std::optional<NameCursor>& after,
    int limit) {
  const std::string material = Material(
      {country, std::string(ToString(kind)), Cursor(after), std::to_string(limit)});
  std::string key;
  if (std::optional<std::string> bytes = GetPage("kind", material, &key)) {
    if (auto found = FoundFrom(*bytes)) return *std::move(found);
  }
  absl::StatusOr<std::vector<FoundAuthority>> result =
      inner_->FindByKind(country, kind, after, limit);
  if (result.ok()) PutPage(key, PageOf(*result));
  return result;
}

absl::StatusOr<std::vector<HelpdeskRecord>> CachingAuthorityStore::ListHelpdesks(
    const std::string& country) {
  return inner_->ListHelpdesks(country);
}

absl::StatusOr<std::optional<HelpdeskRecord>> CachingAuthorityStore::GetHelpdesk(
    const std::string& country) {
  return inner_->GetHelpdesk(country);
}

absl::StatusOr<HelpdeskRecord> CachingAuthorityStore::MutateHelpdesk(const std::string& country,
                                                                     const HelpdeskMutateFn& fn) {
  return inner_->MutateHelpdesk(country, fn);
}

}  // namespace imi::directory
