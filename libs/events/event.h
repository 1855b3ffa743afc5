// A domain event as it travels from a service's outbox through Redis Streams
// to the consumers of other services.
//
// An event says that something happened to one resource (`aggregate`), in a
// type-specific payload (usually a serialized proto message). Every event has
// a globally unique `event_id` (a UUID); consumers use it to process each
// event once, however often it is delivered.
//
// In Redis an event is one stream entry in the stream named `stream`, with the
// fields event_id, type, aggregate, payload and trace_id (ToStreamFields()).
#ifndef IMI_LIBS_EVENTS_EVENT_H_
#define IMI_LIBS_EVENTS_EVENT_H_

#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"

namespace imi::events {

struct Event {
  // UUID in canonical text form, e.g. "3f2a0c1e-8b7d-4c1a-9e2f-0a1b2c3d4e5f".
  // Enqueue() generates a random (version 4) one when empty.
  std::string event_id;
  // Redis stream, one per publishing service and resource kind,
  // e.g. "imi.directory.authority".
  std::string stream;
  // What happened, e.g. "AuthorityUpdated".
  std::string type;
  // Resource name of the resource it happened to, e.g. "authorities/dk-1".
  std::string aggregate;
  // Bytes, e.g. a serialized imi.directory.v1.Authority. May be empty.
  std::string payload;
  // Trace id of the request that caused the event ("" if none), so consumers
  // can log under the same trace.
  std::string trace_id;
  // Set on delivery only: the Redis stream entry id, e.g. "1718000000000-0".
  std::string stream_entry_id;
};

// A new random UUID (version 4) in canonical lower-case form.
std::string NewEventId();

// True if `id` is a UUID in canonical 8-4-4-4-12 hex form (any case).
bool IsCanonicalUuid(std::string_view id);

// The field/value list of the stream entry for `event` (the arguments that
// follow the entry id in XADD): event_id, type, aggregate, payload, trace_id.
std::vector<std::string> ToStreamFields(const Event& event);

// Rebuilds an event from a stream entry's id and field/value list. Unknown
// fields are ignored (newer publishers may add some). INVALID_ARGUMENT if the
// list is odd-sized or event_id (not a UUID), type or aggregate is missing.
absl::StatusOr<Event> FromStreamFields(std::string_view stream,
                                       std::string_view entry_id,
                                       const std::vector<std::string>& fields);

}  // namespace imi::events

#endif  // IMI_LIBS_EVENTS_EVENT_H_
