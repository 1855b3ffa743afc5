#include "services/translation/mt/subprocess.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <mutex>

#include "absl/strings/str_cat.h"

namespace imi::translation::mt {
namespace {

void CloseFd(int& fd) {
  if (fd >= 0) {
    ::close(fd);
    fd = -1;
  }
}

// Closes [first, last] (last < 0: to the end). Async-signal-safe, for use
// between fork and exec.
void CloseFdsBetween(int first, int last) {
  if (last >= 0 && last < first) return;
  unsigned int hi = last < 0 ? ~0U : static_cast<unsigned int>(last);
  if (::close_range(static_cast<unsigned int>(first), hi, 0) == 0) return;
  long max = ::sysconf(_SC_OPEN_MAX);
  if (max < 0 || max > 65536) max = 65536;
  if (last >= 0 && last + 1 < max) max = last + 1;
  for (int fd = first; fd < max; ++fd) ::close(fd);
}

// Forks and execs `argv`. stdin is a pipe if `with_stdin`, else /dev/null.
// Exec failure is reported through a close-on-exec pipe: the parent reads
// either EOF (exec succeeded) or the child's errno.
absl::StatusOr<ChildProcess> Spawn(const std::vector<std::string>& argv,
                                   bool with_stdin) {
  IgnoreSigpipe();
  // Everything the child needs is prepared before fork: after fork in a
  // threaded process only async-signal-safe calls are allowed.
  std::vector<char*> cargv;
  cargv.reserve(argv.size() + 1);
  for (const std::string& a : argv)
    cargv.push_back(const_cast<char*>(a.c_str()));
  cargv.push_back(nullptr);

  int in[2] = {-1, -1}, out[2] = {-1, -1}, err[2] = {-1, -1};
  auto close_all = [&] {
    for (int* p : {in, out, err}) {
      CloseFd(p[0]);
      CloseFd(p[1]);
    }
  };
  if ((with_stdin && ::pipe2(in, O_CLOEXEC) != 0) ||
      ::pipe2(out, O_CLOEXEC) != 0 || ::pipe2(err, O_CLOEXEC) != 0) {
    int e = errno;
    close_all();
    return absl::UnavailableError(absl::StrCat("pipe2: ", std::strerror(e)));
  }
  const int devnull =
      with_stdin ? -1 : ::open("/dev/null", O_RDONLY | O_CLOEXEC);

  pid_t pid = ::fork();
  if (pid < 0) {
    int e = errno;
    close_all();
    if (devnull >= 0) ::close(devnull);
    return absl::UnavailableError(absl::StrCat("fork: ", std::strerror(e)));
  }
  if (pid == 0) {
    ::setpgid(0, 0);
    struct sigaction sa;
    std::memset(&sa, 0, sizeof(sa));
    sa.sa_handler = SIG_DFL;
    ::sigaction(SIGPIPE, &sa, nullptr);
    sigset_t none;
    sigemptyset(&none);
    ::sigprocmask(SIG_SETMASK, &none, nullptr);
    int child_in = with_stdin ? in[0] : devnull;
    if (child_in < 0 || ::dup2(child_in, 0) < 0 || ::dup2(out[1], 1) < 0) {
      int e = errno;
      (void)!::write(err[1], &e, sizeof(e));
      ::_exit(127);
    }
    // Keep only 0, 1, 2 and the exec-error pipe (close-on-exec anyway).
    CloseFdsBetween(3, err[1] - 1);
    CloseFdsBetween(err[1] + 1, -1);
    ::execvp(cargv[0], cargv.data());
    int e = errno;
    (void)!::write(err[1], &e, sizeof(e));
    ::_exit(127);
  }
  // Both sides set the group so that a kill right after fork hits it.
  ::setpgid(pid, pid);
  CloseFd(in[0]);
  CloseFd(out[1]);
  CloseFd(err[1]);
  if (devnull >= 0) ::close(devnull);

  int child_errno = 0;
  ssize_t n;
  do {
    n = ::read(err[0], &child_errno, sizeof(child_errno));
  } while (n < 0 && errno == EINTR);
  CloseFd(err[0]);
  if (n == sizeof(child_errno)) {
    int status;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    CloseFd(in[1]);
    CloseFd(out[0]);
    std::string what = absl::StrCat("cannot run '", argv[0],
                                    "': ", std::strerror(child_errno));
    if (child_errno == ENOENT) return absl::NotFoundError(what);
    return absl::UnavailableError(what);
  }
  if (in[1] >= 0) ::fcntl(in[1], F_SETFL, O_NONBLOCK);
  ::fcntl(out[0], F_SETFL, O_NONBLOCK);
  ChildProcess child;
  child.pid = pid;
  child.stdin_fd = in[1];
  child.stdout_fd = out[0];
  return child;
}

}  // namespace

void IgnoreSigpipe() {
  static std::once_flag once;
  std::call_once(once, [] { ::signal(SIGPIPE, SIG_IGN); });
}

absl::StatusOr<ChildProcess> SpawnShell(const std::string& script,
                                        const std::vector<std::string>& args) {
  // "trap : PIPE": the shell survives a SIGPIPE to its group until its
  // foreground pipeline is gone, so it reaps every stage (KillProcessGroup).
  // A handled signal is reset to the default in the stages, so they die.
  std::vector<std::string> argv = {"/bin/sh", "-c", "trap : PIPE; " + script,
                                   "sh"};
  argv.insert(argv.end(), args.begin(), args.end());
  return Spawn(argv, /*with_stdin=*/true);
}

void KillProcessGroup(ChildProcess& child) {
  CloseFd(child.stdin_fd);
  CloseFd(child.stdout_fd);
  if (child.pid <= 0) return;
  // SIGPIPE first: the stages die of it (as they would if their reader went
  // away), and the shell, which traps it (see SpawnShell), stays alive long
  // enough to reap them before it exits. A plain SIGKILL of the group would
  // orphan the stages to PID 1, which in a container often does not reap:
  // every restart would leave zombies. SIGPIPE rather than SIGTERM because
  // sh reports a stage killed by SIGTERM ("Terminated" on the service's
  // stderr) and stays quiet about SIGPIPE.
  ::kill(-child.pid, SIGPIPE);
  const absl::Time give_up = absl::Now() + absl::Seconds(1);
  int status;
  while (true) {
    pid_t r = ::waitpid(child.pid, &status, WNOHANG);
    if (r == child.pid || (r < 0 && errno != EINTR)) break;
    if (absl::Now() >= give_up) {
      ::kill(-child.pid, SIGKILL);
      while (::waitpid(child.pid, &status, 0) < 0 && errno == EINTR) {
      }
      break;
    }
    ::usleep(1000);
  }
  child.pid = 0;
}

absl::StatusOr<std::string> RunAndCapture(const std::vector<std::string>& argv,
                                          absl::Duration timeout) {
  if (argv.empty()) return absl::InvalidArgumentError("empty command");
  absl::StatusOr<ChildProcess> spawned = Spawn(argv, /*with_stdin=*/false);
  if (!spawned.ok()) return spawned.status();
  ChildProcess child = *spawned;
  const absl::Time deadline = absl::Now() + timeout;
  std::string out;
  char buf[16384];
  while (true) {
    absl::Duration left = deadline - absl::Now();
    if (left <= absl::ZeroDuration()) {
      KillProcessGroup(child);
      return absl::DeadlineExceededError(absl::StrCat(
          "'", argv[0], "' ran longer than ", absl::FormatDuration(timeout)));
    }
    pollfd p{child.stdout_fd, POLLIN, 0};
    int r =
        ::poll(&p, 1, static_cast<int>(absl::ToInt64Milliseconds(left)) + 1);
    if (r < 0 && errno != EINTR) break;
    if (r <= 0) continue;
    ssize_t n = ::read(child.stdout_fd, buf, sizeof(buf));
    if (n > 0) {
      out.append(buf, static_cast<std::size_t>(n));
    } else if (n == 0 || (errno != EAGAIN && errno != EINTR)) {
      break;
    }
  }
  CloseFd(child.stdout_fd);
  int status = 0;
  while (::waitpid(child.pid, &status, 0) < 0 && errno == EINTR) {
  }
  child.pid = 0;
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    return absl::InternalError(absl::StrCat(
        "'", argv[0], "' failed with ",
        WIFEXITED(status) ? absl::StrCat("exit code ", WEXITSTATUS(status))
                          : absl::StrCat("signal ", WTERMSIG(status))));
  }
  return out;
}

}  // namespace imi::translation::mt
