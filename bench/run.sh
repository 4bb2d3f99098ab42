#!/usr/bin/env bash
# All benchmarks behind docs/performance.md, against the packaged application (not the test JVM, whose figures
# mislead). Needs wrk (apt-get install wrk), python3, and QUARKUS_DATASOURCE_JDBC_URL/_USERNAME/_PASSWORD pointing
# at a database the benchmark may fill (.ci/run shows how to make one).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q package -DskipTests
RUNS=${RUNS:-5} bash bench/startup.sh   # cold start and idle memory; leaves the class-data archive behind
bash bench/load.sh                      # 16 users: yardstick, article JSON, review page; resident memory
./mvnw -B -q test -Dtest='BigReportBench#importThroughput' -Dfactcheck.max-article-chars=2000000 | grep BENCH
