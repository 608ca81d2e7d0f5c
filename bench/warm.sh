#!/usr/bin/env bash
# Cold and warm transform in one JVM: bench/warm.sh WAREHOUSE PERIOD [RUNS] (default 4 runs).
# Runs the same one-period transform RUNS times in one process and one Spark session, with the
# launcher's JVM flags, and prints each run's wall and CPU time: run 1 pays the JVM's warm-up (class
# loading, JIT compilation), the later runs only the work of the Spark plans. The candidate of
# WAREHOUSE is rewritten each run, as by `npcwh transform`.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [ $# -lt 2 ]; then
  echo "usage: bench/warm.sh WAREHOUSE PERIOD [RUNS]" >&2
  exit 2
fi
"$root/npcwh" --version >/dev/null # builds the application when needed
# shellcheck source=../app/src/main/dist/bin/java17.sh
source "$root/app/src/main/dist/bin/java17.sh"
npcwh_find_java
target="$root/app/target"
# shellcheck disable=SC2046 # jvm.options holds one flag per word on purpose
exec "$java" $(cat "$target/jvm.options") ${NPCWH_JAVA_OPTS:-} -cp "$target/npcwh.jar:$target/lib/*" \
  "$root/bench/WarmTransform.java" "$1" "$2" "${3:-4}" 2> >(grep -v -E '^(WARN|SLF4J)' >&2)
