#!/usr/bin/env bash
# The set-up `npm test` (as its pretest) and `npm run demo` run first, from a fresh clone or a
# finished one: npm packages, the scanners, the sandbox. Each part is skipped when it is done, so a
# second run costs a few seconds. Plain shell and npm: it runs before node_modules exists.
#   scripts/setup.sh test   everything the suites use
#   scripts/setup.sh demo   only what the demo's pipeline uses (sandbox profile "demo")
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/lib/progress.sh
. scripts/lib/progress.sh
purpose="${1:-test}"

# npm packages, with this machine's npm (the lock file is kept valid for npm 10 and 11:
# scripts/lock.sh). Install scripts stay off: every package here works without them.
stamp=node_modules/.slipway-lock.sha256
want="$(sha256sum package-lock.json | cut -d' ' -f1)"
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  progress_step npm-ci npm ci --no-audit --no-fund --ignore-scripts --loglevel=http
  echo "$want" >"$stamp"
fi

# Idempotent: a second run only checks that the binaries answer.
progress_step scanners bash scripts/install-scanners.sh

# Idempotent: while it is up this takes about 2 s; after `down` about 20 s.
npm run --silent sandbox -- up --for "$purpose"
