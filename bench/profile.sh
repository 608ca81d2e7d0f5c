#!/usr/bin/env bash
# Where a transform's time goes: bench/profile.sh WAREHOUSE [transform options] (default --period 2023-06).
# Runs a cold `npcwh transform` with Spark's event log on, then prints bench/EventLogSummary.java's table:
# each SQL execution (one per table written) with its jobs, stages and the executors' task time, largest
# first, and the totals. Task time is the work that grows with the data; the rest of the run's CPU time
# is the driver's (planning, scheduling, the JIT). The event log stays in the folder named at the end.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [ $# -lt 1 ]; then
  echo "usage: bench/profile.sh WAREHOUSE [transform options, default --period 2023-06]" >&2
  exit 2
fi
warehouse="$1"
shift
[ $# -gt 0 ] || set -- --period 2023-06
log="$(mktemp -d "${TMPDIR:-/tmp}/npcwh-eventlog-XXXXXX")"
NPCWH_JAVA_OPTS="${NPCWH_JAVA_OPTS:-} -Dspark.eventLog.enabled=true -Dspark.eventLog.dir=file://$log" \
  "$root/npcwh" transform --warehouse "$warehouse" "$@"
# shellcheck source=../app/src/main/dist/bin/java17.sh
source "$root/app/src/main/dist/bin/java17.sh"
npcwh_find_java
echo
"$java" -cp "$root/app/target/lib/*" "$root/bench/EventLogSummary.java" "$log"/*
echo
echo "Spark's event log: $log"
