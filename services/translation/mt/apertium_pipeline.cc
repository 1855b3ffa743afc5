#include "services/translation/mt/apertium_pipeline.h"

#include <poll.h>
#include <sys/eventfd.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <climits>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <deque>
#include <fstream>
#include <sstream>
#include <thread>
#include <utility>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "absl/synchronization/mutex.h"
#include "absl/synchronization/notification.h"
#include "services/translation/mt/absl_compat.h"
#include "services/translation/mt/apertium_stream.h"
#include "services/translation/mt/errors.h"
#include "services/translation/mt/subprocess.h"
#include "spdlog/spdlog.h"

namespace imi::translation::mt {
namespace {

// Prefix of the marker superblank "[imi:<n>]" that tags each text.
constexpr char kMarkerTag[] = "imi:";
// Keep about this much unwritten data ready for the child; more only delays
// the detection of a stall, it does not speed anything up.
constexpr std::size_t kWriteAhead = 64 * 1024;

std::string Marker(std::uint64_t n) {
  return absl::StrCat("[", kMarkerTag, n, "]");
}

// Backoff before the n-th consecutive (re)start attempt that follows a
// failure: the first retry is immediate (a one-off crash should cost
// nothing), later ones wait longer so a broken installation does not spin.
absl::Duration Backoff(int failures_in_a_row) {
  if (failures_in_a_row <= 1) return absl::ZeroDuration();
  const int shift = std::min(failures_in_a_row - 2, 6);
  return std::min(absl::Milliseconds(50) * (1 << shift), absl::Seconds(2));
}

}  // namespace

std::string AddNullFlush(std::string_view mode_command) {
  std::vector<std::string> stages;
  for (absl::string_view stage : absl::StrSplit(AV(mode_command), '|')) {
    stage = absl::StripAsciiWhitespace(stage);
    if (stage.empty()) continue;
    std::size_t end = stage.find_first_of(" \t");
    if (end == absl::string_view::npos) {
      stages.push_back(absl::StrCat(stage, " -z"));
    } else {
      stages.push_back(
          absl::StrCat(stage.substr(0, end), " -z", stage.substr(end)));
    }
  }
  return absl::StrJoin(stages, " | ");
}

// --------------------------------------------------------------------------

class ApertiumPipeline::Impl {
 public:
  Impl(std::string script, std::vector<std::string> args,
       ApertiumPipelineOptions options)
      : script_(std::move(script)),
        args_(std::move(args)),
        options_(std::move(options)) {
    IgnoreSigpipe();
    wake_fd_ = ::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    if (wake_fd_ < 0) {
      spdlog::error("{}: eventfd failed ({}); falling back to polling",
                    options_.name, std::strerror(errno));
    }
    thread_ = std::thread([this] { Run(); });
  }

  ~Impl() {
    {
      absl::MutexLock lock(&mu_);
      stopping_ = true;
    }
    Wake();
    thread_.join();
    if (wake_fd_ >= 0) ::close(wake_fd_);
  }

  void Submit(std::string_view text, Callback done) {
    if (text.find('\0') != std::string_view::npos) {
      done(errors::TextInvalid("contains a NUL character"));
      return;
    }
    std::string_view core = TrimSpace(text);
    if (core.empty()) {
      done(std::string(text));  // nothing to translate, no round trip
      return;
    }
    if (outstanding_.fetch_add(1) >= options_.max_outstanding) {
      outstanding_.fetch_sub(1);
      done(errors::EngineBusy(
          options_.name,
          absl::StrCat(options_.max_outstanding, " texts already waiting")));
      return;
    }
    auto request = std::make_unique<Request>();
    request->text = std::string(text);
    request->stream = DeformatText(core);
    request->done = std::move(done);
    {
      absl::MutexLock lock(&mu_);
      incoming_.push_back(std::move(request));
    }
    Wake();
  }

  pid_t child_pid() const { return pid_.load(); }
  int starts() const { return starts_.load(); }
  std::size_t outstanding() const { return outstanding_.load(); }
  const std::string& name() const { return options_.name; }

 private:
  struct Request {
    std::string text;    // as the caller gave it, for its outer whitespace
    std::string stream;  // DeformatText of the trimmed text
    Callback done;
    int blamed = 0;            // failures while this was the oldest in flight
    std::uint64_t marker = 0;  // marker of the current attempt
    absl::Time oldest_since;   // when it became the oldest in flight
  };
  using RequestPtr = std::unique_ptr<Request>;

  void Wake() {
    if (wake_fd_ < 0) return;
    std::uint64_t one = 1;
    (void)!::write(wake_fd_, &one, sizeof(one));
  }

