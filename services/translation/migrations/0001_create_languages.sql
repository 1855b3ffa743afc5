-- The 26 IMI languages (the 24 official EU languages, Icelandic, Norwegian
-- Bokmål), the same list as libs/i18n/languages.h. Every translation row
-- references one, so a translation in an unknown language cannot exist.
CREATE TABLE languages (
  code text PRIMARY KEY CHECK (code ~ '^[a-z]{2}$'),
  english_name text NOT NULL CHECK (length(btrim(english_name)) > 0),
  native_name text NOT NULL CHECK (length(btrim(native_name)) > 0),
  display_order integer NOT NULL UNIQUE
);

INSERT INTO languages (code, english_name, native_name, display_order) VALUES
  ('bg', 'Bulgarian', 'български', 1),
  ('cs', 'Czech', 'čeština', 2),
  ('da', 'Danish', 'dansk', 3),
  ('de', 'German', 'Deutsch', 4),
  ('el', 'Greek', 'ελληνικά', 5),
  ('en', 'English', 'English', 6),
  ('es', 'Spanish', 'español', 7),
  ('et', 'Estonian', 'eesti', 8),
  ('fi', 'Finnish', 'suomi', 9),
  ('fr', 'French', 'français', 10),
  ('ga', 'Irish', 'Gaeilge', 11),
  ('hr', 'Croatian', 'hrvatski', 12),
  ('hu', 'Hungarian', 'magyar', 13),
  ('it', 'Italian', 'italiano', 14),
  ('lt', 'Lithuanian', 'lietuvių', 15),
  ('lv', 'Latvian', 'latviešu', 16),
  ('mt', 'Maltese', 'Malti', 17),
  ('nl', 'Dutch', 'Nederlands', 18),
  ('pl', 'Polish', 'polski', 19),
  ('pt', 'Portuguese', 'português', 20),
  ('ro', 'Romanian', 'română', 21),
  ('sk', 'Slovak', 'slovenčina', 22),
  ('sl', 'Slovenian', 'slovenščina', 23),
  ('sv', 'Swedish', 'svenska', 24),
  ('is', 'Icelandic', 'íslenska', 25),
  ('nb', 'Norwegian Bokmål', 'norsk bokmål', 26);
