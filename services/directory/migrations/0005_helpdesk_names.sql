-- Helpdesk names in several languages, a version for etags, and a history
-- of changes (docs/directory.md "Helpdesks").
--
-- Until now a helpdesk had one display_name. It becomes the helpdesk's name
-- in its country's first official language ("en" for the Commission's,
-- "EU"), the language tools/directory_gen wrote it in and the first one of
-- services/directory/authority.cc's country table. helpdesks.display_name
-- stays: the server keeps it equal to the first name, so that servers from
-- before this migration still show a correct name during a rolling update
-- or after a rollback. A later migration may drop it.

CREATE TABLE helpdesk_names (
  country text NOT NULL REFERENCES helpdesks (country) ON DELETE CASCADE,
  language text NOT NULL CHECK (language IN ('bg', 'cs', 'da', 'de', 'el', 'en', 'es', 'et', 'fi',
    'fr', 'ga', 'hr', 'hu', 'it', 'lt', 'lv', 'mt', 'nl', 'pl', 'pt', 'ro', 'sk', 'sl', 'sv', 'is', 'nb')),
  name text NOT NULL CHECK (length(btrim(name)) > 0),
  -- Display order, from 1: the first name is shown in languages without one.
  ordinal integer NOT NULL CHECK (ordinal > 0),
  PRIMARY KEY (country, language),
  UNIQUE (country, ordinal)
);

INSERT INTO helpdesk_names (country, language, name, ordinal)
SELECT h.country, coalesce(first_language.language, 'en'), h.display_name, 1
FROM helpdesks h
LEFT JOIN (VALUES
    ('AT', 'de'), ('BE', 'nl'), ('BG', 'bg'), ('CY', 'el'), ('CZ', 'cs'), ('DE', 'de'),
    ('DK', 'da'), ('EE', 'et'), ('ES', 'es'), ('FI', 'fi'), ('FR', 'fr'), ('GR', 'el'),
    ('HR', 'hr'), ('HU', 'hu'), ('IE', 'en'), ('IS', 'is'), ('IT', 'it'), ('LI', 'de'),
    ('LT', 'lt'), ('LU', 'fr'), ('LV', 'lv'), ('MT', 'mt'), ('NL', 'nl'), ('NO', 'nb'),
    ('PL', 'pl'), ('PT', 'pt'), ('RO', 'ro'), ('SE', 'sv'), ('SI', 'sl'), ('SK', 'sk'),
    ('EU', 'en')) AS first_language (country, language) USING (country)
WHERE length(btrim(h.display_name)) > 0;

-- The etag of a helpdesk is W/"<version>", as for authorities.
ALTER TABLE helpdesks ADD COLUMN version bigint NOT NULL DEFAULT 1;

-- Every change of a helpdesk: UpdateHelpdesk (UPDATED, with the update-mask
-- paths that changed) and imports (CREATED / UPDATED, reason "imported
-- from <file>"). Helpdesks are never deleted.
CREATE TABLE helpdesk_history (
  id bigserial PRIMARY KEY,
  country text NOT NULL,
  time timestamptz NOT NULL DEFAULT now(),
  actor text NOT NULL,
  actor_authority text NOT NULL DEFAULT '',
  action text NOT NULL,
  changed_fields text[] NOT NULL DEFAULT '{}',
  reason text NOT NULL DEFAULT ''
);
CREATE INDEX helpdesk_history_by_country ON helpdesk_history (country, id DESC);
