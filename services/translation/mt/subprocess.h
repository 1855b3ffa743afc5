// Child processes for the Apertium pipelines: started with fork/exec (no
// popen, no shell-string concatenation of user data), each in its own process
// group so that a whole pipeline is killed with one signal.
//
// Thread safety: the functions are thread-safe; a ChildProcess value is owned
// by one thread.
#ifndef IMI_SERVICES_TRANSLATION_MT_SUBPROCESS_H_
#define IMI_SERVICES_TRANSLATION_MT_SUBPROCESS_H_

#include <sys/types.h>

#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/time/time.h"

namespace imi::translation::mt {

// A running child and our ends of its stdin and stdout pipes (non-blocking,
// close-on-exec). Its stderr is inherited, so stage diagnostics reach the
// service's log stream.
struct ChildProcess {
  pid_t pid = 0;  // also its process-group id
  int stdin_fd = -1;
  int stdout_fd = -1;

  bool running() const { return pid > 0; }
};

// Ignores SIGPIPE in this process (once; idempotent). Writing to a dead
// pipeline must give EPIPE, not kill the service.
void IgnoreSigpipe();

// Runs `/bin/sh -c "trap : PIPE; <script>" sh <args...>` in a new process
// group, so the script sees `args` as $1, $2, ... (the trap lets the shell
// outlive a SIGPIPE to the group and reap its stages; see KillProcessGroup).
// Returns UNAVAILABLE if pipes or fork fail.
// The child gets SIGPIPE back at its default (stages must die when their
// reader does) and no file descriptor but 0, 1 and 2.
absl::StatusOr<ChildProcess> SpawnShell(const std::string& script,
                                        const std::vector<std::string>& args);

// Closes our pipe ends, sends SIGPIPE to the child's whole process group
// (what a stage dies of when its reader goes away, and which sh does not
// report on stderr) and reaps the child; if it is still there after 1 s,
// SIGKILLs the group. Idempotent; leaves `child` not running. With
// SpawnShell the shell reaps its stages itself before exiting, so no zombie
// is left behind even when PID 1 does not reap orphans. (Only after the
// SIGKILL fallback, or for a script that `exec`s a program that forks, may
// orphans go to PID 1.)
void KillProcessGroup(ChildProcess& child);

// Runs `argv` (argv[0] looked up in PATH), feeds it nothing, and returns its
// stdout if it exits 0 within `timeout`. Errors: NOT_FOUND if the program does
// not exist, INTERNAL if it exits non-zero (message carries the exit code),
// DEADLINE_EXCEEDED if it runs too long (it is then killed).
absl::StatusOr<std::string> RunAndCapture(const std::vector<std::string>& argv,
                                          absl::Duration timeout);

}  // namespace imi::translation::mt

#endif  // IMI_SERVICES_TRANSLATION_MT_SUBPROCESS_H_
