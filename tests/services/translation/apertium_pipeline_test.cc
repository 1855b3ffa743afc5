// ApertiumPipeline against the real Apertium English->Spanish pair and
// against small shell stand-ins that misbehave on purpose (stall, duplicate
// or swallow replies), to check that replies never get out of step.
#include "services/translation/mt/apertium_pipeline.h"

#include <dirent.h>
#include <signal.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "absl/synchronization/blocking_counter.h"
#include "absl/synchronization/mutex.h"
#include "absl/synchronization/notification.h"
#include "absl/time/clock.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "libs/status/error.h"
#include "services/translation/mt/apertium_stream.h"
#include "services/translation/mt/subprocess.h"

namespace imi::translation::mt {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

constexpr char kEngSpa[] = "/usr/share/apertium/modes/eng-spa.mode";

std::unique_ptr<ApertiumPipeline> EngSpa(ApertiumPipelineOptions options = {}) {
  options.name = "apertium eng-spa (test)";
  auto p = ApertiumPipeline::ForModeFile(kEngSpa, options);
  EXPECT_TRUE(p.ok()) << p.status();
  return p.ok() ? *std::move(p) : nullptr;
}

// A bash loop that echoes each NUL-terminated text back (the protocol of a
// pipeline that translates nothing) and misbehaves on texts containing
// STALL (never answers) or SWALLOW (answers without the NUL).
constexpr char kEchoLoop[] = R"(
trap : PIPE  # like sh in SpawnShell: reap `sleep` before exiting
while IFS= read -r -d '' x; do
  case "$x" in
    *STALL*) sleep 600 ;;
    *SWALLOW*) printf '%s' "$x"; continue ;;
    *TWICE*) printf '%s\0' "$x" ;;
  esac
  printf '%s\0' "$x"
done)";

std::unique_ptr<ApertiumPipeline> Echo(absl::Duration timeout) {
  ApertiumPipelineOptions options;
  options.name = "echo (test)";
  options.reply_timeout = timeout;
  options.reply_timeout_per_kib = absl::ZeroDuration();
  return ApertiumPipeline::ForCommand("exec bash -c \"$1\"", {kEchoLoop},
                                      options);
}

// The numbers that occur in `text` as digit runs.
std::set<int> Numbers(absl::string_view text) {
  std::set<int> out;
  for (absl::string_view part : absl::StrSplit(
           text, absl::ByAnyChar(" .,;:!?()\n"), absl::SkipEmpty())) {
    int n;
    if (absl::SimpleAtoi(part, &n)) out.insert(n);
  }
  return out;
}

struct ProcInfo {
  pid_t pid;
  char state;  // 'Z' for a zombie
  pid_t ppid;
  pid_t pgid;
};

// Every process on the machine, from /proc.
std::vector<ProcInfo> Processes() {
  std::vector<ProcInfo> out;
  DIR* proc = ::opendir("/proc");
  if (proc == nullptr) return out;
  while (dirent* e = ::readdir(proc)) {
    int pid;
    if (!absl::SimpleAtoi(e->d_name, &pid)) continue;
    std::ifstream stat(absl::StrCat("/proc/", pid, "/stat"));
    std::string line;
    std::getline(stat, line);
    // "pid (comm) S ppid pgrp ..." — comm may hold spaces, so parse after ')'.
    std::size_t close = line.rfind(')');
    if (close == std::string::npos) continue;
    std::vector<std::string> f = absl::StrSplit(line.substr(close + 2), ' ');
    ProcInfo info{pid, f.empty() || f[0].empty() ? '?' : f[0][0], 0, 0};
    if (f.size() < 3 || !absl::SimpleAtoi(f[1], &info.ppid) ||
        !absl::SimpleAtoi(f[2], &info.pgid)) {
      continue;
    }
    out.push_back(info);
  }
  ::closedir(proc);
  return out;
}

// Processes in group `pgid`, zombies included (a zombie is a leak too).
int ProcessesInGroup(pid_t pgid) {
  int n = 0;
  for (const ProcInfo& p : Processes()) n += p.pgid == pgid;
  return n;
}

// Waits up to 5 s for group `pgid` to be gone; returns what is left.
int WaitForGroupToVanish(pid_t pgid) {
  const absl::Time until = absl::Now() + absl::Seconds(5);
  while (ProcessesInGroup(pgid) > 0 && absl::Now() < until) {
    absl::SleepFor(absl::Milliseconds(20));
  }
  return ProcessesInGroup(pgid);
}

