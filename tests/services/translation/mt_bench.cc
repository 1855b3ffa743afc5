// English->Spanish throughput and latency of the machine-translation layer,
// against a raw warm Apertium pipeline fed the same sentences in the same run.
//
//   build-mt/tests/services/translation/mt_bench [--sentences=N] [--rounds=R]
//   build-mt/tests/services/translation/mt_bench --routes   # coverage table
//
// Measured, each R times with the median reported:
//   raw 1-by-1     the mode's stages (apertium-wblank-mode -z) as one sh
//                  pipeline; write a sentence + NUL, wait for its NUL
//   raw pipelined  same, a writer thread and a reader thread, back to back
//   pipe 1-by-1    ApertiumPipeline::Translate, one sentence at a time
//   pipe pipelined ApertiumPipeline::TranslateAsync for all, then wait
//   router 1-by-1  Router::Translate over ApertiumEngine (validation, route)
//   new process    `apertium -u eng-spa` per sentence (first 20 only)
#include <poll.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <thread>
#include <vector>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "absl/synchronization/blocking_counter.h"
#include "absl/time/clock.h"
#include "absl/time/time.h"
#include "services/translation/mt/apertium_engine.h"
#include "services/translation/mt/apertium_pipeline.h"
#include "services/translation/mt/router.h"
#include "services/translation/mt/subprocess.h"
#include "spdlog/spdlog.h"

namespace mt = imi::translation::mt;

namespace {

constexpr char kMode[] = "/usr/share/apertium/modes/eng-spa.mode";

// Sentences of the kind IMI users write in free-text fields.
const char* const kSentences[] = {
    "The applicant holds a nursing diploma issued in 2015 by the University of "
    "Lisbon.",
    "Please confirm whether the professional is currently registered with your "
    "authority.",
    "We have received a declaration of posting for three workers from your "
    "country.",
    "The company has not paid the social security contributions for the last "
    "six months.",
    "Could you send us a certified copy of the decision and the date it became "
    "final?",
    "The doctor was suspended from practice for two years because of serious "
    "misconduct.",
    "Our inspection found that the working hours recorded did not match the "
    "payslips.",
    "The patient asks for reimbursement of the treatment received in a "
    "hospital abroad.",
    "According to our records the licence was withdrawn on the twelfth of "
    "March.",
    "The service provider claims that the activity is only temporary and "
    "occasional.",
    "Please answer before the end of the month because the court hearing is "
    "scheduled.",
    "We could not find any company with this registration number in our "
    "database.",
    "The teacher is allowed to work with children again since the sanction has "
    "ended.",
    "The documents attached to this request contain personal data of the data "
    "subject.",
    "Thank you for your quick reply; we will close the request now.",
    "The vehicle was stopped at the border and the driver could not show a "
    "valid licence.",
    "Is the qualification equivalent to the diploma required for pharmacists "
    "in your country?",
    "The authority responsible for this matter is the regional health "
    "inspectorate.",
    "The employer must keep the employment contracts available for inspection.",
    "We would like to know whether the firm is insolvent or subject to "
    "liquidation.",
};

int Words(const std::string& s) {
  return static_cast<int>(std::count(s.begin(), s.end(), ' ')) + 1;
}

struct Result {
  double seconds = 0;
  std::vector<double> latencies_ms;  // one-at-a-time runs only
};

double Percentile(std::vector<double> v, double p) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  return v[std::min(v.size() - 1, static_cast<std::size_t>(p * v.size()))];
}

// The raw pipeline: the same stages, no framing beyond a trailing blank and
// the NUL, no marker, no escaping (the corpus needs none).
class RawPipeline {
 public:
  RawPipeline() {
    auto stages = mt::RunAndCapture({"apertium-wblank-mode", "-z", kMode},
                                    absl::Seconds(10));
    if (!stages.ok()) {
      std::fprintf(stderr, "apertium-wblank-mode: %s\n",
                   stages.status().ToString().c_str());
      std::exit(1);
    }
    auto child =
        mt::SpawnShell(absl::StrCat("LC_ALL=C.UTF-8; export LC_ALL; ",
                                    absl::StripAsciiWhitespace(*stages)),
                       {"-n", ""});
    if (!child.ok()) std::exit(1);
    child_ = *child;
  }
  ~RawPipeline() { mt::KillProcessGroup(child_); }

