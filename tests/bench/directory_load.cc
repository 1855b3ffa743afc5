// directory_load: keeps N GetLegislativeArea (or ListLegislativeAreas)
// calls in flight against a running directory for a fixed time and reports
// calls/s and latency percentiles. Bounded in count and time; loopback only.
//
//   directory_load --addr=127.0.0.1:50051 --token=$IMI_TOKEN --inflight=16 --seconds=10
//                  [--method=get|list|health] [--language=da]
//
// `health` calls grpc.health.v1 Check (no database, no token): the
// server-and-transport baseline on the same machine in the same run.
#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <mutex>
#include <string>
#include <vector>

#include "grpc/health/v1/health.grpc.pb.h"
#include "grpcpp/client_context.h"
#include "grpcpp/create_channel.h"
#include "grpcpp/security/credentials.h"
#include "imi/directory/v1/directory.grpc.pb.h"

namespace {

using Clock = std::chrono::steady_clock;

struct Options {
  std::string addr = "127.0.0.1:50051";
  std::string token;
  std::string method = "get";
  std::string language = "da";
  int inflight = 16;
  int seconds = 10;
  int channels = 2;
};

const char* kAreas[] = {"professional-qualifications", "services", "posting-of-workers",
                        "patients-rights", "solvit", "gdpr", "cpc", "road-transport"};

class Load {
 public:
  explicit Load(Options o) : o_(std::move(o)) {
    for (int i = 0; i < o_.channels; ++i) {
      grpc::ChannelArguments args;
      args.SetInt("imi.channel", i);  // distinct channels, distinct connections
      auto ch = grpc::CreateCustomChannel(o_.addr, grpc::InsecureChannelCredentials(), args);
      directory_.push_back(imi::directory::v1::DirectoryService::NewStub(ch));
      health_.push_back(grpc::health::v1::Health::NewStub(ch));
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
    imi::directory::v1::GetLegislativeAreaRequest get;
    imi::directory::v1::LegislativeArea area;
    imi::directory::v1::ListLegislativeAreasRequest list;
    imi::directory::v1::ListLegislativeAreasResponse areas;
    grpc::health::v1::HealthCheckRequest hreq;
    grpc::health::v1::HealthCheckResponse hresp;
    Clock::time_point t0;
  };

  void Issue(int slot) {
    {
      std::lock_guard<std::mutex> lock(mu_);
      ++active_;
    }
    auto* call = new Call();
    if (!o_.token.empty()) call->ctx.AddMetadata("authorization", "Bearer " + o_.token);
    call->t0 = Clock::now();
    const size_t ch = slot % directory_.size();
    auto done = [this, call, slot](grpc::Status s) { Done(call, slot, s); };
    if (o_.method == "health") {
      health_[ch]->async()->Check(&call->ctx, &call->hreq, &call->hresp, done);
    } else if (o_.method == "list") {
      call->list.set_language(o_.language);
      call->list.set_page_size(100);
      directory_[ch]->async()->ListLegislativeAreas(&call->ctx, &call->list, &call->areas, done);
    } else {
      call->get.set_name(std::string("legislativeAreas/") +
                         kAreas[(counter_++) % (sizeof(kAreas) / sizeof(kAreas[0]))]);
      call->get.set_language(o_.language);
      directory_[ch]->async()->GetLegislativeArea(&call->ctx, &call->get, &call->area, done);
    }
  }

  void Done(Call* call, int slot, const grpc::Status& s) {
    auto now = Clock::now();
    double us = std::chrono::duration<double, std::micro>(now - call->t0).count();
    delete call;
    bool again = now < end_;
    {
      std::lock_guard<std::mutex> lock(mu_);
      if (s.ok()) {
        latencies_.push_back(us);
      } else {
        ++errors_[s.error_message()];
      }
      --active_;
    }
    if (again) {
      Issue(slot);
    } else {
      cv_.notify_all();
    }
  }

  void Report() {
    double secs = std::chrono::duration<double>(Clock::now() - start_).count();
    std::sort(latencies_.begin(), latencies_.end());
    auto pct = [&](double p) {
      return latencies_.empty() ? 0.0 : latencies_[std::min(latencies_.size() - 1,
                                                              size_t(p * latencies_.size()))];
    };
    long errors = 0;
    for (const auto& [m, n] : errors_) errors += n;
    std::printf("method=%s inflight=%d seconds=%.1f ok=%zu errors=%ld calls/s=%.0f "
                "p50=%.0fus p90=%.0fus p99=%.0fus\n",
                o_.method.c_str(), o_.inflight, secs, latencies_.size(), errors,
                latencies_.size() / secs, pct(0.5), pct(0.9), pct(0.99));
    for (const auto& [m, n] : errors_) std::printf("  error x%ld: %s\n", n, m.c_str());
  }

  Options o_;
  std::vector<std::unique_ptr<imi::directory::v1::DirectoryService::Stub>> directory_;
  std::vector<std::unique_ptr<grpc::health::v1::Health::Stub>> health_;
  Clock::time_point start_, end_;
  std::atomic<long> counter_{0};
  std::mutex mu_;
  std::condition_variable cv_;
  int active_ = 0;
  std::vector<double> latencies_;
  std::map<std::string, long> errors_;
};

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
    else if (auto v = val("method")) o.method = v;
    else if (auto v = val("language")) o.language = v;
    else if (auto v = val("inflight")) o.inflight = std::clamp(std::atoi(v), 1, 1024);
    else if (auto v = val("seconds")) o.seconds = std::clamp(std::atoi(v), 1, 300);
    else if (auto v = val("channels")) o.channels = std::clamp(std::atoi(v), 1, 64);
    else {
      std::fprintf(stderr, "unknown argument %s\n", argv[i]);
      return 2;
    }
  }
  if (o.method != "get" && o.method != "list" && o.method != "health") {
    std::fprintf(stderr, "--method must be get, list or health\n");
    return 2;
  }
  Load(o).Run();
  return 0;
}
