#include "services/translation/mt/router.h"

#include <algorithm>
#include <optional>
#include <set>
#include <tuple>
#include <utility>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "services/translation/mt/absl_compat.h"
#include "services/translation/mt/apertium_stream.h"
#include "services/translation/mt/errors.h"
#include "spdlog/spdlog.h"

namespace imi::translation::mt {
namespace {

bool IsLanguagePattern(absl::string_view s) {
  if (s == "*") return true;
  if (s.size() < 2 || s.size() > 8) return false;
  for (char c : s) {
    if (!absl::ascii_islower(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

// Counts code points; false if `text` is not well-formed UTF-8 (overlong
// forms, surrogates and values above U+10FFFF are ill-formed).
bool CountUtf8(std::string_view text, std::size_t& chars) {
  chars = 0;
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  std::size_t i = 0;
  while (i < n) {
    const unsigned char c = s[i];
    std::size_t len;
    unsigned int cp;
    if (c < 0x80) {
      ++i;
      ++chars;
      continue;
    } else if ((c & 0xE0) == 0xC0) {
      len = 2;
      cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
      len = 3;
      cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
      len = 4;
      cp = c & 0x07;
    } else {
      return false;
    }
    if (i + len > n) return false;
    for (std::size_t k = 1; k < len; ++k) {
      if ((s[i + k] & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (s[i + k] & 0x3F);
    }
    if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) ||
        (len == 4 && cp < 0x10000) || cp > 0x10FFFF ||
        (cp >= 0xD800 && cp <= 0xDFFF)) {
      return false;
    }
    i += len;
    ++chars;
  }
  return true;
}

bool Retryable(const absl::Status& s) {
  return absl::IsUnavailable(s) || absl::IsDeadlineExceeded(s) ||
         absl::IsResourceExhausted(s) || absl::IsInternal(s);
}

}  // namespace

absl::StatusOr<std::vector<RoutingRule>> ParseRoutingPreferences(
    std::string_view spec) {
  std::vector<RoutingRule> rules;
  std::set<std::pair<std::string, std::string>> seen;
  for (absl::string_view item :
       absl::StrSplit(AV(spec), absl::ByAnyChar("; \t\n"), absl::SkipEmpty())) {
    std::vector<absl::string_view> parts =
        absl::StrSplit(item, absl::MaxSplits(':', 1));
    auto bad = [&](absl::string_view why) {
      return absl::InvalidArgumentError(absl::StrCat(
          "routing rule '", item, "': ", why,
          " (expected <src>-<tgt>|<src>-*|*-<tgt>|*:<engine>[,<engine>...])"));
    };
    if (parts.size() != 2 || parts[0].empty() || parts[1].empty()) {
      return bad("missing ':'");
    }
    RoutingRule rule;
    if (parts[0] == "*") {
      rule.source = rule.target = "*";
    } else {
      std::vector<absl::string_view> langs = absl::StrSplit(parts[0], '-');
      if (langs.size() != 2 || !IsLanguagePattern(langs[0]) ||
          !IsLanguagePattern(langs[1]) ||
          (langs[0] == "*" && langs[1] == "*")) {
        return bad("bad language pattern");
      }
      rule.source = std::string(langs[0]);
      rule.target = std::string(langs[1]);
    }
    for (absl::string_view e :
         absl::StrSplit(parts[1], ',', absl::SkipEmpty())) {
      rule.engines.emplace_back(e);
    }
    if (rule.engines.empty()) return bad("no engine");
    if (!seen.emplace(rule.source, rule.target).second) {
      return bad("pattern given twice");
    }
    rules.push_back(std::move(rule));
  }
  return rules;
}

absl::Status ValidateText(std::string_view text, std::size_t max_chars) {
  if (text.find('\0') != std::string_view::npos) {
    return errors::TextInvalid("contains a NUL character");
  }
  std::size_t chars = 0;
  if (!CountUtf8(text, chars)) return errors::TextInvalid("is not valid UTF-8");
  if (chars > max_chars) return errors::TextTooLong(chars, max_chars);
  if (TrimSpace(text).empty()) return errors::TextEmpty();
  return absl::OkStatus();
}

// --------------------------------------------------------------------------

absl::StatusOr<std::unique_ptr<Router>> Router::Create(
    std::vector<std::unique_ptr<Engine>> engines, RouterOptions options) {
  if (options.max_bridges < 0 || options.max_bridges > 2) {
    return absl::InvalidArgumentError(absl::StrCat(
        "max_bridges must be 0, 1 or 2, got ", options.max_bridges));
  }
  std::set<std::string> names;
  for (const auto& e : engines) {
    if (e == nullptr) return absl::InvalidArgumentError("null engine");
    if (!names.insert(e->name()).second) {
      return absl::InvalidArgumentError(
          absl::StrCat("two engines are called '", e->name(), "'"));
    }
  }
  absl::StatusOr<std::vector<RoutingRule>> rules =
      ParseRoutingPreferences(options.preferences);
  if (!rules.ok()) return rules.status();
  for (const RoutingRule& rule : *rules) {
    for (const std::string& e : rule.engines) {
      if (!names.contains(e)) {
        return absl::InvalidArgumentError(absl::StrCat(
            "routing rule ", rule.source, "-", rule.target, " names engine '",
            e, "', which is not configured (have: ", absl::StrJoin(names, ", "),
            ")"));
      }
    }
  }
  return std::unique_ptr<Router>(
      new Router(std::move(engines), std::move(options), *std::move(rules)));
}

Router::Router(std::vector<std::unique_ptr<Engine>> engines,
               RouterOptions options, std::vector<RoutingRule> rules)
    : engines_(std::move(engines)),
      options_(std::move(options)),
      rules_(std::move(rules)) {
  Refresh();
}

const RoutingRule* Router::RuleFor(const Pair& pair) const {
  const RoutingRule* best = nullptr;
  int best_rank = 99;
  for (const RoutingRule& r : rules_) {
    int rank;
    if (r.source == pair.source && r.target == pair.target) {
      rank = 0;
    } else if (r.source == pair.source && r.target == "*") {
      rank = 1;
    } else if (r.source == "*" && r.target == pair.target) {
      rank = 2;
    } else if (r.source == "*" && r.target == "*") {
      rank = 3;
    } else {
      continue;
    }
    if (rank < best_rank) {
      best = &r;
      best_rank = rank;
    }
  }
  return best;
}

Router::Graph Router::BuildGraph() const {
  std::map<Pair, std::vector<int>> offered;  // pair -> engines offering it
  for (int i = 0; i < static_cast<int>(engines_.size()); ++i) {
    for (const Pair& p : engines_[i]->Pairs()) {
      if (p.source != p.target) offered[p].push_back(i);
    }
  }
  Graph g;
  for (const auto& [pair, offering] : offered) {
    std::vector<std::pair<int, int>> ranked;  // (engine, rank)
    if (rules_.empty()) {
      for (int i : offering) ranked.emplace_back(i, i);
    } else if (const RoutingRule* rule = RuleFor(pair); rule != nullptr) {
      for (int rank = 0; rank < static_cast<int>(rule->engines.size());
           ++rank) {
        for (int i : offering) {
          if (engines_[i]->name() == rule->engines[rank])
            ranked.emplace_back(i, rank);
        }
      }
    }
    if (ranked.empty()) continue;
    g.edges[pair] = std::move(ranked);
    g.out[pair.source].push_back(pair.target);
  }
  return g;
}

void Router::Refresh() {
  Graph g = BuildGraph();
  spdlog::info("mt router: {} direct pairs over {} languages from {} engines",
               g.edges.size(), g.out.size(), engines_.size());
  absl::MutexLock lock(&mu_);
  graph_ = std::move(g);
}

std::vector<std::string> Router::Languages() const {
  absl::ReaderMutexLock lock(&mu_);
  std::set<std::string> langs;
  for (const auto& [pair, engines] : graph_.edges) {
    langs.insert(pair.source);
    langs.insert(pair.target);
  }
  return {langs.begin(), langs.end()};
}

Engine* Router::engine(std::string_view name) const {
  for (const auto& e : engines_) {
    if (e->name() == name) return e.get();
  }
  return nullptr;
}

absl::StatusOr<Route> Router::FindRoute(std::string_view source,
                                        std::string_view target) const {
  absl::ReaderMutexLock lock(&mu_);
  return FindRouteLocked(source, target);
}

absl::StatusOr<Route> Router::FindRouteLocked(std::string_view source,
                                              std::string_view target) const {
  if (source == target) return Route{{std::string(source)}, {}};
  const Graph& g = graph_;
  auto edge = [&](const std::string& a, const std::string& b) {
    auto it = g.edges.find(Pair{a, b});
    return it == g.edges.end() ? nullptr : &it->second;
  };
  auto bridge_score = [&](const std::string& lang) {
    const auto& pref = options_.bridge_preference;
    return static_cast<int>(std::find(pref.begin(), pref.end(), lang) -
                            pref.begin());
  };
  // Paths grow one hop at a time, so the first length that reaches the
  // target has the fewest hops; within it the best score wins.
  using Score = std::tuple<int, int, std::vector<std::string>>;
  std::vector<std::vector<std::string>> frontier = {{std::string(source)}};
  for (int hops = 1; hops <= options_.max_bridges + 1; ++hops) {
    std::optional<Score> best;
    std::vector<std::vector<std::string>> next;
    for (const auto& path : frontier) {
      auto out = g.out.find(path.back());
      if (out == g.out.end()) continue;
      for (const std::string& lang : out->second) {
        if (std::find(path.begin(), path.end(), lang) != path.end()) continue;
        std::vector<std::string> longer = path;
        longer.push_back(lang);
        if (lang != target) {
          next.push_back(std::move(longer));
          continue;
        }
        int engine_rank = 0, bridges = 0;
        for (std::size_t i = 0; i + 1 < longer.size(); ++i) {
          engine_rank += edge(longer[i], longer[i + 1])->front().second;
          if (i > 0) bridges += bridge_score(longer[i]);
        }
        Score score{engine_rank, bridges, std::move(longer)};
        if (!best || score < *best) best = std::move(score);
      }
    }
    if (best) {
      Route route;
      route.path = std::get<2>(*std::move(best));
      for (std::size_t i = 0; i + 1 < route.path.size(); ++i) {
        std::vector<std::string> names;
        for (const auto& [index, rank] :
             *edge(route.path[i], route.path[i + 1])) {
          names.push_back(engines_[index]->name());
        }
        route.hop_engines.push_back(std::move(names));
      }
      return route;
    }
    frontier = std::move(next);
  }
  return errors::PairUnavailable(AV(source), AV(target));
}

absl::StatusOr<Translation> Router::Translate(std::string_view text,
                                              std::string_view source,
                                              std::string_view target) const {
  if (absl::Status valid = ValidateText(text, options_.max_text_chars);
      !valid.ok()) {
    return valid;
  }
  if (source == target) {
    Translation same;
    same.text = std::string(text);
    same.path = {std::string(source)};
    same.machine_translated = false;
    return same;
  }
  absl::StatusOr<Route> route = FindRoute(source, target);
  if (!route.ok()) return route.status();

  Translation result;
  result.path = route->path;
  std::string current(text);
  for (std::size_t hop = 0; hop + 1 < route->path.size(); ++hop) {
    const Pair pair{route->path[hop], route->path[hop + 1]};
    absl::Status last;
    bool done = false;
    const std::vector<std::string>& candidates = route->hop_engines[hop];
    for (std::size_t i = 0; i < candidates.size(); ++i) {
      const std::string& name = candidates[i];
      absl::StatusOr<std::string> out = engine(name)->Translate(current, pair);
      if (out.ok()) {
        current = *std::move(out);
        result.hop_engines.push_back(name);
        done = true;
        break;
      }
      last = out.status();
      if (!Retryable(last) || i + 1 == candidates.size()) break;
      spdlog::warn("mt router: engine {} failed on {} ({}); trying {}", name,
                   pair.ToString(), std::string(last.message()),
                   candidates[i + 1]);
    }
    if (!done) return last;
  }
  result.text = std::move(current);
  std::vector<std::string>
      distinct;  // consecutive hops by one engine count once
  for (const std::string& name : result.hop_engines) {
    if (distinct.empty() || distinct.back() != name) distinct.push_back(name);
  }
  result.engine = absl::StrJoin(distinct, "+");
  return result;
}

}  // namespace imi::translation::mt
