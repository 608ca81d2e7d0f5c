# Shared by the benchmark scripts (sourced, not run): a scratch folder $work removed on exit, the
# launcher $npcwh built once outside the measurements, medians and one measured command. The caller
# sets $root (the repository) and $runs (how many runs of each command).
work="$(mktemp -d "${TMPDIR:-/tmp}/npcwh-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT
export NPCWH_PII_KEY="${NPCWH_PII_KEY:-benchmark-key-not-a-secret-0123456789}"
npcwh="$root/npcwh"
"$npcwh" --version >/dev/null

# median VALUES...: the median of the numbers given
median() {
  printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'
}

# measure NAME PREPARE COMMAND...: runs PREPARE then COMMAND $runs times;
# prints "NAME median_wall_s median_cpu_s max_rss_mb"
measure() {
  local name="$1" prepare="$2"; shift 2
  local times=() cpus=() rss=()
  for _ in $(seq "$runs"); do
    eval "$prepare"
    # exit 3 is expected: the sample holds one deliberately damaged batch, which ingest rejects
    /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$@" >"$work/out" 2>"$work/err-$name" || [ $? -eq 3 ] || {
      echo "benchmark '$name' failed:" >&2; cat "$work/err-$name" >&2; exit 1; }
    read -r t u s m < <(tail -n 1 "$work/time")
    times+=("$t"); cpus+=("$(awk -v u="$u" -v s="$s" 'BEGIN {print u + s}')"); rss+=("$m")
  done
  local peak
  peak=$(printf '%s\n' "${rss[@]}" | sort -n | tail -1)
  printf '%s %s %s %s\n' "$name" "$(median "${times[@]}")" "$(median "${cpus[@]}")" "$((peak / 1024))"
}

# The DuckDB SQL reference of the transform (bench/reference/), compiled once: a cold run is a JVM
# start, DuckDB and the SQL. reference_command WAREHOUSE sets the array $reference to the command
# that computes the warehouse's figures (the periods follow it); agreement WAREHOUSE PERIOD... prints
# how many of the candidate's metric_values rows for those periods the reference gives alike (untimed).
# NPCWH_REFERENCE_MEMORY caps DuckDB's memory (default 8GB: the rest of the machine left to the others).
reference_command() {
  local duckdb_jar
  duckdb_jar=$(find "$root/app/target/lib" -name 'duckdb_jdbc-*.jar' | head -1)
  if [ ! -d "$work/classes" ]; then
    javac -d "$work/classes" -cp "$duckdb_jar" "$root/app/src/test/java/org/npcwh/app/DuckDbReference.java"
  fi
  # DuckDB's memory capped (its default is 80 % of the machine) and spilled into the scratch folder
  reference=(java -Dnpcwh.reference.memory_limit="${NPCWH_REFERENCE_MEMORY:-8GB}"
    -Dnpcwh.reference.temp_directory="$work/duckdb-spill" -cp "$work/classes:$duckdb_jar"
    org.npcwh.app.DuckDbReference "$root/bench/reference" "$1" "$work/reference.parquet")
}
agreement() {
  local wh="$1"; shift
  reference_command "$wh"
  java -Dnpcwh.reference.compare="$wh/candidate/metric_values" "${reference[@]:1}" "$@" | tail -1
}

# What a results file says about the settings it was measured with, besides the machine.
run_settings() {
  echo "JVM options besides the launcher's: ${NPCWH_JAVA_OPTS:-none}; DuckDB's memory limit:" \
    "${NPCWH_REFERENCE_MEMORY:-8GB}."
}

# The sample's 25 periods as the reference names them (the transform's --from 2022-01 --to 2023-06 --rollups).
sample_periods=()
for month in $(seq 0 17); do sample_periods+=("$(date -d "2022-01-01 +$month month" +%Y-%m)"); done
sample_periods+=(2022-Q1 2022-Q2 2022-Q3 2022-Q4 2023-Q1 2023-Q2 2022)
