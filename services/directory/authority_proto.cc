#include "services/directory/authority_proto.h"

#include "absl/strings/str_cat.h"
#include "google/protobuf/util/time_util.h"
#include "libs/status/status_macros.h"
#include "services/directory/errors.h"
#include "services/directory/legislative_areas.h"

namespace imi::directory {
namespace {

using google::protobuf::util::TimeUtil;

google::protobuf::Timestamp Ts(absl::Time t) {
  return TimeUtil::MicrosecondsToTimestamp(absl::ToUnixMicros(t));
}

absl::Time FromTs(const google::protobuf::Timestamp& t) {
  return absl::FromUnixMicros(TimeUtil::TimestampToMicroseconds(t));
}

absl::StatusOr<std::string> ParseAuthorityRef(const std::string& name, const std::string& field) {
  return ParseAuthorityName(name, field);
}

}  // namespace

void AreaToProto(const AreaAccess& a, v1::AreaAccess* out) {
  out->set_legislative_area("legislativeAreas/" + a.area);
  for (const auto& k : a.keywords) out->add_keywords(k);
  for (const auto& k : a.activities) out->add_activities(k);
  for (const auto& k : a.professions) out->add_professions(k);
  for (const auto& [role, id] : a.coordinators) {
    (*out->mutable_coordinators())[role] = AuthorityResourceName(id);
  }
}

absl::StatusOr<AreaAccess> AreaFromProto(const v1::AreaAccess& a, const std::string& field) {
  AreaAccess out;
  if (a.legislative_area().empty()) {
    return errors::RequiredField(field + ".legislative_area", "legislativeAreas/{code}");
  }
  IMI_ASSIGN_OR_RETURN(out.area, ParseAreaName(a.legislative_area(), field + ".legislative_area"));
  out.keywords.assign(a.keywords().begin(), a.keywords().end());
  out.activities.assign(a.activities().begin(), a.activities().end());
  out.professions.assign(a.professions().begin(), a.professions().end());
  for (const auto& [role, name] : a.coordinators()) {
    IMI_ASSIGN_OR_RETURN(std::string id,
                         ParseAuthorityRef(name, absl::StrCat(field, ".coordinators[", role, "]")));
    out.coordinators[role] = id;
  }
  return out;
}

void ToProto(const AuthorityRecord& r, const std::string& language, v1::Authority* out,
             v1::AuthorityView view) {
  out->set_name(AuthorityResourceName(r.id));
  // Enum values of the API and the domain have the same names.
  v1::AuthorityKind kind = v1::AUTHORITY_KIND_UNSPECIFIED;
  v1::AuthorityKind_Parse(ToString(r.kind), &kind);
  out->set_kind(kind);
  out->set_country(r.country);
  v1::AuthorityLevel level = v1::AUTHORITY_LEVEL_UNSPECIFIED;
  v1::AuthorityLevel_Parse(ToString(r.level), &level);
  out->set_level(level);
  out->set_region(r.region);
  for (const auto& n : r.names) {
    auto* name = out->add_names();
    name->set_language(n.language);
    name->set_name(n.name);
  }
  if (!language.empty()) out->set_display_name(DisplayName(r, language));
  out->set_acronym(r.acronym);
  if (!(r.address == PostalAddress{})) {
    auto* addr = out->mutable_address();
    for (const auto& l : r.address.lines) addr->add_lines(l);
    addr->set_postal_code(r.address.postal_code);
    addr->set_city(r.address.city);
    addr->set_country(r.address.country);
  }
  if (!(r.contact == Contact{})) {
    auto* c = out->mutable_contact();
    c->set_email(r.contact.email);
    c->set_phone(r.contact.phone);
    c->set_website(r.contact.website);
  }
  for (const auto& l : r.languages) out->add_languages(l);
  for (const auto& a : r.areas) {
    if (view == v1::AUTHORITY_VIEW_BASIC) {
      out->add_areas()->set_legislative_area("legislativeAreas/" + a.area);
    } else {
      AreaToProto(a, out->add_areas());
    }
  }
  if (!r.supervising_coordinator.empty()) {
    out->set_supervising_coordinator(AuthorityResourceName(r.supervising_coordinator));
  }
  if (!r.coordinator_area.empty()) {
    out->set_coordinator_area("legislativeAreas/" + r.coordinator_area);
  }
  v1::AuthorityState state = v1::AUTHORITY_STATE_UNSPECIFIED;
  v1::AuthorityState_Parse(ToString(r.state), &state);
  out->set_state(state);
  *out->mutable_create_time() = Ts(r.create_time);
  *out->mutable_update_time() = Ts(r.update_time);
  out->set_etag(EtagOf(r));
}

absl::StatusOr<AuthorityRecord> FromProto(const v1::Authority& a, const std::string& prefix,
                                          bool with_output_fields) {
  const std::string p = prefix.empty() ? "" : prefix + ".";
  AuthorityRecord r;
  if (!v1::AuthorityKind_IsValid(a.kind())) {
    return errors::InvalidValue(p + "kind", absl::StrCat("unknown value ", a.kind()));
  }
  if (a.kind() != v1::AUTHORITY_KIND_UNSPECIFIED) {
    r.kind = *ParseKind(v1::AuthorityKind_Name(a.kind()));
  }
  r.country = a.country();
  if (!v1::AuthorityLevel_IsValid(a.level())) {
    return errors::InvalidValue(p + "level", absl::StrCat("unknown value ", a.level()));
  }
  if (a.level() != v1::AUTHORITY_LEVEL_UNSPECIFIED) {
    r.level = *ParseLevel(v1::AuthorityLevel_Name(a.level()));
  }
  r.region = a.region();
  for (const auto& n : a.names()) r.names.push_back({n.language(), n.name()});
  r.acronym = a.acronym();
  r.address.lines.assign(a.address().lines().begin(), a.address().lines().end());
  r.address.postal_code = a.address().postal_code();
  r.address.city = a.address().city();
  r.address.country = a.address().country();
  r.contact = {a.contact().email(), a.contact().phone(), a.contact().website()};
  r.languages.assign(a.languages().begin(), a.languages().end());
  for (int i = 0; i < a.areas_size(); ++i) {
    IMI_ASSIGN_OR_RETURN(AreaAccess area, AreaFromProto(a.areas(i), absl::StrCat(p, "areas[", i, "]")));
    r.areas.push_back(std::move(area));
  }
  if (!a.supervising_coordinator().empty()) {
    IMI_ASSIGN_OR_RETURN(r.supervising_coordinator,
                         ParseAuthorityRef(a.supervising_coordinator(), p + "supervising_coordinator"));
  }
  if (!a.coordinator_area().empty()) {
    IMI_ASSIGN_OR_RETURN(r.coordinator_area,
                         ParseAreaName(a.coordinator_area(), p + "coordinator_area"));
  }
  if (with_output_fields) {
    if (a.name().empty()) return errors::RequiredField(p + "name", "authorities/{id}");
    IMI_ASSIGN_OR_RETURN(r.id, ParseAuthorityRef(a.name(), p + "name"));
    if (!v1::AuthorityState_IsValid(a.state())) {
      return errors::InvalidValue(p + "state", absl::StrCat("unknown value ", a.state()));
    }
    r.state = a.state() == v1::AUTHORITY_STATE_UNSPECIFIED
                  ? AuthorityState::kActive
                  : *ParseState(v1::AuthorityState_Name(a.state()));
    if (a.has_create_time()) r.create_time = FromTs(a.create_time());
    if (a.has_update_time()) r.update_time = FromTs(a.update_time());
  }
  return r;
}

void ToProto(const HistoryEntry& h, v1::AuthorityChange* out) {
  *out->mutable_time() = Ts(h.time);
  out->set_actor(h.actor);
  out->set_actor_authority(h.actor_authority);
  out->set_action(h.action);
  for (const auto& f : h.changed_fields) out->add_changed_fields(f);
  out->set_reason(h.reason);
  if (!h.legislative_area.empty()) {
    out->set_legislative_area("legislativeAreas/" + h.legislative_area);
  }
}

void ToProto(const HelpdeskRecord& h, const std::string& language, v1::Helpdesk* out) {
  out->set_name(HelpdeskResourceName(h.country));
  out->set_country(h.country);
  if (!h.authority_id.empty()) out->set_authority(AuthorityResourceName(h.authority_id));
  if (!language.empty()) out->set_display_name(DisplayName(h, language));
  if (!(h.contact == Contact{})) {
    out->mutable_contact()->set_email(h.contact.email);
    out->mutable_contact()->set_phone(h.contact.phone);
    out->mutable_contact()->set_website(h.contact.website);
  }
  for (const auto& l : h.languages) out->add_languages(l);
  for (const auto& n : h.names) {
    auto* name = out->add_names();
    name->set_language(n.language);
    name->set_name(n.name);
  }
  *out->mutable_update_time() = Ts(h.update_time);
  out->set_etag(EtagOf(h));
}

absl::StatusOr<HelpdeskRecord> FromProto(const v1::Helpdesk& h, const std::string& prefix) {
  const std::string p = prefix.empty() ? "" : prefix + ".";
  HelpdeskRecord r;
  r.country = h.country();
  if (!h.name().empty()) {
    IMI_ASSIGN_OR_RETURN(r.country, ParseHelpdeskName(h.name(), p + "name"));
    if (!h.country().empty() && h.country() != r.country) {
      return errors::InvalidValue(
          p + "country", absl::StrCat("'", h.country(), "' is not the country of ", h.name(), " (",
                                      r.country, ")"));
    }
  }
  if (!h.authority().empty()) {
    IMI_ASSIGN_OR_RETURN(r.authority_id, ParseAuthorityRef(h.authority(), p + "authority"));
  }
  for (const auto& n : h.names()) r.names.push_back({n.language(), n.name()});
  r.contact = {h.contact().email(), h.contact().phone(), h.contact().website()};
  r.languages.assign(h.languages().begin(), h.languages().end());
  return r;
}

}  // namespace imi::directory
