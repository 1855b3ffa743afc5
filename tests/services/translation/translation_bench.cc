// The translation service under load, in one process: a real gRPC server
// (same bootstrap as production) on a throwaway PostgreSQL and Redis, the
// installed Apertium pairs, and a raw warm Apertium pipeline beside it as
// the reference.
//
//   build-tr/tests/services/translation/translation_bench [--sentences=N]
//   [--rounds=R]
//       [--clients=C] [--renders=M] [--handler-threads=H] [--no-cache]
//   IMI_TOKEN=... translation_bench --addr=127.0.0.1:50053   # a running
//   translation_server
//       (then --handler-threads and --no-cache are the server's business:
//       IMI_HANDLER_THREADS, IMI_MT_CACHE_TTL_SECONDS)
//
// Measured (median of R rounds, variants interleaved round by round):
//   raw 1-by-1        the eng-spa stages (apertium-wblank-mode -z) as one sh
//                     pipeline; write a sentence + NUL, wait for its NUL
//   service 1-by-1    TranslateText over gRPC, one call at a time (cache miss:
//                     every text is new: Redis GET, Apertium, Redis SET)
//   in-process 1-by-1 the service's MachineTranslator called directly (no
//                     gRPC), to show what the RPC itself costs
//   raw pipelined     the raw pipeline fed back to back (writer + reader)
//   service parallel  TranslateText from C client threads at once (misses)
//   cache hits        TranslateText of texts already translated, one at a time
//   render            GetQuestionSet (FULL) of the 15-question
//                     professional-qualifications set in Hungarian
// Each sentence is made unique ("Case <n>: ...") so no run hits the cache
// by accident; raw and service get exactly the same texts.
#include <poll.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/strip.h"
#include "absl/time/clock.h"
#include "absl/time/time.h"
#include "grpcpp/client_context.h"
#include "grpcpp/create_channel.h"
#include "grpcpp/security/credentials.h"
#include "imi/translation/v1/translation.grpc.pb.h"
#include "libs/auth/testing/token_minter.h"
#include "libs/pg/migrations.h"
#include "libs/pg/pool.h"
#include "libs/redis/client.h"
#include "libs/server/call.h"
#include "libs/testing/grpc_server.h"
#include "libs/testing/postgres_server.h"
#include "libs/testing/redis_server.h"
#include "services/translation/catalogue.h"
#include "services/translation/engines.h"
#include "services/translation/languages.h"
#include "services/translation/machine_translation.h"
#include "services/translation/migrations.h"
#include "services/translation/mt/subprocess.h"
#include "services/translation/mt_cache.h"
#include "services/translation/seed.h"
#include "services/translation/translation_service.h"
#include "services/translation/translation_store.h"
#include "spdlog/spdlog.h"

namespace tr = imi::translation;
namespace mt = imi::translation::mt;

namespace {

constexpr char kMode[] = "/usr/share/apertium/modes/eng-spa.mode";

// Sentences of the kind IMI users write in free-text fields (as mt_bench).
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

double Percentile(std::vector<double> v, double p) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  return v[std::min(v.size() - 1, static_cast<std::size_t>(p * v.size()))];
}

struct Result {
  double seconds = 0;
  std::vector<double> latencies_ms;
};

[[noreturn]] void Die(const std::string& what) {
  std::fprintf(stderr, "translation_bench: %s\n", what.c_str());
  std::exit(1);
}

