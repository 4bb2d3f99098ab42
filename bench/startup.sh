#!/usr/bin/env bash
# Cold start and memory of the packaged application (docs/performance.md). Prints lines starting with STARTUP.
# Needs a PostgreSQL reachable with QUARKUS_DATASOURCE_JDBC_URL/_USERNAME/_PASSWORD (as .ci/run sets them) and
# a packaged jar (./mvnw package -DskipTests). Each run starts the jar RUNS times against the same database:
# the first start migrates an empty schema, the next ones find it migrated, as a restart in production does.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${QUARKUS_DATASOURCE_JDBC_URL:?set the datasource like .ci/run does}"
JAR=target/quarkus-app/quarkus-run.jar
[ -f "$JAR" ] || ./mvnw -B -q package -DskipTests
PORT=${PORT:-18080}
RUNS=${RUNS:-5}
export FACTCHECK_SESSION_KEY=${FACTCHECK_SESSION_KEY:-bench-only-session-key-0123456789abcdef}
export QUARKUS_HTTP_PORT=$PORT

rss_mb() { awk '/VmRSS/ {printf "%d", $2/1024}' "/proc/$1/status"; }

for run in $(seq 1 "$RUNS"); do
  started=$(date +%s%N)
  java ${JAVA_OPTS:-} -jar "$JAR" > "target/startup-$run.log" 2>&1 &
  pid=$!
  until curl -fs "http://127.0.0.1:$PORT/q/health/ready" >/dev/null 2>&1; do
    kill -0 "$pid" 2>/dev/null || { echo "the application stopped; see target/startup-$run.log"; exit 1; }
    sleep 0.02
  done
  ready=$(( ($(date +%s%N) - started) / 1000000 ))
  own=$(grep -o 'started in [0-9.]*s' "target/startup-$run.log" | head -1)
  idle=$(rss_mb "$pid")
  # resident memory once pages and reports have been served a few times (JIT, caches, fonts)
  for _ in $(seq 1 20); do
    curl -fs -o /dev/null "http://127.0.0.1:$PORT/login"
    curl -fs -o /dev/null "http://127.0.0.1:$PORT/q/health/ready"
  done
  busy=$(rss_mb "$pid")
  echo "STARTUP run $run: ready after ${ready} ms (Quarkus: ${own}), RSS ${idle} MB idle, ${busy} MB after requests"
  kill "$pid"; wait "$pid" 2>/dev/null || true
done
