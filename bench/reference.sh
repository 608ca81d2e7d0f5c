#!/usr/bin/env bash
# The transform against its DuckDB SQL reference (bench/reference/, issue 11): cold `npcwh transform`
# and the cold reference (a JVM running DuckDbReference on the same raw layer) for one month and for
# the sample's 25 periods (18 months, 6 quarters, the year 2022), medians of N runs, and the ratios
# transform ÷ DuckDB of wall and CPU time measured in the same run, then how many of the 25 periods'
# rows agree (app's DuckDbReferenceIT asserts that all do, on a small sample).
#
#   bench/reference.sh [runs=3] [scale=1.0] [warehouse]
#
# Without a warehouse it generates the sample at the scale and ingests it; bench.sh passes its own.
# Writes a markdown table to stdout and to bench/results/reference-<timestamp>.md.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-3}"
scale="${2:-1.0}"
# shellcheck source=bench/measure.sh
source "$root/bench/measure.sh"
wh="${3:-$work/wh}"
if [ -z "${3:-}" ]; then
  "$npcwh" sample --out "$work/landing" --scale "$scale" >/dev/null 2>&1
  "$npcwh" ingest --landing "$work/landing" --warehouse "$wh" >/dev/null 2>&1 || [ $? -eq 3 ]
fi
reference_command "$wh"

results="$work/results"
{
  measure transform_one_month true "$npcwh" transform --warehouse "$wh" --period 2023-06
  measure duckdb_one_month true "${reference[@]}" 2023-06
  measure transform_25_periods true "$npcwh" transform --warehouse "$wh" --from 2022-01 --to 2023-06 --rollups
  measure duckdb_25_periods true "${reference[@]}" "${sample_periods[@]}"
} >"$results"
# The last transform wrote the 25 periods' candidates: do both give the same figures? (not timed)
agreement=$(agreement "$wh" "${sample_periods[@]}")

mkdir -p "$root/bench/results"
out="$root/bench/results/reference-$(date -u +%Y%m%dT%H%M%SZ).md"
{
  echo "# npcwh transform ÷ DuckDB reference $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo
  echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo);" \
    "$(java -version 2>&1 | head -1). Sample scale $scale, $(du -sm "$wh/raw" | cut -f1) MB of raw Parquet." \
    "Median of $runs cold runs each." "$(run_settings)"
  echo
  echo "| work | transform wall s | DuckDB wall s | ratio wall | transform CPU s | DuckDB CPU s | ratio CPU |" \
    "transform peak RSS MiB | DuckDB peak RSS MiB |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
  for work_name in one_month 25_periods; do
    awk -v w="$work_name" '$1 == "transform_" w {tw=$2; tc=$3; tm=$4} $1 == "duckdb_" w {dw=$2; dc=$3; dm=$4}
      END {printf "| %s | %.2f | %.2f | %.1f× | %.2f | %.2f | %.1f× | %d | %d |\n",
           w, tw, dw, tw/dw, tc, dc, tc/dc, tm, dm}' "$results"
  done
  echo
  echo "Figures, 25 periods: $agreement."
} | tee "$out"
