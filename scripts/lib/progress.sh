#!/usr/bin/env bash
# Sourced by the set-up scripts: `progress_step <name> <command…>` runs a long command with its
# output in a log under the cache and says, while it runs, which step, how long so far, what it is
# doing now (the log's last line) and how long it took last time on this machine. A terminal gets
# one line updated in place; a CI log gets a line when the step starts, at least every 20 s, and at
# the end. The time each step took is kept in <cache>/timings/<name>.json (read by the bench).

progress_cache="${SLIPWAY_CACHE:-$HOME/.cache/slipway}"

progress_clock() { printf '%dm%02ds' $(($1 / 60)) $(($1 % 60)); }

progress_last() {
  local file="$progress_cache/timings/$1.json"
  if [ -f "$file" ]; then sed -n 's/.*"seconds": *\([0-9]*\).*/\1/p' "$file"; fi
}

progress_record() {
  mkdir -p "$progress_cache/timings"
  printf '{ "seconds": %d, "at": "%s" }\n' "$2" "$(date -u +%Y-%m-%dT%H:%M:%SZ)" >"$progress_cache/timings/$1.json"
}

# What the step does now: its log's last line that says something (npm's engine warnings do not),
# with URLs cut to their path.
progress_doing() {
  { tail -n 20 "$1" 2>/dev/null | tr -d '\r' | grep -v '^npm warn' | tail -n 1 | sed -E 's|https?://[^/ ]*/||g' | cut -c1-70; } || true
}

# `progress_begin <name> <command…>` starts the command in the background, its output in the
# step's log; `progress_wait <name>` then says how it goes until it ends (as progress_step does),
# so a step can run while another runs in the foreground.
# Per step: its pid, when it started, and its ", last time …" (read once, before it runs).
declare -A progress_pids progress_starts progress_tails

progress_begin() {
  local name="$1"
  shift
  local log="$progress_cache/logs/$name.log" last tail=""
  mkdir -p "$progress_cache/logs"
  last="$(progress_last "$name")"
  if [ -n "$last" ]; then tail=", last time $(progress_clock "$last")"; fi
  if [ ! -t 1 ]; then echo "$name: started (log: $log$tail)"; fi
  progress_tails[$name]="$tail"
  progress_starts[$name]=$(date +%s)
  rm -f "$log.ended"
  # When it ends, said by the step itself: progress_wait may come long after (its time is the step's).
  (
    set +e
    "$@"
    status=$?
    date +%s >"$log.ended"
    exit "$status"
  ) >"$log" 2>&1 &
  progress_pids[$name]=$!
}

progress_wait() {
  local name="$1"
  local log="$progress_cache/logs/$name.log" pid="${progress_pids[$1]}" started="${progress_starts[$1]}"
  local tail="${progress_tails[$1]}" now elapsed status=0 said=0 doing
  while kill -0 "$pid" 2>/dev/null; do
    sleep 1
    now=$(date +%s)
    elapsed=$((now - started))
    doing="$(progress_doing "$log")"
    if [ -t 1 ]; then
      printf '\r\033[2K%s  %s  %s%s' "$name" "$(progress_clock "$elapsed")" "${doing:-working}" "$tail"
    elif [ $((now - said)) -ge 20 ] && [ "$elapsed" -ge 20 ]; then
      echo "$name: $(progress_clock "$elapsed")  ${doing:-working}$tail"
      said=$now
    fi
  done
  wait "$pid" || status=$?
  elapsed=$(($(cat "$log.ended" 2>/dev/null || date +%s) - started))
  if [ -t 1 ]; then printf '\r\033[2K'; fi
  if [ "$status" -ne 0 ]; then
    echo "$name: FAILED after $(progress_clock "$elapsed") (exit $status); last lines of $log:"
    tail -n 20 "$log"
    return "$status"
  fi
  progress_record "$name" "$elapsed"
  echo "$name: done in $(progress_clock "$elapsed")$tail"
}

progress_step() {
  progress_begin "$@"
  progress_wait "$1"
}
