#!/usr/bin/env bash
# The whole cluster on one machine, from Debian packages, on loopback ports only:
# Redis (the shared Next.js cache), N instances of one standalone build, nginx in front.
#
#   deploy/cluster.sh up        # install nginx/redis-server if missing, build if needed, start all
#   deploy/cluster.sh status    # what runs, on which port, and whether it answers
#   deploy/cluster.sh down      # stop exactly what `up` started (its pid files), nothing else
#   deploy/cluster.sh stop|start redis|instance-N   # one piece (a restart, the cluster test's failures)
#
# Content is published to the running cluster without a rebuild: `npm run publish` in this checkout
# (with the same CLUSTER_STATE_DIR) finds this cluster's Redis through $STATE_DIR/redis.port. An
# instance loads the current published content at start (else the snapshot its build carries) and
# follows every publish; a new build is only for new code. Redis keeps its data in the state folder
# (append-only file), so published content survives `down` and `up`.
#
# Settings (environment):
#   CLUSTER_PORT=8080           nginx, on 127.0.0.1
#   INSTANCES=2                 how many instances of the build
#   INSTANCE_BASE_PORT=3001     instance i listens on INSTANCE_BASE_PORT+i (127.0.0.1)
#   REDIS_PORT=                 default: the first free port from 6380 up
#   NEXT_DIST_DIR=.next         the build to serve (its standalone folder: <dist>/standalone)
#   STANDALONE_DIR=             another copy of that standalone folder to serve instead
#   CLUSTER_STATE_DIR=deploy/.cluster   pid files, logs, nginx's cache and filled-in config
#   MICRO_CACHE_SECONDS=5       how long nginx keeps a shareable answer
#   UPSTREAM_COMPRESSION=nginx  who compresses: nginx (instances are asked for identity), or
#                               instances (the browser's Accept-Encoding is passed up; docs/operating.md "Compression")
#   PREVIEW_SECRET, REVALIDATE_SECRET, SITE_URL, CACHE_MAX_AGE_SECONDS: passed to every instance
#   NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: default: one generated once and kept in the state folder
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"

CLUSTER_PORT="${CLUSTER_PORT:-8080}"
INSTANCES="${INSTANCES:-2}"
INSTANCE_BASE_PORT="${INSTANCE_BASE_PORT:-3001}"
NEXT_DIST_DIR="${NEXT_DIST_DIR:-.next}"
STATE_DIR="$(mkdir -p "${CLUSTER_STATE_DIR:-deploy/.cluster}" && cd "${CLUSTER_STATE_DIR:-deploy/.cluster}" && pwd)"
STANDALONE_DIR="${STANDALONE_DIR:-$ROOT/$NEXT_DIST_DIR/standalone}"
MICRO_CACHE_SECONDS="${MICRO_CACHE_SECONDS:-5}"
UPSTREAM_COMPRESSION="${UPSTREAM_COMPRESSION:-nginx}"
HOST=127.0.0.1

log() { printf '[cluster] %s\n' "$*"; }
die() { printf '[cluster] error: %s\n' "$*" >&2; exit 1; }

sudo_cmd() { if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo -n "$@"; fi; }

