// Conversions between the API messages (imi.directory.v1) and the domain
// types of authority.h, used by the gRPC handlers, the import, the event
// payloads and the cache. Resource names become ids and area codes here
// ("authorities/dk-1" <-> "dk-1", "legislativeAreas/services" <-> "services").
#ifndef IMI_SERVICES_DIRECTORY_AUTHORITY_PROTO_H_
#define IMI_SERVICES_DIRECTORY_AUTHORITY_PROTO_H_

#include <string>

#include "absl/status/statusor.h"
#include "imi/directory/v1/directory.pb.h"
#include "services/directory/authority.h"
#include "services/directory/authority_store.h"

namespace imi::directory {

// Every field, output fields included; display_name rendered in `language`
// (the first name where there is none in it; unset if `language` is "").
// With `view` BASIC, each area is only its `legislative_area` (no
// competences, no linked coordinators); UNSPECIFIED means FULL here.
void ToProto(const AuthorityRecord& r, const std::string& language, v1::Authority* out,
             v1::AuthorityView view = v1::AUTHORITY_VIEW_FULL);

// The input fields of `a` (kind, country, level, region, names, acronym,
// address, contact, languages, areas, supervising_coordinator,
// coordinator_area); with `with_output_fields` also name, state,
// create_time, update_time (for imports). Errors: INVALID_NAME naming the
// field (under `prefix`, e.g. "authority.areas[0].legislative_area") for a
// malformed resource name; INVALID_VALUE for an enum value out of range.
// Does not validate the rest: see ValidateAuthority().
absl::StatusOr<AuthorityRecord> FromProto(const v1::Authority& a, const std::string& prefix,
                                          bool with_output_fields);

// One area entry; `field` is its path (e.g. "access").
absl::StatusOr<AreaAccess> AreaFromProto(const v1::AreaAccess& a, const std::string& field);
void AreaToProto(const AreaAccess& a, v1::AreaAccess* out);

void ToProto(const HistoryEntry& h, v1::AuthorityChange* out);

// Every field; display_name rendered in `language` (the first name where
// there is none in it; unset if `language` is "").
void ToProto(const HelpdeskRecord& h, const std::string& language, v1::Helpdesk* out);
// The input fields of `h`: country (from `name` if set, else `country`),
// authority, names, contact, languages. display_name, update_time and etag
// are not read. Errors: INVALID_NAME for a malformed `name` or `authority`;
// INVALID_VALUE if `name` and `country` disagree. Does not validate the
// rest: see ValidateHelpdesk().
absl::StatusOr<HelpdeskRecord> FromProto(const v1::Helpdesk& h, const std::string& prefix);

}  // namespace imi::directory

#endif  // IMI_SERVICES_DIRECTORY_AUTHORITY_PROTO_H_
