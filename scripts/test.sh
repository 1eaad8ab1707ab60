#!/usr/bin/env bash
# The whole test suite on a fresh machine: installs dependencies, builds (server and web
# explorer), installs Debian's Chromium for the browser tests when missing, fetches and starts a
# dedicated test Neo4j (port 7688, data in .neo4j/test, so your own graph is never wiped),
# lints, type-checks, runs unit, integration and browser tests and the extraction scorer, then
# stops the server it started. With NEO4J_URI set, that server is used and nothing local starts.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
npm run build --silent

# The explorer's browser tests drive Debian's Chromium (playwright-core cannot download its own
# browser here). Installed when missing and we are root (CI is); otherwise the tests say what to do.
if [ -z "${CHROMIUM_PATH:-}" ] && [ ! -x /usr/bin/chromium ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "installing Chromium for the browser tests (apt-get install chromium)…"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >/dev/null
fi

started_here=0
if [ -z "${NEO4J_URI:-}" ]; then
  export DIPLOGRAPH_NEO4J_PORT="${DIPLOGRAPH_TEST_NEO4J_PORT:-7688}"
  export DIPLOGRAPH_NEO4J_HOME="${DIPLOGRAPH_TEST_NEO4J_HOME:-.neo4j/test}"
  export DIPLOGRAPH_NEO4J_HEAP="${DIPLOGRAPH_NEO4J_HEAP:-2g}"
  export DIPLOGRAPH_NEO4J_PAGECACHE="${DIPLOGRAPH_NEO4J_PAGECACHE:-1g}"
  if node bin/diplograph.js db status >/dev/null 2>&1; then :; else started_here=1; fi
  node bin/diplograph.js db start
  export NEO4J_URI="bolt://127.0.0.1:${DIPLOGRAPH_NEO4J_PORT}"
fi
stop_db() { if [ "$started_here" = 1 ]; then env -u NEO4J_URI node bin/diplograph.js db stop || true; fi; }
trap stop_db EXIT

node bin/diplograph.js db migrate
npm run lint --silent
npm run typecheck --silent
mkdir -p .bench
npx vitest run --reporter=default --reporter=json --outputFile.json=.bench/vitest-results.json
# The plain closing line CI reads: "N passed, N failed".
node -e 'const r = require("./.bench/vitest-results.json"); console.log(`${r.numPassedTests} passed, ${r.numFailedTests} failed`)'
