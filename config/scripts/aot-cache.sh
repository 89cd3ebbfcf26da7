#!/usr/bin/env bash
# Makes the console start faster with the JDK's ahead-of-time cache (JDK 25+, JEP 483/514): classes read, parsed,
# linked and profiled once in a training run are mapped from target/app/app.aot on every later start.
#
#   ./mvnw package -DskipTests && scripts/aot-cache.sh
#   java -XX:AOTCache=target/app/app.aot -jar target/app/egov-console-0.1.0-SNAPSHOT.jar
#
# The cache only works with the extracted layout (the jar and lib/ side by side, not the nested fat jar), the same
# JDK and the same JVM options as the training run; a mismatch is not an error: the JVM says so and starts without it.
# Redo it after every build. The training run starts the console on ./data (the demo province is loaded if the data
# directory is new), waits for the login page, asks for it once more and stops.
# Environment: JAR, PORT (8080), DB_PORT (3307), DATA_DIR (data/mariadb), JAVA.
set -euo pipefail
java=${JAVA:-$( [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ] && echo /usr/lib/jvm/temurin-25-jdk-amd64/bin/java || echo java)}
jar=${JAR:-$(ls target/egov-console-*.jar | grep -v original | head -1)}
port=${PORT:-8080}; db_port=${DB_PORT:-3307}; data_dir=${DATA_DIR:-data/mariadb}
out=target/app
rm -rf "$out"
"$java" -Djarmode=tools -jar "$jar" extract --destination "$out"
app="$out/$(basename "$jar")"
"$java" -XX:AOTCacheOutput="$out/app.aot" "$@" -jar "$app" --server.port="$port" \
  --app.embedded-db.port="$db_port" --app.embedded-db.data-dir="$data_dir" > target/aot-training.log 2>&1 &
pid=$!
until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/login")" = 200 ]; do
  kill -0 "$pid" 2>/dev/null || { echo "the training run exited, see target/aot-training.log"; exit 1; }
  sleep 0.5
done
curl -s -o /dev/null "http://localhost:$port/login"
kill -TERM "$pid"; wait "$pid" || true
ls -l "$out/app.aot"
echo "Start with: $java -XX:AOTCache=$out/app.aot $* -jar $app"
