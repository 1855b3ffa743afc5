// Conversion between plain text and the Apertium stream format, done in
// process instead of with apertium-destxt/apertium-retxt (which drop the NUL
// separators a null-flush pipeline relies on, and would cost a process each).
//
// The stream format reserves [ ] ^ $ \ / < > @ { } and treats "[...]" as a
// "superblank" that every stage passes through untouched and in order. So:
//   - reserved characters are backslash-escaped;
//   - "~" (a post-generation trigger) and any whitespace run other than one
//     plain space travel as superblanks, so layout survives exactly;
//   - a blank line also gets ".[]" in front of it, like apertium-destxt, so
//     the tagger and transfer see a sentence end there; Reformat removes it;
//   - the stream always ends in one blank: lt-proc -b waits for one more
//     character after a word that ends exactly at the NUL (measured here:
//     "^dog<n><sg>$\0" never flushes, "^dog<n><sg>$ \0" does).
//
// Example:
//   std::string in = DeformatText("a [b]\n\nc");   // "a \[b\].[][\n\n]c "
//   std::string out = ReformatText(in);              // "a [b]\n\nc "
#ifndef IMI_SERVICES_TRANSLATION_MT_APERTIUM_STREAM_H_
#define IMI_SERVICES_TRANSLATION_MT_APERTIUM_STREAM_H_

#include <string>
#include <string_view>

namespace imi::translation::mt {

// Escapes `text` into stream format, followed by one blank.
// REQUIRES: `text` contains no NUL byte.
std::string DeformatText(std::string_view text);

// Turns a translated stream back into plain text: unescapes, unwraps
// superblanks, drops the ".[]" paragraph marks. Never fails; stray brackets
// are dropped.
std::string ReformatText(std::string_view stream);

// The leading and trailing ASCII whitespace of `text` (Apertium does not keep
// them reliably, so the pipeline restores them from the source).
std::string_view LeadingSpace(std::string_view text);
std::string_view TrailingSpace(std::string_view text);
std::string_view TrimSpace(std::string_view text);

// Number of superblanks in `stream` whose content starts with `prefix`
// (escaped text never counts). Used to check that a reply carries exactly
// the one request marker it should.
int CountSuperblanksWithPrefix(std::string_view stream,
                               std::string_view prefix);

}  // namespace imi::translation::mt

#endif  // IMI_SERVICES_TRANSLATION_MT_APERTIUM_STREAM_H_
