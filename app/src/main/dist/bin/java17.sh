# shellcheck shell=bash
# Sourced by both npcwh launchers (the repository's ./npcwh and the release's bin/npcwh), so the two
# find and vet Java the same way. npcwh_find_java sets $java to a Java 17 or newer: $JAVA_HOME/bin/java
# when JAVA_HOME is set, else java on the PATH; otherwise it exits 3 (bad input) saying what to change.

npcwh_find_java() {
  if [[ -n "${JAVA_HOME:-}" ]]; then
    java="$JAVA_HOME/bin/java"
    if [[ ! -x "$java" ]]; then
      echo "Error: JAVA_HOME is '$JAVA_HOME' but $java is not an executable: point JAVA_HOME at a Java 17" \
        "or newer, or unset it to use java from the PATH." >&2
      exit 3
    fi
  elif ! java="$(command -v java)"; then
    echo "Error: java not found: npcwh needs Java 17 or newer; set JAVA_HOME or put java on the PATH." >&2
    exit 3
  fi
  # 'java -version' prints e.g. openjdk version "17.0.15" 2025-04-15, or java version "1.8.0_392" before 9.
  local version major
  # '|| true': under 'set -eo pipefail' a java that fails the probe must reach the message below, not end silently.
  version="$({ "$java" -version 2>&1 || true; } | sed -n 's/^.* version "\([^"]*\)".*$/\1/p' | head -n 1)"
  major="${version%%.*}"
  [[ "$major" == 1 ]] && major="$(cut -d. -f2 <<<"$version")"
  major="${major%%[!0-9]*}"
  if [[ -z "$major" ]] || (( major < 17 )); then
    echo "Error: $java is Java ${version:-of an unknown version}, but npcwh needs Java 17 or newer: set" \
      "JAVA_HOME to a Java 17+ installation (or put one first on the PATH)." >&2
    exit 3
  fi
}
