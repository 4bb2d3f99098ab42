#!/usr/bin/env bash
# Benchmarks (docs/performance.md). Needs wrk (apt-get install wrk). Prints lines starting with BENCH.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk"; exit 1; }
./mvnw -B -q test -Dtest='LoadBench' -Dbench.duration="${BENCH_DURATION:-15s}" | grep -A12 BENCH-LOAD
./mvnw -B -q test -Dtest='BigReportBench#importThroughput' -Dfactcheck.max-article-chars=2000000 | grep BENCH
