-- Authorities, their competences and coordinator links, history, the search
-- index and the national helpdesks. See docs/directory.md "Data".
--
-- unaccent and pg_trgm are installed by the administrator in schema public
-- (deploy/sql/provision_service.sql); the search_path is "<schema>, public".

-- Folds text for search: no accents, lower case, Greek final sigma as sigma.
-- unaccent() is only STABLE (it reads its dictionary through search_path);
-- naming the dictionary explicitly makes the result depend on the input
-- alone, so this wrapper can be IMMUTABLE and used in index expressions.
CREATE FUNCTION fold_text(t text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT translate(lower(public.unaccent('public.unaccent'::regdictionary, t)), 'ς', 'σ') $$;

-- The search document of an authority: names weigh most (A), then the
-- acronym (B), competences (C), city and region (D).
CREATE FUNCTION search_vector(names text, acronym text, competences text, place text)
  RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$
    SELECT setweight(to_tsvector('simple', fold_text(coalesce(names, ''))), 'A')
        || setweight(to_tsvector('simple', fold_text(coalesce(acronym, ''))), 'B')
        || setweight(to_tsvector('simple', fold_text(coalesce(competences, ''))), 'C')
        || setweight(to_tsvector('simple', fold_text(coalesce(place, ''))), 'D')
  $$;

-- Concatenates tsvectors (shifting positions), like || over a set of rows:
-- an authority's competences are parsed once per area, and its search
-- document reuses them.
CREATE AGGREGATE tsvector_agg(tsvector) (SFUNC = tsvector_concat, STYPE = tsvector, INITCOND = '');

CREATE SEQUENCE authority_number;

CREATE TABLE authorities (
  id text PRIMARY KEY CHECK (id ~ '^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$'),
  kind text NOT NULL
    CHECK (kind IN ('COMPETENT_AUTHORITY', 'NIMIC', 'SDIMIC', 'LIMIC', 'DIMIC', 'COMMISSION')),
  country text NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
  level text NOT NULL DEFAULT '' CHECK (level IN ('', 'NATIONAL', 'REGIONAL', 'LOCAL')),
  region text NOT NULL DEFAULT '',
  state text NOT NULL CHECK (state IN ('INVITED', 'PENDING_VALIDATION', 'ACTIVE', 'DEREGISTERED')),
  supervising_coordinator text REFERENCES authorities (id) DEFERRABLE INITIALLY DEFERRED,
  coordinator_area text REFERENCES legislative_areas (code),
  -- Everything without a column of its own (names, acronym, address,
  -- contact, languages, areas): a serialized imi.directory.cache.StoredContent
  -- (services/directory/cache.proto). Binary because decoding it is on the
  -- path of every read.
  data bytea NOT NULL,
  version bigint NOT NULL DEFAULT 1,
  create_time timestamptz NOT NULL DEFAULT now(),
  update_time timestamptz NOT NULL DEFAULT now()
);

-- The search index: one narrow row per authority (so that ranking thousands
-- of matches reads few pages), written in the same transaction as the
-- authority.
-- Derived tables (authority_index, authority_areas, authority_coordinators)
-- are rewritten by the store with every change of their authority and carry
-- no foreign keys of their own: their integrity is the authorities table's.
CREATE TABLE authority_index (
  id text PRIMARY KEY,
  country text NOT NULL,
  kind text NOT NULL,
  level text NOT NULL,
  state text NOT NULL,
  area_codes text[] NOT NULL,
  sort_key text COLLATE "C" NOT NULL,  -- fold_text(first name): name order
  tsv tsvector NOT NULL
);
CREATE INDEX authority_index_tsv ON authority_index USING gin (tsv);
CREATE INDEX authority_index_areas ON authority_index USING gin (area_codes);
CREATE INDEX authority_index_by_name ON authority_index (state, sort_key, id);
CREATE INDEX authority_index_by_country ON authority_index (country, state, sort_key, id);

-- Every word of every search document (folded), for typo-tolerant and
-- compound-word matching of query words. Only grows; a stale word costs a
-- little query expansion and nothing else.
CREATE TABLE search_terms (term text COLLATE "C" PRIMARY KEY);
CREATE INDEX search_terms_trgm ON search_terms USING gin (term gin_trgm_ops);

-- Per authority and legislative area: its competences as a text-search
-- vector, with the authority's state and name order, so that
-- FindCompetentAuthorities walks one index in name order and stops after a
-- page.
CREATE TABLE authority_areas (
  area_code text NOT NULL,
  country text NOT NULL,
  authority_id text NOT NULL,
  state text NOT NULL,
  sort_key text COLLATE "C" NOT NULL,
  competences tsvector NOT NULL,
  PRIMARY KEY (area_code, country, authority_id)
);
CREATE INDEX authority_areas_by_authority ON authority_areas (authority_id);
CREATE INDEX authority_areas_active_by_name ON authority_areas (area_code, country, sort_key, authority_id)
  WHERE state = 'ACTIVE';

-- Linked coordinators per authority, area and role, with the linking
-- authority's state. The country's coordinators for a role are the distinct
-- coordinator ids of one index range (read with a skip scan).
CREATE TABLE authority_coordinators (
  authority_id text NOT NULL,
  area_code text NOT NULL,
  role text NOT NULL,
  coordinator_id text NOT NULL,
  country text NOT NULL,
  state text NOT NULL,
  PRIMARY KEY (authority_id, area_code, role)
);
CREATE INDEX authority_coordinators_lookup ON authority_coordinators (area_code, country, role, coordinator_id)
  WHERE state <> 'DEREGISTERED';

CREATE TABLE authority_history (
  id bigserial PRIMARY KEY,
  authority_id text NOT NULL,  -- authorities are never deleted
  time timestamptz NOT NULL DEFAULT now(),
  actor text NOT NULL,
  actor_authority text NOT NULL DEFAULT '',
  action text NOT NULL,
  changed_fields text[] NOT NULL DEFAULT '{}',
  legislative_area text NOT NULL DEFAULT '',
  reason text NOT NULL DEFAULT ''
);
CREATE INDEX authority_history_by_authority ON authority_history (authority_id, id DESC);

-- CreateAuthority's request_id: a retry returns the authority the first call created.
CREATE TABLE authority_create_requests (
  request_id text PRIMARY KEY,
  actor text NOT NULL,
  fingerprint text NOT NULL,
  authority_id text NOT NULL REFERENCES authorities (id),
  create_time timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE helpdesks (
  country text PRIMARY KEY CHECK (country ~ '^[A-Z]{2}$'),
  authority_id text REFERENCES authorities (id) DEFERRABLE INITIALLY DEFERRED,
  display_name text NOT NULL,
  email text NOT NULL DEFAULT '',
  phone text NOT NULL DEFAULT '',
  website text NOT NULL DEFAULT '',
  languages text[] NOT NULL DEFAULT '{}',
  update_time timestamptz NOT NULL DEFAULT now()
);

-- Turns free text into the text-search queries of SearchAuthorities:
--   tq           what must match: every query word, each widened to the
--                indexed words it could mean (prefix, for words of 4+
--                letters or shorter ones that occur nowhere as typed: "architekt" finds
--                "architektenkammer"; inside a compound for words of 4+
--                letters: "kammer" finds "arztekammer"; similar spellings
--                (trigram similarity >= 0.35) where the word matches nothing
--                as typed, or for every word when `fuzzy`);
--   exact        every query word as typed (folded): a relevance bonus;
--   exact_names  the same within names and acronyms: a further bonus.
-- All NULL when some word matches nothing at all (then nothing matches).
CREATE FUNCTION search_query(query text, fuzzy boolean,
                             OUT tq tsquery, OUT exact tsquery, OUT exact_names tsquery)
  LANGUAGE plpgsql STABLE PARALLEL SAFE
  AS $$
DECLARE
  w text;
  alt tsquery;
  t text;
  n integer := 0;
BEGIN
  FOR w IN SELECT unnest(tsvector_to_array(to_tsvector('simple', fold_text(query)))) LOOP
    n := n + 1;
    EXIT WHEN n > 10;  -- longer queries: the first ten words decide
    alt := NULL;
    -- Short words ("de", "des", "na") match as typed where they occur at
    -- all: as prefixes they would pull in thousands of index entries.
    IF length(w) <= 3 AND EXISTS (SELECT 1 FROM search_terms WHERE term = w) THEN
      alt := quote_literal(w)::tsquery;
    ELSIF EXISTS (SELECT 1 FROM search_terms WHERE term >= w AND term < w || chr(1114111)) THEN
      alt := (quote_literal(w) || ':*')::tsquery;
    END IF;
    IF length(w) >= 4 THEN
      FOR t IN SELECT term FROM search_terms
               WHERE term LIKE '%' || w || '%' AND NOT starts_with(term, w)
               ORDER BY length(term), term LIMIT 30 LOOP
        alt := CASE WHEN alt IS NULL THEN quote_literal(t)::tsquery
                    ELSE alt || quote_literal(t)::tsquery END;
      END LOOP;
    END IF;
    IF (alt IS NULL OR fuzzy) AND length(w) >= 3 THEN
      FOR t IN SELECT term FROM search_terms
               WHERE term % w AND similarity(term, w) >= 0.35
               ORDER BY similarity(term, w) DESC, term LIMIT 10 LOOP
        alt := CASE WHEN alt IS NULL THEN quote_literal(t)::tsquery
                    ELSE alt || quote_literal(t)::tsquery END;
      END LOOP;
    END IF;
    IF alt IS NULL THEN
      tq := NULL; exact := NULL; exact_names := NULL;
      RETURN;
    END IF;
    tq := CASE WHEN tq IS NULL THEN alt ELSE tq && alt END;
    exact := CASE WHEN exact IS NULL THEN quote_literal(w)::tsquery
                  ELSE exact && quote_literal(w)::tsquery END;
    exact_names := CASE WHEN exact_names IS NULL THEN (quote_literal(w) || ':AB')::tsquery
                        ELSE exact_names && (quote_literal(w) || ':AB')::tsquery END;
  END LOOP;
END
$$;