ensure_packages() {
  local missing=()
  [[ -x /usr/sbin/nginx ]] || missing+=(nginx)
  [[ -x /usr/bin/redis-server ]] || missing+=(redis-server)
  if ((${#missing[@]})); then
    log "installing ${missing[*]} from Debian"
    sudo_cmd env DEBIAN_FRONTEND=noninteractive apt-get update
    sudo_cmd env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  fi
}

# Whether something listens on 127.0.0.1:$1.
port_busy() { (exec 3<>"/dev/tcp/$HOST/$1") 2>/dev/null; }

pid_alive() { [[ -f "$1" ]] && kill -0 "$(cat "$1")" 2>/dev/null; }

wait_for_http() { # url, seconds
  local deadline=$((SECONDS + $2))
  until curl -fsS -o /dev/null --max-time 5 "$1" 2>/dev/null; do
    ((SECONDS < deadline)) || return 1
    sleep 0.3
  done
}

actions_key() {
  if [[ -n "${NEXT_SERVER_ACTIONS_ENCRYPTION_KEY:-}" ]]; then printf '%s' "$NEXT_SERVER_ACTIONS_ENCRYPTION_KEY"; return; fi
  local file="$STATE_DIR/server-actions.key"
  [[ -s "$file" ]] || (umask 077 && openssl rand -base64 32 > "$file")
  cat "$file"
}

build_if_needed() {
  if [[ -f "$STANDALONE_DIR/server.js" && -f "$STANDALONE_DIR/$NEXT_DIST_DIR/BUILD_ID" ]]; then return; fi
  [[ "$STANDALONE_DIR" == "$ROOT/$NEXT_DIST_DIR/standalone" ]] || die "$STANDALONE_DIR holds no standalone build"
  log "no standalone build in $NEXT_DIST_DIR: running npm run build"
  NEXT_DIST_DIR="$NEXT_DIST_DIR" NEXT_SERVER_ACTIONS_ENCRYPTION_KEY="$(actions_key)" npm run build
}

instance_port() { echo $((INSTANCE_BASE_PORT + $1)); }

start_redis() {
  local port="${REDIS_PORT:-}"
  if [[ -z "$port" ]]; then
    for port in $(seq 6380 6399); do port_busy "$port" || break; done
  fi
  port_busy "$port" && die "port $port (Redis) is taken"
  # Append-only persistence in the state folder: the published content (lib/release) lives in this
  # Redis and must survive a restart of it; the cache's entries simply come along.
  /usr/bin/redis-server --bind "$HOST" --port "$port" --protected-mode yes --save '' --appendonly yes \
    --maxmemory 256mb --maxmemory-policy volatile-lru --daemonize yes \
    --pidfile "$STATE_DIR/redis.pid" --logfile "$STATE_DIR/redis.log" --dir "$STATE_DIR"
  echo "$port" > "$STATE_DIR/redis.port"
  local deadline=$((SECONDS + 10))
  until pid_alive "$STATE_DIR/redis.pid" && port_busy "$port"; do
    ((SECONDS < deadline)) || die "Redis did not start: see $STATE_DIR/redis.log"
    sleep 0.2
  done
  log "Redis on $HOST:$port (pid $(cat "$STATE_DIR/redis.pid"))"
}

start_instance() { # index
  local i=$1 port
  port=$(instance_port "$i")
  port_busy "$port" && die "port $port (instance $i) is taken"
  (
    cd "$STANDALONE_DIR"
    exec env NODE_ENV=production PORT="$port" HOSTNAME="$HOST" NEXT_DIST_DIR="$NEXT_DIST_DIR" \
      NEXT_TELEMETRY_DISABLED=1 REDIS_URL="redis://$HOST:$(cat "$STATE_DIR/redis.port")" \
      NEXT_SERVER_ACTIONS_ENCRYPTION_KEY="$(actions_key)" \
      PREVIEW_SECRET="${PREVIEW_SECRET:-}" REVALIDATE_SECRET="${REVALIDATE_SECRET:-}" \
      CACHE_MAX_AGE_SECONDS="${CACHE_MAX_AGE_SECONDS:-}" ${SITE_URL:+SITE_URL="$SITE_URL"} \
      node server.js
  ) >> "$STATE_DIR/instance-$i.log" 2>&1 &
  echo $! > "$STATE_DIR/instance-$i.pid"
}

render_nginx_conf() {
  local servers="" i user_directive=""
  for ((i = 0; i < INSTANCES; i++)); do
    servers+="    server $HOST:$(instance_port "$i") max_fails=1 fail_timeout=5s;"$'\n'
  done
  mkdir -p "$STATE_DIR"/tmp/{body,proxy,fastcgi,uwsgi,scgi} "$STATE_DIR/micro-cache"
  if [[ $(id -u) -eq 0 ]]; then
    # nginx's workers drop root; let them write their cache and temporary files.
    user_directive="user nobody nogroup;"
    chown -R nobody:nogroup "$STATE_DIR/tmp" "$STATE_DIR/micro-cache"
  fi
  local static_dir="$STANDALONE_DIR/$NEXT_DIST_DIR/static" accept_encoding
  [[ -d "$static_dir" ]] || die "$static_dir is missing: run tsx scripts/prepare-standalone.ts"
  case "$UPSTREAM_COMPRESSION" in
    nginx) accept_encoding='      proxy_set_header Accept-Encoding "";' ;;
    instances) accept_encoding='      # Accept-Encoding is passed up: the instances compress (UPSTREAM_COMPRESSION=instances).' ;;
    *) die "UPSTREAM_COMPRESSION=$UPSTREAM_COMPRESSION: use nginx or instances" ;;
  esac
  ACCEPT_ENCODING="$accept_encoding" SERVERS="$servers" USER_DIRECTIVE="$user_directive" STATIC_DIR="$static_dir" STATE="$STATE_DIR" \
    LISTEN="$HOST:$CLUSTER_PORT" MICRO="$MICRO_CACHE_SECONDS" python3 - "$ROOT/deploy/nginx.conf.template" > "$STATE_DIR/nginx.conf" <<'PY'
import os, sys
text = open(sys.argv[1]).read()
for key, env in [('UPSTREAM_SERVERS', 'SERVERS'), ('USER_DIRECTIVE', 'USER_DIRECTIVE'), ('STATIC_DIR', 'STATIC_DIR'),
                 ('STATE_DIR', 'STATE'), ('LISTEN', 'LISTEN'), ('MICRO_CACHE_SECONDS', 'MICRO'),
                 ('UPSTREAM_ACCEPT_ENCODING', 'ACCEPT_ENCODING')]:
    text = text.replace('@%s@' % key, os.environ[env].rstrip('\n'))
sys.stdout.write(text)
PY
}

