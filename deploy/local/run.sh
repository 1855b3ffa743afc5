#!/usr/bin/env bash
# Starts the whole IMI suite on this machine, with the synthetic training
# data: a private PostgreSQL cluster and Redis on loopback, every service,
# waiting until each is healthy. Ctrl-C stops everything cleanly. Running it
# again reuses the data directory (nothing is duplicated).
#
#   bash deploy/local/run.sh
#
# Environment (all optional):
#   IMI_DATA_DIR   where data, keys, secrets and logs live (default: .imi-data in the checkout)
#   IMI_BUILD_DIR  build tree (default: build in the checkout)
#   IMI_PG_PORT    PostgreSQL port (default 55432)   IMI_REDIS_PORT  Redis port (default 56379)
#   IMI_BIND_HOST  address services listen on (default 127.0.0.1; 0.0.0.0 to expose them)
#   IMI_TRAINING_AUTHORITIES  size of the synthetic directory (default 13000; fixed on first run)
#   IMI_SKIP_BUILD=1  use the binaries already built
set -euo pipefail
umask 077   # keys, passwords and tokens written below are for this user only

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=${IMI_BUILD_DIR:-$ROOT/build}
DATA=${IMI_DATA_DIR:-$ROOT/.imi-data}
PG_PORT=${IMI_PG_PORT:-55432}
REDIS_PORT=${IMI_REDIS_PORT:-56379}
BIND_HOST=${IMI_BIND_HOST:-127.0.0.1}
# Where this script (and the user) reach the services.
case "$BIND_HOST" in 0.0.0.0|::|"[::]") REACH_HOST=127.0.0.1 ;; *) REACH_HOST=$BIND_HOST ;; esac
PG_BIN=/usr/lib/postgresql/15/bin
# service name -> gRPC port, metrics port
declare -A GRPC_PORT=([directory]=50051 [translation]=50053)
declare -A METRICS_PORT=([directory]=9464 [translation]=9465)
SERVICES=(directory translation)

log() { printf '\033[1m[imi]\033[0m %s\n' "$*"; }
die() { printf '[imi] error: %s\n' "$*" >&2; exit 1; }

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for p in "$PG_PORT" "$REDIS_PORT" "${GRPC_PORT[@]}" "${METRICS_PORT[@]}"; do
  port_busy "$p" && die "port $p is already in use (another run? set IMI_PG_PORT / IMI_REDIS_PORT)"
done

# --- 1. Packages and build ---------------------------------------------------
bash "$ROOT/deploy/install-deps.sh"
if [ "${IMI_SKIP_BUILD:-0}" != 1 ]; then
  log "building (first time: several minutes on 2 cores)"
  cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
  cmake --build "$BUILD" -j "$(nproc)" --target imictl directory_gen $(printf '%s_server ' "${SERVICES[@]}")
fi
IMICTL="$BUILD/tools/imictl"

mkdir -p "$DATA"/{logs,keys,secrets,redis}
chmod 700 "$DATA/secrets" "$DATA/keys"

# --- 2. PostgreSQL -------------------------------------------------------------
# PostgreSQL refuses to run as root: as root, the cluster belongs to the
# postgres user, in a directory that user can reach.
AS_PG=()
PG_HOME="$DATA/postgres"
if [ "$(id -u)" -eq 0 ]; then
  AS_PG=(runuser -u postgres --)
  # The postgres user must be able to reach its folder: let it traverse (not
  # list) the data dir; if a parent folder stops it (e.g. under /root), the
  # cluster lives under /var/lib/imi-local instead.
  chmod 711 "$DATA"
  if ! runuser -u postgres -- test -x "$DATA" 2>/dev/null; then
    mkdir -p /var/lib/imi-local && chmod 711 /var/lib/imi-local
    PG_HOME="/var/lib/imi-local/$(echo -n "$DATA" | md5sum | cut -c1-12)"
  fi
