#!/usr/bin/env bash
# Contract tests and fuzzing of the JSON API from the document it serves at /q/openapi (docs/testing.md).
#
#   contract-fuzz/run.sh [BASE_URL]        default http://localhost:8080
#
# Needs Node 20 (npm installs Portman and Newman here on the first run) and a running application with an admin:
# FUZZ_USER / FUZZ_PASSWORD, by default the dev-mode demo admin (admin / factcheck-demo-2026). Use a scratch
# database: the run makes its own article, claims, evidence and notes, and fuzzed writes may change them.
#
# Two passes over the document:
#   contract  every GET under /api, with ids of real rows: 2xx, the documented content type, and a body that
#             matches the documented JSON schema;
#   fuzz      Portman's variations of every operation under /api: required fields left out, numbers under the
#             minimum or over the maximum, strings shorter or longer than allowed; each must not answer 5xx.
# Exits non-zero when any check fails; build/summary.txt has the figures.
set -euo pipefail
cd "$(dirname "$0")"
BASE_URL="${1:-http://localhost:8080}"
USER_NAME="${FUZZ_USER:-admin}"
PASSWORD="${FUZZ_PASSWORD:-factcheck-demo-2026}"
mkdir -p build
[ -x node_modules/.bin/portman ] || npm ci --no-audit --no-fund

curl -fsS "$BASE_URL/q/openapi?format=json" -o build/openapi.json
node prepare.mjs "$BASE_URL" "$USER_NAME" "$PASSWORD"

for pass in contract fuzz; do
    node_modules/.bin/portman -l "build/openapi-$pass.json" -b "$BASE_URL" -c "build/portman-$pass.json" \
        -o "build/collection-$pass.json" --syncPostman false --runNewman false --logAssignVariables false \
        > "build/portman-$pass.log"
    node keep-variations.mjs "$pass"
    # the requests carry the document's Basic scheme as {{basicAuthUsername}} / {{basicAuthPassword}}
    node_modules/.bin/newman run "build/collection-$pass.json" --reporters json \
        --reporter-json-export "build/newman-$pass.json" --timeout-request 30000 \
        --env-var "basicAuthUsername=$USER_NAME" --env-var "basicAuthPassword=$PASSWORD" \
        > "build/newman-$pass.log" || true
done
node summarize.mjs | tee build/summary.txt
