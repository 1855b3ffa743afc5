// One warm Apertium pipeline for one translation mode (e.g. eng-spa), kept
// running as a child process in null-flush mode and fed many texts.
//
// Why: starting `apertium` per text costs ~130 ms (measured here: ~140 words/s
// for English->Spanish); a warm pipeline answers a sentence in a few ms and,
// with texts written back to back, pipelines them through its ~13 stages.
//
// How: the stages printed by `apertium-wblank-mode -z <mode file>` run as one
// `/bin/sh -c` child in its own process group. Each text is converted to
// the stream format (apertium_stream.h), prefixed with a superblank marker
// "[imi:<n>]" that every stage passes through untouched, and written
// followed by NUL; the reply is everything up to the next NUL. A single I/O
// thread owns the child: it writes queued texts while reading replies, so any
// number of texts can be in flight; replies are matched to requests in FIFO
// order *and* checked against their marker.
//
// Failure handling:
//   - the child exits, a write fails, or no reply arrives for the oldest text
//     within reply_timeout + reply_timeout_per_kib * size ("stall"), or a
//     reply carries the wrong marker: the whole process group is killed, a
//     new child is started (with backoff if it keeps failing), and every text
//     in flight is written again, in order, to the new child, which starts
//     with empty buffers — so replies can never be misaligned;
//   - the oldest text in flight is blamed for the failure; a text blamed
//     twice fails with UNAVAILABLE (it is retried exactly once). Other texts
//     are re-sent without blame.
// Texts are never logged (they hold personal data); only sizes are.
//
// Example:
//   IMI_ASSIGN_OR_RETURN(auto p, ApertiumPipeline::ForModeFile(
//       "/usr/share/apertium/modes/eng-spa.mode"));
//   IMI_ASSIGN_OR_RETURN(std::string es, p->Translate("The house is big."));
//   // es == "La casa es grande."
//
// Thread safety: thread-safe. Translate may be called from many threads at
// once; TranslateAsync lets one thread keep many texts in flight.
#ifndef IMI_SERVICES_TRANSLATION_MT_APERTIUM_PIPELINE_H_
#define IMI_SERVICES_TRANSLATION_MT_APERTIUM_PIPELINE_H_

#include <sys/types.h>

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/functional/any_invocable.h"
#include "absl/status/statusor.h"
#include "absl/time/time.h"

namespace imi::translation::mt {

struct ApertiumPipelineOptions {
  // Used in logs and error messages, e.g. "apertium eng-spa".
  std::string name = "apertium";
  // A reply is overdue (the pipeline "stalled") when the oldest text in
  // flight has no reply after reply_timeout + reply_timeout_per_kib per KiB
  // of its stream form, counted from when it became the oldest.
  absl::Duration reply_timeout = absl::Seconds(5);
  absl::Duration reply_timeout_per_kib = absl::Milliseconds(250);
  // Texts accepted but not yet answered; beyond it, RESOURCE_EXHAUSTED.
  std::size_t max_outstanding = 4096;
  // ForModeFile only: mark unknown words with '*' (apertium's default) or
  // not (what readers want; the whole text is flagged as machine-translated).
  bool mark_unknown_words = false;
};

class ApertiumPipeline {
 public:
  // Receives the translation or the error; see Translate for the codes.
  using Callback = absl::AnyInvocable<void(absl::StatusOr<std::string>)>;

  // A pipeline for the mode file `mode_file` (e.g. ".../modes/eng-spa.mode").
  // Its stages come from `apertium-wblank-mode -z`; without that tool the
  // mode file is read and -z is added to every stage (AddNullFlush). The
  // child is started lazily by the first text (or by WarmUp).
  // Errors: NOT_FOUND if `mode_file` does not exist; INTERNAL if
  // apertium-wblank-mode fails on it.
  static absl::StatusOr<std::unique_ptr<ApertiumPipeline>> ForModeFile(
      const std::string& mode_file, ApertiumPipelineOptions options = {});

  // A pipeline running `/bin/sh -c <script> sh <args...>`, which must speak
  // the protocol above (read NUL-terminated texts, write one NUL-terminated
  // reply per text, keeping "[...]" superblanks). For tests and for custom
  // Apertium builds.
  static std::unique_ptr<ApertiumPipeline> ForCommand(
      std::string script, std::vector<std::string> args = {},
      ApertiumPipelineOptions options = {});

  // Fails texts still pending with UNAVAILABLE, kills the child's process
  // group and joins the I/O thread.
  ~ApertiumPipeline();

  ApertiumPipeline(const ApertiumPipeline&) = delete;
  ApertiumPipeline& operator=(const ApertiumPipeline&) = delete;

  // Translates `text`, blocking until the reply. Line breaks and the leading
  // and trailing whitespace of `text` are kept. Errors (errors.h):
  //   INVALID_ARGUMENT TEXT_INVALID: `text` contains NUL;
  //   RESOURCE_EXHAUSTED MT_ENGINE_BUSY: max_outstanding texts pending;
  //   UNAVAILABLE MT_ENGINE_UNAVAILABLE: the child could not be started,
  //   failed twice while this text was the oldest in flight, or the pipeline
  //   is being destroyed.
  absl::StatusOr<std::string> Translate(std::string_view text);

  // Like Translate but returns at once; `done` runs exactly once, on the
  // pipeline's I/O thread (or on this thread for input errors), so it must
  // not block; it may call TranslateAsync.
  void TranslateAsync(std::string_view text, Callback done);

  // Starts the child if needed and translates one word, so that the first
  // real text does not pay for loading the dictionaries. Returns the error of
  // that translation.
  absl::Status WarmUp();

  // The running child's pid (also its process-group id), or 0. For tests and
  // diagnostics.
  pid_t child_pid() const;
  // How many times a child was started (1 + restarts).
  int starts() const;
  // Texts accepted and not yet answered.
  std::size_t outstanding() const;
  const std::string& name() const;

 private:
  class Impl;
  explicit ApertiumPipeline(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// Adds the null-flush flag "-z" after the program name of every stage of an
// Apertium mode command ("lt-proc a.bin | cg-proc b.bin" ->
// "lt-proc -z a.bin | cg-proc -z b.bin"). The fallback when
// apertium-wblank-mode is not installed.
std::string AddNullFlush(std::string_view mode_command);

}  // namespace imi::translation::mt

#endif  // IMI_SERVICES_TRANSLATION_MT_APERTIUM_PIPELINE_H_
