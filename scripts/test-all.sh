#!/usr/bin/env bash
# Sets up and runs every test on a fresh machine (Node 20, Java 17 and Maven, or root with apt),
# then prints one plain summary line: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."

as_root_install() {
  # Installs Debian packages when missing and we are root (CI, fresh machines); otherwise says what is missing.
  local missing=()
  for pair in "$@"; do
    local command=${pair%%:*} package=${pair#*:}
    command -v "$command" >/dev/null 2>&1 || missing+=("$package")
  done
  ((${#missing[@]} == 0)) && return 0
  if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing ${missing[*]} with apt-get…"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "Missing: ${missing[*]} (install them, e.g. with apt-get)" >&2
    return 1
  fi
}

as_root_install java:openjdk-17-jdk-headless mvn:maven docker-compose:docker-compose chromium:chromium || exit 1
npm install --no-audit --no-fund --loglevel=error || exit 1

mkdir -p test-results
npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/vitest.json
status=$?

node -e '
  const fs = require("node:fs");
  let passed = 0, failed = 0;
  try {
    const report = JSON.parse(fs.readFileSync("test-results/vitest.json", "utf8"));
    passed = report.numPassedTests;
    failed = report.numFailedTests + (report.numFailedTestSuites > 0 && report.numFailedTests === 0 ? report.numFailedTestSuites : 0);
  } catch { failed = 1; }
  console.log(`${passed} passed, ${failed} failed`);
'
exit $status
