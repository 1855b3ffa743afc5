// A small LibreTranslate-style HTTP server for tests: listens on
// 127.0.0.1:<free port> in a thread of the test process.
//
// Its "translation" is deterministic so tests can check it: the target code
// in brackets, then every word of q reversed:
//   POST /translate {"q":"hello world","source":"en","target":"de"}
//     -> {"translatedText":"[de] olleh dlrow"}
//   (words reversed character by character, UTF-8 safe)
// GET /languages offers en, de, fi and ga, each into the three others.
#ifndef IMI_TESTS_SERVICES_TRANSLATION_FAKE_LIBRETRANSLATE_H_
#define IMI_TESTS_SERVICES_TRANSLATION_FAKE_LIBRETRANSLATE_H_

#include <atomic>
#include <string>
#include <string_view>
#include <thread>

#include "absl/synchronization/mutex.h"
#include "absl/time/time.h"

namespace imi::translation::mt::testing {

class FakeLibreTranslate {
 public:
  FakeLibreTranslate();  // aborts the test binary if it cannot listen
  ~FakeLibreTranslate();

  int port() const { return port_; }
  std::string url() const;

  // What POST /translate answers for q and target.
  static std::string Expected(std::string_view q, std::string_view target);

  // Answer every request with this HTTP status and {"error": "..."}
  // (0: answer normally).
  void set_fail_with(int status) { fail_with_ = status; }
  // Wait this long before answering.
  void set_delay(absl::Duration d) {
    absl::MutexLock l(&mu_);
    delay_ = d;
  }
  // Use Transfer-Encoding: chunked instead of Content-Length.
  void set_chunked(bool chunked) { chunked_ = chunked; }
  // Reject (HTTP 403) requests without this api_key ("" accepts any).
  void set_api_key(std::string key) {
    absl::MutexLock l(&mu_);
    api_key_ = std::move(key);
  }
  int requests() const { return requests_; }
  std::string last_body() const {
    absl::MutexLock l(&mu_);
    return last_body_;
  }

 private:
  void Serve();
  void Handle(int fd);

  int listen_fd_ = -1;
  int port_ = 0;
  std::atomic<bool> stop_{false};
  std::atomic<int> fail_with_{0};
  std::atomic<bool> chunked_{false};
  std::atomic<int> requests_{0};
  mutable absl::Mutex mu_;
  absl::Duration delay_ ABSL_GUARDED_BY(mu_);
  std::string api_key_ ABSL_GUARDED_BY(mu_);
  std::string last_body_ ABSL_GUARDED_BY(mu_);
  std::thread thread_;
};

}  // namespace imi::translation::mt::testing

#endif  // IMI_TESTS_SERVICES_TRANSLATION_FAKE_LIBRETRANSLATE_H_
