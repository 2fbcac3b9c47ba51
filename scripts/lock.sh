#!/usr/bin/env bash
# Regenerates package-lock.json so that `npm ci` accepts it with npm 10 and npm 11 alike (npm 11
# wants every optional platform package listed, e.g. @swc/core-darwin-arm64; npm 10 writes only
# the ones it met), then proves it: `npm ci` with both majors in scratch clones of HEAD.
# Run after changing any package.json:  bash scripts/lock.sh   (then commit package-lock.json).
set -euo pipefail
cd "$(dirname "$0")/.."
npm10=npm@10.9.9
npm11=npm@11.19.1
flags=(--no-audit --no-fund --ignore-scripts)

echo "lock: npm install --package-lock-only with $npm11"
npx --yes "$npm11" install --package-lock-only "${flags[@]}" --loglevel=error

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
for npm in "$npm10" "$npm11"; do
  dir="$scratch/${npm//[@.]/-}"
  mkdir -p "$dir"
  git ls-files -z | grep -zv '^dist/' | xargs -0 cp --parents -t "$dir"
  cp package-lock.json "$dir/"
  echo "lock: npm ci with $npm in $dir"
  (cd "$dir" && npx --yes "$npm" ci "${flags[@]}" --loglevel=error >/dev/null)
done
echo "lock: package-lock.json installs with $npm10 and $npm11"
