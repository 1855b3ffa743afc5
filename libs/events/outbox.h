// Transactional outbox: a service records the events its change causes in the
// same PostgreSQL transaction as the change itself, so the change and its
// events are committed together or not at all. The Relay (relay.h) later
// publishes the recorded events to Redis Streams.
//
// Both tables live in the service's own schema and come from the migration
// set the library ships; a service applies it before its own migrations:
//
//   std::vector<imi::pg::Migration> all = imi::events::Migrations();
//   std::vector<imi::pg::Migration> own = imi::directory::Migrations();
//   all.insert(all.end(), own.begin(), own.end());
//   IMI_ASSIGN_OR_RETURN(imi::pg::MigrationReport report,
//                        imi::pg::Migrate(*conn, schema, all));
//
// Example (inside a store's transaction):
//   pool.Transact(pg::TxMode::kReadWrite, [&](pqxx::work& tx) {
//     tx.exec_prepared("update_authority", ...);
//     imi::events::Event e;
//     e.stream = "imi.directory.authority";
//     e.type = "AuthorityUpdated";
//     e.aggregate = "authorities/dk-1";
//     e.payload = authority.SerializeAsString();
//     e.trace_id = trace_id;
//     return imi::events::Enqueue(tx, e);
//   });
#ifndef IMI_LIBS_EVENTS_OUTBOX_H_
#define IMI_LIBS_EVENTS_OUTBOX_H_

#include <pqxx/transaction>
#include <vector>

#include "absl/status/status.h"
#include "libs/events/event.h"
#include "libs/pg/migrations.h"

namespace imi::events {

// The "events" component's migrations (apply them before the service's own):
//   0001_create_outbox: tables `outbox` (one row per event, `publish_time`
//   NULL until relayed, partial index on the unpublished ones) and
//   `processed_events` (consumer, event_id) for idempotent consumers.
std::vector<pg::Migration> Migrations();

// Inserts `event` into the outbox in the caller's transaction `tx`; it is
// published only if and after `tx` commits. An empty event_id is replaced by
// a new random UUID (the caller cannot see it: set one with NewEventId()
// first if it needs to know it).
// Returns INVALID_ARGUMENT if stream, type or aggregate is empty or event_id
// is set but not a canonical UUID; ALREADY_EXISTS if an event with that id is
// already in the outbox; UNAVAILABLE / INTERNAL for database failures (mapped
// with pg::StatusFromException). After an error the transaction is unusable
// and the caller must let it roll back (return the error from Transact()).
// REQUIRES: the outbox table is in tx's search_path (Migrations() applied to
// the schema the connection uses).
absl::Status Enqueue(pqxx::work& tx, const Event& event);

}  // namespace imi::events

#endif  // IMI_LIBS_EVENTS_OUTBOX_H_
