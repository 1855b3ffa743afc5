#include "services/directory/search_expansions.h"

#include <utility>

namespace imi::directory {

SearchExpansions::SearchExpansions(absl::Duration ttl, size_t capacity)
    : ttl_(ttl), capacity_(capacity) {}

std::string SearchExpansions::Key(const std::string& text, bool fuzzy) {
  std::string key(1, fuzzy ? 'f' : 'x');
  key += text;
  return key;
}

std::optional<Expansion> SearchExpansions::Find(const std::string& text, bool fuzzy) {
  if (ttl_ <= absl::ZeroDuration()) return std::nullopt;
  const std::string key = Key(text, fuzzy);
  absl::MutexLock lock(&mu_);
  auto it = entries_.find(key);
  if (it == entries_.end()) return std::nullopt;
  if (it->second.expires <= absl::Now()) {
    entries_.erase(it);
    return std::nullopt;
  }
  return it->second.expansion;
}

void SearchExpansions::Put(const std::string& text, bool fuzzy, Expansion e) {
  if (ttl_ <= absl::ZeroDuration() || capacity_ == 0) return;
  const absl::Time now = absl::Now();
  std::string key = Key(text, fuzzy);
  absl::MutexLock lock(&mu_);
  if (entries_.size() >= capacity_ && !entries_.contains(key)) {
    for (auto it = entries_.begin(); it != entries_.end();) {
      if (it->second.expires <= now) {
        entries_.erase(it++);
      } else {
        ++it;
      }
    }
    if (entries_.size() >= capacity_) entries_.clear();
  }
  entries_[std::move(key)] = Entry{std::move(e), now + ttl_};
}

void SearchExpansions::Clear() {
  absl::MutexLock lock(&mu_);
  entries_.clear();
}

size_t SearchExpansions::size() {
  absl::MutexLock lock(&mu_);
  return entries_.size();
}

}  // namespace imi::directory
