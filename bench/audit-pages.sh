#!/usr/bin/env bash
# Lighthouse 12 (accessibility, best practices) and pa11y 9 (WCAG 2 AA, HTML_CodeSniffer) on the main pages, in the
# English and the Arabic interface, against a running application in dev mode (its demo users; docs/testing.md).
#   bench/audit-pages.sh [base-url]          e.g. http://localhost:8080
# Needs node/npm (the tools are installed once into $AUDIT_TOOLS) and Debian's /usr/bin/chromium. It adds an English
# article with a claim, evidence, a proposed verdict and a note each run, so the review, claim and report pages
# show them.
# Lighthouse emulates its default phone (412 px wide), so the scores are those of the narrow layout;
# AUDIT_PRESET=desktop runs it as a desktop (1350 px) instead.
set -euo pipefail
cd "$(dirname "$0")/.."
BASE=${1:-http://localhost:8080}
BASE=${BASE%/}
TOOLS=${AUDIT_TOOLS:-/tmp/factcheck-audit-tools}
OUT=${AUDIT_OUT:-target/audit}
PASSWORD=${DEMO_PASSWORD:-factcheck-demo-2026}
CHROME=${CHROME_PATH:-/usr/bin/chromium}
PRESET=()
if [[ ${AUDIT_PRESET:-} == desktop ]]; then PRESET=(--preset=desktop); fi
FLAGS="--headless --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking"
FLAGS="$FLAGS --disable-component-update --disable-sync --no-first-run"

if [[ ! -x $TOOLS/node_modules/.bin/lighthouse || ! -x $TOOLS/node_modules/.bin/pa11y ]]; then
  mkdir -p "$TOOLS"
  (cd "$TOOLS" && [[ -f package.json ]] || (cd "$TOOLS" && npm init -y >/dev/null))
  (cd "$TOOLS" && PUPPETEER_SKIP_DOWNLOAD=1 npm install --no-audit --no-fund lighthouse@12 pa11y@9 >/dev/null)
fi
mkdir -p "$OUT"

json() { curl -sf -u "editor:$PASSWORD" -H 'Content-Type: application/json' "$@"; }
field() { python3 -c "import json,sys; print(json.load(sys.stdin)$1)"; }

# the session cookie of form login, for the pages behind it
JAR=$(mktemp)
trap 'rm -f "$JAR"' EXIT
curl -sf -c "$JAR" -o /dev/null -d "j_username=editor&j_password=$PASSWORD" "$BASE/j_security_check"
COOKIE="quarkus-credential=$(awk '/quarkus-credential/ {print $7}' "$JAR")"

AR=$(json "$BASE/api/articles?size=50" | python3 -c \
  "import json,sys; print(next(a['id'] for a in json.load(sys.stdin)['items'] if a['language']=='ar'))")
EN_ARTICLE=$(json -d '{"title":"Audit: council budget","language":"en","text":"The council said the budget grew by 12 percent last year.\nCritics said the figure leaves out inflation.\n\nThe mayor promised new buses by June."}' \
  "$BASE/api/articles")
EN=$(echo "$EN_ARTICLE" | field "['id']")
SENTENCE=$(echo "$EN_ARTICLE" | field "['sentences'][0]['id']")
CLAIM=$(json -d "{\"sentenceId\":$SENTENCE,\"claimant\":\"The council\"}" "$BASE/api/articles/$EN/claims" | field "['id']")
json -o /dev/null -d "{\"source\":{\"url\":\"$BASE/login\",\"title\":\"Council minutes\"},\"stance\":\"refutes\",\"excerpt\":\"Growth was 4 percent.\"}" \
  "$BASE/api/claims/$CLAIM/evidence"
VERSION=$(json "$BASE/api/claims/$CLAIM" | field "['version']")
json -o /dev/null -X PATCH -d "{\"verdict\":\"misleading\",\"rationale\":\"Inflation left out.\",\"version\":$VERSION}" \
  "$BASE/api/claims/$CLAIM"
# a note, so the review page draws its reply form
json -o /dev/null -d '{"start":4,"end":11,"body":"Which council?","motivation":"questioning"}' \
  "$BASE/api/articles/$EN/annotations"

PAGES=(
  "login /login"
  "dashboard /"
  "articles /articles"
  "review-ar /articles/$AR"
  "review-en /articles/$EN"
  "claim /claims/$CLAIM"
  "my-work /my-work"
  "search /search?q=budget"
  "report /api/articles/$EN/report?format=html"
)

printf '%-10s %-4s %6s %6s %6s\n' page lang a11y bp pa11y
for lang in en ar; do
  for entry in "${PAGES[@]}"; do
    name=${entry%% *}
    path=${entry#* }
    headers="{\"Accept-Language\":\"$lang\",\"Cookie\":\"$COOKIE\"}"
    if [[ $path == /login ]]; then headers="{\"Accept-Language\":\"$lang\"}"; fi
    report="$OUT/lighthouse-$name-$lang${AUDIT_PRESET:+-$AUDIT_PRESET}.json"
    CHROME_PATH=$CHROME "$TOOLS/node_modules/.bin/lighthouse" "$BASE$path" --quiet \
      --only-categories=accessibility,best-practices "${PRESET[@]}" --chrome-flags="$FLAGS" \
      --extra-headers="$headers" --output=json --output-path="$report" >/dev/null 2>&1 || true
    cat > "$OUT/pa11y-$lang.json" <<EOF
{"chromeLaunchConfig": {"executablePath": "$CHROME", "args": [$(printf '"%s",' $FLAGS | sed 's/,$//')]},
 "standard": "WCAG2AA", "timeout": 60000, "headers": $headers}
EOF
    "$TOOLS/node_modules/.bin/pa11y" --config "$OUT/pa11y-$lang.json" --reporter json "$BASE$path" \
      > "$OUT/pa11y-$name-$lang.json" 2>/dev/null || true
    python3 - "$report" "$OUT/pa11y-$name-$lang.json" "$name" "$lang" <<'EOF'
import json, sys
report, pa11y, name, lang = sys.argv[1:]
try:
    r = json.load(open(report))
    scores = [round(100 * (r['categories'][c]['score'] or 0)) for c in ('accessibility', 'best-practices')]
    failed = [a['id'] for a in r['audits'].values()
              if a.get('score') is not None and a['score'] < 1 and a.get('scoreDisplayMode') in ('binary', 'numeric')]
except Exception:
    scores, failed = ['?', '?'], ['(lighthouse failed)']
try:
    issues = json.load(open(pa11y))
    errors = [i['code'].split('.')[-2] + '.' + i['code'].split('.')[-1] for i in issues if i['type'] == 'error']
    count = len(errors)
except Exception:
    errors, count = ['(pa11y failed)'], '?'
print(f'{name:<10} {lang:<4} {scores[0]:>6} {scores[1]:>6} {count:>6}  {" ".join(failed + sorted(set(errors)))}')
EOF
  done
done