  void Write(const std::string& text) {
    std::string data = text + " ";
    data.push_back('\0');
    std::size_t off = 0;
    while (off < data.size()) {
      ssize_t n =
          ::write(child_.stdin_fd, data.data() + off, data.size() - off);
      if (n > 0) {
        off += static_cast<std::size_t>(n);
      } else {
        pollfd p{child_.stdin_fd, POLLOUT, 0};
        ::poll(&p, 1, 1000);
      }
    }
  }
  // Blocks until one more reply is complete; returns it.
  std::string Read() {
    while (true) {
      std::size_t nul = buf_.find('\0');
      if (nul != std::string::npos) {
        std::string reply = buf_.substr(0, nul);
        buf_.erase(0, nul + 1);
        return reply;
      }
      pollfd p{child_.stdout_fd, POLLIN, 0};
      ::poll(&p, 1, 1000);
      char tmp[65536];
      ssize_t n = ::read(child_.stdout_fd, tmp, sizeof(tmp));
      if (n > 0) buf_.append(tmp, static_cast<std::size_t>(n));
      if (n == 0) {
        std::fprintf(stderr, "raw pipeline died\n");
        std::exit(1);
      }
    }
  }

 private:
  mt::ChildProcess child_;
  std::string buf_;
};

Result RawOneByOne(RawPipeline& raw, const std::vector<std::string>& texts) {
  Result r;
  const absl::Time start = absl::Now();
  for (const auto& t : texts) {
    const absl::Time s = absl::Now();
    raw.Write(t);
    raw.Read();
    r.latencies_ms.push_back(absl::ToDoubleMilliseconds(absl::Now() - s));
  }
  r.seconds = absl::ToDoubleSeconds(absl::Now() - start);
  return r;
}

Result RawPipelined(RawPipeline& raw, const std::vector<std::string>& texts) {
  Result r;
  const absl::Time start = absl::Now();
  std::thread writer([&] {
    for (const auto& t : texts) raw.Write(t);
  });
  for (std::size_t i = 0; i < texts.size(); ++i) raw.Read();
  writer.join();
  r.seconds = absl::ToDoubleSeconds(absl::Now() - start);
  return r;
}

Result PipeOneByOne(mt::ApertiumPipeline& p,
                    const std::vector<std::string>& texts) {
  Result r;
  const absl::Time start = absl::Now();
  for (const auto& t : texts) {
    const absl::Time s = absl::Now();
    if (!p.Translate(t).ok()) std::exit(1);
    r.latencies_ms.push_back(absl::ToDoubleMilliseconds(absl::Now() - s));
  }
  r.seconds = absl::ToDoubleSeconds(absl::Now() - start);
  return r;
}

Result PipePipelined(mt::ApertiumPipeline& p,
                     const std::vector<std::string>& texts) {
  Result r;
  absl::BlockingCounter left(static_cast<int>(texts.size()));
  std::atomic<int> failed{0};
  const absl::Time start = absl::Now();
  for (const auto& t : texts) {
    p.TranslateAsync(t, [&](absl::StatusOr<std::string> out) {
      if (!out.ok()) ++failed;
      left.DecrementCount();
    });
  }
  left.Wait();
  r.seconds = absl::ToDoubleSeconds(absl::Now() - start);
  if (failed > 0) std::exit(1);
  return r;
}

Result RouterOneByOne(mt::Router& router,
                      const std::vector<std::string>& texts) {
  Result r;
  const absl::Time start = absl::Now();
  for (const auto& t : texts) {
    const absl::Time s = absl::Now();
    if (!router.Translate(t, "en", "es").ok()) std::exit(1);
    r.latencies_ms.push_back(absl::ToDoubleMilliseconds(absl::Now() - s));
  }
  r.seconds = absl::ToDoubleSeconds(absl::Now() - start);
  return r;
}

Result NewProcessEach(const std::vector<std::string>& texts) {
  Result r;
  const absl::Time start = absl::Now();
  for (const auto& t : texts) {
    const absl::Time s = absl::Now();
    auto out = mt::RunAndCapture(
        {"sh", "-c", "printf '%s' \"$1\" | apertium -u eng-spa", "sh", t},
        absl::Seconds(30));
    if (!out.ok()) std::exit(1);
    r.latencies_ms.push_back(absl::ToDoubleMilliseconds(absl::Now() - s));
  }
  r.seconds = absl::ToDoubleSeconds(absl::Now() - start);
  return r;
}

void Report(const char* name, std::vector<Result> rounds, int words,
            int sentences, double reference_wps = 0) {
  std::sort(rounds.begin(), rounds.end(), [](const Result& a, const Result& b) {
    return a.seconds < b.seconds;
  });
  const Result& median = rounds[rounds.size() / 2];
  const double wps = words / median.seconds;
  std::printf("%-16s %9.0f words/s %8.1f sent/s", name, wps,
              sentences / median.seconds);
  if (!median.latencies_ms.empty()) {
    std::printf("   latency ms p50 %6.2f p90 %6.2f p99 %6.2f",
                Percentile(median.latencies_ms, 0.50),
                Percentile(median.latencies_ms, 0.90),
                Percentile(median.latencies_ms, 0.99));
  }
  if (reference_wps > 0)
    std::printf("   = %5.1f%% of raw", 100.0 * wps / reference_wps);
  std::printf("\n");
}

