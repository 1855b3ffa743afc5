// The translation service's schema migrations, compiled in from
// migrations/*.sql (component "translation").
#ifndef IMI_SERVICES_TRANSLATION_MIGRATIONS_H_
#define IMI_SERVICES_TRANSLATION_MIGRATIONS_H_

#include <vector>

#include "libs/pg/migrations.h"

namespace imi::translation {

// Every migration the translation service needs, in order.
std::vector<pg::Migration> Migrations();

}  // namespace imi::translation

#endif  // IMI_SERVICES_TRANSLATION_MIGRATIONS_H_
