#!/usr/bin/env bash
# Load test of issue 14: serves a data directory on loopback, then runs `sitrep bench load` against it three ways
# (no expensive searches beside; eight clients sending 64 fuzzy terms; eight sending 8, the most the limits allow)
# and prints p50/p95/p99 and errors per kind of request, after one unreported run that lets the JIT compile.
# Fill the data directory first, e.g. with
#   ./sitrep demo --data /tmp/sitrep-demo --port 7171   (Ctrl-C once it says "564 articles")
# Usage: bench/load.sh DATA_DIR [PORT] [extra options for `sitrep bench load`]
# SITREP_JAR runs another build (e.g. a copy of an older target/sitrep.jar) as the server; the client is this one.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="${1:?usage: bench/load.sh DATA_DIR [PORT] [options]}"
port="${2:-7171}"
shift $(( $# >= 2 ? 2 : 1 ))
jar="${SITREP_JAR:-$here/target/sitrep.jar}"
[ -f "$here/target/sitrep.jar" ] || (cd "$here" && mvn -q -B package -DskipTests)
log="$(mktemp)"
java ${SITREP_JAVA_OPTS:--Xmx2g} -jar "$jar" serve --data "$data" --host 127.0.0.1 --port "$port" 2>"$log" &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null; rm -f "$log"' EXIT
for _ in $(seq 1 120); do
  grep -q "serving" "$log" && break
  kill -0 "$server" 2>/dev/null || { cat "$log" >&2; exit 1; }
  sleep 0.5
done
url="http://127.0.0.1:$port"
# Steady state, as a server that has been up a while: the JIT compiles the hot paths during one unreported run.
echo "## warm-up: one run of the mix, not reported  (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
"$here/sitrep" bench load --url "$url" --expensive 0 "$@" > /dev/null
for run in "--expensive 0" "--expensive 8 --fuzzy-terms 64" "--expensive 8 --fuzzy-terms 8"; do
  echo "## sitrep bench load --url $url $run $*  (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
  # shellcheck disable=SC2086
  "$here/sitrep" bench load --url "$url" $run "$@"
done