  void Complete(RequestPtr request, absl::StatusOr<std::string> result) {
    outstanding_.fetch_sub(1);
    request->done(std::move(result));
  }

  absl::Time OldestDeadline() const {
    const Request& head = *in_flight_.front();
    const double kib = static_cast<double>(head.stream.size()) / 1024.0;
    return head.oldest_since + options_.reply_timeout +
           options_.reply_timeout_per_kib * kib;
  }

  // The I/O thread: the only code that touches the child, the queues past
  // `incoming_`, and the buffers.
  void Run() {
    while (true) {
      {
        absl::MutexLock lock(&mu_);
        if (stopping_) break;
        while (!incoming_.empty()) {
          queued_.push_back(std::move(incoming_.front()));
          incoming_.pop_front();
        }
      }
      absl::Time now = absl::Now();
      const bool has_work = !queued_.empty() || !in_flight_.empty();
      if (has_work && !child_.running() && now >= no_restart_before_) {
        StartChild();
      }
      if (child_.running()) FillWriteBuffer(now);

      pollfd fds[3];
      nfds_t n = 0;
      fds[n++] = {wake_fd_, POLLIN, 0};
      int out_index = -1, in_index = -1;
      if (child_.running()) {
        out_index = static_cast<int>(n);
        fds[n++] = {child_.stdout_fd, POLLIN, 0};
        if (woff_ < wbuf_.size()) {
          in_index = static_cast<int>(n);
          fds[n++] = {child_.stdin_fd, POLLOUT, 0};
        }
      }
      absl::Time wake_at = absl::InfiniteFuture();
      if (!in_flight_.empty()) wake_at = OldestDeadline();
      if (!queued_.empty() && !child_.running()) {
        wake_at = std::min(wake_at, no_restart_before_);
      }
      int timeout_ms = -1;
      if (wake_at != absl::InfiniteFuture()) {
        const double ms = std::ceil(absl::ToDoubleMilliseconds(wake_at - now));
        timeout_ms = static_cast<int>(std::clamp(ms, 0.0, double{INT_MAX}));
      }
      // Without an eventfd (creation failed) new texts are noticed by polling.
      if (wake_fd_ < 0 && (timeout_ms < 0 || timeout_ms > 10)) timeout_ms = 10;
      const int ready = ::poll(fds, n, timeout_ms);
      if (ready < 0 && errno != EINTR) {
        spdlog::error("{}: poll failed: {}", options_.name,
                      std::strerror(errno));
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
        continue;
      }
      if (ready > 0 && (fds[0].revents & POLLIN)) {
        std::uint64_t count;
        (void)!::read(wake_fd_, &count, sizeof(count));
      }
      if (ready > 0 && out_index >= 0 && fds[out_index].revents != 0) {
        if (!ReadReplies()) continue;  // the child was replaced
      }
      if (ready > 0 && in_index >= 0 && fds[in_index].revents != 0) {
        if (!WriteSome()) continue;
      }
      if (!in_flight_.empty() && absl::Now() >= OldestDeadline()) {
        Restart(
            /*blame_oldest=*/true,
            absl::StrCat("no reply within ",
                         absl::FormatDuration(absl::Now() -
                                              in_flight_.front()->oldest_since),
                         " for a text of ", in_flight_.front()->stream.size(),
                         " bytes (stalled)"));
      }
    }
    // Shutting down.
    KillProcessGroup(child_);
    pid_.store(0);
    std::deque<RequestPtr> left;
    {
      absl::MutexLock lock(&mu_);
      left.swap(incoming_);
    }
    for (auto* q : {&in_flight_, &queued_, &left}) {
      while (!q->empty()) {
        RequestPtr r = std::move(q->front());
        q->pop_front();
        Complete(std::move(r),
                 errors::EngineUnavailable(options_.name, "shutting down"));
      }
    }
  }

  void StartChild() {
    absl::StatusOr<ChildProcess> child = SpawnShell(script_, args_);
    starts_.fetch_add(1);
    if (!child.ok()) {
      ++failures_in_a_row_;
      no_restart_before_ = absl::Now() + Backoff(failures_in_a_row_);
      spdlog::error("{}: cannot start pipeline: {}", options_.name,
                    child.status().ToString());
      // Nothing is in flight when there is no child; fail what waits, so
      // callers are not held hostage by a broken installation.
      while (!queued_.empty()) {
        RequestPtr r = std::move(queued_.front());
        queued_.pop_front();
        Complete(std::move(r), errors::EngineUnavailable(
                                   options_.name, child.status().message()));
      }
      return;
    }
    child_ = *child;
    pid_.store(child_.pid);
    wbuf_.clear();
    woff_ = 0;
    rbuf_.clear();
    spdlog::info("{}: pipeline started (pid {})", options_.name, child_.pid);
  }

