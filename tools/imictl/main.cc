// imictl: the operator's and integrator's command line for the IMI suite.
//
//   imictl keygen  --private=FILE --public=FILE
//       New Ed25519 signing key pair (PEM). The public file is what services
//       read from IMI_AUTH_PUBLIC_KEYS_FILE.
//   imictl token   --key=FILE [--user=users/trainee] [--authority=authorities/dk-training]
//                  [--country=DK] [--role=AREA:ROLE ...] [--ttl=3600]
//       [--issuer=imi-identity]
//       Mints an access token with a private key. For training and tests
//       only: production tokens come from the identity service.
//   imictl health  [--addr=localhost:50051] [--service=NAME] [--wait=SECONDS]
//       grpc.health.v1 Check; exit 0 when SERVING (waits up to --wait).
//   imictl areas   list [--addr=...] [--token=T | IMI_TOKEN] [--language=da]
//                  [--workflow=ALERTS] [--page-size=N]
//   imictl areas   get --name=legislativeAreas/services [--language=da] ...
//       Reads legislative areas from the directory and prints them.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "absl/strings/numbers.h"
#include "absl/time/clock.h"
#include "google/protobuf/text_format.h"
#include "grpc/health/v1/health.grpc.pb.h"
#include "grpcpp/client_context.h"
#include "grpcpp/create_channel.h"
#include "grpcpp/security/credentials.h"
#include "imi/directory/v1/directory.grpc.pb.h"
#include "libs/auth/claims.h"
#include "libs/auth/token_signer.h"
#include "libs/status/error.h"
#include "libs/status/grpc_status.h"

namespace {

struct Args {
  std::string command, sub;
  std::multimap<std::string, std::string> flags;
  std::string Get(const std::string& key, const std::string& fallback = "") const {
    auto it = flags.find(key);
    return it == flags.end() ? fallback : it->second;
  }
};

Args Parse(int argc, char** argv) {
  Args a;
  for (int i = 1; i < argc; ++i) {
    std::string s = argv[i];
    if (s.rfind("--", 0) == 0) {
      size_t eq = s.find('=');
      if (eq == std::string::npos && i + 1 < argc && std::string(argv[i + 1]).rfind("--", 0) != 0) {
        a.flags.emplace(s.substr(2), argv[++i]);
      } else if (eq == std::string::npos) {
        a.flags.emplace(s.substr(2), "true");
      } else {
        a.flags.emplace(s.substr(2, eq - 2), s.substr(eq + 1));
      }
    } else if (a.command.empty()) {
      a.command = s;
    } else if (a.sub.empty()) {
      a.sub = s;
    }
  }
  return a;
}

int Usage() {
  std::fprintf(stderr,
               "usage: imictl keygen --private=FILE --public=FILE\n"
               "       imictl token --key=FILE [--user=U] [--authority=A] [--country=CC]\n"
               "                    [--role=AREA:ROLE ...] [--ttl=SECONDS] [--issuer=ISS]\n"
               "       imictl health [--addr=HOST:PORT] [--service=NAME] [--wait=SECONDS]\n"
               "       imictl areas list [--addr=HOST:PORT] [--token=T] [--language=xx]\n"
               "                    [--workflow=REQUESTS|ALERTS|NOTIFICATIONS|REPOSITORIES]\n"
               "                    [--page-size=N]\n"
               "       imictl areas get --name=legislativeAreas/CODE [--language=xx] ...\n"
               "  The token comes from --token or the IMI_TOKEN environment variable.\n");
  return 2;
}

bool ReadFile(const std::string& path, std::string* out) {
  std::ifstream in(path);
  if (!in) return false;
  std::stringstream ss;
  ss << in.rdbuf();
  *out = ss.str();
  return true;
}

// Writes `text` to `path`, creating it with `mode` (an existing file keeps
// its permissions, so an existing world-readable file is refused for keys).
bool WriteFile(const std::string& path, const std::string& text, mode_t mode) {
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_CLOEXEC, mode);
  if (fd < 0) return false;
  struct stat st {};
  if (::fstat(fd, &st) != 0 || (st.st_mode & 0777 & ~mode) != 0) {
    ::close(fd);  // refused before anything was truncated
    std::fprintf(stderr, "imictl: %s exists with wider permissions than %o\n", path.c_str(), mode);
    return false;
  }
  if (::ftruncate(fd, 0) != 0) {
    ::close(fd);
    return false;
  }
  bool ok = ::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size());
  return ::close(fd) == 0 && ok;
}

