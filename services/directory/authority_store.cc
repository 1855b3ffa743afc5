#include "services/directory/authority_store.h"

#include <algorithm>
#include <map>

#include <nlohmann/json.hpp>
#include <pqxx/pqxx>

#include "absl/cleanup/cleanup.h"
#include "absl/strings/escaping.h"
#include "google/protobuf/io/coded_stream.h"
#include "google/protobuf/io/zero_copy_stream_impl_lite.h"

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "libs/events/outbox.h"
#include "libs/log/log.h"
#include "libs/pg/pool.h"
#include "libs/status/status_macros.h"
#include "services/directory/authority_proto.h"
#include "services/directory/cache.pb.h"
#include "services/directory/errors.h"

namespace imi::directory {
namespace {

using nlohmann::json;

// ---- Statements (the name is also the prepared-statement name) -------------

#define IMI_MICROS(col) "(extract(epoch FROM " col ") * 1000000)::bigint"

constexpr char kColumns[] =
    "a.id, a.kind, a.country, a.level, a.region, a.state, "
    "coalesce(a.supervising_coordinator, ''), coalesce(a.coordinator_area, ''), a.data, "
    "a.version, " IMI_MICROS("a.create_time") ", " IMI_MICROS("a.update_time");
constexpr int kColumnCount = 12;

constexpr char kGetAuthority[] = "directory_get_authority";
constexpr char kGetAuthorities[] = "directory_get_authorities";
constexpr char kLockAuthority[] = "directory_lock_authority";
constexpr char kExistingAreas[] = "directory_existing_areas";
constexpr char kNextNumber[] = "directory_next_authority_number";
constexpr char kInsertAuthorities[] = "directory_insert_authorities";
constexpr char kReplaceAuthorities[] = "directory_replace_authorities";
constexpr char kUpdateAuthority[] = "directory_update_authority";
constexpr char kUpsertIndex[] = "directory_upsert_authority_index";
constexpr char kDeleteAreas[] = "directory_delete_authority_areas";
constexpr char kInsertAreas[] = "directory_insert_authority_areas";
constexpr char kDeleteLinks[] = "directory_delete_coordinator_links";
constexpr char kInsertLinks[] = "directory_insert_coordinator_links";
constexpr char kAddTerms[] = "directory_add_search_terms";
constexpr char kPruneTerms[] = "directory_prune_search_terms";
constexpr char kInsertHistory[] = "directory_insert_history";
constexpr char kInsertHistoryBulk[] = "directory_insert_history_bulk";
constexpr char kListHistory[] = "directory_list_history";
constexpr char kFindRequest[] = "directory_find_create_request";
constexpr char kInsertRequest[] = "directory_insert_create_request";
constexpr char kSearchText[] = "directory_search_text";
constexpr char kSearchNames[] = "directory_search_names";
constexpr char kExpand[] = "directory_search_expand";
constexpr char kFindCompetent[] = "directory_find_competent";
constexpr char kFindCoordinators[] = "directory_find_coordinators";
constexpr char kFindByKind[] = "directory_find_by_kind";
constexpr char kListHelpdesks[] = "directory_list_helpdesks";
constexpr char kGetHelpdesk[] = "directory_get_helpdesk";
constexpr char kLockHelpdesks[] = "directory_lock_helpdesks";
constexpr char kInsertHelpdesk[] = "directory_insert_helpdesk";
constexpr char kUpdateHelpdesk[] = "directory_update_helpdesk";
constexpr char kDeleteHelpdeskNames[] = "directory_delete_helpdesk_names";
constexpr char kInsertHelpdeskNames[] = "directory_insert_helpdesk_names";
constexpr char kInsertHelpdeskHistory[] = "directory_insert_helpdesk_history";
constexpr char kBumpNumber[] = "directory_bump_authority_number";

std::string Cols() { return kColumns; }

const std::string kGetAuthoritySql = "SELECT " + Cols() + " FROM authorities a WHERE a.id = $1";
const std::string kGetAuthoritiesSql =
    "SELECT " + Cols() + " FROM authorities a WHERE a.id = ANY ($1::text[])";
const std::string kLockAuthoritySql =
    "SELECT " + Cols() + " FROM authorities a WHERE a.id = $1 FOR UPDATE";
constexpr char kExistingAreasSql[] =
    "SELECT code FROM legislative_areas WHERE code = ANY ($1::text[])";
constexpr char kNextNumberSql[] = "SELECT nextval('authority_number')";

// Inserts rows given as parallel arrays; returns the ids actually inserted.
const std::string kInsertAuthoritiesSql =
    "INSERT INTO authorities (id, kind, country, level, region, state, supervising_coordinator,"
    "  coordinator_area, data, create_time, update_time)"
    " SELECT u.id, u.kind, u.country, u.level, u.region, u.state, NULLIF(u.sup, ''),"
    "   NULLIF(u.carea, ''), decode(u.data, 'hex'),"
    "   CASE WHEN u.ctime = 0 THEN now() ELSE to_timestamp(u.ctime / 1000000.0) END, now()"
    " FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[],"
    "   $7::text[], $8::text[], $9::text[], $10::bigint[])"
    "   AS u(id, kind, country, level, region, state, sup, carea, data, ctime)"
    " ON CONFLICT (id) DO NOTHING"
    " RETURNING id, version, " IMI_MICROS("create_time") ", " IMI_MICROS("update_time");

// For imports with replace: overwrites rows whose content differs.
const std::string kReplaceAuthoritiesSql =
    "UPDATE authorities a SET kind = u.kind, country = u.country, level = u.level,"
    "  region = u.region, state = u.state, supervising_coordinator = NULLIF(u.sup, ''),"
    "  coordinator_area = NULLIF(u.carea, ''), data = decode(u.data, 'hex'),"
    "  version = a.version + 1,"
    "  update_time = now()"
    " FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[],"
    "   $7::text[], $8::text[], $9::text[])"
    "   AS u(id, kind, country, level, region, state, sup, carea, data)"
    " WHERE a.id = u.id AND (a.kind, a.country, a.level, a.region, a.state,"
    "   coalesce(a.supervising_coordinator, ''), coalesce(a.coordinator_area, ''), a.data)"
    "   IS DISTINCT FROM (u.kind, u.country, u.level, u.region, u.state, u.sup, u.carea,"
    "   decode(u.data, 'hex'))"
    " RETURNING a.id, a.version, " IMI_MICROS("a.create_time") ", " IMI_MICROS("a.update_time");

constexpr char kUpdateAuthoritySql[] =
    "UPDATE authorities SET kind = $2, country = $3, level = $4, region = $5, state = $6,"
    "  supervising_coordinator = NULLIF($7, ''), coordinator_area = NULLIF($8, ''),"
    "  data = decode($9, 'hex'), version = version + 1, update_time = now()"
    " WHERE id = $1"
    " RETURNING version, " IMI_MICROS("update_time");

// The derived rows of a set of authorities (parallel arrays): search index
// row, per-area competences, coordinator links, search terms.
// Runs after kInsertAreas: the competences part (weight C) of the search
// document is the concatenation of the authority's per-area vectors, so the
// competence texts are parsed once.
constexpr char kUpsertIndexSql[] =
    "INSERT INTO authority_index (id, country, kind, level, state, area_codes, sort_key, tsv)"
    " SELECT u.id, u.country, u.kind, u.level, u.state,"
    "   CASE WHEN u.areas = '' THEN '{}'::text[] ELSE string_to_array(u.areas, ',') END,"
    "   fold_text(u.first_name),"
    "   search_vector(u.names, u.acronym, NULL, u.place)"
    "     || coalesce((SELECT setweight(tsvector_agg(ar.competences), 'C') FROM authority_areas ar"
    "                  WHERE ar.authority_id = u.id), '')"
    " FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[],"
    "   $7::text[], $8::text[], $9::text[], $10::text[])"
    "   AS u(id, country, kind, level, state, areas, first_name, names, acronym, place)"
    " ON CONFLICT (id) DO UPDATE SET country = EXCLUDED.country, kind = EXCLUDED.kind,"
    "   level = EXCLUDED.level, state = EXCLUDED.state, area_codes = EXCLUDED.area_codes,"
    "   sort_key = EXCLUDED.sort_key, tsv = EXCLUDED.tsv";
constexpr char kDeleteAreasSql[] =
    "DELETE FROM authority_areas WHERE authority_id = ANY ($1::text[])";
constexpr char kInsertAreasSql[] =
    "INSERT INTO authority_areas (area_code, country, authority_id, state, sort_key, competences)"
    " SELECT u.area, u.country, u.id, u.state, fold_text(u.first_name),"
    "   to_tsvector('simple', fold_text(u.text))"
    " FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[])"
    "   AS u(area, country, id, text, state, first_name)";
constexpr char kDeleteLinksSql[] =
    "DELETE FROM authority_coordinators WHERE authority_id = ANY ($1::text[])";
constexpr char kInsertLinksSql[] =
    "INSERT INTO authority_coordinators (authority_id, area_code, role, coordinator_id, country,"
    "  state)"
    " SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[],"
    "   $6::text[])";
// Sorted, so that concurrent writers take the term locks in one order.
// Holds search_terms_lock() shared until the commit: prune_search_terms()
// waits for this transaction (migration 0006).
constexpr char kAddTermsSql[] =
    "WITH l AS (SELECT pg_advisory_xact_lock_shared(search_terms_lock()))"
    " INSERT INTO search_terms (term)"
    " SELECT DISTINCT t FROM l, authority_index, unnest(tsvector_to_array(tsv)) AS t"
    " WHERE id = ANY ($1::text[]) ORDER BY t"
    " ON CONFLICT DO NOTHING";
constexpr char kPruneTermsSql[] = "SELECT prune_search_terms()";

constexpr char kInsertHistorySql[] =
    "INSERT INTO authority_history (authority_id, actor, actor_authority, action, changed_fields,"
    "  legislative_area, reason)"
    " VALUES ($1, $2, $3, $4, $5::text[], $6, $7)"
    " RETURNING id, " IMI_MICROS("time");
constexpr char kInsertHistoryBulkSql[] =
    "INSERT INTO authority_history (authority_id, actor, action, changed_fields, reason)"
    " SELECT u.id, $2, u.action, '{}', $3"
    " FROM unnest($1::text[], $4::text[]) AS u(id, action)";
constexpr char kListHistorySql[] =
    "SELECT id, " IMI_MICROS("time") ", actor, actor_authority, action,"
    "  array_to_json(changed_fields)::text, legislative_area, reason"
    " FROM authority_history WHERE authority_id = $1 AND ($2::bigint = 0 OR id < $2::bigint)"
    " ORDER BY id DESC LIMIT $3";

constexpr char kFindRequestSql[] =
    "SELECT actor, fingerprint, authority_id FROM authority_create_requests WHERE request_id = $1";
constexpr char kInsertRequestSql[] =
    "INSERT INTO authority_create_requests (request_id, actor, fingerprint, authority_id)"
    " VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING 1";

// Filters shared by both searches: $3 states, $4 countries, $5 area, $6 kinds, $7 level.
constexpr char kSearchFilters[] =
    " s.state = ANY ($3::text[])"
    " AND (cardinality($4::text[]) = 0 OR s.country = ANY ($4::text[]))"
    " AND ($5::text = '' OR s.area_codes @> ARRAY[$5::text])"
    " AND (cardinality($6::text[]) = 0 OR s.kind = ANY ($6::text[]))"
    " AND ($7::text = '' OR s.level = $7::text)";

// What search_query() makes of $1 text with $2 fuzzy (NULLs when some word
// matches nothing): cached by SearchExpansions.
constexpr char kExpandSql[] =
    "SELECT tq::text, exact::text, exact_names::text FROM search_query($1, $2)";

// Free text, expanded: $1 tq, $2 exact, filters, $8 limit, $9 offset, $10
// exact_names (search_query()'s output). Ranks every match (weights D, C,
// B, A = 0.1, 0.2, 0.4, 1; rank divided by 1 + log(document length)), +1
// when every query word occurs as typed, +1 more when they all occur in
// names or acronym; counts them all.
const std::string kSearchTextSql = std::string(
    "WITH q AS (SELECT $1::tsquery AS tq, $2::tsquery AS exact, $10::tsquery AS exact_names),"
    " hits AS ("
    "  SELECT s.id, s.sort_key,"
    "    ts_rank('{0.1, 0.2, 0.4, 1.0}', s.tsv, q.tq, 1)"
    "      + CASE WHEN s.tsv @@ q.exact THEN 1 ELSE 0 END"
    "      + CASE WHEN s.tsv @@ q.exact_names THEN 1 ELSE 0 END AS score,"
    "    count(*) OVER () AS total"
    "  FROM authority_index s, q"
    "  WHERE s.tsv @@ q.tq AND") + kSearchFilters +
    "  ORDER BY score DESC, s.sort_key, s.id LIMIT $8 OFFSET $9)"
    " SELECT h.score, h.total, " + Cols() +
    " FROM hits h JOIN authorities a ON a.id = h.id ORDER BY h.score DESC, h.sort_key, h.id";

// Empty text: in name order. $1 and $2 unused (same parameters as above).
const std::string kSearchNamesSql = std::string(
    "WITH hits AS ("
    "  SELECT s.id, s.sort_key FROM authority_index s"
    "  WHERE $1::text = '' AND $2::boolean IS NOT NULL AND") + kSearchFilters +
    "  ORDER BY s.sort_key, s.id LIMIT $8 OFFSET $9),"
    " total AS (SELECT count(*) AS n FROM (SELECT 1 FROM authority_index s WHERE" +
    kSearchFilters + " LIMIT 10000) c)"
    " SELECT 0::float8, (SELECT n FROM total), " + Cols() +
    " FROM hits h JOIN authorities a ON a.id = h.id ORDER BY h.sort_key, h.id";

// $1 area, $2 country, $3 competence ('' for any), $4/$5 cursor, $6 limit.
// Walks authority_areas_active_by_name in name order.
const std::string kFindCompetentSql =
    "WITH hits AS ("
    "  SELECT ar.authority_id AS id, ar.sort_key FROM authority_areas ar"
    "  WHERE ar.area_code = $1 AND ar.country = $2 AND ar.state = 'ACTIVE'"
    "    AND ($3::text = '' OR ar.competences @@ (SELECT tq FROM search_query($3, false)))"
    "    AND (ar.sort_key, ar.authority_id) > ($4::text COLLATE \"C\", $5::text)"
    "  ORDER BY ar.sort_key, ar.authority_id LIMIT $6)"
    " SELECT h.sort_key, " + Cols() +
    " FROM hits h JOIN authorities a ON a.id = h.id ORDER BY h.sort_key, h.id";

// $1 area, $2 country, $3 role, $4/$5 cursor, $6 limit. The distinct
// coordinator ids come from a skip scan of authority_coordinators_lookup
// (one index probe per distinct id, however many authorities link them).
const std::string kFindCoordinatorsSql =
    "WITH RECURSIVE linked AS ("
    "  (SELECT l.coordinator_id AS id FROM authority_coordinators l"
    "   WHERE l.area_code = $1 AND l.country = $2 AND l.role = $3 AND l.state <> 'DEREGISTERED'"
    "   ORDER BY l.coordinator_id LIMIT 1)"
    "  UNION ALL"
    "  SELECT (SELECT l.coordinator_id FROM authority_coordinators l"
    "          WHERE l.area_code = $1 AND l.country = $2 AND l.role = $3"
    "            AND l.state <> 'DEREGISTERED' AND l.coordinator_id > linked.id"
    "          ORDER BY l.coordinator_id LIMIT 1)"
    "  FROM linked WHERE linked.id IS NOT NULL),"
    " hits AS ("
    "  SELECT s.id, s.sort_key FROM authority_index s JOIN linked USING (id)"
    "  WHERE s.state = 'ACTIVE' AND s.country = $2"
    "    AND (s.sort_key, s.id) > ($4::text COLLATE \"C\", $5::text)"
    "  ORDER BY s.sort_key, s.id LIMIT $6)"
    " SELECT h.sort_key, " + Cols() +
    " FROM hits h JOIN authorities a ON a.id = h.id ORDER BY h.sort_key, h.id";

// $1 country, $2 kind, $3/$4 cursor, $5 limit.
const std::string kFindByKindSql =
    "WITH hits AS ("
    "  SELECT s.id, s.sort_key FROM authority_index s"
    "  WHERE s.country = $1 AND s.kind = $2 AND s.state = 'ACTIVE'"
    "    AND (s.sort_key, s.id) > ($3::text COLLATE \"C\", $4::text)"
    "  ORDER BY s.sort_key, s.id LIMIT $5)"
    " SELECT h.sort_key, " + Cols() +
    " FROM hits h JOIN authorities a ON a.id = h.id ORDER BY h.sort_key, h.id";

// A helpdesk row and its names (a JSON array of [language, name] in order).
constexpr char kHelpdeskColumns[] =
    "h.country, coalesce(h.authority_id, ''), h.email, h.phone, h.website,"
    "  array_to_json(h.languages)::text, h.version, " IMI_MICROS("h.update_time") ","
    "  coalesce((SELECT json_agg(json_build_array(n.language, n.name) ORDER BY n.ordinal)"
    "            FROM helpdesk_names n WHERE n.country = h.country), '[]')::text";
const std::string kListHelpdesksSql =
    std::string("SELECT ") + kHelpdeskColumns +
    " FROM helpdesks h WHERE $1::text = '' OR h.country = $1::text"
    " ORDER BY h.country";
const std::string kGetHelpdeskSql =
    std::string("SELECT ") + kHelpdeskColumns + " FROM helpdesks h WHERE h.country = $1";
// In country order, so that concurrent writers take the row locks in one order.
const std::string kLockHelpdesksSql = std::string("SELECT ") + kHelpdeskColumns +
                                      " FROM helpdesks h WHERE h.country = ANY ($1::text[])"
                                      " ORDER BY h.country FOR UPDATE";
// display_name: the first name, kept for servers from before migration 0005
// (which read it) during rolling updates and rollbacks.
constexpr char kInsertHelpdeskSql[] =
    "INSERT INTO helpdesks (country, authority_id, display_name, email, phone, website,"
    "  languages)"
    " VALUES ($1, NULLIF($2, ''), $3, $4, $5, $6, $7::text[])"
    " RETURNING version, " IMI_MICROS("update_time");
constexpr char kUpdateHelpdeskSql[] =
    "UPDATE helpdesks SET authority_id = NULLIF($2, ''), display_name = $3, email = $4,"
    "  phone = $5, website = $6, languages = $7::text[], version = version + 1,"
    "  update_time = now()"
    " WHERE country = $1"
    " RETURNING version, " IMI_MICROS("update_time");
constexpr char kDeleteHelpdeskNamesSql[] = "DELETE FROM helpdesk_names WHERE country = $1";
constexpr char kInsertHelpdeskNamesSql[] =
    "INSERT INTO helpdesk_names (country, language, name, ordinal)"
    " SELECT $1, u.language, u.name, u.ordinal"
    " FROM unnest($2::text[], $3::text[]) WITH ORDINALITY AS u(language, name, ordinal)";
constexpr char kInsertHelpdeskHistorySql[] =
    "INSERT INTO helpdesk_history (country, actor, actor_authority, action, changed_fields,"
    "  reason)"
    " VALUES ($1, $2, $3, $4, $5::text[], $6)";
// After an import, new ids must not collide with imported "<cc>-NNNNNN" ones.
constexpr char kBumpNumberSql[] =
    "SELECT setval('authority_number', greatest((SELECT last_value FROM authority_number),"
    "  (SELECT coalesce(max(substring(id FROM '^[a-z]{2}-([0-9]{1,15})$')::bigint), 1)"
    "   FROM authorities)))";

#undef IMI_MICROS

// ---- Encoding ---------------------------------------------------------------

// A PostgreSQL array literal of text: {"a","b\"c"}.
std::string PgArray(const std::vector<std::string>& values) {
  std::string out = "{";
  for (size_t i = 0; i < values.size(); ++i) {
    if (i) out += ',';
    out += '"';
    for (char c : values[i]) {
      if (c == '"' || c == '\\') out += '\\';
      out += c;
    }
    out += '"';
  }
  out += '}';
  return out;
}

std::string PgArray(const std::vector<long long>& values) {
  std::string out = "{";
  for (size_t i = 0; i < values.size(); ++i) absl::StrAppend(&out, i ? "," : "", values[i]);
  return out + "}";
}

// The `data` column: a serialized imi.directory.cache.StoredContent holding
// what has no column of its own (names, acronym, address, contact,
// languages, areas), written deterministically so that equal content has
// equal bytes. Binary, not JSON: decoding it is on the path of every read.
std::string DataBytes(const AuthorityRecord& r) {
  cache::StoredContent content;
  for (const auto& n : r.names) {
    auto* name = content.add_names();
    name->set_language(n.language);
    name->set_name(n.name);
  }
  content.set_acronym(r.acronym);
  if (!(r.address == PostalAddress{})) {
    auto* a = content.mutable_address();
    for (const auto& l : r.address.lines) a->add_lines(l);
    a->set_postal_code(r.address.postal_code);
    a->set_city(r.address.city);
    a->set_country(r.address.country);
  }
  if (!(r.contact == Contact{})) {
    content.mutable_contact()->set_email(r.contact.email);
    content.mutable_contact()->set_phone(r.contact.phone);
    content.mutable_contact()->set_website(r.contact.website);
  }
  for (const auto& l : r.languages) content.add_languages(l);
  for (const auto& a : r.areas) {
    auto* area = content.add_areas();
    area->set_area(a.area);
    for (const auto& k : a.keywords) area->add_keywords(k);
    for (const auto& k : a.activities) area->add_activities(k);
    for (const auto& k : a.professions) area->add_professions(k);
    for (const auto& [role, id] : a.coordinators) (*area->mutable_coordinators())[role] = id;
  }
  std::string out;
  {
    google::protobuf::io::StringOutputStream stream(&out);
    google::protobuf::io::CodedOutputStream coded(&stream);
    coded.SetSerializationDeterministic(true);
    content.SerializeToCodedStream(&coded);
  }
  return out;
}

// Hex, for the text[] parameters of the statements (decode(..., 'hex')).
std::string DataHex(const AuthorityRecord& r) { return absl::BytesToHexString(DataBytes(r)); }

int HexDigit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

void ParseData(const pqxx::field& field, AuthorityRecord* r) {
  // bytea arrives in hex text form ("\x0a1b..."). It is decoded into a
  // per-thread buffer rather than with PQunescapeBytea, which would malloc
  // (and free) a large block for every row of every search.
  thread_local std::string bytes;
  const char* text = field.c_str();
  const size_t size = field.size();
  if (size < 2 || text[0] != '\\' || text[1] != 'x' || size % 2 != 0) {
    throw std::runtime_error("authorities.data of " + r->id + " is not hex bytea");
  }
  bytes.resize((size - 2) / 2);
  for (size_t i = 0; i < bytes.size(); ++i) {
    const int hi = HexDigit(text[2 + 2 * i]), lo = HexDigit(text[3 + 2 * i]);
    if (hi < 0 || lo < 0) throw std::runtime_error("authorities.data of " + r->id + ": bad hex");
    bytes[i] = static_cast<char>(hi << 4 | lo);
  }
  cache::StoredContent content;
  if (!content.ParseFromArray(bytes.data(), static_cast<int>(bytes.size()))) {
    throw std::runtime_error("authorities.data of " + r->id + " is not a StoredContent");
  }
  r->names.reserve(content.names_size());
  for (auto& n : *content.mutable_names()) {
    r->names.push_back({std::move(*n.mutable_language()), std::move(*n.mutable_name())});
  }
  r->acronym = std::move(*content.mutable_acronym());
  auto* address = content.mutable_address();
  for (auto& l : *address->mutable_lines()) r->address.lines.push_back(std::move(l));
  r->address.postal_code = std::move(*address->mutable_postal_code());
  r->address.city = std::move(*address->mutable_city());
  r->address.country = std::move(*address->mutable_country());
  auto* contact = content.mutable_contact();
  r->contact = {std::move(*contact->mutable_email()), std::move(*contact->mutable_phone()),
                std::move(*contact->mutable_website())};
  for (auto& l : *content.mutable_languages()) r->languages.push_back(std::move(l));
  r->areas.reserve(content.areas_size());
  for (auto& a : *content.mutable_areas()) {
    AreaAccess area;
    area.area = std::move(*a.mutable_area());
    for (auto& k : *a.mutable_keywords()) area.keywords.push_back(std::move(k));
    for (auto& k : *a.mutable_activities()) area.activities.push_back(std::move(k));
    for (auto& k : *a.mutable_professions()) area.professions.push_back(std::move(k));
    for (const auto& [role, id] : a.coordinators()) area.coordinators.emplace(role, id);
    r->areas.push_back(std::move(area));
  }
}

// Reads kColumns starting at column `first`.
AuthorityRecord ReadRecord(const pqxx::row& row, int first = 0) {
  AuthorityRecord r;
  r.id = row[first + 0].as<std::string>();
  r.kind = ParseKind(row[first + 1].as<std::string>()).value_or(AuthorityKind::kUnspecified);
  r.country = row[first + 2].as<std::string>();
  r.level = ParseLevel(row[first + 3].as<std::string>()).value_or(AuthorityLevel::kUnspecified);
  r.region = row[first + 4].as<std::string>();
  r.state = ParseState(row[first + 5].as<std::string>()).value_or(AuthorityState::kUnspecified);
  r.supervising_coordinator = row[first + 6].as<std::string>();
  r.coordinator_area = row[first + 7].as<std::string>();
  ParseData(row[first + 8], &r);
  r.version = row[first + 9].as<long long>();
  r.create_time = absl::FromUnixMicros(row[first + 10].as<long long>());
  r.update_time = absl::FromUnixMicros(row[first + 11].as<long long>());
  return r;
}

std::vector<FoundAuthority> ReadFound(const pqxx::result& rows) {
  std::vector<FoundAuthority> out;
  out.reserve(rows.size());
  for (const auto& row : rows) {
    out.push_back({ReadRecord(row, 1), row[0].as<std::string>()});
  }
  return out;
}

// The texts the search document is built from (competences come from the
// per-area rows, see kUpsertIndexSql).
struct SearchTexts {
  std::string names, acronym, place;
};

SearchTexts TextsOf(const AuthorityRecord& r) {
  SearchTexts t;
  std::vector<std::string> names;
  for (const auto& n : r.names) names.push_back(n.name);
  t.names = absl::StrJoin(names, "\n");
  t.acronym = r.acronym;
  t.place = absl::StrCat(r.address.city, "\n", r.region);
  return t;
}

std::string AreaCompetences(const AreaAccess& a) {
  std::vector<std::string> all;
  for (const auto* list : {&a.keywords, &a.activities, &a.professions}) {
    all.insert(all.end(), list->begin(), list->end());
  }
  return absl::StrJoin(all, "\n");
}


// Writes the search index row, area and link rows and search terms of `records`.
void WriteDerived(pqxx::work& tx, const std::vector<const AuthorityRecord*>& records) {
  constexpr size_t kChunk = 2000;
  for (size_t start = 0; start < records.size(); start += kChunk) {
    const size_t end = std::min(records.size(), start + kChunk);
    std::vector<std::string> ids, countries, kinds, levels, states, areas, first, names, acronyms,
        places;
    std::vector<std::string> a_area, a_country, a_id, a_text, a_state, a_first;
    std::vector<std::string> l_id, l_area, l_role, l_coord, l_country, l_state;
    for (size_t i = start; i < end; ++i) {
      const AuthorityRecord& r = *records[i];
      ids.push_back(r.id);
      countries.push_back(r.country);
      kinds.emplace_back(ToString(r.kind));
      levels.emplace_back(ToString(r.level));
      states.emplace_back(ToString(r.state));
      std::vector<std::string> codes;
      for (const auto& a : r.areas) {
        codes.push_back(a.area);
        a_area.push_back(a.area);
        a_country.push_back(r.country);
        a_id.push_back(r.id);
        a_text.push_back(AreaCompetences(a));
        a_state.emplace_back(ToString(r.state));
        a_first.push_back(r.names.empty() ? r.id : r.names.front().name);
        for (const auto& [role, coord] : a.coordinators) {
          l_id.push_back(r.id);
          l_area.push_back(a.area);
          l_role.push_back(role);
          l_coord.push_back(coord);
          l_country.push_back(r.country);
          l_state.emplace_back(ToString(r.state));
        }
      }
      areas.push_back(absl::StrJoin(codes, ","));
      first.push_back(r.names.empty() ? r.id : r.names.front().name);
      SearchTexts t = TextsOf(r);
      names.push_back(std::move(t.names));
      acronyms.push_back(std::move(t.acronym));
      places.push_back(std::move(t.place));
    }
    const std::string id_array = PgArray(ids);
    tx.exec_prepared0(kDeleteAreas, id_array);
    if (!a_id.empty()) {
      tx.exec_prepared0(kInsertAreas, PgArray(a_area), PgArray(a_country), PgArray(a_id),
                        PgArray(a_text), PgArray(a_state), PgArray(a_first));
    }
    tx.exec_prepared0(kUpsertIndex, id_array, PgArray(countries), PgArray(kinds), PgArray(levels),
                      PgArray(states), PgArray(areas), PgArray(first), PgArray(names),
                      PgArray(acronyms), PgArray(places));
    tx.exec_prepared0(kDeleteLinks, id_array);
    if (!l_id.empty()) {
      tx.exec_prepared0(kInsertLinks, PgArray(l_id), PgArray(l_area), PgArray(l_role),
                        PgArray(l_coord), PgArray(l_country), PgArray(l_state));
    }
    tx.exec_prepared0(kAddTerms, id_array);
  }
}

HistoryEntry InsertHistory(pqxx::work& tx, const std::string& id, HistoryEntry h) {
  pqxx::row row = tx.exec_prepared1(kInsertHistory, id, h.actor, h.actor_authority, h.action,
                                    PgArray(h.changed_fields), h.legislative_area, h.reason);
  h.id = row[0].as<long long>();
  h.time = absl::FromUnixMicros(row[1].as<long long>());
  return h;
}

// An outbox event in this transaction, with the current trace id.
absl::Status EnqueueMessage(pqxx::work& tx, const char* stream, const std::string& type,
                            std::string aggregate, const google::protobuf::Message& payload) {
  events::Event e;
  e.stream = stream;
  e.type = type;
  e.aggregate = std::move(aggregate);
  e.payload = payload.SerializeAsString();
  e.trace_id = log::CurrentTraceId();
  return events::Enqueue(tx, e);
}

absl::Status EnqueueEvent(pqxx::work& tx, const std::string& type, const AuthorityRecord& r) {
  v1::Authority payload;
  ToProto(r, "", &payload);
  return EnqueueMessage(tx, kAuthorityStream, type, AuthorityResourceName(r.id), payload);
}

// Reads kHelpdeskColumns.
HelpdeskRecord ReadHelpdesk(const pqxx::row& row) {
  HelpdeskRecord h;
  h.country = row[0].as<std::string>();
  h.authority_id = row[1].as<std::string>();
  h.contact = {row[2].as<std::string>(), row[3].as<std::string>(), row[4].as<std::string>()};
  h.languages = json::parse(row[5].as<std::string>()).get<std::vector<std::string>>();
  h.version = row[6].as<long long>();
  h.update_time = absl::FromUnixMicros(row[7].as<long long>());
  for (const auto& pair : json::parse(row[8].as<std::string>())) {
    h.names.push_back({pair.at(0).get<std::string>(), pair.at(1).get<std::string>()});
  }
  return h;
}

// Inserts (`insert`) or updates the row of `h` and replaces its names; sets
// h->version and h->update_time as stored.
void WriteHelpdesk(pqxx::work& tx, bool insert, HelpdeskRecord* h) {
  const std::string first = h->names.empty() ? "" : h->names.front().name;
  pqxx::row row = tx.exec_prepared1(insert ? kInsertHelpdesk : kUpdateHelpdesk, h->country,
                                    h->authority_id, first, h->contact.email, h->contact.phone,
                                    h->contact.website, PgArray(h->languages));
  h->version = row[0].as<long long>();
  h->update_time = absl::FromUnixMicros(row[1].as<long long>());
  std::vector<std::string> languages, names;
  for (const auto& n : h->names) {
    languages.push_back(n.language);
    names.push_back(n.name);
  }
  if (!insert) tx.exec_prepared0(kDeleteHelpdeskNames, h->country);
  tx.exec_prepared0(kInsertHelpdeskNames, h->country, PgArray(languages), PgArray(names));
}

void InsertHelpdeskHistory(pqxx::work& tx, const std::string& country, const HistoryEntry& h) {
  tx.exec_prepared0(kInsertHelpdeskHistory, country, h.actor, h.actor_authority, h.action,
                    PgArray(h.changed_fields), h.reason);
}

absl::Status EnqueueHelpdeskEvent(pqxx::work& tx, const std::string& type,
                                  const HelpdeskRecord& h) {
  v1::Helpdesk payload;
  ToProto(h, "", &payload);
  return EnqueueMessage(tx, kHelpdeskStream, type, HelpdeskResourceName(h.country), payload);
}

// Parallel arrays of the authorities table, for kInsertAuthorities/kReplaceAuthorities.
struct AuthorityArrays {
  std::vector<std::string> id, kind, country, level, region, state, sup, carea, data;
  std::vector<long long> ctime;
  void Add(const AuthorityRecord& r) {
    id.push_back(r.id);
    kind.emplace_back(ToString(r.kind));
    country.push_back(r.country);
    level.emplace_back(ToString(r.level));
    region.push_back(r.region);
    state.emplace_back(ToString(r.state));
    sup.push_back(r.supervising_coordinator);
    carea.push_back(r.coordinator_area);
    data.push_back(DataHex(r));
    ctime.push_back(r.create_time == absl::UnixEpoch() ? 0 : absl::ToUnixMicros(r.create_time));
  }
};

bool SameContent(const HelpdeskRecord& a, const HelpdeskRecord& b) {
  return a.authority_id == b.authority_id && a.names == b.names && a.contact == b.contact &&
         a.languages == b.languages;
}

// The helpdesk part of an import: inserts the new helpdesks and, with
// `replace`, updates those whose content differs, each with its history
// entry and event. Returns how many it wrote. Without `replace` existing
// helpdesks are left as they are, like authorities: a re-import (the local
// runner imports at every start) must not undo UpdateHelpdesk changes.
absl::StatusOr<int> ImportHelpdesks(pqxx::work& tx, const std::vector<HelpdeskRecord>& helpdesks,
                                    bool replace, const std::string& actor,
                                    const std::string& reason) {
  std::vector<std::string> countries;
  for (const auto& h : helpdesks) countries.push_back(h.country);
  std::map<std::string, HelpdeskRecord> current;
  for (const auto& row : tx.exec_prepared(kLockHelpdesks, PgArray(countries))) {
    HelpdeskRecord h = ReadHelpdesk(row);
    current.emplace(h.country, std::move(h));
  }
  int written = 0;
  for (const auto& given : helpdesks) {
    auto it = current.find(given.country);
    if (it != current.end() && (!replace || SameContent(it->second, given))) continue;
    const bool insert = it == current.end();
    HelpdeskRecord h = given;
    WriteHelpdesk(tx, insert, &h);
    HistoryEntry entry;
    entry.actor = actor;
    entry.action = insert ? "CREATED" : "UPDATED";
    entry.reason = reason;
    InsertHelpdeskHistory(tx, h.country, entry);
    IMI_RETURN_IF_ERROR(
        EnqueueHelpdeskEvent(tx, insert ? "HelpdeskCreated" : "HelpdeskUpdated", h));
    ++written;
  }
  return written;
}

}  // namespace

std::string EventTypeFor(const std::string& action) {
  // CREATED -> AuthorityCreated, AREA_GRANTED -> AuthorityAreaGranted.
  std::string out = "Authority";
  bool upper = true;
  for (char c : action) {
    if (c == '_') {
      upper = true;
      continue;
    }
    out += upper ? c : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    upper = false;
  }
  return out;
}

PgAuthorityStore::PgAuthorityStore(pg::Pool* pool, absl::Duration expansion_ttl)
    : pool_(pool), expansions_(expansion_ttl, kMaxExpansions) {
  pool_->Prepare(kGetAuthority, kGetAuthoritySql);
  pool_->Prepare(kGetAuthorities, kGetAuthoritiesSql);
  pool_->Prepare(kLockAuthority, kLockAuthoritySql);
  pool_->Prepare(kExistingAreas, kExistingAreasSql);
  pool_->Prepare(kNextNumber, kNextNumberSql);
  pool_->Prepare(kInsertAuthorities, kInsertAuthoritiesSql);
  pool_->Prepare(kReplaceAuthorities, kReplaceAuthoritiesSql);
  pool_->Prepare(kUpdateAuthority, kUpdateAuthoritySql);
  pool_->Prepare(kUpsertIndex, kUpsertIndexSql);
  pool_->Prepare(kDeleteAreas, kDeleteAreasSql);
  pool_->Prepare(kInsertAreas, kInsertAreasSql);
  pool_->Prepare(kDeleteLinks, kDeleteLinksSql);
  pool_->Prepare(kInsertLinks, kInsertLinksSql);
  pool_->Prepare(kAddTerms, kAddTermsSql);
  pool_->Prepare(kPruneTerms, kPruneTermsSql);
  pool_->Prepare(kInsertHistory, kInsertHistorySql);
  pool_->Prepare(kInsertHistoryBulk, kInsertHistoryBulkSql);
  pool_->Prepare(kListHistory, kListHistorySql);
  pool_->Prepare(kFindRequest, kFindRequestSql);
  pool_->Prepare(kInsertRequest, kInsertRequestSql);
  pool_->Prepare(kSearchText, kSearchTextSql);
  pool_->Prepare(kSearchNames, kSearchNamesSql);
  pool_->Prepare(kExpand, kExpandSql);
  pool_->Prepare(kFindCompetent, kFindCompetentSql);
  pool_->Prepare(kFindCoordinators, kFindCoordinatorsSql);
  pool_->Prepare(kFindByKind, kFindByKindSql);
  pool_->Prepare(kListHelpdesks, kListHelpdesksSql);
  pool_->Prepare(kGetHelpdesk, kGetHelpdeskSql);
  pool_->Prepare(kLockHelpdesks, kLockHelpdesksSql);
  pool_->Prepare(kInsertHelpdesk, kInsertHelpdeskSql);
  pool_->Prepare(kUpdateHelpdesk, kUpdateHelpdeskSql);
  pool_->Prepare(kDeleteHelpdeskNames, kDeleteHelpdeskNamesSql);
  pool_->Prepare(kInsertHelpdeskNames, kInsertHelpdeskNamesSql);
  pool_->Prepare(kInsertHelpdeskHistory, kInsertHelpdeskHistorySql);
  pool_->Prepare(kBumpNumber, kBumpNumberSql);
}

const std::string& PgAuthorityStore::SearchSql() { return kSearchTextSql; }
const char* PgAuthorityStore::ExpandSql() { return kExpandSql; }

absl::StatusOr<std::optional<AuthorityRecord>> PgAuthorityStore::GetAuthority(
    const std::string& id) {
  return pool_->Read<std::optional<AuthorityRecord>>(
      [&](pqxx::transaction_base& tx) -> absl::StatusOr<std::optional<AuthorityRecord>> {
        pqxx::result r = tx.exec_prepared(kGetAuthority, id);
        if (r.empty()) return std::nullopt;
        return ReadRecord(r[0]);
      });
}

absl::StatusOr<std::vector<AuthorityRecord>> PgAuthorityStore::GetAuthorities(
    const std::vector<std::string>& ids) {
  if (ids.empty()) return std::vector<AuthorityRecord>{};
  return pool_->Read<std::vector<AuthorityRecord>>(
      [&](pqxx::transaction_base& tx) -> absl::StatusOr<std::vector<AuthorityRecord>> {
        std::vector<AuthorityRecord> out;
        for (const auto& row : tx.exec_prepared(kGetAuthorities, PgArray(ids))) {
          out.push_back(ReadRecord(row));
        }
        return out;
      });
}

absl::StatusOr<std::set<std::string>> PgAuthorityStore::ExistingAreas(
    const std::vector<std::string>& codes) {
  if (codes.empty()) return std::set<std::string>{};
  return pool_->Read<std::set<std::string>>(
      [&](pqxx::transaction_base& tx) -> absl::StatusOr<std::set<std::string>> {
        std::set<std::string> out;
        for (const auto& row : tx.exec_prepared(kExistingAreas, PgArray(codes))) {
          out.insert(row[0].as<std::string>());
        }
        return out;
      });
}

absl::StatusOr<AuthorityStore::Created> PgAuthorityStore::CreateAuthority(
    const AuthorityRecord& record, const HistoryEntry& history, const std::string& request_id,
    const std::string& fingerprint) {
  // Set when another call with the same request_id committed first: this
  // transaction is rolled back and that call's authority returned.
  bool lost_race = false;
  absl::StatusOr<Created> created = pool_->Transact<Created>(
      pg::TxMode::kReadWrite, [&](pqxx::work& tx) -> absl::StatusOr<Created> {
        lost_race = false;
        if (!request_id.empty()) {
          pqxx::result seen = tx.exec_prepared(kFindRequest, request_id);
          if (!seen.empty()) {
            if (seen[0][0].as<std::string>() != history.actor ||
                seen[0][1].as<std::string>() != fingerprint) {
              return errors::RequestIdReused(request_id);
            }
            pqxx::result first = tx.exec_prepared(kGetAuthority, seen[0][2].as<std::string>());
            if (first.empty()) return absl::InternalError("request_id names a missing authority");
            return Created{ReadRecord(first[0]), true};
          }
        }
        AuthorityRecord r = record;
        // Imported ids share the "<cc>-NNNNNN" pattern; skip numbers taken.
        for (int attempt = 0;; ++attempt) {
          const long long n = tx.exec_prepared1(kNextNumber)[0].as<long long>();
          std::string digits = std::to_string(n);
          if (digits.size() < 6) digits.insert(0, 6 - digits.size(), '0');
          std::string cc = r.country;
          for (char& c : cc) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
          r.id = cc + "-" + digits;
          AuthorityArrays arrays;
          arrays.Add(r);
          pqxx::result ins = tx.exec_prepared(
              kInsertAuthorities, PgArray(arrays.id), PgArray(arrays.kind),
              PgArray(arrays.country), PgArray(arrays.level), PgArray(arrays.region),
              PgArray(arrays.state), PgArray(arrays.sup), PgArray(arrays.carea),
              PgArray(arrays.data), PgArray(std::vector<long long>{0}));
          if (!ins.empty()) {
            r.version = ins[0][1].as<long long>();
            r.create_time = absl::FromUnixMicros(ins[0][2].as<long long>());
            r.update_time = absl::FromUnixMicros(ins[0][3].as<long long>());
            break;
          }
          if (attempt > 1000) return absl::InternalError("no free authority number");
        }
        WriteDerived(tx, {&r});
        InsertHistory(tx, r.id, history);
        IMI_RETURN_IF_ERROR(EnqueueEvent(tx, EventTypeFor(history.action), r));
        if (!request_id.empty() &&
            tx.exec_prepared(kInsertRequest, request_id, history.actor, fingerprint, r.id)
                .empty()) {
          lost_race = true;
          return absl::AbortedError("request_id taken concurrently");
        }
        return Created{std::move(r), false};
      });
  if (!created.ok() && lost_race) {
    // The other call has committed: replay its result.
    return CreateAuthority(record, history, request_id, fingerprint);
  }
  expansions_.Clear();  // new words are searchable at once through this replica
  return created;
}

absl::StatusOr<AuthorityRecord> PgAuthorityStore::MutateAuthority(const std::string& id,
                                                                  const MutateFn& fn) {
  absl::Cleanup clear = [this] { expansions_.Clear(); };
  return pool_->Transact<AuthorityRecord>(
      pg::TxMode::kReadWrite, [&](pqxx::work& tx) -> absl::StatusOr<AuthorityRecord> {
        pqxx::result rows = tx.exec_prepared(kLockAuthority, id);
        if (rows.empty()) return errors::AuthorityNotFound(id);
        const AuthorityRecord current = ReadRecord(rows[0]);
        IMI_ASSIGN_OR_RETURN(Mutation m, fn(current));
        if (m.unchanged) return current;
        AuthorityRecord r = std::move(m.record);
        r.id = current.id;
        r.create_time = current.create_time;
        pqxx::row row = tx.exec_prepared1(
            kUpdateAuthority, r.id, std::string(ToString(r.kind)), r.country,
            std::string(ToString(r.level)), r.region, std::string(ToString(r.state)),
            r.supervising_coordinator, r.coordinator_area, DataHex(r));
        r.version = row[0].as<long long>();
        r.update_time = absl::FromUnixMicros(row[1].as<long long>());
        WriteDerived(tx, {&r});
        InsertHistory(tx, r.id, m.history);
        IMI_RETURN_IF_ERROR(EnqueueEvent(tx, EventTypeFor(m.history.action), r));
        return r;
      });
}

absl::StatusOr<std::vector<HistoryEntry>> PgAuthorityStore::ListHistory(const std::string& id,
                                                                        int64_t before_id,
                                                                        int limit) {
  return pool_->Read<std::vector<HistoryEntry>>(
      [&](pqxx::transaction_base& tx) -> absl::StatusOr<std::vector<HistoryEntry>> {
        std::vector<HistoryEntry> out;
        for (const auto& row :
             tx.exec_prepared(kListHistory, id, static_cast<long long>(before_id), limit)) {
          HistoryEntry h;
          h.id = row[0].as<long long>();
          h.time = absl::FromUnixMicros(row[1].as<long long>());
          h.actor = row[2].as<std::string>();
          h.actor_authority = row[3].as<std::string>();
          h.action = row[4].as<std::string>();
          h.changed_fields = json::parse(row[5].as<std::string>()).get<std::vector<std::string>>();
          h.legislative_area = row[6].as<std::string>();
          h.reason = row[7].as<std::string>();
          out.push_back(std::move(h));
        }
        return out;
      });
}

absl::StatusOr<SearchResult> PgAuthorityStore::Search(const SearchQuery& q) {
  std::optional<Expansion> expansion;
  if (!q.text.empty()) expansion = expansions_.Find(q.text, q.fuzzy);
  return pool_->Read<SearchResult>([&](pqxx::transaction_base& tx) -> absl::StatusOr<SearchResult> {
    pqxx::result rows;
    if (q.text.empty()) {
      rows = tx.exec_prepared(kSearchNames, q.text, q.fuzzy, PgArray(q.states),
                              PgArray(q.countries), q.area, PgArray(q.kinds), q.level, q.limit,
                              q.offset);
    } else {
      if (!expansion) {
        pqxx::row e = tx.exec_prepared1(kExpand, q.text, q.fuzzy);
        if (e[0].is_null()) return SearchResult{};  // a word that matches nothing
        expansion = Expansion{e[0].as<std::string>(), e[1].as<std::string>(),
                              e[2].as<std::string>()};
        expansions_.Put(q.text, q.fuzzy, *expansion);
      }
      rows = tx.exec_prepared(kSearchText, expansion->tq, expansion->exact, PgArray(q.states),
                              PgArray(q.countries), q.area, PgArray(q.kinds), q.level, q.limit,
                              q.offset, expansion->exact_names);
    }
    SearchResult out;
    for (const auto& row : rows) {
      out.total = static_cast<int>(std::min<long long>(row[1].as<long long>(), kMaxSearchTotal));
      out.hits.push_back({ReadRecord(row, 2), row[0].as<double>()});
    }
    return out;
  });
}

absl::StatusOr<std::vector<FoundAuthority>> PgAuthorityStore::FindCompetent(
    const CompetentQuery& q) {
  return pool_->Read<std::vector<FoundAuthority>>(
      [&](pqxx::transaction_base& tx) -> absl::StatusOr<std::vector<FoundAuthority>> {
        const NameCursor after = q.after.value_or(NameCursor{});
        return ReadFound(tx.exec_prepared(kFindCompetent, q.area, q.country, q.competence,
                                          after.sort_key, after.id, q.limit));
      });
}

absl::StatusOr<std::vector<FoundAuthority>> PgAuthorityStore::FindCoordinators(
    const CoordinatorQuery& q) {
  return pool_->Read<std::vector<FoundAuthority>>(
      [&](pqxx::transaction_base& tx) -> absl::StatusOr<std::vector<FoundAuthority>> {
        const NameCursor after = q.after.value_or(NameCursor{});
        return ReadFound(tx.exec_prepared(kFindCoordinators, q.area, q.country, q.role,
                                          after.sort_key, after.id, q.limit));
      });
}

absl::StatusOr<std::vector<FoundAuthority>> PgAuthorityStore::FindByKind(
    const std::string& country, AuthorityKind kind, const std::optional<NameCursor>& after,
    int limit) {
  return pool_->Read<std::vector<FoundAuthority>>(
      [&](pqxx::transaction_base& tx) -> absl::StatusOr<std::vector<FoundAuthority>> {
        const NameCursor a = after.value_or(NameCursor{});
        return ReadFound(tx.exec_prepared(kFindByKind, country, std::string(ToString(kind)),
                                          a.sort_key, a.id, limit));
      });
}

absl::StatusOr<int64_t> PgAuthorityStore::PruneSearchTerms() {
  absl::Cleanup clear = [this] { expansions_.Clear(); };
  return pool_->Transact<int64_t>(pg::TxMode::kReadWrite,
                                  [&](pqxx::work& tx) -> absl::StatusOr<int64_t> {
                                    return tx.exec_prepared1(kPruneTerms)[0].as<int64_t>();
                                  });
}

absl::StatusOr<std::vector<HelpdeskRecord>> PgAuthorityStore::ListHelpdesks(
    const std::string& country) {
  return pool_->Read<std::vector<HelpdeskRecord>>(
      [&](pqxx::transaction_base& tx) -> absl::StatusOr<std::vector<HelpdeskRecord>> {
        std::vector<HelpdeskRecord> out;
        for (const auto& row : tx.exec_prepared(kListHelpdesks, country)) {
          out.push_back(ReadHelpdesk(row));
        }
        return out;
      });
}

absl::StatusOr<std::optional<HelpdeskRecord>> PgAuthorityStore::GetHelpdesk(
    const std::string& country) {
  return pool_->Read<std::optional<HelpdeskRecord>>(
      [&](pqxx::transaction_base& tx) -> absl::StatusOr<std::optional<HelpdeskRecord>> {
        pqxx::result rows = tx.exec_prepared(kGetHelpdesk, country);
        if (rows.empty()) return std::nullopt;
        return ReadHelpdesk(rows[0]);
      });
}

absl::StatusOr<HelpdeskRecord> PgAuthorityStore::MutateHelpdesk(const std::string& country,
                                                                const HelpdeskMutateFn& fn) {
  return pool_->Transact<HelpdeskRecord>(
      pg::TxMode::kReadWrite, [&](pqxx::work& tx) -> absl::StatusOr<HelpdeskRecord> {
        pqxx::result rows =
            tx.exec_prepared(kLockHelpdesks, PgArray(std::vector<std::string>{country}));
        if (rows.empty()) return errors::HelpdeskNotFound(HelpdeskResourceName(country));
        const HelpdeskRecord current = ReadHelpdesk(rows[0]);
        IMI_ASSIGN_OR_RETURN(HelpdeskMutation m, fn(current));
        if (m.unchanged) return current;
        HelpdeskRecord h = std::move(m.record);
        h.country = current.country;
        h.authority_id = current.authority_id;
        WriteHelpdesk(tx, /*insert=*/false, &h);
        InsertHelpdeskHistory(tx, h.country, m.history);
        IMI_RETURN_IF_ERROR(EnqueueHelpdeskEvent(tx, "HelpdeskUpdated", h));
        return h;
      });
}

absl::StatusOr<ImportStats> PgAuthorityStore::Import(
    const std::vector<AuthorityRecord>& authorities, const std::vector<HelpdeskRecord>& helpdesks,
    bool replace, const std::string& actor, const std::string& reason) {
  constexpr size_t kChunk = 2000;
  size_t next = 0;
  ImportSource source;
  source.next = [&]() -> absl::StatusOr<std::vector<AuthorityRecord>> {
    const size_t end = std::min(authorities.size(), next + kChunk);
    std::vector<AuthorityRecord> chunk(authorities.begin() + next, authorities.begin() + end);
    next = end;
    return chunk;
  };
  return Import(source, helpdesks, replace, actor, reason);
}

absl::StatusOr<ImportStats> PgAuthorityStore::Import(const ImportSource& source,
                                                     const std::vector<HelpdeskRecord>& helpdesks,
                                                     bool replace, const std::string& actor,
                                                     const std::string& reason) {
  bool started = false;
  absl::Cleanup clear = [this] { expansions_.Clear(); };
  return pool_->Transact<ImportStats>(
      pg::TxMode::kReadWrite, [&](pqxx::work& tx) -> absl::StatusOr<ImportStats> {
        if (started) {
          return absl::AbortedError("the import's transaction failed midway; run it again");
        }
        started = true;
        ImportStats stats;
        stats.helpdesks_read = static_cast<int>(helpdesks.size());
        bool any_written = false;
        while (true) {
          IMI_ASSIGN_OR_RETURN(std::vector<AuthorityRecord> chunk, source.next());
          if (chunk.empty()) break;
          stats.authorities_read += static_cast<int>(chunk.size());
          std::map<std::string, const AuthorityRecord*> by_id;
          for (const auto& r : chunk) by_id[r.id] = &r;
          AuthorityArrays arrays;
          for (const auto& r : chunk) arrays.Add(r);
          std::vector<AuthorityRecord> written;  // with version and times as stored
          std::vector<std::string> written_action;
          auto collect = [&](const pqxx::result& rows, const char* action) {
            for (const auto& row : rows) {
              AuthorityRecord r = *by_id.at(row[0].as<std::string>());
              r.version = row[1].as<long long>();
              r.create_time = absl::FromUnixMicros(row[2].as<long long>());
              r.update_time = absl::FromUnixMicros(row[3].as<long long>());
              written.push_back(std::move(r));
              written_action.push_back(action);
            }
            return static_cast<int>(rows.size());
          };
          stats.authorities_inserted += collect(
              tx.exec_prepared(kInsertAuthorities, PgArray(arrays.id), PgArray(arrays.kind),
                               PgArray(arrays.country), PgArray(arrays.level),
                               PgArray(arrays.region), PgArray(arrays.state), PgArray(arrays.sup),
                               PgArray(arrays.carea), PgArray(arrays.data), PgArray(arrays.ctime)),
              "CREATED");
          if (replace) {
            stats.authorities_replaced += collect(
                tx.exec_prepared(kReplaceAuthorities, PgArray(arrays.id), PgArray(arrays.kind),
                                 PgArray(arrays.country), PgArray(arrays.level),
                                 PgArray(arrays.region), PgArray(arrays.state),
                                 PgArray(arrays.sup), PgArray(arrays.carea),
                                 PgArray(arrays.data)),
                "UPDATED");
          }
          if (written.empty()) continue;
          any_written = true;
          std::vector<const AuthorityRecord*> ptrs;
          std::vector<std::string> ids, actions;
          for (size_t i = 0; i < written.size(); ++i) {
            ptrs.push_back(&written[i]);
            ids.push_back(written[i].id);
            actions.push_back(written_action[i]);
          }
          WriteDerived(tx, ptrs);
          tx.exec_prepared0(kInsertHistoryBulk, PgArray(ids), actor, reason, PgArray(actions));
          // Replaced authorities may be cached: one event each. New ones
          // cannot be; the DirectoryImported event invalidates cached pages.
          for (size_t i = 0; i < written.size(); ++i) {
            if (written_action[i] == "UPDATED") {
              IMI_RETURN_IF_ERROR(EnqueueEvent(tx, "AuthorityUpdated", written[i]));
            }
          }
        }
        stats.authorities_unchanged =
            stats.authorities_read - stats.authorities_inserted - stats.authorities_replaced;
        if (source.check) IMI_RETURN_IF_ERROR(source.check());
        if (!helpdesks.empty()) {
          IMI_ASSIGN_OR_RETURN(stats.helpdesks_written,
                               ImportHelpdesks(tx, helpdesks, replace, actor, reason));
        }
        tx.exec_prepared(kBumpNumber);
        if (any_written || stats.helpdesks_written > 0) {
          events::Event e;
          e.stream = kAuthorityStream;
          e.type = kDirectoryImportedEvent;
          e.aggregate = "authorities";
          e.trace_id = log::CurrentTraceId();
          IMI_RETURN_IF_ERROR(events::Enqueue(tx, e));
        }
        return stats;
      });
}

}  // namespace imi::directory
