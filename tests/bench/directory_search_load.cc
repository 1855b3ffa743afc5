// directory_search_load: keeps N SearchAuthorities calls in flight against a
// running directory for a fixed time, cycling through a mix of queries in
// several languages, and reports calls/s and latency percentiles. With
// --write-pgbench it instead writes the very statement the server runs for
// each query as pgbench scripts, so the service's overhead shows as a ratio
// against the raw SQL (docs/directory.md "Benchmark").
//
//   directory_search_load --addr=127.0.0.1:50051 --token=$IMI_TOKEN --inflight=16 --seconds=20
//                         [--queries=FILE] [--page-size=20] [--language=en] [--channels=2]
//                         [--view=basic|full]
//   directory_search_load --write-pgbench=DIR [--queries=FILE] [--page-size=20]
//       then: bash DIR/run.sh "<libpq connection string>" <clients> <seconds>
//
// FILE holds one query per line (UTF-8); without it a built-in mix of 16
// queries in 11 languages is used. Bounded in count and time; loopback only.
#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <string>
#include <vector>

#include "grpcpp/client_context.h"
#include "grpcpp/create_channel.h"
#include "grpcpp/security/credentials.h"
#include "imi/directory/v1/directory.grpc.pb.h"
#include "services/directory/authority_store.h"

namespace {

using Clock = std::chrono::steady_clock;

// Realistic directory searches: names, places, compounds, a typo, generic words.
const std::vector<std::string> kDefaultMix = {
    "Ärztekammer",                          // de, generic
    "Arztekammer Hamburg",                  // de, without the umlaut
    "Architektenkammer",                    // de
    "architekt",                            // de/cs, inside compounds
    "Rechtsanwaltskamer Passau",            // de, typo
    "Gewerbeaufsichtsamt Saarbrücken",      // de
    "Ordre des avocats Béziers",            // fr
    "Colegio Oficial de Ingenieros Sevilla",  // es
    "Okręgowa Izba Lekarska Rzeszów",       // pl
    "Инспекция по труда Ямбол",             // bg
    "υπουργείο υγείας",                     // el
    "Ordine degli Avvocati di Perugia",     // it
    "Konsumentvägledningen Örebro",         // sv
    "krajská hygienická stanice Brno",      // cs
    "Tribunal de première instance Dinant",  // fr (BE)
    "notaire",                              // fr, generic
};

struct Options {
  std::string addr = "127.0.0.1:50051";
  std::string token;
  std::string queries_file;
  std::string language = "en";
  std::string write_pgbench;
  int inflight = 16;
  int seconds = 20;
  int channels = 2;
  int page_size = 20;
  bool full_view = false;  // --view=full: whole authorities (default: the BASIC view)
};

class Load {
 public:
  Load(Options o, std::vector<std::string> queries) : o_(std::move(o)), queries_(std::move(queries)) {
    for (int i = 0; i < o_.channels; ++i) {
      grpc::ChannelArguments args;
      args.SetInt("imi.channel", i);  // distinct channels, distinct connections
      auto ch = grpc::CreateCustomChannel(o_.addr, grpc::InsecureChannelCredentials(), args);
      stubs_.push_back(imi::directory::v1::DirectoryService::NewStub(ch));
    }
  }

  void Run() {
    start_ = Clock::now();
    end_ = start_ + std::chrono::seconds(o_.seconds);
    for (int i = 0; i < o_.inflight; ++i) Issue(i);
    std::unique_lock<std::mutex> lock(mu_);
    cv_.wait(lock, [&] { return active_ == 0; });
    Report();
  }

 private:
  struct Call {
    grpc::ClientContext ctx;
    imi::directory::v1::SearchAuthoritiesRequest req;
    imi::directory::v1::SearchAuthoritiesResponse resp;
    Clock::time_point t0;
    size_t query = 0;
  };

  void Issue(int slot) {
    {
      std::lock_guard<std::mutex> lock(mu_);
      ++active_;
    }
    auto* call = new Call();
    if (!o_.token.empty()) call->ctx.AddMetadata("authorization", "Bearer " + o_.token);
    call->query = counter_++ % queries_.size();
    call->req.set_query(queries_[call->query]);
    call->req.set_page_size(o_.page_size);
    if (o_.full_view) call->req.set_view(imi::directory::v1::AUTHORITY_VIEW_FULL);
    call->req.set_language(o_.language);
    call->t0 = Clock::now();
    stubs_[slot % stubs_.size()]->async()->SearchAuthorities(
        &call->ctx, &call->req, &call->resp,
        [this, call, slot](grpc::Status s) { Done(call, slot, s); });
  }

