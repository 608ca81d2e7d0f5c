#!/usr/bin/env bash
# End to end against data size (issue 11, goal 3): for each scale, the calibrated sample grown as a
# world (`npcwh sample --scale N`: scale 1 is Shenzhen, ≈ 8 a province, ≈ 80 the country), then each
# stage as an operator runs it — ingest, transform of the sample's 25 periods, check, publish, the
# monthly report — with wall time, CPU time and peak RSS of each process, and the transform's DuckDB
# SQL reference (bench/reference/) on the same raw layer and periods, so that the ratio transform ÷
# DuckDB at each scale comes from one run, with how many figures the two agree on. Writes a markdown table
# (time and memory per million rows, so "no faster than the data" can be read off) to stdout and
# bench/results/scales-<timestamp>.md, and draws docs/bench-scales.png (app's ScalePlot).
#
#   bench/scales.sh [scales="1 10 100"] [runs=1]
#
# Scale 100 is 77 M rows and 6.9 GB of CSV: on 2 cores its steps take about 45 minutes (with the
# reference: DuckDB capped at $NPCWH_REFERENCE_MEMORY, 8 GB by default); the scratch folder needs
# about 3× the landing zone. Ingest's peak RSS staying flat while batches grow 100× is the check that
# it streams. Every step runs with the launcher's JVM flags plus $NPCWH_JAVA_OPTS: its 1 GB heap holds
# scale 10; scale 100 was measured with 2 GB (NPCWH_JAVA_OPTS=-Xmx2g).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
scales="${1:-1 10 100}"
runs="${2:-1}"
# shellcheck source=bench/measure.sh
source "$root/bench/measure.sh"

periods=(--from 2022-01 --to 2023-06 --rollups)
points="$work/points.tsv"
: >"$points"
: >"$work/agreement"
for scale in $scales; do
  landing="$work/landing-$scale" wh="$work/wh-$scale"
  measure sample "rm -rf '$landing'" "$npcwh" sample --out "$landing" --scale "$scale" >"$work/step"
  rows=$(find "$landing" -name _manifest.json -exec grep -ho '"rows" *: *[0-9]*' {} + \
    | awk -F: '{s+=$2} END {print s}')
  {
    measure ingest "rm -rf '$wh'" "$npcwh" ingest --landing "$landing" --warehouse "$wh"
    measure transform_25_periods true "$npcwh" transform --warehouse "$wh" "${periods[@]}"
    reference_command "$wh"
    measure duckdb_reference_25_periods true "${reference[@]}" "${sample_periods[@]}"
  } >>"$work/step"
  # untimed: the 25 periods' candidate against the reference, row for row, before publish takes it
  agreed=$(agreement "$wh" "${sample_periods[@]}")
  echo "$scale $agreed" >>"$work/agreement"
  {
    measure check_25_periods true "$npcwh" check --warehouse "$wh" "${periods[@]}"
    measure publish true "$npcwh" publish --warehouse "$wh"
    measure report_month true "$npcwh" report --warehouse "$wh" --period 2023-06 --out "$work/reports"
  } >>"$work/step"
  awk -v s="$scale" -v r="$rows" '{print s, r, $1, $2, $3, $4}' "$work/step" >>"$points"
  rm -rf "$landing" "$wh" "$work/reports"
done

mkdir -p "$root/bench/results" "$root/docs"
stamp=$(date -u +%Y%m%dT%H%M%SZ)
out="$root/bench/results/scales-$stamp.md"
{
  echo "# npcwh end to end against data size $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo
  echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo);" \
    "$(java -version 2>&1 | head -1); load average before: $(cut -d' ' -f1-3 /proc/loadavg)." \
    "Median of $runs run(s) per step. Plot: docs/bench-scales.png." "$(run_settings)"
  echo
  echo "| scale | rows | step | wall s | CPU s | peak RSS MiB | wall s per M rows |"
  echo "|---:|---:|---|---:|---:|---:|---:|"
  awk '{printf "| %s | %d | %s | %.1f | %.1f | %d | %.2f |\n", $1, $2, $3, $4, $5, $6, $4 / ($2 / 1e6)}' "$points"
  echo
  echo "Transform ÷ DuckDB reference, 25 periods, measured in this run:"
  echo
  echo "| scale | transform wall s | DuckDB wall s | ratio wall | transform CPU s | DuckDB CPU s | ratio CPU | figures |"
  echo "|---:|---:|---:|---:|---:|---:|---:|---|"
  awk 'NR == FNR {sub(/^[^ ]+ /, ""); agreed[FNR] = $0; next}
       $3 == "transform_25_periods" {tw[$1] = $4; tc[$1] = $5; order[++n] = $1}
       $3 == "duckdb_reference_25_periods" {dw[$1] = $4; dc[$1] = $5}
       END {for (i = 1; i <= n; i++) {s = order[i]
              printf "| %s | %.1f | %.1f | %.1f× | %.1f | %.1f | %.1f× | %s |\n",
                     s, tw[s], dw[s], tw[s] / dw[s], tc[s], dc[s], tc[s] / dc[s], agreed[i]}}' \
    "$work/agreement" "$points"
} | tee "$out"

# The plot: ScalePlot is a single-file program over JFreeChart, which the application already ships.
jfree=$(find "$root/app/target/lib" -name 'jfreechart-*.jar' | head -1)
java -Djava.awt.headless=true -cp "$jfree" "$root/app/src/test/java/org/npcwh/app/ScalePlot.java" \
  "$points" "$root/reports/src/main/resources/fonts/NotoSansSC_400Regular.ttf" "$root/docs/bench-scales.png"
cp "$points" "$root/bench/results/scales-$stamp.tsv"
echo "plot: docs/bench-scales.png"
