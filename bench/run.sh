#!/usr/bin/env bash
# `make bench`: runs every benchmark program of the build, the `chancery` executable
# timed from outside (cli_probe: time to first output, --threads 1 and 2, peak RSS) and
# the serve load test (serve_bench.sh), prints the figures, and appends one line per
# figure (date, commit, host, compiler, name, MB/s, docs/s, peak RSS; other figures in
# the same columns) to bench/results/bench.log, so the history of the figures is kept in
# git. BM_PipelineStages adds one line per stage: the stage's MB/s on its own and its
# share of the whole pipeline's time.
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
    if mbs == 0 and docs == 0:  # a timing only (BM_PipelineCreate: start-up)
        unit = b.get("time_unit", "ns")
        print(f"{date}\t{commit}\t{host}\t{cxx}\t{b['name']}\t{b['real_time']:.1f} {unit} wall\t{b['cpu_time']:.1f} {unit} cpu\t{rss:.0f} MB peak")
        continue
    print(f"{date}\t{commit}\t{host}\t{cxx}\t{b['name']}\t{mbs:.1f} MB/s\t{docs:.0f} docs/s\t{rss:.0f} MB peak")
    for key in b:
        if key.startswith("stage_") and key.endswith("_pct"):
            stage = key[len("stage_"):-len("_pct")]
            alone = b.get(f"stage_{stage}_MBps", 0)
            print(f"{date}\t{commit}\t{host}\t{cxx}\t{b['name']}/{stage}\t{alone:.1f} MB/s\t{b[key]:.1f} % of pipeline time")
PY
  rm -f "$json"
done
# The executable from outside: time to first output, --threads 1 and 2, peak RSS.
if [ -x "$build/bench/cli_probe" ]; then
  prefix=$(printf '%s\t%s\t%s\t%s' "$date" "$commit" "$host" "$cxx")
  "$build/bench/cli_probe" "$build/chancery" | tee /dev/stderr | awk -v p="$prefix" '{print p "\t" $0}' >>"$log"
fi
# chancery serve under load: /api/events requests/s (wrk) and /healthz p99 with 200 slow
# clients (bench/serve_bench.sh).
bash "$root/bench/serve_bench.sh" "$build" "$log"
echo "bench: figures appended to bench/results/bench.log"