  void FillWriteBuffer(absl::Time now) {
    if (woff_ > 0 && woff_ == wbuf_.size()) {
      wbuf_.clear();
      woff_ = 0;
    } else if (woff_ > kWriteAhead) {
      wbuf_.erase(0, woff_);
      woff_ = 0;
    }
    while (!queued_.empty() && wbuf_.size() - woff_ < kWriteAhead) {
      RequestPtr r = std::move(queued_.front());
      queued_.pop_front();
      r->marker = next_marker_++;
      absl::StrAppend(&wbuf_, Marker(r->marker), r->stream);
      wbuf_.push_back('\0');
      if (in_flight_.empty()) r->oldest_since = now;
      in_flight_.push_back(std::move(r));
    }
  }

  // Returns false if the child failed and was replaced.
  bool WriteSome() {
    while (woff_ < wbuf_.size()) {
      ssize_t n =
          ::write(child_.stdin_fd, wbuf_.data() + woff_, wbuf_.size() - woff_);
      if (n > 0) {
        woff_ += static_cast<std::size_t>(n);
        continue;
      }
      if (n < 0 && errno == EINTR) continue;
      if (n < 0 && errno == EAGAIN) return true;
      Restart(/*blame_oldest=*/true,
              absl::StrCat("write to pipeline failed: ", std::strerror(errno)));
      return false;
    }
    return true;
  }

  // Reads what the child wrote and completes every whole reply. Returns false
  // if the child failed and was replaced.
  bool ReadReplies() {
    bool eof = false;
    char buf[65536];
    while (true) {
      ssize_t n = ::read(child_.stdout_fd, buf, sizeof(buf));
      if (n > 0) {
        rbuf_.append(buf, static_cast<std::size_t>(n));
        if (static_cast<std::size_t>(n) < sizeof(buf)) break;
        continue;
      }
      if (n < 0 && errno == EINTR) continue;
      if (n < 0 && errno == EAGAIN) break;
      eof = true;  // EOF, or a read error that means the same
      break;
    }
    std::size_t start = 0;
    std::size_t nul;
    const absl::Time now = absl::Now();
    while ((nul = rbuf_.find('\0', start)) != std::string::npos) {
      std::string_view reply(rbuf_.data() + start, nul - start);
      start = nul + 1;
      if (in_flight_.empty()) {
        Restart(/*blame_oldest=*/false, "reply without a pending text");
        return false;
      }
      Request& head = *in_flight_.front();
      const std::string marker = Marker(head.marker);
      const std::size_t at = reply.find(marker);
      if (at == std::string_view::npos ||
          CountSuperblanksWithPrefix(reply, kMarkerTag) != 1) {
        Restart(
            /*blame_oldest=*/true,
            absl::StrCat("reply of ", reply.size(),
                         " bytes does not carry exactly the marker ", marker));
        return false;
      }
      std::string stream(reply.substr(0, at));
      stream.append(reply.substr(at + marker.size()));
      const std::string translated = ReformatText(stream);
      std::string text(LeadingSpace(head.text));
      text.append(TrimSpace(translated));
      text.append(TrailingSpace(head.text));
      RequestPtr done = std::move(in_flight_.front());
      in_flight_.pop_front();
      if (!in_flight_.empty()) in_flight_.front()->oldest_since = now;
      failures_in_a_row_ = 0;
      Complete(std::move(done), std::move(text));
    }
    rbuf_.erase(0, start);
    if (eof) {
      if (in_flight_.empty() && queued_.empty()) {
        // Died while idle (killed, OOM, ...): nobody to blame; the next text
        // starts a new child.
        spdlog::warn("{}: pipeline (pid {}) exited while idle", options_.name,
                     child_.pid);
        KillProcessGroup(child_);
        pid_.store(0);
      } else {
        Restart(/*blame_oldest=*/true, "pipeline exited");
      }
      return false;
    }
    return true;
  }

  // Kills the child and puts every text in flight back at the front of the
  // queue, in order, for a fresh child. The oldest text in flight takes the
  // blame if `blame_oldest`; on its second failure it is answered UNAVAILABLE.
  void Restart(bool blame_oldest, std::string_view why) {
    spdlog::warn("{}: restarting pipeline (pid {}, {} texts in flight): {}",
                 options_.name, child_.pid, in_flight_.size(), why);
    KillProcessGroup(child_);
    pid_.store(0);
    wbuf_.clear();
    woff_ = 0;
    rbuf_.clear();
    if (blame_oldest && !in_flight_.empty() &&
        ++in_flight_.front()->blamed >= 2) {
      RequestPtr r = std::move(in_flight_.front());
      in_flight_.pop_front();
      Complete(std::move(r),
               errors::EngineUnavailable(
                   options_.name,
                   absl::StrCat("failed twice on this text: ", AV(why))));
    }
    while (!in_flight_.empty()) {
      queued_.push_front(std::move(in_flight_.back()));
      in_flight_.pop_back();
    }
    ++failures_in_a_row_;
    no_restart_before_ = absl::Now() + Backoff(failures_in_a_row_);
  }

