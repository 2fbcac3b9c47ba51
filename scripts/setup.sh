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

# Idempotent: a second run only checks that the binaries answer. From an empty cache both the
# scanners and the sandbox's binaries are Go builds of many minutes each: the scanners install in
# the background while the sandbox builds, so one's downloads and links overlap the other's
# compiling (their apt-get runs take turns under flock on /tmp/slipway-apt.lock). Its progress is
# in its log meanwhile, and on screen once the sandbox is up. A failed set-up stops it.
progress_begin scanners bash scripts/install-scanners.sh
stop_tree() {
  local child
  for child in $(pgrep -P "$1" 2>/dev/null); do stop_tree "$child"; done
  kill "$1" 2>/dev/null || true
}
trap 'stop_tree "${progress_pids[scanners]}"' EXIT

# Idempotent: while it is up this takes about 2 s; after `down` about 20 s.
npm run --silent sandbox -- up --for "$purpose"
progress_wait scanners