// The reference: the mode's stages as one warm null-flush pipeline.
class RawPipeline {
 public:
  RawPipeline() {
    auto stages = mt::RunAndCapture({"apertium-wblank-mode", "-z", kMode},
                                    absl::Seconds(10));
    if (!stages.ok())
      Die("apertium-wblank-mode: " + stages.status().ToString());
    auto child =
        mt::SpawnShell(absl::StrCat("LC_ALL=C.UTF-8; export LC_ALL; ",
                                    absl::StripAsciiWhitespace(*stages)),
                       {"-n", ""});
    if (!child.ok()) Die("cannot start the raw pipeline");
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
      if (n == 0) Die("raw pipeline died");
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

class Client {
 public:
  Client(std::shared_ptr<grpc::Channel> channel, std::string token)
      : stub_(tr::v1::TranslationService::NewStub(channel)),
        token_(std::move(token)) {}

  // Returns whether the result came from the cache.
  bool Translate(const std::string& text) {
    grpc::ClientContext ctx;
    ctx.AddMetadata("authorization", "Bearer " + token_);
    tr::v1::TranslateTextRequest request;
    request.set_text(text);
    request.set_source_language("en");
    request.set_target_language("es");
    tr::v1::TranslateTextResponse response;
    grpc::Status s = stub_->TranslateText(&ctx, request, &response);
    if (!s.ok()) Die("TranslateText: " + s.error_message());
    return response.cached();
  }

  int Render(const std::string& set, const std::string& language) {
    grpc::ClientContext ctx;
    ctx.AddMetadata("authorization", "Bearer " + token_);
    tr::v1::GetQuestionSetRequest request;
    request.set_name(set);
    request.set_language(language);
    tr::v1::QuestionSet response;
    grpc::Status s = stub_->GetQuestionSet(&ctx, request, &response);
    if (!s.ok()) Die("GetQuestionSet: " + s.error_message());
    return response.question_count();
  }

 private:
  std::unique_ptr<tr::v1::TranslationService::Stub> stub_;
  std::string token_;
};

Result ServiceOneByOne(Client& client, const std::vector<std::string>& texts,
                       bool expect_cached) {
  Result r;
  const absl::Time start = absl::Now();
  for (const auto& t : texts) {
    const absl::Time s = absl::Now();
    if (client.Translate(t) != expect_cached)
      Die("unexpected cache state for: " + t);
    r.latencies_ms.push_back(absl::ToDoubleMilliseconds(absl::Now() - s));
  }
  r.seconds = absl::ToDoubleSeconds(absl::Now() - start);
  return r;
}

// The same work without gRPC: the service's translator called in-process.
Result InProcess(tr::MachineTranslator& translator,
                 const std::vector<std::string>& texts) {
  Result r;
  const absl::Time start = absl::Now();
  for (const auto& t : texts) {
    const absl::Time s = absl::Now();
    auto out = translator.Translate(t, "en", "es");
    if (!out.ok()) Die(out.status().ToString());
    r.latencies_ms.push_back(absl::ToDoubleMilliseconds(absl::Now() - s));
  }
  r.seconds = absl::ToDoubleSeconds(absl::Now() - start);
  return r;
}

Result ServiceParallel(std::vector<std::unique_ptr<Client>>& clients,
                       const std::vector<std::string>& texts) {
  Result r;
  std::atomic<std::size_t> next{0};
  const absl::Time start = absl::Now();
  std::vector<std::thread> threads;
  for (auto& c : clients) {
    threads.emplace_back([&, client = c.get()] {
      for (std::size_t i = next++; i < texts.size(); i = next++) {
        if (client->Translate(texts[i])) Die("unexpected cache hit");
      }
    });
  }
  for (auto& t : threads) t.join();
  r.seconds = absl::ToDoubleSeconds(absl::Now() - start);
  return r;
}

const Result& Median(std::vector<Result>& rounds) {
  std::sort(rounds.begin(), rounds.end(), [](const Result& a, const Result& b) {
    return a.seconds < b.seconds;
  });
  return rounds[rounds.size() / 2];
}

double Report(const char* name, std::vector<Result> rounds, int words,
              int sentences, double reference_wps = 0) {
  const Result& m = Median(rounds);
  const double wps = words / m.seconds;
  std::printf("%-18s %8.0f words/s %7.1f sent/s", name, wps,
              sentences / m.seconds);
  if (!m.latencies_ms.empty()) {
    std::printf("   ms/sentence p50 %6.3f p90 %6.3f p99 %6.3f",
                Percentile(m.latencies_ms, 0.5),
                Percentile(m.latencies_ms, 0.9),
                Percentile(m.latencies_ms, 0.99));
  }
  if (reference_wps > 0)
    std::printf("   = %5.1f%% of raw", 100.0 * wps / reference_wps);
  std::printf("\n");
  return wps;
}

// The service in this process: PostgreSQL and Redis from the test
// fixtures, the installed Apertium pairs, a real gRPC server.
struct InProcessService {
  explicit InProcessService(bool no_cache)
      : db(imi::testing::PostgresServer::Get().CreateServiceSchema(
            "translation")),
        pool(MigratedPoolOptions(db)),
        store(&pool),
        engines(MakeEngines()),
        redis(MakeRedisOptions()),
        cache(&redis),
        translator(engines.router.get(), no_cache ? nullptr : &cache),
        catalogue(&store),
        languages(&store, &translator),
        verifier(minter.verifier()),
        service(&languages, &catalogue, &translator, &verifier),
        server({&service}) {}

  static imi::pg::PoolOptions MigratedPoolOptions(imi::testing::ServiceDb& db) {
    imi::pg::PoolOptions options = db.pool_options;
    options.size = 8;
    imi::pg::Pool pool(options);
    if (auto m = imi::pg::MigrateWhenReachable(pool, tr::Migrations(),
                                               std::chrono::seconds(10));
        !m.ok()) {
      Die(m.status().ToString());
    }
    tr::PgTranslationStore seeder(&pool);
    if (auto s = tr::LoadSeeds(seeder, tr::EmbeddedSeeds()); !s.ok())
      Die(s.status().ToString());
    return options;
  }
  static tr::Engines MakeEngines() {
    auto engines = tr::BuildEngines({});
    if (!engines.ok()) Die(engines.status().ToString());
    return std::move(*engines);
  }
  static imi::redis::RedisOptions MakeRedisOptions() {
    auto options =
        *imi::redis::Client::ParseUrl(imi::testing::RedisServer::Get().url());
    options.connect_timeout = std::chrono::milliseconds(250);
    options.command_timeout = std::chrono::milliseconds(250);
    options.pool_size = 8;
    return options;
  }

  imi::testing::ServiceDb db;
  imi::pg::Pool pool;
  tr::PgTranslationStore store;
  tr::Engines engines;
  imi::redis::Client redis;
  tr::RedisTranslationCache cache;
  tr::MachineTranslator translator;
  tr::Catalogue catalogue;
  tr::Languages languages;
  imi::auth::testing::TokenMinter minter;
  imi::auth::TokenVerifier verifier;
  tr::TranslationServiceImpl service;
  imi::testing::GrpcTestServer server;
};

}  // namespace

int main(int argc, char** argv) {
  int sentences = 1000, rounds = 3, clients_n = 32, renders = 500,
      handler_threads = 64;
  bool no_cache = false;
  std::string addr;
  for (int i = 1; i < argc; ++i) {
    absl::string_view arg = argv[i];
    if (absl::ConsumePrefix(&arg, "--sentences="))
      (void)absl::SimpleAtoi(arg, &sentences);
    if (absl::ConsumePrefix(&arg, "--rounds="))
      (void)absl::SimpleAtoi(arg, &rounds);
    if (absl::ConsumePrefix(&arg, "--clients="))
      (void)absl::SimpleAtoi(arg, &clients_n);
    if (absl::ConsumePrefix(&arg, "--renders="))
      (void)absl::SimpleAtoi(arg, &renders);
    if (absl::ConsumePrefix(&arg, "--handler-threads=")) {
      (void)absl::SimpleAtoi(arg, &handler_threads);
    }
    if (arg == "--no-cache") no_cache = true;
    if (absl::ConsumePrefix(&arg, "--addr=")) addr = std::string(arg);
  }
  spdlog::set_level(spdlog::level::warn);
  // As IMI_HANDLER_THREADS does in the server: a translation holds a handler
  // thread while Apertium works on it, so the threads bound how many texts
  // the pipeline has in flight (docs/translation.md recommends 64).
  imi::server::ConfigureHandlerPool(handler_threads);

  // The service: in this process, wired as main.cc wires it, or the real
  // server at --addr (token from IMI_TOKEN).
  std::unique_ptr<InProcessService> local;
  std::shared_ptr<grpc::Channel> channel;
  std::string token;
  std::string target = addr;
  if (addr.empty()) {
    local = std::make_unique<InProcessService>(no_cache);
    channel = local->server.channel();
    token = local->minter.Mint({.country = "IT", .ttl = absl::Hours(1)});
    target = absl::StrCat("127.0.0.1:", local->server.server().port());
  } else {
    const char* env_token = std::getenv("IMI_TOKEN");
    if (env_token == nullptr || *env_token == 0) Die("--addr needs IMI_TOKEN");
    token = env_token;
    channel = grpc::CreateChannel(addr, grpc::InsecureChannelCredentials());
  }
  Client client(channel, token);
  std::vector<std::unique_ptr<Client>> clients;
  for (int i = 0; i < clients_n; ++i) {
    // One channel per client thread, as separate callers would have.
    clients.push_back(std::make_unique<Client>(
        grpc::CreateChannel(target, grpc::InsecureChannelCredentials()),
        token));
  }

  // Unique texts per run: raw and service see the same ones.
  // Numbered from a per-run start, so a server's cache from an earlier run
  // holds none of them either.
  long long serial = absl::ToUnixMicros(absl::Now()) % 1000000000;
  auto batch = [&](int n) {
    std::vector<std::string> texts;
    for (int i = 0; i < n; ++i, ++serial) {
      texts.push_back(absl::StrCat(
          "Case ", serial, ": ",
          kSentences[serial % (sizeof(kSentences) / sizeof(kSentences[0]))]));
    }
    return texts;
  };
  // Every batch has the same words: sentences cycle, and "Case <n>:" is two.
  int words = 0;
  for (const auto& t : batch(sentences)) words += Words(t);

  RawPipeline raw;
  // Warm up: dictionaries loaded in both pipelines, connections open.
  std::vector<std::string> warm = batch(50);
  RawOneByOne(raw, warm);
  ServiceOneByOne(client, warm, false);
  for (auto& c : clients) c->Translate(batch(1)[0]);
  client.Render("questionSets/professional-qualifications", "hu");

  std::printf(
      "English->Spanish, %d sentences (%d words) per run, median of %d rounds, "
      "%u cores, "
      "%d parallel clients\n",
      sentences, words, rounds, std::thread::hardware_concurrency(), clients_n);
  std::vector<Result> r1, s1, p1, r2, s2, hits;
  std::vector<std::string> first;
  for (int round = 0; round < rounds; ++round) {
    std::vector<std::string> a = batch(sentences);
    r1.push_back(RawOneByOne(raw, a));
    s1.push_back(ServiceOneByOne(client, a, false));
    if (local) p1.push_back(InProcess(local->translator, batch(sentences)));
    std::vector<std::string> c = batch(sentences);
    r2.push_back(RawPipelined(raw, c));
    s2.push_back(ServiceParallel(clients, c));
    if (first.empty()) first = a;
  }
  // Cache hits: texts the service translated above (the cache writes behind
  // the replies).
  if (local) {
    local->cache.Flush();
  } else {
    absl::SleepFor(absl::Milliseconds(500));
  }
  for (int round = 0; round < rounds && !no_cache; ++round) {
    hits.push_back(ServiceOneByOne(client, first, true));
  }

  const double raw1 = Report("raw 1-by-1", r1, words, sentences);
  const double svc1 = Report("service 1-by-1", s1, words, sentences, raw1);
  if (!p1.empty()) Report("in-process 1-by-1", p1, words, sentences, raw1);
  const double raw2 = Report("raw pipelined", r2, words, sentences);
  const double svc2 = Report("service parallel", s2, words, sentences, raw2);
  if (!hits.empty()) Report("cache hits", hits, words, sentences);

  std::vector<double> render_ms;
  int questions = 0;
  for (int i = 0; i < renders; ++i) {
    const absl::Time s = absl::Now();
    questions = client.Render("questionSets/professional-qualifications", "hu");
    render_ms.push_back(absl::ToDoubleMilliseconds(absl::Now() - s));
  }
  std::printf(
      "render             %d-question set in hu (FULL view), %d calls: p50 "
      "%.3f ms, "
      "p90 %.3f ms, p99 %.3f ms\n",
      questions, renders, Percentile(render_ms, 0.5),
      Percentile(render_ms, 0.9), Percentile(render_ms, 0.99));
  if (local) {
    const tr::MtStats stats = local->translator.stats();
    std::printf(
        "service counters   requests %lld, engine calls %lld, cache hits %lld, "
        "misses "
        "%lld, errors %lld\n",
        static_cast<long long>(stats.requests),
        static_cast<long long>(stats.engine_calls),
        static_cast<long long>(stats.cache_hits),
        static_cast<long long>(stats.cache_misses),
        static_cast<long long>(stats.cache_errors));
  }
  std::printf(
      "targets            1-by-1 %s (%.1f%% >= 80%%), parallel %s (%.1f%% >= "
      "80%%), "
      "cache hit p99 %s (%.3f ms < 1 ms)\n",
      svc1 >= 0.8 * raw1 ? "met" : "MISSED", 100 * svc1 / raw1,
      svc2 >= 0.8 * raw2 ? "met" : "MISSED", 100 * svc2 / raw2,
      hits.empty() || Percentile(Median(hits).latencies_ms, 0.99) < 1.0
          ? "met"
          : "MISSED",
      hits.empty() ? 0.0 : Percentile(Median(hits).latencies_ms, 0.99));
  return 0;
}
