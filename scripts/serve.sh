#!/usr/bin/env bash
# Sets up and runs the whole service: installs dependencies, builds the web view (web/dist) and the server
# (build/), then runs it with node
# (which starts the embedded Neo4j unless NEO4J_URI is set, loads the seed data on first start and serves the
# API and the web view on one port).
set -euo pipefail
cd "$(dirname "$0")/.."
npm install --no-audit --no-fund --loglevel=error
npm run build:web --silent
npm run --silent build:server
# exec: no npm or shell in between, so a signal to the command the user started (npm run serve, whose script
# also execs this one) reaches the server, which stops the embedded Neo4j on SIGTERM/SIGINT.
exec node build/server/main.js