// Parses a non-negative integer flag; false (with a message) if malformed.
bool IntFlag(const Args& a, const std::string& name, int fallback, int* out) {
  std::string v = a.Get(name);
  if (v.empty()) {
    *out = fallback;
    return true;
  }
  if (!absl::SimpleAtoi(v, out) || *out < 0) {
    std::fprintf(stderr, "imictl: --%s must be a non-negative integer, got '%s'\n", name.c_str(),
                 v.c_str());
    return false;
  }
  return true;
}

int Keygen(const Args& a) {
  std::string priv = a.Get("private"), pub = a.Get("public");
  if (priv.empty() || pub.empty()) return Usage();
  imi::auth::TokenSigner signer = imi::auth::TokenSigner::Generate();
  if (!WriteFile(priv, signer.PrivateKeyPem(), 0600) ||
      !WriteFile(pub, signer.PublicKeyPem(), 0644)) {
    std::fprintf(stderr, "imictl: cannot write key files\n");
    return 1;
  }
  std::printf("key id %s\n", signer.key_id().c_str());
  return 0;
}

int Token(const Args& a) {
  std::string pem;
  if (!ReadFile(a.Get("key"), &pem)) {
    std::fprintf(stderr, "imictl: --key: cannot read '%s'\n", a.Get("key").c_str());
    return 2;
  }
  auto signer = imi::auth::TokenSigner::FromPem(pem);
  if (!signer.ok()) {
    std::fprintf(stderr, "imictl: --key: %s\n", signer.status().ToString().c_str());
    return 2;
  }
  int ttl = 3600;
  if (!IntFlag(a, "ttl", 3600, &ttl)) return 2;
  if (ttl == 0) {
    std::fprintf(stderr, "imictl: --ttl must be a positive number of seconds\n");
    return 2;
  }
  imi::auth::Claims c;
  c.issuer = a.Get("issuer", "imi-identity");
  c.subject = a.Get("user", "users/trainee");
  c.authority = a.Get("authority", "authorities/dk-training");
  c.country = a.Get("country", "DK");
  auto range = a.flags.equal_range("role");
  for (auto it = range.first; it != range.second; ++it) {
    size_t colon = it->second.find(':');
    if (colon == std::string::npos) {
      std::fprintf(stderr, "imictl: --role must be AREA:ROLE (AREA may be *), got '%s'\n",
                   it->second.c_str());
      return 2;
    }
    c.roles[it->second.substr(0, colon)].push_back(it->second.substr(colon + 1));
  }
  c.issued_at = absl::Now();
  c.expires_at = c.issued_at + absl::Seconds(ttl);
  c.token_id = imi::auth::NewTokenId();
  auto token = signer->Sign(c);
  if (!token.ok()) {
    std::fprintf(stderr, "imictl: %s\n", token.status().ToString().c_str());
    return 2;
  }
  std::printf("%s\n", token->c_str());
  return 0;
}

std::shared_ptr<grpc::Channel> Channel(const Args& a) {
  return grpc::CreateChannel(a.Get("addr", "localhost:50051"), grpc::InsecureChannelCredentials());
}

