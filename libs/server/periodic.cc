#include "libs/server/periodic.h"

#include <exception>
#include <utility>

#include "spdlog/spdlog.h"

namespace imi::server {

Periodic::Periodic(std::string name, absl::Duration interval, std::function<void()> task)
    : name_(std::move(name)), interval_(interval), task_(std::move(task)) {}

Periodic::~Periodic() { Stop(); }

void Periodic::Start() {
  if (thread_.joinable() || interval_ <= absl::ZeroDuration()) return;
  {
    absl::MutexLock lock(&mu_);
    stopping_ = false;
  }
  thread_ = std::thread([this] { Loop(); });
}

void Periodic::Stop() {
  {
    absl::MutexLock lock(&mu_);
    stopping_ = true;
  }
  if (thread_.joinable()) thread_.join();
}

void Periodic::Loop() {
  while (true) {
    {
      absl::MutexLock lock(&mu_);
      const absl::Time next = absl::Now() + interval_;
      while (!stopping_ && absl::Now() < next) {
        mu_.AwaitWithDeadline(absl::Condition(&stopping_), next);
      }
      if (stopping_) return;
    }
    try {
      task_();
    } catch (const std::exception& e) {
      spdlog::error("{}: {}", name_, e.what());
    } catch (...) {
      spdlog::error("{}: unknown exception", name_);
    }
  }
}

}  // namespace imi::server