// Prints the installed Apertium modes and, for every ordered pair of the 26
// IMI languages, the route the Router takes with Apertium alone.
int PrintRoutes() {
  auto engine = mt::ApertiumEngine::Create();
  if (!engine.ok()) return 1;
  std::printf("modes:");
  for (const auto& m : (*engine)->modes()) {
    std::printf(" %s(%s)", m.mode.c_str(), m.pair.ToString().c_str());
  }
  std::printf("\n");
  std::vector<std::unique_ptr<mt::Engine>> engines;
  engines.push_back(*std::move(engine));
  auto router = mt::Router::Create(std::move(engines));
  if (!router.ok()) return 1;
  const char* const kImi[] = {"bg", "cs", "da", "de", "el", "en", "es",
                              "et", "fi", "fr", "ga", "hr", "hu", "it",
                              "lt", "lv", "mt", "nl", "pl", "pt", "ro",
                              "sk", "sl", "sv", "is", "nb"};
  int direct = 0, bridged = 0;
  for (const char* s : kImi) {
    std::string line;
    for (const char* t : kImi) {
      if (std::string_view(s) == t) continue;
      auto route = (*router)->FindRoute(s, t);
      if (!route.ok()) continue;
      (route->path.size() == 2 ? direct : bridged)++;
      absl::StrAppend(&line, " ", absl::StrJoin(route->path, ">"));
    }
    if (!line.empty()) std::printf("%s:%s\n", s, line.c_str());
  }
  std::printf("IMI pairs: %d direct, %d through bridges, of %d\n", direct,
              bridged, 26 * 25);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  int sentences = 1000, rounds = 3;
  bool routes = false;
  for (int i = 1; i < argc; ++i) {
    absl::string_view arg = argv[i];
    if (arg == "--routes") routes = true;
    if (absl::ConsumePrefix(&arg, "--sentences="))
      (void)absl::SimpleAtoi(arg, &sentences);
    else if (absl::ConsumePrefix(&arg, "--rounds="))
      (void)absl::SimpleAtoi(arg, &rounds);
  }
  spdlog::set_level(spdlog::level::warn);
  if (routes) return PrintRoutes();
  std::vector<std::string> texts;
  int words = 0;
  for (int i = 0; i < sentences; ++i) {
    texts.emplace_back(
        kSentences[i % (sizeof(kSentences) / sizeof(kSentences[0]))]);
    words += Words(texts.back());
  }
  std::printf(
      "English->Spanish, %d sentences, %d words, median of %d rounds, %u "
      "cores\n",
      sentences, words, rounds, std::thread::hardware_concurrency());

  RawPipeline raw;
  auto pipeline = mt::ApertiumPipeline::ForModeFile(kMode);
  if (!pipeline.ok()) return 1;
  mt::ApertiumEngineOptions engine_options;
  auto engine = mt::ApertiumEngine::Create(engine_options);
  if (!engine.ok()) return 1;
  std::vector<std::unique_ptr<mt::Engine>> engines;
  engines.push_back(*std::move(engine));
  mt::RouterOptions router_options;
  router_options.preferences = "*:apertium";
  auto router = mt::Router::Create(std::move(engines), router_options);
  if (!router.ok()) return 1;

  // Warm everything up (dictionaries loaded, caches hot).
  std::vector<std::string> warm(texts.begin(),
                                texts.begin() + std::min(50, sentences));
  RawOneByOne(raw, warm);
  PipeOneByOne(**pipeline, warm);
  RouterOneByOne(**router, warm);

  // Interleave the variants round by round so that background load hits
  // them alike.
  std::vector<Result> r1, r2, p1, p2, ro;
  for (int round = 0; round < rounds; ++round) {
    r1.push_back(RawOneByOne(raw, texts));
    p1.push_back(PipeOneByOne(**pipeline, texts));
    ro.push_back(RouterOneByOne(**router, texts));
    r2.push_back(RawPipelined(raw, texts));
    p2.push_back(PipePipelined(**pipeline, texts));
  }
  auto median_wps = [&](std::vector<Result> v) {
    std::sort(v.begin(), v.end(), [](const Result& a, const Result& b) {
      return a.seconds < b.seconds;
    });
    return words / v[v.size() / 2].seconds;
  };
  const double raw1 = median_wps(r1), raw2 = median_wps(r2);
  Report("raw 1-by-1", r1, words, sentences);
  Report("pipe 1-by-1", p1, words, sentences, raw1);
  Report("router 1-by-1", ro, words, sentences, raw1);
  Report("raw pipelined", r2, words, sentences);
  Report("pipe pipelined", p2, words, sentences, raw2);

  std::vector<std::string> few(texts.begin(),
                               texts.begin() + std::min(20, sentences));
  int few_words = 0;
  for (const auto& t : few) few_words += Words(t);
  Report("new process", {NewProcessEach(few)}, few_words,
         static_cast<int>(few.size()));
  return 0;
}
