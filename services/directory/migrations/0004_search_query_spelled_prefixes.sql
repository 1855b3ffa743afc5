-- search_query, version 2: prefixes with few completions become the list
-- of those words. Same matches as 0003's version (search_terms holds every
-- indexed word); the search statement runs about 1.3× faster over the
-- benchmark mix, 2× on multi-word queries (docs/directory.md "Benchmark").

-- Turns free text into the text-search queries of SearchAuthorities:
--   tq           what must match: every query word, each widened to the
--                indexed words it could mean (prefix — spelled out as the
--                words themselves when there are at most 16 — for words of 4+
--                letters or shorter ones that occur nowhere as typed: "architekt" finds
--                "architektenkammer"; inside a compound for words of 4+
--                letters: "kammer" finds "arztekammer"; similar spellings
--                (trigram similarity >= 0.35) where the word matches nothing
--                as typed, or for every word when `fuzzy`);
--   exact        every query word as typed (folded): a relevance bonus;
--   exact_names  the same within names and acronyms: a further bonus.
-- All NULL when some word matches nothing at all (then nothing matches).
CREATE OR REPLACE FUNCTION search_query(query text, fuzzy boolean,
                             OUT tq tsquery, OUT exact tsquery, OUT exact_names tsquery)
  LANGUAGE plpgsql STABLE PARALLEL SAFE
  AS $$
DECLARE
  w text;
  alt tsquery;
  t text;
  prefixed text[];
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
    ELSE
      -- A prefix with few completions is spelled out: the index then
      -- intersects exact entries (and skips through long posting lists)
      -- instead of collecting every completion's rows into a bitmap first.
      SELECT array_agg(term) INTO prefixed
        FROM (SELECT term FROM search_terms WHERE term >= w AND term < w || chr(1114111)
              ORDER BY term LIMIT 17) p;
      IF cardinality(prefixed) > 16 THEN
        alt := (quote_literal(w) || ':*')::tsquery;
      ELSIF prefixed IS NOT NULL THEN
        FOREACH t IN ARRAY prefixed LOOP
          alt := CASE WHEN alt IS NULL THEN quote_literal(t)::tsquery
                      ELSE alt || quote_literal(t)::tsquery END;
        END LOOP;
      END IF;
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