start_nginx() {
  port_busy "$CLUSTER_PORT" && die "port $CLUSTER_PORT (nginx) is taken"
  render_nginx_conf
  /usr/sbin/nginx -t -q -p "$STATE_DIR" -c "$STATE_DIR/nginx.conf" -e "$STATE_DIR/nginx-error.log"
  /usr/sbin/nginx -p "$STATE_DIR" -c "$STATE_DIR/nginx.conf" -e "$STATE_DIR/nginx-error.log"
  local deadline=$((SECONDS + 10))
  until pid_alive "$STATE_DIR/nginx.pid"; do
    ((SECONDS < deadline)) || die "nginx did not start: see $STATE_DIR/nginx-error.log"
    sleep 0.2
  done
  log "nginx on http://$HOST:$CLUSTER_PORT/ (pid $(cat "$STATE_DIR/nginx.pid"))"
}

stop_pid_file() { # file, name
  local file=$1 name=$2 pid
  [[ -f "$file" ]] || return 0
  pid=$(cat "$file")
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid"
    local deadline=$((SECONDS + 10))
    while kill -0 "$pid" 2>/dev/null; do
      if ((SECONDS >= deadline)); then kill -KILL "$pid" 2>/dev/null || true; break; fi
      sleep 0.2
    done
    log "stopped $name (pid $pid)"
  fi
  rm -f "$file"
}

