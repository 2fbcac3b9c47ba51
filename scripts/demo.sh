#!/usr/bin/env bash
# `npm run demo`: from a fresh clone, install what is missing, bring the sandbox up, and run the
# whole pipeline under act against it (scripts/demo.ts prints the summaries and a closing table).
set -euo pipefail
cd "$(dirname "$0")/.."

# npm packages, scanners (the pipeline's gate runs actionlint) and the sandbox, each skipped when
# done; the sandbox only with what the demo's pipeline uses.
# The end-to-end time the bench reports starts here.
SLIPWAY_DEMO_STARTED="$(date +%s)"
export SLIPWAY_DEMO_STARTED
bash scripts/setup.sh demo
exec node_modules/.bin/tsx scripts/demo.ts "$@"
