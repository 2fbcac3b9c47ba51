#!/usr/bin/env bash
# `npm run demo`: from a fresh clone, install what is missing, bring the sandbox up, and run the
# whole pipeline under act against it (scripts/demo.ts prints the summaries and a closing table).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x node_modules/.bin/tsx ]; then
  echo "demo: installing npm packages"
  # npm 11.19 rejects its own lock file (see .ci/run); npm 10 installs it exactly.
  npx --yes npm@10.9.9 ci --no-audit --no-fund --ignore-scripts
fi
# Idempotent: a second run only checks the scanners answer (the pipeline's gate runs actionlint).
bash scripts/install-scanners.sh >/dev/null
if npm run --silent sandbox -- status >/dev/null 2>&1; then
  echo "demo: the sandbox is up"
else
  echo "demo: bringing the sandbox up (a cold start builds Kubernetes: see the README)"
  npm run --silent sandbox -- up
fi
exec node_modules/.bin/tsx scripts/demo.ts "$@"
