#!/usr/bin/env bash
# Brings everything up on a fresh machine (Node 20, Java 17, Maven): installs dependencies,
# builds, fetches and starts Neo4j, migrates, ingests the bundled sample articles and serves
# GraphQL on http://127.0.0.1:4000/graphql (Ctrl-C stops the API; `npx diplograph db stop`
# stops Neo4j).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
npm run build --silent
exec node bin/diplograph.js up "$@"
