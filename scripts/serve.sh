#!/usr/bin/env bash
# Sets up and runs the whole service: installs dependencies, builds the web view (web/dist), then `npm start`
# (which compiles the server to build/ first)
# (which starts the embedded Neo4j unless NEO4J_URI is set, loads the seed data on first start and serves the
# API and the web view on one port).
set -euo pipefail
cd "$(dirname "$0")/.."
npm install --no-audit --no-fund --loglevel=error
npm run build:web --silent
exec npm start