// A stage in the middle of the pipeline whose shell is `sh`.
pid_t SomeStageOf(pid_t sh) {
  std::vector<pid_t> stages;
  for (const ProcInfo& p : Processes()) {
    if (p.ppid == sh) stages.push_back(p.pid);
  }
  std::sort(stages.begin(), stages.end());
  return stages.empty() ? 0 : stages[stages.size() / 2];
}

TEST(ApertiumPipelineTest, TranslatesEnglishToSpanish) {
  auto p = EngSpa();
  ASSERT_NE(p, nullptr);
  absl::StatusOr<std::string> es = p->Translate("The house is big.");
  ASSERT_TRUE(es.ok()) << es.status();
  EXPECT_THAT(*es, HasSubstr("casa"));
  EXPECT_THAT(*es, HasSubstr("grande"));
  es = p->Translate("I have a dog and a cat.");
  ASSERT_TRUE(es.ok()) << es.status();
  EXPECT_THAT(*es, HasSubstr("perro"));
  EXPECT_THAT(*es, HasSubstr("gato"));
  EXPECT_EQ(p->starts(), 1);
}

TEST(ApertiumPipelineTest, GivesTheSameResultAsTheApertiumCommand) {
  auto p = EngSpa();
  ASSERT_NE(p, nullptr);
  for (const char* text :
       {"The doctor's licence was suspended on 3 May 2024 by the authority.",
        "Title\nThe text of the law. It is important!\n\nA second paragraph "
        "[with brackets].",
        "Prices: 100% of €5 <b>bold</b> a/b @home {x}"}) {
    absl::StatusOr<std::string> ref = RunAndCapture(
        {"sh", "-c", "printf '%s' \"$1\" | apertium -u eng-spa", "sh", text},
        absl::Seconds(60));
    ASSERT_TRUE(ref.ok()) << ref.status();
    absl::StatusOr<std::string> got = p->Translate(text);
    ASSERT_TRUE(got.ok()) << got.status();
    EXPECT_EQ(TrimSpace(*got), TrimSpace(*ref)) << text;
  }
}

TEST(ApertiumPipelineTest, KeepsOuterWhitespaceAndParagraphs) {
  auto p = EngSpa();
  ASSERT_NE(p, nullptr);
  absl::StatusOr<std::string> es = p->Translate("  The house.\n\nThe dog.\n");
  ASSERT_TRUE(es.ok()) << es.status();
  EXPECT_EQ(*es, "  La casa.\n\nEl perro.\n");
}

TEST(ApertiumPipelineTest, TranslatesALongTextWhole) {
  auto p = EngSpa();
  ASSERT_NE(p, nullptr);
  std::string text;
  for (int i = 0; text.size() < 19000; ++i) {
    absl::StrAppend(&text, "Paragraph ", i, ": the house of the doctor is big.",
                    " The dog is in the garden.\n\n");
  }
  absl::StatusOr<std::string> es = p->Translate(text);
  ASSERT_TRUE(es.ok()) << es.status();
  const std::vector<std::string> in = absl::StrSplit(text, "\n\n");
  const std::vector<std::string> out = absl::StrSplit(*es, "\n\n");
  ASSERT_EQ(out.size(), in.size());
  for (std::size_t i = 0; i + 1 < out.size(); ++i) {
    EXPECT_EQ(Numbers(out[i]), std::set<int>{static_cast<int>(i)}) << out[i];
    EXPECT_THAT(out[i], HasSubstr("casa"));
  }
}

TEST(ApertiumPipelineTest, TwoHundredBackToBackRepliesStayAligned) {
  auto p = EngSpa();
  ASSERT_NE(p, nullptr);
  constexpr int kTexts = 200;
  std::vector<absl::StatusOr<std::string>> replies(kTexts);
  absl::BlockingCounter pending(kTexts);
  for (int i = 0; i < kTexts; ++i) {
    p->TranslateAsync(
        absl::StrCat("Sentence number ", i, " says that the house of ",
                     1000 + i, " people is big."),
        [&, i](absl::StatusOr<std::string> r) {
          replies[i] = std::move(r);
          pending.DecrementCount();
        });
  }
  pending.Wait();
  for (int i = 0; i < kTexts; ++i) {
    ASSERT_TRUE(replies[i].ok()) << i << ": " << replies[i].status();
    EXPECT_EQ(Numbers(*replies[i]), (std::set<int>{i, 1000 + i}))
        << *replies[i];
    EXPECT_THAT(*replies[i], HasSubstr("casa"));
  }
  EXPECT_EQ(p->starts(), 1);
  EXPECT_EQ(p->outstanding(), 0u);
}

