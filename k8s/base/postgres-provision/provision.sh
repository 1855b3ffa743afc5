#!/bin/bash
# Creates (or updates) one login role and one schema per IMI service in the
# database that IMI_ADMIN_DSN points at. Run by the Job postgres-provision
# with the postgres:15 image; idempotent, safe to run again.
#
# Environment:
#   IMI_ADMIN_DSN     libpq DSN of the database owner, dbname=imi
#   IMI_SERVICES      space-separated service names, e.g. "directory identity"
#   <SVC>_PG_PASSWORD the password of each service's role, e.g.
#                     DIRECTORY_PG_PASSWORD (from the Secret <svc>-postgres)
set -euo pipefail

: "${IMI_ADMIN_DSN:?IMI_ADMIN_DSN is required}"
: "${IMI_SERVICES:?IMI_SERVICES is required}"

# Wait up to 5 minutes for the server: in training it starts together with
# this Job.
for i in $(seq 1 60); do
  if pg_isready -q -d "$IMI_ADMIN_DSN"; then break; fi
  echo "waiting for PostgreSQL ($i/60)"
  sleep 5
done

for svc in $IMI_SERVICES; do
  var="$(echo "$svc" | tr '[:lower:]' '[:upper:]')_PG_PASSWORD"
  password="${!var:-}"
  if [ -z "$password" ]; then
    echo "provision: $var is not set (Secret $svc-postgres, key password)" >&2
    exit 1
  fi
  echo "provision: $svc"
  IMI_ROLE="$svc" IMI_ROLE_PASSWORD="$password" \
    psql -X -q -v ON_ERROR_STOP=1 -d "$IMI_ADMIN_DSN" \
         -f /provision/provision-service.sql
done
echo "provision: done ($IMI_SERVICES)"