cmd_up() {
  for file in "$STATE_DIR"/*.pid; do
    [[ -e "$file" ]] || continue
    pid_alive "$file" && die "already running ($(basename "$file") is alive): run '$0 down' first"
    rm -f "$file"
  done
  ensure_packages
  build_if_needed
  log "build $(cat "$STANDALONE_DIR/$NEXT_DIST_DIR/BUILD_ID") from $STANDALONE_DIR"
  start_redis
  local i
  for ((i = 0; i < INSTANCES; i++)); do start_instance "$i"; done
  for ((i = 0; i < INSTANCES; i++)); do
    wait_for_http "http://$HOST:$(instance_port "$i")/" 60 || die "instance $i did not answer: see $STATE_DIR/instance-$i.log"
    log "instance $i on http://$HOST:$(instance_port "$i")/ (pid $(cat "$STATE_DIR/instance-$i.pid"))"
  done
  echo "$INSTANCES" > "$STATE_DIR/instances"
  echo "$CLUSTER_PORT" > "$STATE_DIR/nginx.port"
  start_nginx
  wait_for_http "http://$HOST:$CLUSTER_PORT/" 20 || die "nginx does not answer: see $STATE_DIR/nginx-error.log"
  log "up: http://$HOST:$CLUSTER_PORT/"
}

cmd_status() {
  local status=0 file name
  for file in "$STATE_DIR"/redis.pid "$STATE_DIR"/instance-*.pid "$STATE_DIR"/nginx.pid; do
    [[ -e "$file" ]] || continue
    name=$(basename "$file" .pid)
    if pid_alive "$file"; then
      printf '%-12s running  pid %s\n' "$name" "$(cat "$file")"
    else
      printf '%-12s STOPPED  (stale pid file)\n' "$name"; status=1
    fi
  done
  [[ -e "$STATE_DIR/nginx.pid" || -e "$STATE_DIR/redis.pid" ]] || { echo "not running"; return 3; }
  [[ -f "$STATE_DIR/nginx.port" ]] && CLUSTER_PORT=$(cat "$STATE_DIR/nginx.port")
  if curl -fsS -o /dev/null --max-time 5 "http://$HOST:$CLUSTER_PORT/"; then
    echo "http://$HOST:$CLUSTER_PORT/ answers"
  else
    echo "http://$HOST:$CLUSTER_PORT/ does NOT answer"; status=1
  fi
  return $status
}

cmd_down() {
  stop_pid_file "$STATE_DIR/nginx.pid" nginx
  local file
  for file in "$STATE_DIR"/instance-*.pid; do
    [[ -e "$file" ]] && stop_pid_file "$file" "$(basename "$file" .pid)"
  done
  stop_pid_file "$STATE_DIR/redis.pid" redis
  rm -f "$STATE_DIR/redis.port" "$STATE_DIR/instances" "$STATE_DIR/nginx.port"
  log "down"
}

# One piece, with the settings `up` used (the same environment is expected).
cmd_piece() { # stop|start, redis|instance-N
  local action=$1 piece=${2:-}
  case "$action:$piece" in
    stop:redis) stop_pid_file "$STATE_DIR/redis.pid" redis ;;
    start:redis)
      pid_alive "$STATE_DIR/redis.pid" && die "redis is already running"
      REDIS_PORT=$(cat "$STATE_DIR/redis.port") start_redis ;;
    stop:instance-[0-9]*) stop_pid_file "$STATE_DIR/$piece.pid" "$piece" ;;
    start:instance-[0-9]*)
      pid_alive "$STATE_DIR/$piece.pid" && die "$piece is already running"
      start_instance "${piece#instance-}"
      wait_for_http "http://$HOST:$(instance_port "${piece#instance-}")/" 60 || die "$piece did not answer: see $STATE_DIR/$piece.log"
      log "$piece on http://$HOST:$(instance_port "${piece#instance-}")/ (pid $(cat "$STATE_DIR/$piece.pid"))" ;;
    *) die "usage: $0 $action redis|instance-N" ;;
  esac
}

case "${1:-}" in
  up) cmd_up ;;
  status) cmd_status ;;
  down) cmd_down ;;
  stop | start) cmd_piece "$1" "${2:-}" ;;
  *) echo "usage: $0 up|status|down|stop <piece>|start <piece>" >&2; exit 2 ;;
esac