TEST(ApertiumPipelineTest, ConcurrentCallersGetTheirOwnReplies) {
  auto p = EngSpa();
  ASSERT_NE(p, nullptr);
  std::vector<std::thread> threads;
  std::atomic<int> wrong{0};
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 40; ++i) {
        const int n = t * 1000 + i;
        auto r =
            p->Translate(absl::StrCat("The file ", n, " is in the house."));
        if (!r.ok() || Numbers(*r) != std::set<int>{n}) ++wrong;
      }
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(wrong.load(), 0);
}

TEST(ApertiumPipelineTest, RestartsAfterTheChildIsKilled) {
  auto p = EngSpa();
  ASSERT_NE(p, nullptr);
  ASSERT_TRUE(p->Translate("The house.").ok());
  const pid_t first = p->child_pid();
  ASSERT_GT(first, 0);
  ASSERT_EQ(::kill(-first, SIGKILL), 0);
  absl::StatusOr<std::string> es = p->Translate("The dog is big.");
  ASSERT_TRUE(es.ok()) << es.status();
  EXPECT_THAT(*es, HasSubstr("perro"));
  EXPECT_EQ(p->starts(), 2);
  EXPECT_NE(p->child_pid(), first);
}

TEST(ApertiumPipelineTest,
     StageCrashWhileTextsAreInFlightLosesNoneAndKeepsOrder) {
  auto p = EngSpa();
  ASSERT_NE(p, nullptr);
  ASSERT_TRUE(p->WarmUp().ok());
  const pid_t first = p->child_pid();
  const pid_t stage = SomeStageOf(first);
  ASSERT_GT(stage, 0);
  constexpr int kTexts = 100;
  std::vector<absl::StatusOr<std::string>> replies(kTexts);
  absl::BlockingCounter pending(kTexts);
  for (int i = 0; i < kTexts; ++i) {
    p->TranslateAsync(absl::StrCat("Request ", i, " is about the house."),
                      [&, i](absl::StatusOr<std::string> r) {
                        replies[i] = std::move(r);
                        pending.DecrementCount();
                      });
    if (i == 20) ::kill(stage, SIGKILL);  // one stage "crashes"
  }
  pending.Wait();
  for (int i = 0; i < kTexts; ++i) {
    ASSERT_TRUE(replies[i].ok()) << i << ": " << replies[i].status();
    EXPECT_EQ(Numbers(*replies[i]), std::set<int>{i}) << *replies[i];
  }
  EXPECT_GE(p->starts(), 2);
  // The crashed pipeline's shell reaped its stages; nothing is left over.
  EXPECT_EQ(WaitForGroupToVanish(first), 0);
}

TEST(ApertiumPipelineTest,
     StalledPipelineIsRestartedAndLaterRepliesStayAligned) {
  auto p = Echo(absl::Seconds(1));
  std::vector<absl::StatusOr<std::string>> replies(3);
  absl::BlockingCounter pending(3);
  const std::vector<std::string> texts = {"one", "STALL here", "two"};
  for (int i = 0; i < 3; ++i) {
    p->TranslateAsync(texts[i], [&, i](absl::StatusOr<std::string> r) {
      replies[i] = std::move(r);
      pending.DecrementCount();
    });
  }
  pending.Wait();
  ASSERT_TRUE(replies[0].ok()) << replies[0].status();
  EXPECT_EQ(*replies[0], "one");
  // Retried once on a fresh child, stalled again: UNAVAILABLE, not a reply
  // that belongs to another text.
  EXPECT_EQ(replies[1].status().code(), absl::StatusCode::kUnavailable);
  EXPECT_EQ(ErrorReason(replies[1].status()), "MT_ENGINE_UNAVAILABLE");
  ASSERT_TRUE(replies[2].ok()) << replies[2].status();
  EXPECT_EQ(*replies[2], "two");
  EXPECT_EQ(p->starts(), 3);
  for (int i = 0; i < 20; ++i) {
    absl::StatusOr<std::string> r = p->Translate(absl::StrCat("later ", i));
    ASSERT_TRUE(r.ok()) << r.status();
    EXPECT_EQ(*r, absl::StrCat("later ", i));
  }
}

TEST(ApertiumPipelineTest, PipelineThatNeverRepliesFailsAfterOneRetry) {
  ApertiumPipelineOptions options;
  options.reply_timeout = absl::Milliseconds(200);
  options.reply_timeout_per_kib = absl::ZeroDuration();
  auto p = ApertiumPipeline::ForCommand("cat >/dev/null", {}, options);
  const absl::Time start = absl::Now();
  absl::StatusOr<std::string> r = p->Translate("hello");
  EXPECT_EQ(r.status().code(), absl::StatusCode::kUnavailable);
  EXPECT_GE(absl::Now() - start, absl::Milliseconds(400));
  EXPECT_EQ(p->starts(), 2);
}

