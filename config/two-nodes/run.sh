#!/usr/bin/env bash
# Two console nodes on one external MariaDB behind HAProxy with sticky sessions, and what that promises:
#   1. every scheduled job runs once per schedule across both nodes (ShedLock rows + each node's job metrics);
#   2. a user stays on their node (HAProxy's NODE cookie);
#   3. killing a node loses only its users' sessions and nothing written.
# Usage (from the repository root, after ./mvnw package):
#   config/two-nodes/run.sh [path/to/egov-console.jar]
# Installs Debian's mariadb-server and haproxy when missing (apt-get). Everything it starts listens on 127.0.0.1 and
# is stopped at the end; its files live under data/two-nodes (git-ignored). Ports can be changed by environment:
# DB_PORT (3418), NODE1_PORT (8171), NODE2_PORT (8172), PROXY_PORT (8179), NODE1_MGMT (9171), NODE2_MGMT (9172).
# SCHEDULE_SECONDS (240): how long the jobs run on both nodes before the figures are read.
set -euo pipefail

JAR=${1:-target/egov-console-0.1.0-SNAPSHOT.jar}
DB_PORT=${DB_PORT:-3418}
NODE1_PORT=${NODE1_PORT:-8171}; NODE2_PORT=${NODE2_PORT:-8172}; PROXY_PORT=${PROXY_PORT:-8179}
NODE1_MGMT=${NODE1_MGMT:-9171}; NODE2_MGMT=${NODE2_MGMT:-9172}
SCHEDULE_SECONDS=${SCHEDULE_SECONDS:-240}
HERE=$(cd "$(dirname "$0")" && pwd)
WORK=${WORK:-$PWD/data/two-nodes}
export NODE1_PORT NODE2_PORT PROXY_PORT NODE1_MGMT NODE2_MGMT

