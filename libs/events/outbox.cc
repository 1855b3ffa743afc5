#include "libs/events/outbox.h"

#include <pqxx/pqxx>
#include <string>

#include "libs/pg/pool.h"

namespace imi::events {
namespace {

// Forward-only: once applied anywhere, never edit this text (the checksum is
// recorded); add 0002_... instead.
constexpr char kCreateOutbox[] = R"sql(
CREATE TABLE outbox (
  id           bigserial PRIMARY KEY,
  event_id     uuid NOT NULL UNIQUE,
  stream       text NOT NULL,
  type         text NOT NULL,
  aggregate    text NOT NULL,
  payload      bytea NOT NULL,
  trace_id     text,
  create_time  timestamptz NOT NULL DEFAULT now(),
  publish_time timestamptz
);

-- The relay scans only what is left to publish.
CREATE INDEX outbox_unpublished_idx ON outbox (id) WHERE publish_time IS NULL;
-- Retention deletes published rows by age.
CREATE INDEX outbox_published_idx ON outbox (publish_time) WHERE publish_time IS NOT NULL;

CREATE TABLE processed_events (
  consumer     text NOT NULL,
  event_id     uuid NOT NULL,
  process_time timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (consumer, event_id)
);

CREATE INDEX processed_events_process_time_idx ON processed_events (process_time);
)sql";

constexpr char kInsertEvent[] =
    "INSERT INTO outbox (event_id, stream, type, aggregate, payload, trace_id) "
    "VALUES ($1::uuid, $2, $3, $4, $5, NULLIF($6, ''))";

}  // namespace

std::vector<pg::Migration> Migrations() {
  return {
      {"events", 1, "0001_create_outbox", kCreateOutbox},
  };
}

absl::Status Enqueue(pqxx::work& tx, const Event& event) {
  if (event.stream.empty())
    return absl::InvalidArgumentError("event has no stream");
  if (event.type.empty())
    return absl::InvalidArgumentError("event has no type");
  if (event.aggregate.empty())
    return absl::InvalidArgumentError("event has no aggregate");
  if (!event.event_id.empty() && !IsCanonicalUuid(event.event_id)) {
    return absl::InvalidArgumentError("event_id '" + event.event_id +
                                      "' is not a UUID");
  }
  const std::string id = event.event_id.empty() ? NewEventId() : event.event_id;
  try {
    tx.exec_params0(kInsertEvent, id, event.stream, event.type, event.aggregate,
                    pqxx::binarystring(event.payload), event.trace_id);
  } catch (const std::exception& e) {
    return pg::StatusFromException(e);
  }
  return absl::OkStatus();
}

}  // namespace imi::events
