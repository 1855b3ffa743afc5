// Periodic: runs a maintenance task on its own thread every `interval`
// (first run after one interval), until Stop(). For work a replica does in
// the background — pruning, purging — not for anything a request waits on.
//
//   server::Periodic prune("prune search terms", absl::Hours(1), [&] { ... });
//   prune.Start();
//   ...
//   prune.Stop();  // wakes the thread; waits for a run in progress
//
// The task reports its own errors (logging them); an exception escaping it
// is logged and the schedule goes on.
#ifndef IMI_LIBS_SERVER_PERIODIC_H_
#define IMI_LIBS_SERVER_PERIODIC_H_

#include <functional>
#include <string>
#include <thread>

#include "absl/base/thread_annotations.h"
#include "absl/synchronization/mutex.h"
#include "absl/time/time.h"

namespace imi::server {

class Periodic {
 public:
  Periodic(std::string name, absl::Duration interval, std::function<void()> task);
  ~Periodic();  // Stop()
  Periodic(const Periodic&) = delete;
  Periodic& operator=(const Periodic&) = delete;

  // Starts the thread. No-op if running, or if the interval is not positive
  // (the task is switched off).
  void Start();
  // Stops the thread: returns at once when idle, else after the current run.
  void Stop();

 private:
  void Loop();

  const std::string name_;
  const absl::Duration interval_;
  const std::function<void()> task_;
  absl::Mutex mu_;
  bool stopping_ ABSL_GUARDED_BY(mu_) = false;
  std::thread thread_;
};

}  // namespace imi::server

#endif  // IMI_LIBS_SERVER_PERIODIC_H_
