// A minimal blocking HTTP/1.1 client over a POSIX socket, enough for JSON
// machine-translation APIs: one request per connection ("Connection: close"),
// Content-Length or chunked responses, a connect timeout and an overall
// deadline. Plain http:// only — there is no TLS yet, so an external engine
// must be reached over a trusted network or through a local TLS-terminating
// sidecar/egress proxy.
//
// Thread safety: the functions are thread-safe.
#ifndef IMI_SERVICES_TRANSLATION_MT_HTTP_CLIENT_H_
#define IMI_SERVICES_TRANSLATION_MT_HTTP_CLIENT_H_

#include <map>
#include <string>
#include <string_view>

#include "absl/status/statusor.h"
#include "absl/time/time.h"

namespace imi::translation::mt {

// "http://host[:port][/base]" split up. `base` has no trailing slash.
struct HttpUrl {
  std::string host;
  int port = 80;
  std::string base;  // "" or "/prefix"
};

// Errors: INVALID_ARGUMENT for anything else than the form above;
// UNIMPLEMENTED for https:// (no TLS yet).
absl::StatusOr<HttpUrl> ParseHttpUrl(std::string_view url);

struct HttpResponse {
  int status = 0;
  std::map<std::string, std::string> headers;  // names lower-cased
  std::string body;                            // de-chunked
};

struct HttpRequest {
  std::string method = "GET";
  std::string path = "/";  // appended to url.base
  std::string content_type;
  std::string body;
};

// Sends `request` and returns the response, whatever its status code.
// Errors: UNAVAILABLE if the host cannot be resolved or connected to, or the
// connection breaks; DEADLINE_EXCEEDED if connecting takes longer than
// `connect_timeout` or the whole exchange ends after `deadline`; INTERNAL
// for a malformed or oversized (> 16 MiB) response.
absl::StatusOr<HttpResponse> SendHttpRequest(const HttpUrl& url,
                                             const HttpRequest& request,
                                             absl::Duration connect_timeout,
                                             absl::Time deadline);

}  // namespace imi::translation::mt

#endif  // IMI_SERVICES_TRANSLATION_MT_HTTP_CLIENT_H_
