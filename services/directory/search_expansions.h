// SearchExpansions: what search_query() (migrations 0003/0004) made of a
// query's words — the text-search queries to match and to rank by — kept
// for a few seconds per server, so that a repeated search runs one
// statement instead of first expanding every word against search_terms
// (a quarter of the database's work for a typical search).
//
// Freshness: the store clears it after every write it makes, so a change is
// searchable at once through the replica that made it. Through other
// replicas, a word that appeared since an expansion was cached (a new
// completion of a typed prefix, a new compound or near spelling) is found
// once the entry expires (`ttl`). Expansions with a word that matches
// nothing at all are never cached: a brand-new word is found at once.
#ifndef IMI_SERVICES_DIRECTORY_SEARCH_EXPANSIONS_H_
#define IMI_SERVICES_DIRECTORY_SEARCH_EXPANSIONS_H_

#include <cstddef>
#include <optional>
#include <string>

#include "absl/base/thread_annotations.h"
#include "absl/container/flat_hash_map.h"
#include "absl/synchronization/mutex.h"
#include "absl/time/time.h"

namespace imi::directory {

// search_query()'s output, as tsquery text.
struct Expansion {
  std::string tq;           // what must match
  std::string exact;        // every word as typed: a ranking bonus
  std::string exact_names;  // the same within names and acronym
};

class SearchExpansions {
 public:
  SearchExpansions(absl::Duration ttl, size_t capacity);

  std::optional<Expansion> Find(const std::string& text, bool fuzzy) ABSL_LOCKS_EXCLUDED(mu_);
  // When full: drops the expired entries, or all of them if none expired.
  void Put(const std::string& text, bool fuzzy, Expansion e) ABSL_LOCKS_EXCLUDED(mu_);
  void Clear() ABSL_LOCKS_EXCLUDED(mu_);
  size_t size() ABSL_LOCKS_EXCLUDED(mu_);

 private:
  struct Entry {
    Expansion expansion;
    absl::Time expires;
  };
  static std::string Key(const std::string& text, bool fuzzy);

  const absl::Duration ttl_;
  const size_t capacity_;
  absl::Mutex mu_;
  absl::flat_hash_map<std::string, Entry> entries_ ABSL_GUARDED_BY(mu_);
};

}  // namespace imi::directory

#endif  // IMI_SERVICES_DIRECTORY_SEARCH_EXPANSIONS_H_
