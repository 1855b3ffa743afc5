-- Legislative areas (IMI "modules") and their names in the 26 languages.
CREATE TABLE legislative_areas (
  code text PRIMARY KEY CHECK (code ~ '^[a-z][a-z0-9]*(-[a-z0-9]+)*$' AND length(code) <= 63),
  legal_basis text NOT NULL,
  workflows text[] NOT NULL
    CHECK (workflows <@ ARRAY['REQUESTS', 'ALERTS', 'NOTIFICATIONS', 'REPOSITORIES']
           AND cardinality(workflows) > 0),
  request_approval_required boolean NOT NULL DEFAULT false,
  personal_data_blocked_after_months integer NOT NULL DEFAULT 6
    CHECK (personal_data_blocked_after_months BETWEEN 6 AND 18),
  display_order integer NOT NULL,
  create_time timestamptz NOT NULL DEFAULT now(),
  update_time timestamptz NOT NULL DEFAULT now()
);

CREATE UNIQUE INDEX legislative_areas_display_order ON legislative_areas (display_order, code);

CREATE TABLE legislative_area_names (
  area_code text NOT NULL REFERENCES legislative_areas (code) ON DELETE CASCADE,
  language text NOT NULL CHECK (language IN ('bg', 'cs', 'da', 'de', 'el', 'en', 'es', 'et', 'fi',
    'fr', 'ga', 'hr', 'hu', 'it', 'lt', 'lv', 'mt', 'nl', 'pl', 'pt', 'ro', 'sk', 'sl', 'sv', 'is', 'nb')),
  name text NOT NULL CHECK (length(btrim(name)) > 0),
  description text NOT NULL DEFAULT '',
  PRIMARY KEY (area_code, language)
);