TEST(ApertiumPipelineTest, DuplicatedReplyIsCaughtNotDeliveredToTheNextText) {
  auto p = Echo(absl::Seconds(5));
  for (int i = 0; i < 10; ++i) {
    const std::string text =
        i % 3 == 0 ? absl::StrCat("TWICE ", i) : absl::StrCat("text ", i);
    absl::StatusOr<std::string> r = p->Translate(text);
    ASSERT_TRUE(r.ok()) << r.status();
    EXPECT_EQ(*r, text);
  }
  EXPECT_GT(p->starts(), 1);
}

TEST(ApertiumPipelineTest, SwallowedReplyIsCaughtNotMergedIntoTheNextText) {
  auto p = Echo(absl::Seconds(5));
  std::vector<absl::StatusOr<std::string>> replies(2);
  absl::BlockingCounter pending(2);
  p->TranslateAsync("SWALLOW me", [&](absl::StatusOr<std::string> r) {
    replies[0] = std::move(r);
    pending.DecrementCount();
  });
  p->TranslateAsync("after", [&](absl::StatusOr<std::string> r) {
    replies[1] = std::move(r);
    pending.DecrementCount();
  });
  pending.Wait();
  EXPECT_EQ(replies[0].status().code(), absl::StatusCode::kUnavailable);
  ASSERT_TRUE(replies[1].ok()) << replies[1].status();
  EXPECT_EQ(*replies[1], "after");
}

TEST(ApertiumPipelineTest, RejectsNul) {
  auto p = Echo(absl::Seconds(5));
  absl::StatusOr<std::string> r = p->Translate(std::string("a\0b", 3));
  EXPECT_EQ(r.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(ErrorReason(r.status()), "TEXT_INVALID");
  EXPECT_EQ(p->starts(), 0);
}

TEST(ApertiumPipelineTest, WhitespaceNeedsNoRoundTrip) {
  auto p = Echo(absl::Seconds(5));
  absl::StatusOr<std::string> r = p->Translate(" \n ");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(*r, " \n ");
  EXPECT_EQ(p->starts(), 0);
}

TEST(ApertiumPipelineTest, NoStageOutlivesThePipeline) {
  pid_t group;
  {
    auto p = EngSpa();
    ASSERT_NE(p, nullptr);
    ASSERT_TRUE(p->Translate("The house.").ok());
    group = p->child_pid();
    ASSERT_GT(ProcessesInGroup(group), 5);  // sh and ~13 stages
  }
  // Gone, zombies included: the shell reaps its stages, we reap the shell.
  EXPECT_EQ(ProcessesInGroup(group), 0);
}

TEST(ApertiumPipelineTest, RestartAfterAStallLeavesNoProcessBehind) {
  auto p = Echo(absl::Milliseconds(300));
  ASSERT_TRUE(p->Translate("hello").ok());
  const pid_t first = p->child_pid();
  EXPECT_EQ(p->Translate("STALL").status().code(),
            absl::StatusCode::kUnavailable);
  EXPECT_EQ(WaitForGroupToVanish(first), 0);
  ASSERT_TRUE(p->Translate("again").ok());
}

TEST(ApertiumPipelineTest, DestroyingAPipelineFailsWhatIsStillWaiting) {
  absl::StatusOr<std::string> reply = std::string("unset");
  absl::Notification done;
  {
    auto p = Echo(absl::Seconds(30));
    p->TranslateAsync("STALL forever", [&](absl::StatusOr<std::string> r) {
      reply = std::move(r);
      done.Notify();
    });
    absl::SleepFor(absl::Milliseconds(100));
  }
  ASSERT_TRUE(done.HasBeenNotified());
  EXPECT_EQ(reply.status().code(), absl::StatusCode::kUnavailable);
}

TEST(ApertiumPipelineTest, MissingModeFileIsNotFound) {
  auto p = ApertiumPipeline::ForModeFile("/nonexistent/xx-yy.mode");
  EXPECT_EQ(p.status().code(), absl::StatusCode::kNotFound);
}

TEST(ApertiumPipelineTest, AddNullFlushFlagsEveryStage) {
  EXPECT_EQ(
      AddNullFlush(
          "lt-proc 'a.bin' | cg-proc -w 'b.bin' | apertium-pretransfer\n"),
      "lt-proc -z 'a.bin' | cg-proc -z -w 'b.bin' | apertium-pretransfer -z");
}

}  // namespace
}  // namespace imi::translation::mt
