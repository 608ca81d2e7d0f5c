#!/usr/bin/env bash
# End to end against data size (issue 11, goal 3): for each scale, the calibrated sample grown as a
# world (`npcwh sample --scale N`: scale 1 is Shenzhen, ≈ 8 a province, ≈ 80 the country), then each
# stage as an operator runs it — ingest, transform of the sample's 25 periods, check, publish, the
# monthly report — with wall time, CPU time and peak RSS of each process. Writes a markdown table
# (time and memory per million rows, so "no faster than the data" can be read off) to stdout and
# bench/results/scales-<timestamp>.md, and draws docs/bench-scales.png (app's ScalePlot).
#
#   bench/scales.sh [scales="1 10 100"] [runs=1]
#
# Scale 100 is 62 M rows and 4.5 GB of CSV: on 2 cores it takes hours; the scratch folder needs
# about 3× the landing zone. Ingest's peak RSS staying flat while batches grow 100× is the check that
# it streams.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
scales="${1:-1 10 100}"
runs="${2:-1}"
# shellcheck source=bench/measure.sh
source "$root/bench/measure.sh"

periods=(--from 2022-01 --to 2023-06 --rollups)
points="$work/points.tsv"
: >"$points"
for scale in $scales; do
  landing="$work/landing-$scale" wh="$work/wh-$scale"
  measure sample "rm -rf '$landing'" "$npcwh" sample --out "$landing" --scale "$scale" >"$work/step"
  rows=$(find "$landing" -name _manifest.json -exec grep -ho '"rows" *: *[0-9]*' {} + \
    | awk -F: '{s+=$2} END {print s}')
  {
    measure ingest "rm -rf '$wh'" "$npcwh" ingest --landing "$landing" --warehouse "$wh"
    measure transform_25_periods true "$npcwh" transform --warehouse "$wh" "${periods[@]}"
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
    "Median of $runs run(s) per step. Plot: docs/bench-scales.png."
  echo
  echo "| scale | rows | step | wall s | CPU s | peak RSS MiB | wall s per M rows |"
  echo "|---:|---:|---|---:|---:|---:|---:|"
  awk '{printf "| %s | %d | %s | %.1f | %.1f | %d | %.2f |\n", $1, $2, $3, $4, $5, $6, $4 / ($2 / 1e6)}' "$points"
} | tee "$out"

# The plot: ScalePlot is a single-file program over JFreeChart, which the application already ships.
jfree=$(find "$root/app/target/lib" -name 'jfreechart-*.jar' | head -1)
java -Djava.awt.headless=true -cp "$jfree" "$root/app/src/test/java/org/npcwh/app/ScalePlot.java" \
  "$points" "$root/reports/src/main/resources/fonts/NotoSansSC_400Regular.ttf" "$root/docs/bench-scales.png"
cp "$points" "$root/bench/results/scales-$stamp.tsv"
echo "plot: docs/bench-scales.png"
