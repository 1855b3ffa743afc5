#include "services/translation/mt/apertium_stream.h"

#include "gtest/gtest.h"

namespace imi::translation::mt {
namespace {

TEST(ApertiumStreamTest, EscapesReservedCharacters) {
  EXPECT_EQ(DeformatText("a [b] ^c$ \\ d/e <f> @g {h}"),
            "a \\[b\\] \\^c\\$ \\\\ d\\/e \\<f\\> \\@g \\{h\\} ");
}

TEST(ApertiumStreamTest, KeepsLayoutInSuperblanks) {
  EXPECT_EQ(DeformatText("one\ntwo"), "one[\n]two ");
  EXPECT_EQ(DeformatText("para.\n\nnext"), "para..[][\n\n]next ");
  EXPECT_EQ(DeformatText("a  b\tc"), "a[  ]b[\t]c ");
  EXPECT_EQ(DeformatText("x~y"), "x[~]y ");
}

TEST(ApertiumStreamTest, ReformatUndoesDeformat) {
  for (const char* text :
       {"plain words", "a [b] ^c$ \\ d/e <f> @g {h} *i #j +k ~l |m",
        "Title\nBody.\n\nNew paragraph.\r\n\tIndented", "\\[imi:1]",
        "École, naïve café — “quotes” 100% €5", ".[]",
        "trailing backslash \\"}) {
    EXPECT_EQ(ReformatText(DeformatText(text)), std::string(text) + " ")
        << text;
  }
}

TEST(ApertiumStreamTest, TrimsAsciiSpaceOnly) {
  EXPECT_EQ(LeadingSpace("  \n x "), "  \n ");
  EXPECT_EQ(TrailingSpace(" x \t"), " \t");
  EXPECT_EQ(TrimSpace("\n x y \n"), "x y");
  EXPECT_EQ(TrimSpace("   "), "");
}

TEST(ApertiumStreamTest, CountsOnlyRealMarkers) {
  EXPECT_EQ(CountSuperblanksWithPrefix("[imi:1]text", "imi:"), 1);
  EXPECT_EQ(CountSuperblanksWithPrefix("[imi:1]a[imi:2]b", "imi:"), 2);
  // What a user's "[imi:3]" becomes after escaping is not a marker.
  EXPECT_EQ(
      CountSuperblanksWithPrefix(DeformatText("[imi:3] \\[imi:4]"), "imi:"), 0);
  EXPECT_EQ(CountSuperblanksWithPrefix("\\\\[imi:5]", "imi:"), 1);
}

}  // namespace
}  // namespace imi::translation::mt
