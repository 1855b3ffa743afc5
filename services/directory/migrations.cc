#include "services/directory/migrations.h"

#include "libs/events/outbox.h"

namespace imi::directory {

std::vector<pg::Migration> Migrations() {
  std::vector<pg::Migration> all = events::Migrations();
  std::vector<pg::Migration> own = OwnMigrations();
  all.insert(all.end(), own.begin(), own.end());
  return all;
}

}  // namespace imi::directory