int Health(const Args& a) {
  auto stub = grpc::health::v1::Health::NewStub(Channel(a));
  int wait = 0;
  if (!IntFlag(a, "wait", 0, &wait)) return 2;
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(wait);
  std::string last;
  do {
    grpc::ClientContext ctx;
    ctx.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(2));
    grpc::health::v1::HealthCheckRequest req;
    req.set_service(a.Get("service", ""));
    grpc::health::v1::HealthCheckResponse resp;
    grpc::Status s = stub->Check(&ctx, req, &resp);
    if (s.ok() && resp.status() == grpc::health::v1::HealthCheckResponse::SERVING) {
      std::printf("SERVING\n");
      return 0;
    }
    last = s.ok() ? grpc::health::v1::HealthCheckResponse::ServingStatus_Name(resp.status())
                  : s.error_message();
    if (std::chrono::steady_clock::now() < deadline) {
      std::this_thread::sleep_for(std::chrono::milliseconds(250));
    }
  } while (std::chrono::steady_clock::now() < deadline);
  std::printf("NOT SERVING: %s\n", last.c_str());
  return 1;
}

void PrintArea(const imi::directory::v1::LegislativeArea& area) {
  std::printf("%-30s %s [%s]\n", area.name().c_str(), area.display_name().c_str(),
              area.display_language().c_str());
}

int PrintError(const grpc::Status& s) {
  absl::Status status = imi::FromGrpcStatus(s);
  std::fprintf(stderr, "imictl: %s: %s\n", absl::StatusCodeToString(status.code()).c_str(),
               std::string(status.message()).c_str());
  if (std::string reason = imi::ErrorReason(status); !reason.empty()) {
    std::fprintf(stderr, "  reason: %s (%s)\n", reason.c_str(), imi::ErrorDomain(status).c_str());
  }
  for (const auto& v : imi::FieldViolations(status)) {
    std::fprintf(stderr, "  field %s: %s\n", v.field.c_str(), v.description.c_str());
  }
  return 1;
}

int Areas(const Args& a) {
  auto stub = imi::directory::v1::DirectoryService::NewStub(Channel(a));
  std::string token = a.Get("token");
  if (token.empty() && std::getenv("IMI_TOKEN")) token = std::getenv("IMI_TOKEN");
  auto ctx = [&] {
    auto c = std::make_unique<grpc::ClientContext>();
    if (!token.empty()) c->AddMetadata("authorization", "Bearer " + token);
    c->set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(10));
    return c;
  };
  if (a.sub == "get") {
    imi::directory::v1::GetLegislativeAreaRequest req;
    req.set_name(a.Get("name"));
    req.set_language(a.Get("language"));
    imi::directory::v1::LegislativeArea area;
    grpc::Status s = stub->GetLegislativeArea(ctx().get(), req, &area);
    if (!s.ok()) return PrintError(s);
    // Text format with UTF-8 kept as is, so names in every language are readable.
    google::protobuf::TextFormat::Printer printer;
    printer.SetUseUtf8StringEscaping(true);
    std::string text;
    printer.PrintToString(area, &text);
    std::printf("%s", text.c_str());
    return 0;
  }
  if (a.sub != "list") return Usage();
  imi::directory::v1::ListLegislativeAreasRequest req;
  req.set_language(a.Get("language"));
  int page_size = 0;
  if (!IntFlag(a, "page-size", 100, &page_size)) return 2;
  req.set_page_size(page_size);
  if (std::string w = a.Get("workflow"); !w.empty()) {
    imi::directory::v1::Workflow workflow;
    if (!imi::directory::v1::Workflow_Parse(w, &workflow)) {
      std::fprintf(stderr, "imictl: --workflow: unknown workflow '%s'\n", w.c_str());
      return 2;
    }
    req.set_workflow(workflow);
  }
  do {
    imi::directory::v1::ListLegislativeAreasResponse resp;
    grpc::Status s = stub->ListLegislativeAreas(ctx().get(), req, &resp);
    if (!s.ok()) return PrintError(s);
    for (const auto& area : resp.legislative_areas()) PrintArea(area);
    req.set_page_token(resp.next_page_token());
  } while (!req.page_token().empty());
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  Args a = Parse(argc, argv);
  if (a.command == "keygen") return Keygen(a);
  if (a.command == "token") return Token(a);
  if (a.command == "health") return Health(a);
  if (a.command == "areas") return Areas(a);
  return Usage();
}
