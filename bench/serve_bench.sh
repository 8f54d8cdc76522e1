#!/usr/bin/env bash
# `chancery serve` under load, run by bench/run.sh (`make bench`); not part of CI.
#   bash bench/serve_bench.sh BUILD_DIR LOG
# Ingests the shared news corpus (../shared/data/news) into a temporary SQLite store,
# serves it on a free loopback port, then measures:
#   - requests/s of GET /api/events (a JSON page of 100 events, and one actor's events)
#     with wrk (Debian's package; installed here when missing: 2 threads, 32 connections,
#     10 s each);
#   - GET /healthz's p99 latency while 200 slow clients hold connections open
#     (bench/serve_slow_clients.cc; target: p99 under 100 ms).
# Appends one line per figure to LOG (bench/results/bench.log). Loopback only.
set -euo pipefail
build=${1:-build}
log=${2:-/dev/null}
root=$(cd "$(dirname "$0")/.." && pwd)
shared="${CHANCERY_SHARED:-$root/../shared}"
exe="$build/chancery"
slow="$build/bench/serve_slow_clients"
[ -x "$exe" ] && [ -x "$slow" ] || { echo "serve bench: build $exe and $slow first" >&2; exit 1; }
if ! command -v wrk >/dev/null 2>&1; then
  echo "serve bench: installing wrk (Debian package)" >&2
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends wrk >/dev/null ||
    { $sudo apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends wrk >/dev/null; }
fi

tmp=$(mktemp -d)
server=""
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  rm -rf "$tmp"
}
trap cleanup EXIT

corpus=()
for f in en.jsonl fr.jsonl meantime_dev_gold.jsonl; do
  [ -f "$shared/data/news/$f" ] && corpus+=("$shared/data/news/$f")
done
[ ${#corpus[@]} -gt 0 ] || { echo "serve bench: no news corpus under $shared/data/news" >&2; exit 1; }
"$exe" ingest --db "$tmp/store.db" --data "$build/data" "${corpus[@]}" >/dev/null
events=$("$exe" events --db "$tmp/store.db" --data "$build/data" --format csv | tail -n +2 | grep -c '^[0-9]' || true)

"$exe" serve --db "$tmp/store.db" --data "$build/data" --port 0 >"$tmp/serve.out" 2>"$tmp/serve.err" &
server=$!
port=""
for _ in $(seq 100); do
  port=$(sed -n 's|.*http://127\.0\.0\.1:\([0-9]*\)/.*|\1|p' "$tmp/serve.out" | head -1)
  [ -n "$port" ] && break
  sleep 0.1
done
[ -n "$port" ] || { echo "serve bench: chancery serve did not start: $(cat "$tmp/serve.err")" >&2; exit 1; }
base="http://127.0.0.1:$port"
echo "serve bench: ${#corpus[@]} corpus files, about $events events, serving on $base"

date=$(date -u +%Y-%m-%dT%H:%M:%SZ)
commit=$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)
host=$(uname -n)
actor=$(curl -s "$base/api/events?limit=1" | sed -n 's/.*"source":{[^}]*"actor":"\([A-Z]\{3\}\).*/\1/p' | head -1)
actor=${actor:-USA}
for target in "/api/events?limit=100" "/api/events?actor=$actor&limit=100"; do
  out=$(wrk -t2 -c32 -d10s --latency "$base$target")
  rps=$(echo "$out" | awk '/^Requests\/sec:/ {print $2}')
  p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
  non2xx=$(echo "$out" | awk '/Non-2xx/ {print $NF}')
  echo "serve bench: GET $target: $rps requests/s (wrk -t2 -c32 -d10s; latency p99 $p99${non2xx:+; non-2xx: $non2xx})"
  printf '%s\t%s\t%s\t%s\tserve wrk GET %s\t%s req/s\tp99 %s\n' "$date" "$commit" "$host" "wrk -t2 -c32 -d10s" "$target" "$rps" "$p99" >>"$log"
done

line=$("$slow" --port "$port" --clients 200 --seconds 15)
echo "serve bench: /healthz with 200 slow clients: $line"
p99=$(echo "$line" | sed -n 's/.*p99_ms=\([0-9.]*\).*/\1/p')
printf '%s\t%s\t%s\t%s\tserve /healthz p99 with 200 slow clients\t%s ms\t%s\n' "$date" "$commit" "$host" "serve_slow_clients" "$p99" "$line" >>"$log"
awk -v p="$p99" 'BEGIN { exit !(p < 100) }' || echo "serve bench: /healthz p99 $p99 ms is over the 100 ms target" >&2
