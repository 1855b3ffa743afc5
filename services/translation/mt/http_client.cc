#include "services/translation/mt/http_client.h"

#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstring>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "services/translation/mt/absl_compat.h"

namespace imi::translation::mt {
namespace {

constexpr std::size_t kMaxResponse = 16 << 20;

class Fd {
 public:
  explicit Fd(int fd = -1) : fd_(fd) {}
  ~Fd() {
    if (fd_ >= 0) ::close(fd_);
  }
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  Fd(Fd&& o) noexcept : fd_(o.fd_) { o.fd_ = -1; }
  Fd& operator=(Fd&& o) noexcept {
    std::swap(fd_, o.fd_);
    return *this;
  }
  int get() const { return fd_; }

 private:
  int fd_;
};

int MillisUntil(absl::Time t) {
  double ms = std::ceil(absl::ToDoubleMilliseconds(t - absl::Now()));
  return static_cast<int>(std::clamp(ms, 0.0, 1e9));
}

// Waits for `events` on `fd` until `until`. Returns false on timeout.
bool WaitFor(int fd, short events, absl::Time until) {
  while (true) {
    pollfd p{fd, events, 0};
    int r = ::poll(&p, 1, MillisUntil(until));
    if (r > 0) return true;
    if (r == 0) return false;
    if (errno != EINTR) return true;  // let the following call report it
  }
}

absl::StatusOr<Fd> Connect(const HttpUrl& url, absl::Duration connect_timeout,
                           absl::Time deadline) {
  addrinfo hints{};
  hints.ai_family = AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM;
  addrinfo* res = nullptr;
  const std::string port = absl::StrCat(url.port);
  // getaddrinfo has no timeout; for hosts from configuration (usually a
  // cluster-local name) that is acceptable.
  int gai = ::getaddrinfo(url.host.c_str(), port.c_str(), &hints, &res);
  if (gai != 0) {
    return absl::UnavailableError(
        absl::StrCat("cannot resolve '", url.host, "': ", ::gai_strerror(gai)));
  }
  std::string last_error = "no address";
  bool timed_out = false;
  const absl::Time until = std::min(absl::Now() + connect_timeout, deadline);
  for (addrinfo* ai = res; ai != nullptr; ai = ai->ai_next) {
    Fd fd(::socket(ai->ai_family,
                   ai->ai_socktype | SOCK_NONBLOCK | SOCK_CLOEXEC,
                   ai->ai_protocol));
    if (fd.get() < 0) {
      last_error = std::strerror(errno);
      continue;
    }
    int r = ::connect(fd.get(), ai->ai_addr, ai->ai_addrlen);
    if (r != 0 && errno != EINPROGRESS) {
      last_error = std::strerror(errno);
      continue;
    }
    if (r != 0) {
      if (!WaitFor(fd.get(), POLLOUT, until)) {
        timed_out = true;
        last_error = "connect timed out";
        continue;
      }
      int err = 0;
      socklen_t len = sizeof(err);
      ::getsockopt(fd.get(), SOL_SOCKET, SO_ERROR, &err, &len);
      if (err != 0) {
        last_error = std::strerror(err);
        continue;
      }
    }
    int one = 1;
    ::setsockopt(fd.get(), IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
    ::freeaddrinfo(res);
    return fd;
  }
  ::freeaddrinfo(res);
  std::string what = absl::StrCat("cannot connect to ", url.host, ":", url.port,
                                  ": ", last_error);
  if (timed_out) return absl::DeadlineExceededError(what);
  return absl::UnavailableError(what);
}

// Decodes a chunked body into `out`. Returns false until it is complete.
absl::StatusOr<bool> Dechunk(absl::string_view in, std::string& out) {
  out.clear();
  std::size_t pos = 0;
  while (true) {
    std::size_t eol = in.find("\r\n", pos);
    if (eol == absl::string_view::npos) return false;
    absl::string_view size_line = in.substr(pos, eol - pos);
    size_line = size_line.substr(0, size_line.find(';'));
    std::size_t size = 0;
    if (!absl::SimpleHexAtoi(absl::StripAsciiWhitespace(size_line), &size)) {
      return absl::InternalError("malformed chunk size in HTTP response");
    }
    pos = eol + 2;
    if (size == 0) return in.find("\r\n", pos) != absl::string_view::npos;
    if (in.size() < pos + size + 2) return false;
    const absl::string_view chunk = in.substr(pos, size);
    out.append(chunk.data(), chunk.size());
    pos += size + 2;
  }
}

}  // namespace

absl::StatusOr<HttpUrl> ParseHttpUrl(std::string_view url_text) {
  absl::string_view url = AV(url_text);
  if (absl::StartsWithIgnoreCase(url, "https://")) {
    return absl::UnimplementedError(
        "https:// engine URLs are not supported yet (no TLS); use http:// "
        "through a trusted network or a TLS-terminating proxy");
  }
  if (!absl::ConsumePrefix(&url, "http://")) {
    return absl::InvalidArgumentError(
        absl::StrCat("engine URL must start with http://, got '", url, "'"));
  }
  HttpUrl out;
  absl::string_view authority = url.substr(0, url.find('/'));
  absl::string_view path = url.substr(authority.size());
  while (!path.empty() && path.back() == '/') path.remove_suffix(1);
  out.base = std::string(path);
  absl::string_view host = authority;
  if (!authority.empty() && authority.front() == '[') {  // [::1]:8080
    std::size_t close = authority.find(']');
    if (close == absl::string_view::npos) {
      return absl::InvalidArgumentError(
          "engine URL: unterminated IPv6 address");
    }
    host = authority.substr(1, close - 1);
    absl::string_view rest = authority.substr(close + 1);
    if (absl::ConsumePrefix(&rest, ":") && !absl::SimpleAtoi(rest, &out.port)) {
      return absl::InvalidArgumentError("engine URL: bad port");
    }
  } else if (std::size_t colon = authority.rfind(':');
             colon != absl::string_view::npos) {
    host = authority.substr(0, colon);
    if (!absl::SimpleAtoi(authority.substr(colon + 1), &out.port)) {
      return absl::InvalidArgumentError("engine URL: bad port");
    }
  }
  if (host.empty() || out.port <= 0 || out.port > 65535) {
    return absl::InvalidArgumentError("engine URL: missing host or bad port");
  }
  out.host = std::string(host);
  return out;
}

absl::StatusOr<HttpResponse> SendHttpRequest(const HttpUrl& url,
                                             const HttpRequest& request,
                                             absl::Duration connect_timeout,
                                             absl::Time deadline) {
  absl::StatusOr<Fd> connected = Connect(url, connect_timeout, deadline);
  if (!connected.ok()) return connected.status();
  Fd fd = std::move(*connected);
  const std::string where = absl::StrCat(url.host, ":", url.port);

  std::string wire = absl::StrCat(
      request.method, " ", url.base, request.path,
      " HTTP/1.1\r\nHost: ", url.host, ":", url.port,
      "\r\nUser-Agent: imi-translation\r\nAccept: application/json\r\n"
      "Connection: close\r\n");
  if (!request.content_type.empty()) {
    absl::StrAppend(&wire, "Content-Type: ", request.content_type, "\r\n");
  }
  if (!request.body.empty() || request.method == "POST") {
    absl::StrAppend(&wire, "Content-Length: ", request.body.size(), "\r\n");
  }
  absl::StrAppend(&wire, "\r\n", request.body);

  std::size_t sent = 0;
  while (sent < wire.size()) {
    ssize_t n =
        ::send(fd.get(), wire.data() + sent, wire.size() - sent, MSG_NOSIGNAL);
    if (n > 0) {
      sent += static_cast<std::size_t>(n);
      continue;
    }
    if (n < 0 && errno == EINTR) continue;
    if (n < 0 && errno == EAGAIN) {
      if (!WaitFor(fd.get(), POLLOUT, deadline)) {
        return absl::DeadlineExceededError(
            absl::StrCat("sending to ", where, " timed out"));
      }
      continue;
    }
    return absl::UnavailableError(
        absl::StrCat("sending to ", where, ": ", std::strerror(errno)));
  }

  // Read until the response is complete or the server closes.
  std::string in;
  HttpResponse response;
  std::size_t header_end = std::string::npos;
  std::size_t content_length = std::string::npos;
  bool chunked = false;
  char buf[16384];
  while (true) {
    if (header_end != std::string::npos) {
      absl::string_view body = absl::string_view(in).substr(header_end);
      if (chunked) {
        absl::StatusOr<bool> done = Dechunk(body, response.body);
        if (!done.ok()) return done.status();
        if (*done) return response;
      } else if (content_length != std::string::npos &&
                 body.size() >= content_length) {
        response.body = std::string(body.substr(0, content_length));
        return response;
      }
    }
    if (in.size() > kMaxResponse) {
      return absl::InternalError(
          absl::StrCat("response from ", where, " is too large"));
    }
    ssize_t n = ::recv(fd.get(), buf, sizeof(buf), 0);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0 && errno == EAGAIN) {
      if (!WaitFor(fd.get(), POLLIN, deadline)) {
        return absl::DeadlineExceededError(
            absl::StrCat("no complete response from ", where, " in time"));
      }
      continue;
    }
    if (n < 0) {
      return absl::UnavailableError(
          absl::StrCat("reading from ", where, ": ", std::strerror(errno)));
    }
    if (n == 0) {  // server closed
      if (header_end == std::string::npos) {
        return absl::UnavailableError(
            absl::StrCat(where, " closed the connection without a response"));
      }
      if (chunked || content_length != std::string::npos) {
        return absl::UnavailableError(
            absl::StrCat(where, " closed the connection mid-response"));
      }
      response.body = in.substr(header_end);  // body delimited by close
      return response;
    }
    in.append(buf, static_cast<std::size_t>(n));
    if (header_end == std::string::npos) {
      std::size_t end = in.find("\r\n\r\n");
      if (end == std::string::npos) continue;
      header_end = end + 4;
      std::vector<absl::string_view> lines =
          absl::StrSplit(absl::string_view(in).substr(0, end), "\r\n");
      // "HTTP/1.1 200 OK"
      std::vector<absl::string_view> status_line =
          absl::StrSplit(lines[0], absl::MaxSplits(' ', 2));
      if (status_line.size() < 2 ||
          !absl::StartsWith(status_line[0], "HTTP/1.") ||
          !absl::SimpleAtoi(status_line[1], &response.status)) {
        return absl::InternalError(
            absl::StrCat("malformed HTTP status line from ", where));
      }
      for (std::size_t i = 1; i < lines.size(); ++i) {
        std::size_t colon = lines[i].find(':');
        if (colon == absl::string_view::npos) continue;
        std::string name = absl::AsciiStrToLower(lines[i].substr(0, colon));
        response.headers[name] =
            std::string(absl::StripAsciiWhitespace(lines[i].substr(colon + 1)));
      }
      if (auto te = response.headers.find("transfer-encoding");
          te != response.headers.end() &&
          absl::StrContains(absl::AsciiStrToLower(te->second), "chunked")) {
        chunked = true;
      } else if (auto cl = response.headers.find("content-length");
                 cl != response.headers.end()) {
        if (!absl::SimpleAtoi(cl->second, &content_length) ||
            content_length > kMaxResponse) {
          return absl::InternalError(
              absl::StrCat("bad Content-Length from ", where));
        }
      }
      if (response.status == 204 || response.status == 304 ||
          request.method == "HEAD") {
        return response;
      }
    }
  }
}

}  // namespace imi::translation::mt
