#!/usr/bin/env bash
# Long fuzzing profile of ingest: mutated CSV/JSONL batches through the real IngestJob (see
# docs/decisions.md, "Issue 9: batch integrity and ingest fuzzing"). Fails on any escaped exception or
# broken conservation; prints the tally and the wall time, and appends them to the fuzz log in bench/results/.
#
#   bench/fuzz.sh [batches=20000] [seed=20261128]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
batches="${1:-20000}"
seed="${2:-20261128}"
log="$(mktemp "${TMPDIR:-/tmp}/npcwh-fuzz.XXXXXX")"
trap 'rm -f "$log"' EXIT
start=$(date +%s)
if ! (cd "$root" && mvn -q -pl ingest -am test -Dtest=IngestFuzzTest -Dsurefire.failIfNoSpecifiedTests=false \
    -Dnpcwh.fuzz.batches="$batches" -Dnpcwh.fuzz.seed="$seed") >"$log" 2>&1; then
  cat "$log" >&2
  echo "fuzz failed: see above (a failing batch is kept under ingest/target/fuzz-failures/)" >&2
  exit 1
fi
seconds=$(( $(date +%s) - start ))
tally=$(grep -ho "fuzz: .*" "$log" | tail -1 || true)
line="$(date -u +%Y-%m-%dT%H:%M:%SZ) $(nproc) cores: ${tally:-fuzz: $batches batches, seed $seed}, ${seconds} s"
mkdir -p "$root/bench/results"
echo "$line" | tee -a "$root/bench/results/fuzz.md"