  void Done(Call* call, int slot, const grpc::Status& s) {
    auto now = Clock::now();
    double us = std::chrono::duration<double, std::micro>(now - call->t0).count();
    bool again = now < end_;
    {
      std::lock_guard<std::mutex> lock(mu_);
      if (s.ok()) {
        latencies_.push_back(us);
        per_query_[call->query].push_back(us);
        if (call->resp.matches_size() == 0) ++empty_[call->query];
      } else {
        ++errors_[s.error_message()];
      }
      --active_;
    }
    delete call;
    if (again) {
      Issue(slot);
    } else {
      cv_.notify_all();
    }
  }

  static double Pct(std::vector<double>& v, double p) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * v.size()))];
  }

  void Report() {
    double secs = std::chrono::duration<double>(Clock::now() - start_).count();
    long errors = 0;
    for (const auto& [m, n] : errors_) errors += n;
    std::printf("method=search queries=%zu inflight=%d seconds=%.1f ok=%zu errors=%ld calls/s=%.0f "
                "p50=%.0fus p90=%.0fus p99=%.0fus\n",
                queries_.size(), o_.inflight, secs, latencies_.size(), errors,
                latencies_.size() / secs, Pct(latencies_, 0.5), Pct(latencies_, 0.9),
                Pct(latencies_, 0.99));
    for (auto& [q, v] : per_query_) {
      std::printf("  p50=%6.0fus p99=%6.0fus n=%-6zu%s %s\n", Pct(v, 0.5), Pct(v, 0.99), v.size(),
                  empty_.count(q) ? " (no match!)" : "", queries_[q].c_str());
    }
    for (const auto& [m, n] : errors_) std::printf("  error x%ld: %s\n", n, m.c_str());
  }

  Options o_;
  std::vector<std::string> queries_;
  std::vector<std::unique_ptr<imi::directory::v1::DirectoryService::Stub>> stubs_;
  Clock::time_point start_, end_;
  std::atomic<long> counter_{0};
  std::mutex mu_;
  std::condition_variable cv_;
  int active_ = 0;
  std::vector<double> latencies_;
  std::map<size_t, std::vector<double>> per_query_;
  std::map<size_t, int> empty_;
  std::map<std::string, long> errors_;
};

std::string ShellQuote(const std::string& s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\'') {
      out += "'\\''";
    } else {
      out += c;
    }
  }
  return out + "'";
}

