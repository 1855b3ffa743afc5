#include "libs/server/periodic.h"

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <thread>

#include "gtest/gtest.h"

namespace imi::server {
namespace {

TEST(PeriodicTest, RunsEveryIntervalUntilStopped) {
  std::atomic<int> runs{0};
  Periodic p("count", absl::Milliseconds(20), [&] { ++runs; });
  p.Start();
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  p.Stop();
  const int seen = runs.load();
  EXPECT_GE(seen, 3);
  EXPECT_LE(seen, 16);
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  EXPECT_EQ(runs.load(), seen) << "ran after Stop()";
}

TEST(PeriodicTest, StopWakesAnIdleThreadAtOnce) {
  std::atomic<int> runs{0};
  Periodic p("hourly", absl::Hours(1), [&] { ++runs; });
  p.Start();
  const auto start = std::chrono::steady_clock::now();
  p.Stop();
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(2));
  EXPECT_EQ(runs.load(), 0) << "the first run comes after one interval";
}

TEST(PeriodicTest, AThrowingTaskKeepsItsSchedule) {
  std::atomic<int> runs{0};
  Periodic p("throws", absl::Milliseconds(10), [&] {
    ++runs;
    throw std::runtime_error("boom");
  });
  p.Start();
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  p.Stop();
  EXPECT_GE(runs.load(), 2);
}

TEST(PeriodicTest, ZeroIntervalSwitchesItOff) {
  std::atomic<int> runs{0};
  Periodic p("off", absl::ZeroDuration(), [&] { ++runs; });
  p.Start();
  std::this_thread::sleep_for(std::chrono::milliseconds(50));
  p.Stop();
  EXPECT_EQ(runs.load(), 0);
}

}  // namespace
}  // namespace imi::server
