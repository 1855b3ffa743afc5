-- Provisions one IMI service in the PostgreSQL database: its login role and
-- its own schema, owned by that role. Idempotent: run it again to change the
-- role's password or after adding a service; it never drops anything.
--
-- Run by provision.sh as the database owner (or another role with
-- CREATEROLE and CREATE on the database), connected to the `imi` database:
--   IMI_ROLE=directory IMI_ROLE_PASSWORD=... psql -X -d "$IMI_ADMIN_DSN" \
--       -f provision-service.sql
-- The password travels in the environment (psql's \getenv, PostgreSQL 15),
-- not on a command line. It is sent to the server as a plain string inside
-- CREATE/ALTER ROLE, so keep log_statement below 'ddl' on the server while
-- this runs (the default is 'none'); the server stores it as SCRAM.

\set ON_ERROR_STOP on
\getenv imi_role IMI_ROLE
\getenv imi_role_password IMI_ROLE_PASSWORD

-- psql does not interpolate variables inside dollar-quoted DO bodies, so
-- hand them over as session settings.
SELECT set_config('imi.role', :'imi_role', false) AS role,
       set_config('imi.role_password', :'imi_role_password', false) IS NOT NULL
         AS password_set
\gset imi_

DO $$
DECLARE
  svc text := current_setting('imi.role');
  pw  text := current_setting('imi.role_password');
  db  text := current_database();
BEGIN
  IF svc !~ '^[a-z][a-z0-9_]{0,62}$' THEN
    RAISE EXCEPTION 'IMI_ROLE % is not a lower-case identifier', svc;
  END IF;
  IF length(pw) < 16 THEN
    RAISE EXCEPTION 'password for role % is shorter than 16 characters', svc;
  END IF;

  -- The login role, with PostgreSQL's defaults: no superuser, no role or
  -- database creation, no replication, no row-level-security bypass.
  -- (Those attributes are not spelt out: a CREATEROLE admin that is not a
  -- superuser may not even name them in PostgreSQL 15.)
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = svc) THEN
    EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', svc, pw);
    RAISE NOTICE 'created role %', svc;
  ELSE
    EXECUTE format('ALTER ROLE %I LOGIN PASSWORD %L', svc, pw);
    RAISE NOTICE 'role % exists: password reset', svc;
  END IF;
  IF EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = svc
             AND (rolsuper OR rolcreaterole OR rolcreatedb OR rolreplication
                  OR rolbypassrls)) THEN
    RAISE EXCEPTION 'role % has SUPERUSER, CREATEROLE, CREATEDB, REPLICATION '
                    'or BYPASSRLS: a service role must have none of them', svc;
  END IF;

  -- Giving a schema to another role requires membership in that role
  -- unless we are superuser (managed services such as RDS or Cloud SQL give
  -- you a CREATEROLE admin, not a superuser).
  IF NOT (SELECT rolsuper FROM pg_catalog.pg_roles WHERE rolname = current_user)
     AND NOT pg_has_role(current_user, svc, 'MEMBER') THEN
    EXECUTE format('GRANT %I TO %I', svc, current_user);
  END IF;

  -- Its schema, owned by it. Nobody else gets USAGE on it, so no other
  -- service role can read or write its tables.
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_namespace WHERE nspname = svc) THEN
    EXECUTE format('CREATE SCHEMA %I AUTHORIZATION %I', svc, svc);
    RAISE NOTICE 'created schema %', svc;
  ELSIF (SELECT nspowner::regrole::text FROM pg_catalog.pg_namespace
         WHERE nspname = svc) <> quote_ident(svc) THEN
    EXECUTE format('ALTER SCHEMA %I OWNER TO %I', svc, svc);
    RAISE NOTICE 'schema % given to role %', svc, svc;
  END IF;
  EXECUTE format('REVOKE ALL ON SCHEMA %I FROM PUBLIC', svc);

  -- Database level: connect (and temporary tables), but not CREATE, which
  -- would let the role create further schemas.
  EXECUTE format('REVOKE ALL ON DATABASE %I FROM PUBLIC', db);
  EXECUTE format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO %I', db, svc);

  -- The shared `public` schema: PostgreSQL 15 already denies CREATE on it
  -- to PUBLIC; say so explicitly for older servers and managed services.
  IF EXISTS (SELECT FROM pg_catalog.pg_namespace WHERE nspname = 'public') THEN
    REVOKE CREATE ON SCHEMA public FROM PUBLIC;
  END IF;

  -- Unqualified names resolve to the service's own schema (the server also
  -- sets it from IMI_PG_SCHEMA; this covers psql sessions of operators).
  EXECUTE format('ALTER ROLE %I IN DATABASE %I SET search_path = %I, public',
                 svc, db, svc);
END
$$;

-- Extensions services use (the directory's search), installed in public,
-- where every role may call them but nobody may create objects. Needs a
-- superuser or, for these trusted extensions, CREATE on the database.
CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public;
CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public;

-- Forget the password for the rest of this session.
SELECT set_config('imi.role_password', '', false) IS NOT NULL AS cleared
\gset imi_