// One pgbench script per query (equal weights: pgbench picks one at random
// per transaction), each running the server's search statement with pgbench
// variables for its parameters, and run.sh, which first asks the database
// for each query's expansion (the statement the server runs when its
// expansion cache misses) and then runs pgbench with the values — the
// server's steady state, where the expansion of a repeated query is cached.
int WritePgbench(const Options& o, const std::vector<std::string>& queries) {
  std::filesystem::create_directories(o.write_pgbench);
  std::string sql = imi::directory::PgAuthorityStore::SearchSql();
  // pgbench -D cannot define an empty variable: the two empty text filters
  // (legislative area, level) are written as '' literals.
  const std::vector<std::pair<std::string, std::string>> params = {
      {"$9", ":off"}, {"$8", ":lim"},       {"$7", "''"},      {"$6", ":kinds"},
      {"$5", "''"},   {"$4", ":countries"}, {"$3", ":states"}};
  for (const auto& [from, to] : params) {
    for (size_t at; (at = sql.find(from)) != std::string::npos;) sql.replace(at, from.size(), to);
  }
  // psql interpolates :'q' (the query text, quoted) and sends it as a literal.
  std::string expand_sql = std::string(imi::directory::PgAuthorityStore::ExpandSql()) + ";";
  for (const auto& [from, to] : {std::pair<std::string, std::string>{"$1", ":'q'"},
                                 std::pair<std::string, std::string>{"$2", "false"}}) {
    for (size_t at; (at = expand_sql.find(from)) != std::string::npos;) {
      expand_sql.replace(at, from.size(), to);
    }
  }
  std::string run =
      "#!/usr/bin/env bash\n"
      "# usage: run.sh \"<libpq connection string>\" [clients=16] [seconds=20]\n"
      "# Runs the directory's search statement for every query of the mix, prepared,\n"
      "# like the server does (pgbench -M prepared: variables become parameters).\n"
      "set -euo pipefail\n"
      "DIR=$(cd \"$(dirname \"$0\")\" && pwd)\n"
      "SEP=$'\\037'\n"
      "ARGS=()\n"
      "expand() {  # $1: query number, $2: query text\n"
      "  local out t e n\n"
      "  out=$(printf '%s\\n' " + ShellQuote(expand_sql) + " \\\n"
      "        | psql \"$DSN\" -XAtq -v ON_ERROR_STOP=1 -F \"$SEP\" -v q=\"$2\")\n"
      "  IFS=\"$SEP\" read -r t e n <<<\"$out\"\n"
      "  if [ -z \"$t\" ]; then echo \"skipped (matches nothing): $2\" >&2; return; fi\n"
      "  ARGS+=(-D \"t$1=$t\" -D \"e$1=$e\" -D \"n$1=$n\" -f \"$DIR/search_$1.sql\")\n"
      "}\n"
      "DSN=$1\n";
  for (size_t i = 0; i < queries.size(); ++i) {
    const std::string n = std::to_string(i);
    std::string script = sql;
    const std::vector<std::pair<std::string, std::string>> expansion = {
        {"$10", ":n" + n}, {"$2", ":e" + n}, {"$1", ":t" + n}};
    for (const auto& [from, to] : expansion) {
      for (size_t at; (at = script.find(from)) != std::string::npos;) {
        script.replace(at, from.size(), to);
      }
    }
    std::ofstream(o.write_pgbench + "/search_" + n + ".sql")
        << "-- " << queries[i] << "\n" << script << ";\n";
    run += "expand " + n + " " + ShellQuote(queries[i]) + "\n";
  }
  run +=
      "pgbench -n -M prepared -c \"${2:-16}\" -j \"${2:-16}\" -T \"${3:-20}\" -P 5 -r \\\n"
      "  -D states='{ACTIVE}' -D countries='{}' -D kinds='{}' \\\n"
      "  -D lim=" + std::to_string(o.page_size) + " -D off=0 \"${ARGS[@]}\" \"$DSN\"\n";
  std::ofstream(o.write_pgbench + "/run.sh") << run;
  std::printf("wrote %zu pgbench scripts and run.sh to %s\n", queries.size(),
              o.write_pgbench.c_str());
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  Options o;
  if (const char* t = std::getenv("IMI_TOKEN")) o.token = t;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto val = [&](const char* k) -> const char* {
      std::string p = std::string("--") + k + "=";
      return a.rfind(p, 0) == 0 ? argv[i] + p.size() : nullptr;
    };
    if (auto v = val("addr")) o.addr = v;
    else if (auto v = val("token")) o.token = v;
    else if (auto v = val("queries")) o.queries_file = v;
    else if (auto v = val("language")) o.language = v;
    else if (auto v = val("write-pgbench")) o.write_pgbench = v;
    else if (auto v = val("inflight")) o.inflight = std::clamp(std::atoi(v), 1, 1024);
    else if (auto v = val("seconds")) o.seconds = std::clamp(std::atoi(v), 1, 300);
    else if (auto v = val("channels")) o.channels = std::clamp(std::atoi(v), 1, 64);
    else if (auto v = val("page-size")) o.page_size = std::clamp(std::atoi(v), 1, 100);
    else if (auto v = val("view")) o.full_view = std::string(v) == "full";
    else {
      std::fprintf(stderr, "unknown argument %s\n", argv[i]);
      return 2;
    }
  }
  std::vector<std::string> queries = kDefaultMix;
  if (!o.queries_file.empty()) {
    queries.clear();
    std::ifstream in(o.queries_file);
    for (std::string line; std::getline(in, line);) {
      if (!line.empty()) queries.push_back(line);
    }
    if (queries.empty()) {
      std::fprintf(stderr, "%s: no queries\n", o.queries_file.c_str());
      return 2;
    }
  }
  if (!o.write_pgbench.empty()) return WritePgbench(o, queries);
  Load(o, std::move(queries)).Run();
  return 0;
}
