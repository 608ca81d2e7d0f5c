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
