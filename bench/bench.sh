#!/usr/bin/env bash
# Benchmark harness: whole-process wall time and CPU time (user + system; medians of N runs) and peak
# memory (max RSS) of the npcwh commands on the calibrated sample, next to baselines measured in the
# same run (JVM start, CLI start), so figures from different machines can be compared as ratios. CPU
# time barely moves when other builds share the machine, wall time does: compare CPU on a busy machine.
#
#   bench/bench.sh [runs=3] [scale=1.0]
#
# Writes a markdown table to stdout and to bench/results/<timestamp>.md, then runs bench/reference.sh
# (transform ÷ DuckDB reference) on the same warehouse. The ingest fuzzer's long
# profile is apart: bench/fuzz.sh [batches=20000] [seed].
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-3}"
scale="${2:-1.0}"
# shellcheck source=bench/measure.sh
source "$root/bench/measure.sh"

"$npcwh" sample --out "$work/landing" --scale "$scale" >/dev/null 2>&1
landing_mb=$(du -sm "$work/landing" | cut -f1)
landing_rows=$(find "$work/landing" -name _manifest.json -exec grep -ho '"rows" *: *[0-9]*' {} + \
  | awk -F: '{s+=$2} END {print s}')

fresh='rm -rf "$work/wh"'
results="$work/results"
{
  measure baseline_jvm_start true java -version
  measure baseline_cli_start true "$npcwh" --help
  measure ingest_all "$fresh" "$npcwh" ingest --landing "$work/landing" --warehouse "$work/wh"
  measure run_one_month "$fresh" "$npcwh" run --landing "$work/landing" --warehouse "$work/wh" --period 2023-06
  measure run_18_months_rollups "$fresh" "$npcwh" run --landing "$work/landing" --warehouse "$work/wh" \
    --from 2022-01 --to 2023-06 --rollups
  measure transform_one_month true "$npcwh" transform --warehouse "$work/wh" --period 2023-06
  measure report_one_month true "$npcwh" report --warehouse "$work/wh" --period 2023-06 --format pdf,xlsx,html
  measure report_burst_district true "$npcwh" report --warehouse "$work/wh" --period 2023-06 --by district
  measure report_burst_department true "$npcwh" report --warehouse "$work/wh" --period 2023-06 --by department
  measure report_by_deputy true "$npcwh" report --warehouse "$work/wh" --period 2023-06 --by deputy
} >"$results"

spark_start=$(grep -ho 'Spark session ready in [0-9.]* s' "$work/err-transform_one_month" | tail -1 || true)
transform_steps=$(grep -ho '[a-z ]* done in [0-9.]* s' "$work/err-transform_one_month" | paste -sd ';' - || true)
mkdir -p "$root/bench/results"
out="$root/bench/results/$(date -u +%Y%m%dT%H%M%SZ).md"
{
  echo "# npcwh benchmark $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo
  echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo);" \
    "$(java -version 2>&1 | head -1). Sample scale $scale: $landing_mb MB, $landing_rows rows. Median of $runs runs."
  echo
  echo "| benchmark | median wall s | median CPU s | peak RSS MiB | × CLI start (wall) |"
  echo "|---|---:|---:|---:|---:|"
  cli=$(awk '$1=="baseline_cli_start" {print $2}' "$results")
  awk -v cli="$cli" '{printf "| %s | %.2f | %.2f | %d | %.1f |\n", $1, $2, $3, $4, $2/cli}' "$results"
  echo
  echo "Last transform_one_month run: ${spark_start:-Spark start-up not reported}; steps: ${transform_steps:-not reported}."
} | tee "$out"
echo
# transform ÷ DuckDB on the same warehouse (its own table and results file)
"$root/bench/reference.sh" "$runs" "$scale" "$work/wh"
