#!/usr/bin/env bash
# Seconds from `java -jar` to the first 200 from /login, on existing data, N times (default 3), then a clean stop.
# Usage: scripts/measure-startup.sh [runs] [java options...]   e.g. scripts/measure-startup.sh 5 -XX:AOTCache=target/app/app.aot
# Environment: JAR (default target/egov-console-*.jar), PORT (8080), DB_PORT (3307), DATA_DIR (data/mariadb).
set -euo pipefail
java=${JAVA:-$( [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ] && echo /usr/lib/jvm/temurin-25-jdk-amd64/bin/java || echo java)}
runs=${1:-3}; shift || true
jar=${JAR:-$(ls target/egov-console-*.jar | grep -v original | head -1)}
port=${PORT:-8080}; db_port=${DB_PORT:-3307}; data_dir=${DATA_DIR:-data/mariadb}
for i in $(seq "$runs"); do
  start=$(date +%s%N)
  "$java" "$@" -jar "$jar" --server.port="$port" --app.embedded-db.port="$db_port" \
    --app.embedded-db.data-dir="$data_dir" > "target/startup-$i.log" 2>&1 &
  pid=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/login")" = 200 ]; do
    kill -0 "$pid" 2>/dev/null || { echo "run $i: the console exited, see target/startup-$i.log"; exit 1; }
    sleep 0.1
  done
  wall=$(( ($(date +%s%N) - start) / 1000000 ))
  # CPU seconds the JVM used until then: on a shared machine a steadier figure than the wall clock
  cpu=$(awk -v hz="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / hz}' "/proc/$pid/stat")
  echo "run $i: ${wall} ms to /login, JVM CPU ${cpu} s, load $(cut -d' ' -f1 /proc/loadavg)"
  kill -TERM "$pid"; wait "$pid" || true
done