# the console needs Java 21 or newer; Debian's default java may be older
JAVA=${JAVA:-$(for j in /usr/lib/jvm/*; do "$j/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])' \
    && echo "$j/bin/java"; done | tail -1)}
JAVA=${JAVA:-java}
[ -f "$JAR" ] || { echo "No jar at $JAR: run ./mvnw package first" >&2; exit 1; }
log() { printf '\n== %s  %s\n' "$(date -u +%H:%M:%S)" "$*"; }

install_missing() {
  local missing=()
  command -v mariadbd >/dev/null || [ -x /usr/sbin/mariadbd ] || missing+=(mariadb-server)
  command -v haproxy >/dev/null || [ -x /usr/sbin/haproxy ] || missing+=(haproxy)
  if [ ${#missing[@]} -gt 0 ]; then
    log "installing ${missing[*]}"
    apt-get update -q
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
  fi
}

PIDS=()
cleanup() {
  log "stopping what this script started"
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap cleanup EXIT

sql() { mariadb --no-defaults --socket="$WORK/mysql.sock" -uroot "$@"; }

start_database() {
  log "MariaDB (Debian's mariadb-server) on 127.0.0.1:$DB_PORT, data in $WORK/db"
  rm -rf "$WORK"; mkdir -p "$WORK/db"
  mariadb-install-db --no-defaults --datadir="$WORK/db" --user=root --auth-root-authentication-method=socket \
      >"$WORK/install-db.log" 2>&1
  /usr/sbin/mariadbd --no-defaults --datadir="$WORK/db" --port="$DB_PORT" --bind-address=127.0.0.1 \
      --socket="$WORK/mysql.sock" --pid-file="$WORK/mariadb.pid" --user=root --skip-log-bin \
      --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci --innodb-buffer-pool-size=512M \
      >"$WORK/mariadb.log" 2>&1 &
  PIDS+=($!)
  for _ in $(seq 60); do sql -e 'SELECT 1' >/dev/null 2>&1 && break; sleep 0.5; done
  DB_PASSWORD=$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 24)
  sql -e "CREATE DATABASE egov CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
          CREATE USER 'egov'@'127.0.0.1' IDENTIFIED BY '$DB_PASSWORD';
          GRANT ALL PRIVILEGES ON egov.* TO 'egov'@'127.0.0.1';"
  (umask 077; printf '%s\n' "$DB_PASSWORD" >"$WORK/db-password")
  echo "database egov, user egov (password in $WORK/db-password, mode 0600)"
}

start_node() { # name port management-port
  log "node $1 on 127.0.0.1:$2 (management 127.0.0.1:$3)"
  # the schedules are shortened so the demonstration sees several runs; the lock rules are the production ones
  EGOV_DB_PASSWORD=$DB_PASSWORD "$JAVA" -XX:+UseSerialGC -Xmx768m -jar "$JAR" \
      --server.port="$2" --management.server.port="$3" \
      --spring.datasource.url="jdbc:mariadb://127.0.0.1:$DB_PORT/egov" \
      --spring.datasource.username=egov --spring.datasource.password='${EGOV_DB_PASSWORD}' \
      --app.scheduling.enabled=true --app.portal.alerts.cron='*/20 * * * * *' \
      --app.certificates.expiry-cron='0 */2 * * * *' --app.mail.outbox-interval=PT20S \
      >"$WORK/$1.log" 2>&1 &
  PIDS+=($!)
  eval "PID_$1=$!"
  local started=$SECONDS
  until curl -sf "http://127.0.0.1:$3/actuator/health/readiness" >/dev/null; do
    kill -0 "$!" 2>/dev/null || { echo "node $1 died; see $WORK/$1.log" >&2; tail -30 "$WORK/$1.log" >&2; exit 1; }
    sleep 1
  done
  echo "node $1 ready after $((SECONDS - started)) s"
}

start_proxy() {
  log "HAProxy on 127.0.0.1:$PROXY_PORT with sticky sessions ($HERE/haproxy.cfg)"
  haproxy -f "$HERE/haproxy.cfg" -db >"$WORK/haproxy.log" 2>&1 &
  PIDS+=($!)
  sleep 3
}

job_counts() { # management-port → lines "task runs skipped"
  curl -s "http://127.0.0.1:$1/actuator/prometheus" | awk '
    /^app_job_runs_seconds_count/ { match($0, /task="[^"]*"/); t = substr($0, RSTART + 6, RLENGTH - 7); r[t] += $NF; k[t] = 1 }
    /^app_job_skipped_total/      { match($0, /task="[^"]*"/); t = substr($0, RSTART + 6, RLENGTH - 7); s[t] += $NF; k[t] = 1 }
    END { for (t in k) printf "%s %d %d\n", t, r[t], s[t] }' | sort
}

# runs and skips per job on each node during the window, from the two snapshots
job_window() { # before-1 after-1 before-2 after-2 seconds
  printf '%-26s %10s %10s %10s %10s %12s\n' job "runs one" "runs two" "skips one" "skips two" "runs total"
  join -a1 -a2 -e0 -o0,1.2,1.3,1.4,1.5,2.2,2.3,2.4,2.5 <(join -a1 -a2 -e0 -o0,1.2,1.3,2.2,2.3 "$1" "$2") \
       <(join -a1 -a2 -e0 -o0,1.2,1.3,2.2,2.3 "$3" "$4") \
    | awk '{ r1 = $4 - $2; s1 = $5 - $3; r2 = $8 - $6; s2 = $9 - $7;
             printf "%-26s %10d %10d %10d %10d %12d\n", $1, r1, r2, s1, s2, r1 + r2 }'
}

# a person at a browser: opens the login page through the proxy, signs in, opens the home view
sign_in() { # cookie-jar user
  curl -s -c "$1" -b "$1" -o /dev/null "http://127.0.0.1:$PROXY_PORT/login"
  curl -s -c "$1" -b "$1" -o /dev/null -X POST --data-urlencode "username=$2" \
       --data-urlencode "password=VinhPhuc@2026" "http://127.0.0.1:$PROXY_PORT/login"
}
home() { # cookie-jar → "node status"
  curl -s -c "$1" -b "$1" -o /dev/null -D - "http://127.0.0.1:$PROXY_PORT/" \
    | awk 'tolower($1)=="x-console-node:"{n=$2} NR==1{s=$2} END{gsub("\r","",n); printf "%s %s", n, s}'
}

install_missing
start_database
start_node one "$NODE1_PORT" "$NODE1_MGMT"
start_node two "$NODE2_PORT" "$NODE2_MGMT"
start_proxy

log "1. scheduled jobs on both nodes for ${SCHEDULE_SECONDS} s"
echo "schedules: portal-compliance-alerts cron */20 s, certificate-expiry cron every 2 min (and once 1 min after"
echo "start), e-mail outbox every 20 s after the previous run ends, portal monitor every 30 s after the previous run"
job_counts "$NODE1_MGMT" >"$WORK/jobs-1-before"; job_counts "$NODE2_MGMT" >"$WORK/jobs-2-before"
sleep "$SCHEDULE_SECONDS"
job_counts "$NODE1_MGMT" >"$WORK/jobs-1-after"; job_counts "$NODE2_MGMT" >"$WORK/jobs-2-after"
job_window "$WORK/jobs-1-before" "$WORK/jobs-1-after" "$WORK/jobs-2-before" "$WORK/jobs-2-after"
echo "cron slots in the window: portal-compliance-alerts $((SCHEDULE_SECONDS / 20)) (±1), certificate-expiry" \
     "$((SCHEDULE_SECONDS / 120)) (±1)"
echo "--- shedlock (one row per job, the last lock taken; both nodes run on this host, so locked_by is the same)"
sql egov -e "SELECT name, locked_at, lock_until, locked_by FROM shedlock ORDER BY name"

log "2. users stay on their node"
J=$WORK/cookies; mkdir -p "$J"
# admin is left out: an ADMIN account needs its authenticator code after the password, which a form post cannot give
for u in lanhdao giamdoc.snv canbo.snv chutich.vinhyen; do
  sign_in "$J/$u" "$u"
  printf '%-16s' "$u"; for _ in 1 2 3 4 5; do printf ' %s' "$(home "$J/$u")"; done; echo
done

log "3. kill -9 node one"
AUDIT_BEFORE=$(sql -N egov -e "SELECT COUNT(*) FROM login_audit")
ROWS_BEFORE=$(sql -N egov -e "SELECT SUM(n) FROM (SELECT COUNT(*) n FROM unit UNION ALL SELECT COUNT(*) FROM mailbox
    UNION ALL SELECT COUNT(*) FROM certificate UNION ALL SELECT COUNT(*) FROM login_audit) t")
kill -9 "$PID_one"
sleep 5
for u in lanhdao giamdoc.snv canbo.snv chutich.vinhyen; do
  printf '%-16s %s\n' "$u" "$(home "$J/$u")"
done
echo "(302 = sent to the login page: that user's session was on node one; 200 = still signed in on node two)"
AUDIT_AFTER=$(sql -N egov -e "SELECT COUNT(*) FROM login_audit")
ROWS_AFTER=$(sql -N egov -e "SELECT SUM(n) FROM (SELECT COUNT(*) n FROM unit UNION ALL SELECT COUNT(*) FROM mailbox
    UNION ALL SELECT COUNT(*) FROM certificate UNION ALL SELECT COUNT(*) FROM login_audit) t")
echo "login audit rows before the kill: $AUDIT_BEFORE, after: $AUDIT_AFTER"
echo "rows in unit+mailbox+certificate+login_audit before: $ROWS_BEFORE, after: $ROWS_AFTER"
