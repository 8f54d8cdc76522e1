#!/usr/bin/env bash
# `make bench`: runs every benchmark program of the build and the serve load test
# (serve_bench.sh), prints the figures, and
# appends one line per benchmark (date, commit, host, compiler, name, MB/s, docs/s,
# peak RSS) to bench/results/bench.log, so the history of the figures is kept in git.
set -euo pipefail
build=${1:-build}
root=$(cd "$(dirname "$0")/.." && pwd)
log="$root/bench/results/bench.log"
mkdir -p "$(dirname "$log")"
commit=$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)
host=$(uname -n)
cxx=$(c++ --version | head -1)
date=$(date -u +%Y-%m-%dT%H:%M:%SZ)
export CHANCERY_DATA="$build/data"
export CHANCERY_SHARED="${CHANCERY_SHARED:-$root/../shared}"  # the news corpus, when beside the clone
for exe in "$build"/bench/*_bench; do
  [ -x "$exe" ] || continue
  json=$(mktemp)
  "$exe" --benchmark_min_time=0.5 --benchmark_out="$json" --benchmark_out_format=json
  python3 - "$json" "$date" "$commit" "$host" "$cxx" >>"$log" <<'PY'
import json, sys
path, date, commit, host, cxx = sys.argv[1:6]
for b in json.load(open(path))["benchmarks"]:
    mbs = b.get("bytes_per_second", 0) / 1e6
    docs = b.get("docs_per_s", b.get("items_per_second", 0))
    rss = b.get("peak_rss_MB", 0)
    print(f"{date}\t{commit}\t{host}\t{cxx}\t{b['name']}\t{mbs:.1f} MB/s\t{docs:.0f} docs/s\t{rss:.0f} MB peak")
PY
  rm -f "$json"
done
# chancery serve under load: /api/events requests/s (wrk) and /healthz p99 with 200 slow
# clients (bench/serve_bench.sh).
bash "$root/bench/serve_bench.sh" "$build" "$log"
echo "bench: figures appended to bench/results/bench.log"