fi
PG_DATA="$PG_HOME/data"
mkdir -p "$PG_HOME"
[ ${#AS_PG[@]} -eq 0 ] || { chown postgres "$PG_HOME"; chmod 700 "$PG_HOME"; }
if [ ! -f "$PG_DATA/PG_VERSION" ]; then
  log "creating PostgreSQL cluster in $PG_DATA"
  openssl rand -hex 16 >"$DATA/secrets/postgres.password"
  PWFILE=$(mktemp)
  cp "$DATA/secrets/postgres.password" "$PWFILE"
  chmod 644 "$PWFILE"   # initdb runs as postgres and must read it; removed right after
  "${AS_PG[@]}" "$PG_BIN/initdb" -D "$PG_DATA" -U postgres -A scram-sha-256 --pwfile="$PWFILE" \
    -E UTF8 --locale=C.UTF-8 >"$DATA/logs/initdb.log" 2>&1 || { rm -f "$PWFILE"; die "initdb failed: see $DATA/logs/initdb.log"; }
  rm -f "$PWFILE"
fi
SOCK_DIR="$PG_HOME"
# Everything started below is stopped on Ctrl-C, on SIGTERM and on any error.
REDIS_PID=""
PG_STARTED=""
PIDS=()
stop_all() {
  trap - INT TERM EXIT
  log "stopping"
  for pid in "${PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  if [ -n "$REDIS_PID" ]; then
    kill -TERM "$REDIS_PID" 2>/dev/null || true
    wait "$REDIS_PID" 2>/dev/null || true
  fi
  [ -z "$PG_STARTED" ] || "${AS_PG[@]}" "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w stop >/dev/null 2>&1 || true
  log "stopped; data kept in $DATA"
}
trap stop_all INT TERM EXIT
log "starting PostgreSQL on 127.0.0.1:$PG_PORT"
"${AS_PG[@]}" "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$SOCK_DIR/postgres.log" -w -t 60 \
  -o "-p $PG_PORT -k $SOCK_DIR -c listen_addresses=127.0.0.1" start >/dev/null \
  || die "PostgreSQL did not start: see $SOCK_DIR/postgres.log"
PG_STARTED=1
[ -s "$DATA/secrets/postgres.password" ] \
  || die "$DATA/secrets/postgres.password is missing but the cluster exists (reset both: docs/operations/local.md)"
# The superuser password goes to psql alone, never to the services' environment.
PSQL=(env PGPASSWORD="$(cat "$DATA/secrets/postgres.password")" PGOPTIONS="-c client_min_messages=warning"
      psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -v ON_ERROR_STOP=1 -q)
"${PSQL[@]}" -d postgres -tc "SELECT 1 FROM pg_database WHERE datname = 'imi'" | grep -q 1 \
  || "${PSQL[@]}" -d postgres -c "CREATE DATABASE imi"
# One login role and one schema per service (idempotent).
for svc in "${SERVICES[@]}"; do
  [ -f "$DATA/secrets/$svc.password" ] || openssl rand -hex 16 >"$DATA/secrets/$svc.password"
  IMI_ROLE_PASSWORD="$(cat "$DATA/secrets/$svc.password")" "${PSQL[@]}" -d imi -v role="$svc" \
    -f "$ROOT/deploy/sql/provision_service.sql" >/dev/null
done

# --- 3. Redis ------------------------------------------------------------------
log "starting Redis on 127.0.0.1:$REDIS_PORT"
redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --dir "$DATA/redis" --appendonly yes \
  --save "" --daemonize no >"$DATA/logs/redis.log" 2>&1 &
REDIS_PID=$!

# --- Training data: the synthetic directory (same seed, same data) -----------
# Generated once; the import is idempotent, so a second run adds nothing.
if [ ! -f "$DATA/training/authorities.jsonl" ]; then
  mkdir -p "$DATA/training"
  "$BUILD/tools/directory_gen/directory_gen" --count="${IMI_TRAINING_AUTHORITIES:-13000}" --seed=1 \
    --authorities="$DATA/training/authorities.jsonl" --helpdesks="$DATA/training/helpdesks.jsonl" \
    2>"$DATA/logs/directory_gen.log" || die "directory_gen failed: see $DATA/logs/directory_gen.log"
fi
log "loading the training directory (${IMI_TRAINING_AUTHORITIES:-13000} authorities; idempotent)"
env IMI_PG_DSN="host=127.0.0.1 port=$PG_PORT dbname=imi user=directory password=$(cat "$DATA/secrets/directory.password")" \
    IMI_PG_SCHEMA=directory IMI_METRICS_ADDR=off \
    "$BUILD/services/directory/directory_server" \
    --import-authorities="$DATA/training/authorities.jsonl" \
    --import-helpdesks="$DATA/training/helpdesks.jsonl" >>"$DATA/logs/directory-import.log" 2>&1 \
  || die "importing the training directory failed: see $DATA/logs/directory-import.log"

# --- 4. Keys: the training environment's own token-signing key ----------------
if [ ! -f "$DATA/keys/signing.pem" ]; then
  "$IMICTL" keygen --private="$DATA/keys/signing.pem" --public="$DATA/keys/public.pem" >/dev/null
fi

# --- 5. Services ---------------------------------------------------------------

for svc in "${SERVICES[@]}"; do
  log "starting $svc on :${GRPC_PORT[$svc]}"
  env IMI_LISTEN_ADDR="$BIND_HOST:${GRPC_PORT[$svc]}" \
      IMI_METRICS_ADDR="127.0.0.1:${METRICS_PORT[$svc]}" \
      IMI_PG_DSN="host=127.0.0.1 port=$PG_PORT dbname=imi user=$svc password=$(cat "$DATA/secrets/$svc.password")" \
      IMI_PG_SCHEMA="$svc" \
      IMI_REDIS_URL="redis://127.0.0.1:$REDIS_PORT/0" \
      IMI_AUTH_PUBLIC_KEYS_FILE="$DATA/keys/public.pem" \
      IMI_SHUTDOWN_GRACE_SECONDS=5 \
      "$BUILD/services/$svc/${svc}_server" >>"$DATA/logs/$svc.log" 2>&1 &
  PIDS+=($!)
done
i=0
for svc in "${SERVICES[@]}"; do
  pid=${PIDS[$i]}; i=$((i + 1))
  for _ in $(seq 120); do
    "$IMICTL" health --addr="$REACH_HOST:${GRPC_PORT[$svc]}" >/dev/null 2>&1 && continue 2
    kill -0 "$pid" 2>/dev/null || { tail -n 5 "$DATA/logs/$svc.log" >&2; die "$svc exited: see $DATA/logs/$svc.log"; }
    sleep 0.5
  done
  die "$svc did not become healthy within 60 s: see $DATA/logs/$svc.log"
done

TOKEN=$("$IMICTL" token --key="$DATA/keys/signing.pem" --user=users/trainee \
  --authority=authorities/dk-training --country=DK --ttl=86400 \
  --role='*:LOCAL_DATA_ADMINISTRATOR' --role='services:REQUEST_HANDLER')
echo "$TOKEN" >"$DATA/secrets/trainee.token"

cat <<EOT

  IMI suite (training environment) is running.

  gRPC   directory        $REACH_HOST:${GRPC_PORT[directory]}   (reflection and grpc.health.v1 enabled)
  gRPC   translation      $REACH_HOST:${GRPC_PORT[translation]}   (languages, question sets, machine translation; metrics http://127.0.0.1:${METRICS_PORT[translation]}/metrics)
  HTTP   metrics          http://127.0.0.1:${METRICS_PORT[directory]}/metrics
  data   PostgreSQL 127.0.0.1:$PG_PORT (database imi), Redis 127.0.0.1:$REDIS_PORT, in $DATA
  logs   $DATA/logs/

  A training token (24 h, user users/trainee of authorities/dk-training) is in
  $DATA/secrets/trainee.token. Try:

    export IMI_TOKEN=\$(cat $DATA/secrets/trainee.token)
    $IMICTL areas list --addr=$REACH_HOST:${GRPC_PORT[directory]} --language=da
    $IMICTL areas get --addr=$REACH_HOST:${GRPC_PORT[directory]} --name=legislativeAreas/services --language=de
    curl -s http://127.0.0.1:${METRICS_PORT[directory]}/metrics | head

  Any gRPC client works too: send 'authorization: Bearer <token>' metadata.
  Press Ctrl-C to stop everything.
EOT
# If any service exits on its own, stop the rest (the trap does it).
wait -n "${PIDS[@]}" || true
log "a service exited; see $DATA/logs/"
