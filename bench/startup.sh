#!/usr/bin/env bash
# Cold start and memory of the packaged application (docs/performance.md). Prints lines starting with STARTUP.
# Needs a PostgreSQL reachable with QUARKUS_DATASOURCE_JDBC_URL/_USERNAME/_PASSWORD (as .ci/run sets them) and
# a packaged jar (./mvnw package -DskipTests). It starts the application RUNS times with the production launcher
# (deploy/start.sh) against the same database, as restarts in production do: the first start has no class-data
# archive yet and records one when it stops; the next ones use it. JAVA_OPTS are passed on.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${QUARKUS_DATASOURCE_JDBC_URL:?set the datasource like .ci/run does}"
JAR=target/quarkus-app/quarkus-run.jar
[ -f "$JAR" ] || ./mvnw -B -q package -DskipTests
PORT=${PORT:-18080}
RUNS=${RUNS:-5}
export FACTCHECK_SESSION_KEY=${FACTCHECK_SESSION_KEY:-bench-only-session-key-0123456789abcdef}
export QUARKUS_HTTP_PORT=$PORT
export FACTCHECK_CDS_DIR=$PWD/target/cds-bench
rm -rf "$FACTCHECK_CDS_DIR"

# the launcher execs the JVM, except on a first start, when it waits for it to rename the archive
jvm_pid() { pgrep -P "$1" -x java || echo "$1"; }
rss_mb() { awk '/VmRSS/ {printf "%d", $2/1024}' "/proc/$(jvm_pid "$1")/status"; }

for run in $(seq 1 "$RUNS"); do
  started=$(date +%s%N)
  deploy/start.sh > "target/startup-$run.log" 2>&1 &
  pid=$!
  until curl -fs "http://127.0.0.1:$PORT/q/health/ready" >/dev/null 2>&1; do
    kill -0 "$pid" 2>/dev/null || { echo "the application stopped; see target/startup-$run.log"; exit 1; }
    sleep 0.02
  done
  ready=$(( ($(date +%s%N) - started) / 1000000 ))
  own=$(grep -o 'started in [0-9.]*s' "target/startup-$run.log" | head -1 || true)
  idle=$(rss_mb "$pid")
  # resident memory once pages and reports have been served a few times (JIT, caches, fonts)
  for _ in $(seq 1 20); do
    curl -fs -o /dev/null "http://127.0.0.1:$PORT/login"
    curl -fs -o /dev/null "http://127.0.0.1:$PORT/q/health/ready"
  done
  busy=$(rss_mb "$pid")
  archive=$([ "$run" = 1 ] && echo "no archive yet" || echo "with the archive")
  echo "STARTUP run $run ($archive): ready after ${ready} ms (Quarkus: ${own}), RSS ${idle} MB idle, ${busy} MB after requests"
  stopping=$(date +%s%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  if [ "$run" = 1 ]; then
    echo "STARTUP run 1 stopped in $(( ($(date +%s%N) - stopping) / 1000000 )) ms, archive written"
  fi
done
