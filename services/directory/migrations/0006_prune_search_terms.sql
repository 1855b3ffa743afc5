-- The search word list (search_terms) follows the search documents down as
-- well as up: prune_search_terms() removes the words no authority's search
-- document contains any more (a renamed or re-described authority leaves its
-- old words behind). The directory server runs it after an import and every
-- IMI_SEARCH_TERMS_PRUNE_SECONDS (docs/directory.md "Search").
--
-- search_query() spells out short prefix expansions from this list, so a
-- word must never be missing while a committed document contains it.
-- Writers of the search index take search_terms_lock() shared in the
-- statement that adds their words, and hold it to their commit; the pruner
-- takes it exclusively, so it waits for writers in flight and its DELETE
-- (a new snapshot, READ COMMITTED) sees every document they committed. A
-- writer that comes later adds its words again after the prune commits.

CREATE FUNCTION search_terms_lock() RETURNS bigint
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  -- A fixed key in the database-wide advisory lock space, distinct from the
  -- migration lock's (libs/pg/migrations.cc: hashtext, 32 bits).
  AS $$ SELECT 7305218190473810945::bigint $$;

CREATE FUNCTION prune_search_terms() RETURNS bigint
  LANGUAGE plpgsql VOLATILE
  AS $$
DECLARE
  removed bigint;
BEGIN
  PERFORM pg_advisory_xact_lock(search_terms_lock());
  DELETE FROM search_terms t
   WHERE NOT EXISTS (SELECT 1 FROM authority_index s
                      WHERE s.tsv @@ quote_literal(t.term)::tsquery);
  GET DIAGNOSTICS removed = ROW_COUNT;
  RETURN removed;
END
$$;
