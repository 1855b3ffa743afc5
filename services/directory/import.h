// Bulk load of a directory from JSON Lines files: what
//   directory_server --import-authorities=FILE.jsonl [--import-helpdesks=FILE.jsonl]
// runs (after migrating) before it exits. Used by the local runner to load
// the synthetic training directory (tools/directory_gen) and by operators to
// seed a new installation.
//
// Each line of the authorities file is one imi.directory.v1.Authority in
// proto3 JSON (google::protobuf::util::JsonStringToMessage; unknown fields
// are an error), with `name` ("authorities/{id}") set and `state` (default
// ACTIVE); create_time is kept when given. Each line of the helpdesks file is
// one imi.directory.v1.Helpdesk: `name` ("helpdesks/{cc}") or `country`,
// `authority`, `names`, `contact`, `languages` (display_name, update_time
// and etag are ignored, so ListHelpdesks output can be loaded again). Files
// from before helpdesks had `names` carry one `display_name` instead: it is
// taken as the name in the country's first language (PrimaryLanguage), as
// migration 0005 took the stored ones. Blank lines are skipped.
//
// Every record is validated as CreateAuthority validates (ValidateAuthority;
// helpdesks as UpdateHelpdesk validates them, ValidateHelpdesk),
// legislative areas must exist, and every referenced authority (supervising
// coordinator, linked coordinators, a helpdesk's authority) must be in the
// file or already in the directory. Any problem fails the whole import with
// INVALID_ARGUMENT listing the first 20 as "file:line: field: message", and
// nothing is written. Otherwise everything is written in one transaction
// (PgAuthorityStore::Import): authorities and helpdesks that exist are left
// as they are (or overwritten if they differ, with `replace`), so importing
// the same file twice adds nothing and a re-import does not undo changes
// made through the API.
#ifndef IMI_SERVICES_DIRECTORY_IMPORT_H_
#define IMI_SERVICES_DIRECTORY_IMPORT_H_

#include <string>

#include "absl/status/statusor.h"
#include "services/directory/authority_store.h"

namespace imi::directory {

struct ImportOptions {
  std::string authorities_file;  // may be empty if helpdesks_file is set
  std::string helpdesks_file;    // optional
  bool replace = false;
  // Recorded as the actor of the history entries.
  std::string actor = "serviceAccounts/directory-import";
};

absl::StatusOr<ImportStats> ImportFiles(PgAuthorityStore& store, const ImportOptions& options);

}  // namespace imi::directory

#endif  // IMI_SERVICES_DIRECTORY_IMPORT_H_
