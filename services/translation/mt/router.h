// Routes a translation request to an engine, through bridge languages when
// no engine translates the pair directly, and reports the path it took.
//
// The graph: a node per language code any engine offers; an edge per pair
// some engine translates directly. Each edge keeps its engines in the order
// the routing preferences give for that pair. A route is the path with the
// fewest hops (direct first), at most `max_bridges` intermediate languages;
// ties go to paths whose hops use more preferred engines, then to preferred
// bridge languages, then alphabetical order, so routes are deterministic.
//
// Routing preferences, e.g. "*:apertium,http; fr-en:http; *-ga:http":
// rules separated by ';' or whitespace, each "<pattern>:<engine>[,<engine>]".
// Patterns: "src-tgt", "src-*", "*-tgt", "*"; the most specific rule that
// matches a pair wins (exact, then src-*, then *-tgt, then *). Engines not
// named in the winning rule are not used for that pair. Empty preferences
// mean every engine, in the order given to Create, for every pair.
//
// The Router never passes the source text off as a translation: a pair no
// engine reaches is FAILED_PRECONDITION MT_PAIR_UNAVAILABLE. It does not
// check that codes are IMI languages (the service validates requests against
// libs/i18n first) and does not cache (the service caches in Redis).
//
// Example:
//   std::vector<std::unique_ptr<Engine>> engines;
//   engines.push_back(*ApertiumEngine::Create());
//   RouterOptions options;
//   options.preferences = "*:apertium";
//   IMI_ASSIGN_OR_RETURN(auto router,
//                        Router::Create(std::move(engines), options));
//   IMI_ASSIGN_OR_RETURN(Translation t,
//                        router->Translate("Bonjour.", "fr", "en"));
//   // t.path == {"fr", "es", "en"}, t.engine == "apertium"
//
// Thread safety: thread-safe. Refresh may run concurrently with Translate.
#ifndef IMI_SERVICES_TRANSLATION_MT_ROUTER_H_
#define IMI_SERVICES_TRANSLATION_MT_ROUTER_H_

#include <cstddef>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/synchronization/mutex.h"
#include "services/translation/mt/engine.h"

namespace imi::translation::mt {

// Longest text, in Unicode characters (code points), machine-translated in
// one call: about eight pages. Longer texts are INVALID_ARGUMENT
// TEXT_TOO_LONG; clients split them (e.g. by paragraph).
inline constexpr std::size_t kMaxTextChars = 20000;

// The result of Router::Translate.
struct Translation {
  std::string text;
  // The engine that produced it ("apertium"); hops by different engines are
  // joined in hop order ("apertium+http"); "" when nothing was translated.
  std::string engine;
  // Languages from source to target, e.g. {"fr", "es", "en"}; {"en"} when
  // source and target are the same.
  std::vector<std::string> path;
  // The engine used for each hop (path.size() - 1 entries).
  std::vector<std::string> hop_engines;
  // False only when source == target and the text is returned unchanged.
  bool machine_translated = true;
};

// A route through the graph.
struct Route {
  std::vector<std::string> path;  // {"fr", "es", "en"}
  // Per hop, the engines to try in order (the first that succeeds is used).
  std::vector<std::vector<std::string>> hop_engines;
};

struct RouterOptions {
  std::string preferences;  // see the file comment; "" = all engines
  int max_bridges = 2;      // intermediate languages allowed, 0..2
  std::size_t max_text_chars = kMaxTextChars;
  // Tie-break between routes of equal length and engine preference: earlier
  // bridges here are better (Apertium's strongest pairs go through Spanish).
  std::vector<std::string> bridge_preference = {"es", "en", "fr", "ca"};
};

// One parsed routing rule; "*" is the wildcard.
struct RoutingRule {
  std::string source;
  std::string target;
  std::vector<std::string> engines;
};

// Parses routing preferences. Errors: INVALID_ARGUMENT naming the bad rule.
absl::StatusOr<std::vector<RoutingRule>> ParseRoutingPreferences(
    std::string_view spec);

// Checks a text to translate: OK, or INVALID_ARGUMENT (errors.h) TEXT_EMPTY
// (empty or whitespace only), TEXT_INVALID (not UTF-8, or contains NUL),
// TEXT_TOO_LONG (more than `max_chars` code points).
absl::Status ValidateText(std::string_view text,
                          std::size_t max_chars = kMaxTextChars);

class Router {
 public:
  // Takes ownership of `engines` and builds the graph from their Pairs().
  // Errors: INVALID_ARGUMENT for bad preferences, a rule naming an engine
  // that is not given, two engines with one name, or max_bridges not in 0..2.
  static absl::StatusOr<std::unique_ptr<Router>> Create(
      std::vector<std::unique_ptr<Engine>> engines, RouterOptions options = {});

  // Translates `text` from `source` into `target`. Returns the translation
  // with its path and engine(s); when source == target, the text unchanged
  // with machine_translated = false. Per hop the route's engines are tried in
  // order; a transient failure (UNAVAILABLE, DEADLINE_EXCEEDED,
  // RESOURCE_EXHAUSTED, INTERNAL) moves on to the next, any other error or
  // the last engine's error is returned. Errors: those of ValidateText;
  // FAILED_PRECONDITION MT_PAIR_UNAVAILABLE if no route exists; the engines'
  // errors (see Engine::Translate).
  absl::StatusOr<Translation> Translate(std::string_view text,
                                        std::string_view source,
                                        std::string_view target) const;

  // The route Translate would take. Errors: FAILED_PRECONDITION
  // MT_PAIR_UNAVAILABLE. For source == target, a one-language path.
  absl::StatusOr<Route> FindRoute(std::string_view source,
                                  std::string_view target) const;

  // Every language code some engine offers (IMI and bridge), sorted.
  std::vector<std::string> Languages() const;

  // Re-reads every engine's Pairs() (e.g. after HttpEngine::RefreshPairs).
  void Refresh();

  // The engine called `name`, or nullptr.
  Engine* engine(std::string_view name) const;

 private:
  struct Graph {
    // For each directly translatable pair, its engines (indexes into
    // engines_) in preference order, with each one's rank in the rule.
    std::map<Pair, std::vector<std::pair<int, int>>> edges;
    std::map<std::string, std::vector<std::string>, std::less<>> out;
  };

  Router(std::vector<std::unique_ptr<Engine>> engines, RouterOptions options,
         std::vector<RoutingRule> rules);
  Graph BuildGraph() const;
  const RoutingRule* RuleFor(const Pair& pair) const;
  absl::StatusOr<Route> FindRouteLocked(std::string_view source,
                                        std::string_view target) const
      ABSL_SHARED_LOCKS_REQUIRED(mu_);

  const std::vector<std::unique_ptr<Engine>> engines_;
  const RouterOptions options_;
  const std::vector<RoutingRule> rules_;
  mutable absl::Mutex mu_;
  Graph graph_ ABSL_GUARDED_BY(mu_);
};

}  // namespace imi::translation::mt

#endif  // IMI_SERVICES_TRANSLATION_MT_ROUTER_H_
