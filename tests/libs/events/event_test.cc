// Event ids and the stream entry encoding (no servers needed).
#include "libs/events/event.h"

#include <gtest/gtest.h>

#include <set>

namespace imi::events {
namespace {

TEST(EventIdTest, NewEventIdIsARandomVersion4Uuid) {
  std::set<std::string> seen;
  for (int i = 0; i < 10000; ++i) {
    std::string id = NewEventId();
    ASSERT_TRUE(IsCanonicalUuid(id)) << id;
    EXPECT_EQ(id[14], '4') << id;                                    // version
    EXPECT_NE(std::string("89ab").find(id[19]), std::string::npos);  // variant
    seen.insert(id);
  }
  EXPECT_EQ(seen.size(), 10000u);
}

TEST(EventIdTest, IsCanonicalUuidAcceptsOnlyThe36CharacterForm) {
  EXPECT_TRUE(IsCanonicalUuid("3f2a0c1e-8b7d-4c1a-9e2f-0a1b2c3d4e5f"));
  EXPECT_TRUE(IsCanonicalUuid("3F2A0C1E-8B7D-4C1A-9E2F-0A1B2C3D4E5F"));
  EXPECT_FALSE(IsCanonicalUuid(""));
  EXPECT_FALSE(IsCanonicalUuid("3f2a0c1e8b7d4c1a9e2f0a1b2c3d4e5f"));
  EXPECT_FALSE(IsCanonicalUuid("{3f2a0c1e-8b7d-4c1a-9e2f-0a1b2c3d4e5f}"));
  EXPECT_FALSE(IsCanonicalUuid("3f2a0c1e-8b7d-4c1a-9e2f-0a1b2c3d4e5g"));
  EXPECT_FALSE(IsCanonicalUuid("3f2a0c1e-8b7d-4c1a-9e2f_0a1b2c3d4e5f"));
}

TEST(StreamFieldsTest, EventSurvivesTheRoundTrip) {
  Event e;
  e.event_id = NewEventId();
  e.stream = "imi.directory.authority";
  e.type = "AuthorityUpdated";
  e.aggregate = "authorities/dk-1";
  e.payload = std::string("\0\xff\r\n", 4);
  e.trace_id = "abc";
  absl::StatusOr<Event> back =
      FromStreamFields(e.stream, "1-0", ToStreamFields(e));
  ASSERT_TRUE(back.ok()) << back.status();
  EXPECT_EQ(back->event_id, e.event_id);
  EXPECT_EQ(back->stream, e.stream);
  EXPECT_EQ(back->type, e.type);
  EXPECT_EQ(back->aggregate, e.aggregate);
  EXPECT_EQ(back->payload, e.payload);
  EXPECT_EQ(back->trace_id, e.trace_id);
  EXPECT_EQ(back->stream_entry_id, "1-0");
}

TEST(StreamFieldsTest, UnknownFieldsAreIgnored) {
  std::vector<std::string> fields = {
      "event_id",  NewEventId(), "type",           "T",
      "aggregate", "a/1",        "schema_version", "2"};
  EXPECT_TRUE(FromStreamFields("s", "1-0", fields).ok());
}

TEST(StreamFieldsTest, EntriesMissingRequiredFieldsAreRejected) {
  const std::string id = NewEventId();
  EXPECT_EQ(FromStreamFields("s", "1-0", {"type", "T", "aggregate", "a/1"})
                .status()
                .code(),
            absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(
      FromStreamFields("s", "1-0",
                       {"event_id", "nope", "type", "T", "aggregate", "a/1"})
          .status()
          .code(),
      absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(FromStreamFields("s", "1-0", {"event_id", id, "aggregate", "a/1"})
                .status()
                .code(),
            absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(FromStreamFields("s", "1-0", {"event_id", id, "type", "T"})
                .status()
                .code(),
            absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(
      FromStreamFields("s", "1-0", {"event_id", id, "type"}).status().code(),
      absl::StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace imi::events
