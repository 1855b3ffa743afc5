#include "tests/services/translation/fake_libretranslate.h"

#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <thread>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "nlohmann/json.hpp"

namespace imi::translation::mt::testing {
namespace {

using json = nlohmann::json;

void SendAll(int fd, std::string_view data) {
  while (!data.empty()) {
    ssize_t n = ::send(fd, data.data(), data.size(), MSG_NOSIGNAL);
    if (n <= 0) return;
    data.remove_prefix(static_cast<std::size_t>(n));
  }
}

}  // namespace

FakeLibreTranslate::FakeLibreTranslate() : delay_(absl::ZeroDuration()) {
  listen_fd_ = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  addr.sin_port = 0;
  socklen_t len = sizeof(addr);
  if (listen_fd_ < 0 ||
      ::bind(listen_fd_, reinterpret_cast<sockaddr*>(&addr), sizeof(addr)) !=
          0 ||
      ::listen(listen_fd_, 16) != 0 ||
      ::getsockname(listen_fd_, reinterpret_cast<sockaddr*>(&addr), &len) !=
          0) {
    std::perror("FakeLibreTranslate: cannot listen");
    std::abort();
  }
  port_ = ntohs(addr.sin_port);
  thread_ = std::thread([this] { Serve(); });
}

FakeLibreTranslate::~FakeLibreTranslate() {
  stop_ = true;
  thread_.join();
  ::close(listen_fd_);
}

std::string FakeLibreTranslate::url() const {
  return absl::StrCat("http://127.0.0.1:", port_);
}

std::string FakeLibreTranslate::Expected(std::string_view q,
                                         std::string_view target) {
  std::vector<std::string> words;
  for (absl::string_view w : absl::StrSplit(
           absl::string_view(q.data(), q.size()), ' ', absl::SkipEmpty())) {
    // Reverse characters, not bytes, so UTF-8 stays valid.
    std::vector<absl::string_view> chars;
    for (std::size_t i = 0; i < w.size();) {
      std::size_t len = 1;
      while (i + len < w.size() &&
             (static_cast<unsigned char>(w[i + len]) & 0xC0) == 0x80)
        ++len;
      chars.push_back(w.substr(i, len));
      i += len;
    }
    std::reverse(chars.begin(), chars.end());
    words.push_back(absl::StrJoin(chars, ""));
  }
  return "[" + std::string(target) + "] " + absl::StrJoin(words, " ");
}

void FakeLibreTranslate::Serve() {
  while (!stop_) {
    pollfd p{listen_fd_, POLLIN, 0};
    if (::poll(&p, 1, 50) <= 0) continue;
    int fd = ::accept4(listen_fd_, nullptr, nullptr, SOCK_CLOEXEC);
    if (fd < 0) continue;
    Handle(fd);
    ::close(fd);
  }
}

void FakeLibreTranslate::Handle(int fd) {
  std::string in;
  char buf[4096];
  std::size_t header_end = std::string::npos, content_length = 0;
  while (true) {
    if (header_end != std::string::npos &&
        in.size() >= header_end + content_length)
      break;
    pollfd p{fd, POLLIN, 0};
    if (::poll(&p, 1, 2000) <= 0) return;
    ssize_t n = ::recv(fd, buf, sizeof(buf), 0);
    if (n <= 0) return;
    in.append(buf, static_cast<std::size_t>(n));
    if (header_end == std::string::npos) {
      std::size_t end = in.find("\r\n\r\n");
      if (end == std::string::npos) continue;
      header_end = end + 4;
      for (absl::string_view line :
           absl::StrSplit(absl::string_view(in).substr(0, end), "\r\n")) {
        if (absl::StartsWithIgnoreCase(line, "content-length:")) {
          (void)absl::SimpleAtoi(absl::StripAsciiWhitespace(line.substr(15)),
                                 &content_length);
        }
      }
    }
  }
  ++requests_;
  const std::string request_line = in.substr(0, in.find("\r\n"));
  const std::string body = in.substr(header_end, content_length);
  absl::Duration delay;
  std::string api_key;
  {
    absl::MutexLock l(&mu_);
    last_body_ = body;
    delay = delay_;
    api_key = api_key_;
  }
  if (delay > absl::ZeroDuration()) absl::SleepFor(delay);

  int status = 200;
  json reply;
  if (int fail = fail_with_.load(); fail != 0) {
    status = fail;
    reply = {{"error", "the fake server was told to fail"}};
  } else if (absl::StartsWith(request_line, "GET /languages ")) {
    reply = json::array();
    for (const char* code : {"en", "de", "fi", "ga"}) {
      json targets = json::array();
      for (const char* t : {"en", "de", "fi", "ga"}) {
        if (std::string_view(t) != code) targets.push_back(t);
      }
      reply.push_back({{"code", code}, {"name", code}, {"targets", targets}});
    }
  } else if (absl::StartsWith(request_line, "POST /translate ")) {
    json req = json::parse(body, nullptr, false);
    if (!req.is_object() || !req.contains("q") || !req.contains("target")) {
      status = 400;
      reply = {{"error", "Invalid request"}};
    } else if (!api_key.empty() &&
               (!req.contains("api_key") || req["api_key"] != api_key)) {
      status = 403;
      reply = {{"error", "Invalid API key"}};
    } else {
      reply = {{"translatedText", Expected(req["q"].get<std::string>(),
                                           req["target"].get<std::string>())}};
    }
  } else {
    status = 404;
    reply = {{"error", "Not Found"}};
  }
  const std::string payload = reply.dump();
  std::string head = absl::StrCat("HTTP/1.1 ", status,
                                  " X\r\nContent-Type: application/json\r\n");
  if (chunked_) {
    // Two chunks, to exercise the client's de-chunking.
    const std::size_t half = payload.size() / 2;
    absl::StrAppend(&head, "Transfer-Encoding: chunked\r\n\r\n");
    std::string chunks;
    for (absl::string_view part : {absl::string_view(payload).substr(0, half),
                                   absl::string_view(payload).substr(half)}) {
      absl::StrAppend(&chunks, absl::Hex(part.size()), "\r\n", part, "\r\n");
    }
    absl::StrAppend(&chunks, "0\r\n\r\n");
    SendAll(fd, head + chunks);
  } else {
    absl::StrAppend(&head, "Content-Length: ", payload.size(), "\r\n\r\n");
    SendAll(fd, head + payload);
  }
}

}  // namespace imi::translation::mt::testing
