#!/usr/bin/env bash
# Load benchmark of the packaged application (docs/performance.md): a big article (bench/big_article.py), then
# wrk with 16 connections on the cheapest authenticated endpoint (the yardstick), the article JSON and the review
# page. Needs wrk, python3 and a PostgreSQL reachable with QUARKUS_DATASOURCE_JDBC_URL/_USERNAME/_PASSWORD whose
# database may be emptied (Flyway migrates it). Prints lines starting with LOAD.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${QUARKUS_DATASOURCE_JDBC_URL:?point it at a database the benchmark may fill}"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk"; exit 1; }
JAR=target/quarkus-app/quarkus-run.jar
[ -f "$JAR" ] || ./mvnw -B -q package -DskipTests
export QUARKUS_HTTP_PORT=${PORT:-18080} BASE=http://localhost:${PORT:-18080}
export FACTCHECK_SESSION_KEY=${FACTCHECK_SESSION_KEY:-bench-only-session-key-0123456789abcdef}
# the archive bench/startup.sh recorded (without one, this start records it and runs without)
export FACTCHECK_CDS_DIR=${FACTCHECK_CDS_DIR:-$PWD/target/cds-bench}
export BENCH_USER=benchadmin BENCH_PASSWORD=Bench-admin-passw0rd-long
export FACTCHECK_ADMIN_USERNAME=$BENCH_USER FACTCHECK_ADMIN_PASSWORD=$BENCH_PASSWORD
DURATION=${DURATION:-15s}

deploy/start.sh > target/load-app.log 2>&1 &   # the production launcher, class-data archive included
app=$!
trap 'kill $app 2>/dev/null || true' EXIT
until curl -fs "$BASE/q/health/ready" >/dev/null 2>&1; do
  kill -0 $app 2>/dev/null || { echo "the application stopped; see target/load-app.log"; exit 1; }
  sleep 0.2
done
jvm=$(pgrep -P $app -x java || echo $app)   # the launcher stays in front of the JVM only on a first start
started=$(date +%s%N)
article=$(python3 bench/big_article.py)
echo "LOAD article $article (2,000 sentences, 500 claims, 500 notes) made through the API in $(( ($(date +%s%N) - started) / 1000000 )) ms"
auth="Authorization: Basic $(printf '%s:%s' "$BENCH_USER" "$BENCH_PASSWORD" | base64 -w0)"
for target in "/api/me application/json" "/api/articles/$article application/json" "/articles/$article text/html"; do
  set -- $target
  curl -fs -o /dev/null -H "$auth" -H "Accept: $2" "$BASE$1"   # first request builds the caches
  size=$(curl -fs -H "$auth" -H "Accept: $2" "$BASE$1" | wc -c)
  wrk -t2 -c16 -d2s -H "$auth" -H "Accept: $2" "$BASE$1" >/dev/null   # warm-up: JIT
  result=$(wrk -t2 -c16 -d"$DURATION" --latency -H "$auth" -H "Accept: $2" "$BASE$1")
  p50=$(awk '$1 == "50%" {print $2}' <<<"$result"); p99=$(awk '$1 == "99%" {print $2}' <<<"$result")
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$result")
  echo "LOAD $1: ${size} bytes, p50 $p50, p99 $p99, $rps requests/s"
done
echo "LOAD resident memory after the run: $(awk '/VmRSS/ {printf "%d MB", $2/1024}' /proc/$jvm/status)," \
  "highest during it: $(awk '/VmHWM/ {printf "%d MB", $2/1024}' /proc/$jvm/status)"
# with JAVA_OPTS=-XX:NativeMemoryTracking=summary: where the memory went
if [[ "${JAVA_OPTS:-}" == *NativeMemoryTracking* ]]; then
  jcmd "$jvm" VM.native_memory summary scale=MB | grep -E '^(Total|-)' | sed 's/^/LOAD memory /'
  awk '/^[0-9a-f]+-/ {jsa = ($6 ~ /\.jsa$/)} jsa && /^Rss:/ {kb += $2} END {printf "LOAD memory class-data archive resident: %d MB\n", kb/1024}' "/proc/$jvm/smaps"
  jcmd "$jvm" GC.heap_info | sed 's/^/LOAD memory /'
fi
