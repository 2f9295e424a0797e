#!/usr/bin/env bash
# Issue 19: the Spark job in local[2] against `sitrep ingest` + `sitrep export` over the same input (default: the
# demo corpus's 573 FA-KES articles). Prints each run's wall time, articles/s and tokens/s, and whether the two give
# the same articles, facts and incident grouping. Both use two cores (ingest one worker per core, Spark local[2]).
# Usage: bench/spark-vs-ingest.sh [INPUT.csv|DIR]   (builds both modules first, offline)
# Tokens are counted by the Spark run (the same pipeline over the same articles); ingest's tokens/s uses that count.
# Ingest's workers save in the order they finish, not in input order, and the first article to name an entity gives
# its name, and the incidents form in saving order; the Spark job takes input order. So names and incidents may differ
# where two workers raced; INGEST_OPTS='-Xmx2g -XX:ActiveProcessorCount=1' runs ingest on one worker, in input order.
# KEEP=1 keeps both outputs (the folder is printed). Last, `sitrep import` loads the Spark output into a data folder.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
if [ -n "${KEEP:-}" ]; then echo "## outputs kept in $work"; else trap 'rm -rf "$work"' EXIT; fi
input="${1:-$here/src/main/resources/org/sitrep/demo/fa-kes-dev.csv}"

(cd "$here" && mvn -q -B -o install -DskipTests)
(cd "$here/spark" && mvn -q -B -o package -DskipTests \
  && mvn -q -B -o dependency:build-classpath -Dmdep.includeScope=provided -Dmdep.outputFile="$work/cp.txt" >/dev/null)

echo "## input: $input  (load average: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores)"
start=$(date +%s.%N)
SITREP_JAVA_OPTS="${INGEST_OPTS:--Xmx2g}" "$here/sitrep" ingest --data "$work/data" "$input" 2>"$work/ingest.log" || { tail -5 "$work/ingest.log" >&2; exit 1; }
"$here/sitrep" export --data "$work/data" >"$work/ingest.jsonl"
ingest_s=$(echo "$(date +%s.%N) - $start" | bc)
tail -1 "$work/ingest.log"

# The options spark-submit passes on Java 17 (as in spark/pom.xml's surefire argLine).
opens=$(sed -n '/<argLine>/,/<\/argLine>/p' "$here/spark/pom.xml" | sed 's/<[^>]*>//g' | tr -s ' \n' ' ' | sed 's/-Xmx3g//')
start=$(date +%s.%N)
# shellcheck disable=SC2086
SPARK_LOCAL_IP=127.0.0.1 java -Xmx3g $opens -Dspark.master='local[2]' -Dspark.driver.host=127.0.0.1 -Dspark.driver.bindAddress=127.0.0.1 \
  -Dspark.ui.enabled=false -Dlog4j2.level=warn \
  -cp "$here/spark/target/sitrep-spark-0.1.0-SNAPSHOT.jar:$(cat "$work/cp.txt")" org.sitrep.spark.SparkIngestJob \
  --input "$input" --output "$work/out" 2>"$work/spark.log" || { tail -20 "$work/spark.log" >&2; exit 1; }
spark_s=$(echo "$(date +%s.%N) - $start" | bc)
grep "sitrep-spark:" "$work/spark.log" | tail -1

start=$(date +%s.%N)
"$here/sitrep" import --data "$work/imported" "$work/out" 2>"$work/import.log" || { tail -5 "$work/import.log" >&2; exit 1; }
import_s=$(echo "$(date +%s.%N) - $start" | bc)
echo "$(tail -1 "$work/import.log") in $import_s s (sitrep import of the Spark output, gazetteer loading included)"

python3 - "$work/ingest.jsonl" "$work/out" "$ingest_s" "$spark_s" "$work/spark.log" <<'PY'
import json, pathlib, re, sys
ingest_file, out_dir, ingest_s, spark_s, spark_log = sys.argv[1], pathlib.Path(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4]), sys.argv[5]
def load(lines):
    return {a["id"]: a for a in map(json.loads, lines) if a}
ingest = load(open(ingest_file).read().splitlines())
spark = load(l for p in sorted(out_dir.rglob("part-*.jsonl")) for l in open(p).read().splitlines())
def without_incidents(a):
    a = json.loads(json.dumps(a))
    for e in a["events"]:
        e.pop("incident", None)
    return a
def incidents(articles):
    groups = {}
    for id, a in articles.items():
        for i, e in enumerate(a["events"]):
            groups.setdefault(e["incident"], set()).add(f"{id}/{i}")
    return {frozenset(g) for g in groups.values()}
same_ids = ingest.keys() == spark.keys()
differ = [id for id in ingest if id in spark and without_incidents(ingest[id]) != without_incidents(spark[id])]
fields = {}
for id in differ:
    for k in ingest[id]:
        if without_incidents(ingest[id])[k] != without_incidents(spark[id]).get(k):
            fields[k] = fields.get(k, 0) + 1
    mine = {e["id"]: (e["name"], e["kind"], e["mentions"]) for e in ingest[id]["entities"]}
    theirs = {e["id"]: (e["name"], e["kind"], e["mentions"]) for e in spark[id]["entities"]}
    for eid in sorted(mine.keys() | theirs.keys()):
        if mine.get(eid) != theirs.get(eid):
            a, b = mine.get(eid), theirs.get(eid)
            what = "mentions" if a and b and a[:2] == b[:2] else "name/kind"
            print(f"  {id} entity {eid}: {what}: ingest {a and a[:2]} spark {b and b[:2]}")
tokens = int(re.findall(r"(\d+) tokens in", open(spark_log).read())[-1])
n = len(ingest)
print(f"equal: articles {same_ids} ({n} by ingest, {len(spark)} by Spark); facts differ in {len(differ)} articles {fields or ''}; "
      f"incident grouping equal: {incidents(ingest) == incidents(spark)} ({len(incidents(ingest))} vs {len(incidents(spark))} incidents)")
print(f"ingest + export : {ingest_s:7.1f} s wall, {n / ingest_s:6.2f} articles/s, {tokens / ingest_s:7.0f} tokens/s (JVM start and model loading included)")
print(f"spark local[2]  : {spark_s:7.1f} s wall, {len(spark) / spark_s:6.2f} articles/s, {tokens / spark_s:7.0f} tokens/s (JVM and Spark start, model loading included)")
print(f"spark / ingest throughput: {ingest_s / spark_s:.2f}")
PY