  const std::string script_;
  const std::vector<std::string> args_;
  const ApertiumPipelineOptions options_;

  absl::Mutex mu_;
  std::deque<RequestPtr> incoming_ ABSL_GUARDED_BY(mu_);
  bool stopping_ ABSL_GUARDED_BY(mu_) = false;

  std::atomic<std::size_t> outstanding_{0};
  std::atomic<pid_t> pid_{0};
  std::atomic<int> starts_{0};
  int wake_fd_ = -1;

  // Owned by the I/O thread.
  ChildProcess child_;
  std::deque<RequestPtr> queued_;     // accepted, not yet written
  std::deque<RequestPtr> in_flight_;  // written (or being written), in order
  std::string wbuf_;  // bytes for the child; [woff_, end) unwritten
  std::size_t woff_ = 0;
  std::string rbuf_;  // bytes from the child after the last NUL
  std::uint64_t next_marker_ = 1;
  int failures_in_a_row_ = 0;
  absl::Time no_restart_before_ = absl::InfinitePast();

  std::thread thread_;  // last: starts after every member above exists
};

// --------------------------------------------------------------------------

ApertiumPipeline::ApertiumPipeline(std::unique_ptr<Impl> impl)
    : impl_(std::move(impl)) {}

ApertiumPipeline::~ApertiumPipeline() = default;

absl::StatusOr<std::unique_ptr<ApertiumPipeline>> ApertiumPipeline::ForModeFile(
    const std::string& mode_file, ApertiumPipelineOptions options) {
  if (::access(mode_file.c_str(), R_OK) != 0) {
    return absl::NotFoundError(
        absl::StrCat("Apertium mode file '", mode_file, "' not found"));
  }
  std::string stages;
  absl::StatusOr<std::string> printed = RunAndCapture(
      {"apertium-wblank-mode", "-z", mode_file}, absl::Seconds(10));
  if (printed.ok()) {
    stages = std::string(absl::StripAsciiWhitespace(*printed));
  } else if (absl::IsNotFound(printed.status())) {
    std::ifstream in(mode_file);
    std::stringstream text;
    text << in.rdbuf();
    stages = AddNullFlush(text.str());
  } else {
    return absl::InternalError(absl::StrCat("apertium-wblank-mode on '",
                                            mode_file,
                                            "': ", printed.status().message()));
  }
  if (stages.empty()) {
    return absl::InternalError(
        absl::StrCat("mode file '", mode_file, "' is empty"));
  }
  // The stages read UTF-8 whatever the service's locale; $1 is the
  // generator's flag, $2 the tagger's (none), as the `apertium` script sets.
  std::string script = absl::StrCat("LC_ALL=C.UTF-8; export LC_ALL; ", stages);
  std::vector<std::string> args = {options.mark_unknown_words ? "-g" : "-n",
                                   ""};
  return std::unique_ptr<ApertiumPipeline>(
      new ApertiumPipeline(std::make_unique<Impl>(
          std::move(script), std::move(args), std::move(options))));
}

std::unique_ptr<ApertiumPipeline> ApertiumPipeline::ForCommand(
    std::string script, std::vector<std::string> args,
    ApertiumPipelineOptions options) {
  return std::unique_ptr<ApertiumPipeline>(
      new ApertiumPipeline(std::make_unique<Impl>(
          std::move(script), std::move(args), std::move(options))));
}

absl::StatusOr<std::string> ApertiumPipeline::Translate(std::string_view text) {
  absl::Notification done;
  absl::StatusOr<std::string> result;
  impl_->Submit(text, [&](absl::StatusOr<std::string> r) {
    result = std::move(r);
    done.Notify();
  });
  done.WaitForNotification();
  return result;
}

void ApertiumPipeline::TranslateAsync(std::string_view text, Callback done) {
  impl_->Submit(text, std::move(done));
}

absl::Status ApertiumPipeline::WarmUp() { return Translate("1").status(); }

pid_t ApertiumPipeline::child_pid() const { return impl_->child_pid(); }
int ApertiumPipeline::starts() const { return impl_->starts(); }
std::size_t ApertiumPipeline::outstanding() const {
  return impl_->outstanding();
}
const std::string& ApertiumPipeline::name() const { return impl_->name(); }

}  // namespace imi::translation::mt
