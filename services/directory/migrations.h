// The directory's schema migrations, compiled in from migrations/*.sql.
#ifndef IMI_SERVICES_DIRECTORY_MIGRATIONS_H_
#define IMI_SERVICES_DIRECTORY_MIGRATIONS_H_

#include <vector>

#include "libs/pg/migrations.h"

namespace imi::directory {

// Every migration the directory needs, in order.
std::vector<pg::Migration> Migrations();

}  // namespace imi::directory

#endif  // IMI_SERVICES_DIRECTORY_MIGRATIONS_H_
