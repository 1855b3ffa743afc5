-- Provisions one service's login role and the schema it owns, idempotently.
-- Run by the database owner; the password comes from the environment so it
-- never shows in `ps` or in psql's output:
--   IMI_ROLE_PASSWORD=secret psql -v role=directory -f provision_service.sql
-- The role can use only its own schema: it gets no rights on other schemas,
-- and PostgreSQL 15 gives nobody CREATE on public by default.
\getenv pw IMI_ROLE_PASSWORD
\if :{?pw}
\else
  \echo 'IMI_ROLE_PASSWORD is not set'
  \quit 1
\endif
\o /dev/null
SELECT set_config('imi.role', :'role', false), set_config('imi.pw', :'pw', false);
\o
DO $$
DECLARE
  r text := current_setting('imi.role');
  pw text := current_setting('imi.pw');
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
    EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', r, pw);
  ELSE
    EXECUTE format('ALTER ROLE %I LOGIN PASSWORD %L', r, pw);
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = r) THEN
    EXECUTE format('CREATE SCHEMA %I AUTHORIZATION %I', r, r);
  END IF;
  EXECUTE format('REVOKE ALL ON SCHEMA public FROM %I', r);
END $$;
-- Extensions services use (the directory's search), installed once by the
-- admin in public, where every role may call them but nobody may create.
CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public;
CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public;
