// The directory's schema migrations, compiled in from migrations/*.sql.
#ifndef IMI_SERVICES_DIRECTORY_MIGRATIONS_H_
#define IMI_SERVICES_DIRECTORY_MIGRATIONS_H_

#include <vector>

#include "libs/pg/migrations.h"

namespace imi::directory {

// The directory's own migrations (component "directory"), in order.
std::vector<pg::Migration> OwnMigrations();

// Everything the directory's schema needs, in order: the events outbox
// (component "events", libs/events) and then OwnMigrations().
std::vector<pg::Migration> Migrations();

}  // namespace imi::directory

#endif  // IMI_SERVICES_DIRECTORY_MIGRATIONS_H_
