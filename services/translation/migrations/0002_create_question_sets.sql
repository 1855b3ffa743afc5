-- The pre-translated catalogue: question sets, their immutable versions,
-- and the English source texts the versions are made of.
--
-- A version is never changed once created: changing an English text makes
-- a new text row (next revision of the same key) and a new version whose
-- structure rows point at it, so a request pinned to an old version reads
-- exactly the texts it was written with.

CREATE TABLE question_sets (
  code text PRIMARY KEY CHECK (code ~ '^[a-z][a-z0-9]*(-[a-z0-9]+)*$' AND length(code) <= 63),
  -- The directory's legislative area code (not a foreign key: another
  -- service's data).
  legislative_area text NOT NULL
    CHECK (legislative_area ~ '^[a-z][a-z0-9]*(-[a-z0-9]+)*$' AND length(legislative_area) <= 63),
  current_version integer NOT NULL DEFAULT 1 CHECK (current_version >= 1),
  -- SHA-256 of the embedded seed the set was created from; NULL otherwise.
  seed_sha256 text,
  create_time timestamptz NOT NULL DEFAULT now(),
  update_time timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX question_sets_by_area ON question_sets (legislative_area, code);

-- One English source text. `text_key` says where it sits in the set
-- ("title", "description", "sections/<id>/title", "questions/<id>/text",
-- "questions/<id>/help", "questions/<id>/options/<id>/label");
-- `revision` counts its source changes.
CREATE TABLE texts (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  question_set text NOT NULL REFERENCES question_sets (code),
  text_key text NOT NULL CHECK (length(text_key) BETWEEN 1 AND 300),
  revision integer NOT NULL CHECK (revision >= 1),
  source_text text NOT NULL CHECK (length(btrim(source_text)) > 0 AND length(source_text) <= 4000),
  create_time timestamptz NOT NULL DEFAULT now(),
  created_by text NOT NULL,
  -- The version this revision first appeared in: version N > 1 lists the
  -- texts with introduced_in_version = N as its changed texts.
  introduced_in_version integer NOT NULL CHECK (introduced_in_version >= 1),
  UNIQUE (question_set, text_key, revision)
);

CREATE INDEX texts_by_version ON texts (question_set, introduced_in_version);

CREATE TABLE question_set_versions (
  question_set text NOT NULL REFERENCES question_sets (code),
  version integer NOT NULL CHECK (version >= 1),
  title_text_id bigint NOT NULL REFERENCES texts (id),
  description_text_id bigint NOT NULL REFERENCES texts (id),
  create_time timestamptz NOT NULL DEFAULT now(),
  created_by text NOT NULL,
  change_note text NOT NULL DEFAULT '' CHECK (length(change_note) <= 500),
  PRIMARY KEY (question_set, version)
);

CREATE TABLE sections (
  question_set text NOT NULL,
  version integer NOT NULL,
  section_id text NOT NULL CHECK (section_id ~ '^[a-z0-9][a-z0-9-]*$' AND length(section_id) <= 63),
  position integer NOT NULL,
  title_text_id bigint NOT NULL REFERENCES texts (id),
  PRIMARY KEY (question_set, version, section_id),
  UNIQUE (question_set, version, position),
  FOREIGN KEY (question_set, version) REFERENCES question_set_versions (question_set, version)
);

CREATE TABLE questions (
  question_set text NOT NULL,
  version integer NOT NULL,
  question_id text NOT NULL CHECK (question_id ~ '^[a-z0-9][a-z0-9-]*$' AND length(question_id) <= 63),
  section_id text NOT NULL,
  position integer NOT NULL,
  answer_type text NOT NULL CHECK (answer_type IN
    ('YES_NO', 'SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'DATE', 'NUMBER', 'FREE_TEXT', 'ATTACHMENT')),
  mandatory boolean NOT NULL,
  text_text_id bigint NOT NULL REFERENCES texts (id),
  help_text_id bigint REFERENCES texts (id),
  PRIMARY KEY (question_set, version, question_id),
  UNIQUE (question_set, version, section_id, position),
  FOREIGN KEY (question_set, version, section_id)
    REFERENCES sections (question_set, version, section_id)
);

CREATE TABLE answer_options (
  question_set text NOT NULL,
  version integer NOT NULL,
  question_id text NOT NULL,
  option_id text NOT NULL CHECK (option_id ~ '^[a-z0-9][a-z0-9-]*$' AND length(option_id) <= 63),
  position integer NOT NULL,
  label_text_id bigint NOT NULL REFERENCES texts (id),
  PRIMARY KEY (question_set, version, question_id, option_id),
  UNIQUE (question_set, version, question_id, position),
  FOREIGN KEY (question_set, version, question_id)
    REFERENCES questions (question_set, version, question_id)
);
