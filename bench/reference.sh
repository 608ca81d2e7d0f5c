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
# The reference is compiled once too: a cold run is a JVM start, DuckDB and the SQL.
duckdb_jar=$(find "$root/app/target/lib" -name 'duckdb_jdbc-*.jar' | head -1)
javac -d "$work/classes" -cp "$duckdb_jar" "$root/app/src/test/java/org/npcwh/app/DuckDbReference.java"
reference=(java -cp "$work/classes:$duckdb_jar" org.npcwh.app.DuckDbReference "$root/bench/reference" "$wh"
  "$work/reference.parquet")
periods=()
for month in $(seq 0 17); do periods+=("$(date -d "2022-01-01 +$month month" +%Y-%m)"); done
periods+=(2022-Q1 2022-Q2 2022-Q3 2022-Q4 2023-Q1 2023-Q2 2022)

results="$work/results"
{
  measure transform_one_month true "$npcwh" transform --warehouse "$wh" --period 2023-06
  measure duckdb_one_month true "${reference[@]}" 2023-06
  measure transform_25_periods true "$npcwh" transform --warehouse "$wh" --from 2022-01 --to 2023-06 --rollups
  measure duckdb_25_periods true "${reference[@]}" "${periods[@]}"
} >"$results"
# The last transform wrote the 25 periods' candidates: do both give the same figures? (not timed)
agreement=$(java -Dnpcwh.reference.compare="$wh/candidate/metric_values" "${reference[@]:1}" "${periods[@]}" \
  | tail -1)

mkdir -p "$root/bench/results"
out="$root/bench/results/reference-$(date -u +%Y%m%dT%H%M%SZ).md"
{
  echo "# npcwh transform ÷ DuckDB reference $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo
  echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo);" \
    "$(java -version 2>&1 | head -1). Sample scale $scale, $(du -sm "$wh/raw" | cut -f1) MB of raw Parquet." \
    "Median of $runs cold runs each."
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
