-- Translations of the catalogue's English texts, one per text and language,
-- with the workflow status; and the history of every change to them.
-- English is the source (texts.source_text) and has no translation row.
-- A text with no row in a language is MISSING there.

CREATE TABLE translations (
  text_id bigint NOT NULL REFERENCES texts (id),
  language text NOT NULL REFERENCES languages (code) CHECK (language <> 'en'),
  translated_text text NOT NULL
    CHECK (length(btrim(translated_text)) > 0 AND length(translated_text) <= 4000),
  status text NOT NULL CHECK (status IN ('MACHINE_DRAFT', 'SUBMITTED', 'APPROVED', 'OUTDATED')),
  -- Incremented on every change; the etag is made from it.
  revision integer NOT NULL DEFAULT 1 CHECK (revision >= 1),
  update_time timestamptz NOT NULL DEFAULT now(),
  updated_by text NOT NULL,
  -- For a translation carried over to a new revision of its text (status
  -- OUTDATED): the text revision it was actually made from. NULL once a
  -- translator submits or approves it for this revision.
  translated_from_text_id bigint REFERENCES texts (id),
  PRIMARY KEY (text_id, language)
);

-- The translators' work lists: per language, the texts in a status.
CREATE INDEX translations_by_language_status ON translations (language, status, text_id);

-- Append-only: who changed which translation when, and to what.
CREATE TABLE translation_history (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  text_id bigint NOT NULL REFERENCES texts (id),
  language text NOT NULL REFERENCES languages (code),
  action text NOT NULL CHECK (action IN ('SEED', 'SUBMIT', 'APPROVE', 'SOURCE_CHANGED')),
  translated_text text NOT NULL,
  status text NOT NULL,
  changed_by text NOT NULL,
  change_time timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX translation_history_by_translation ON translation_history (text_id, language, id);
