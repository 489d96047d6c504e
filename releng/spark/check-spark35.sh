#!/usr/bin/env bash
# Runs the Spark job jar on Spark 3.5.9 (Scala 2.12) with Java 17, the way a Spark 3.5 cluster node would:
# spark-submit's main class on a class path of Spark's jars (resolved from Maven Central by
# releng/spark/runtime-3.5/pom.xml) plus the job jar, master local[2]: a 2-cell sweep and the grading of
# 20 generated answers files. Not part of the default build (it downloads Spark 3.5, about 150 MB, once).
#   releng/spark/check-spark35.sh            after ./mvnw -pl releng/nnwb.spark.job -am package
#   JAVA17=/path/to/jdk17 releng/spark/check-spark35.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
java17=${JAVA17:-$( { ls -d /usr/lib/jvm/java-17-openjdk-amd64 /usr/lib/jvm/temurin-17* 2>/dev/null || true; } | head -1)}
[ -x "$java17/bin/java" ] || { echo "check-spark35: no Java 17 (set JAVA17)" >&2; exit 2; }
job=$root/releng/nnwb.spark.job/target/nnwb-spark-job.jar
[ -f "$job" ] || { echo "check-spark35: build the job jar first (./mvnw -pl releng/nnwb.spark.job -am package)" >&2; exit 2; }
plugin=$(ls "$root"/assignments/nnwb.assignment.epfl.ps08/target/nnwb.assignment.epfl.ps08-*.jar 2>/dev/null | head -1)
JAVA_HOME=${NNWB_BUILD_JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64} ./mvnw -B -q -f releng/spark/runtime-3.5/pom.xml generate-resources
cp=$(cat releng/spark/runtime-3.5/target/spark-classpath.txt)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cache=$root/releng/nnwb.spark.job/target/javacpp
# Spark 3.5 on Java 17 needs its module options (what its launcher script adds)
opens="-XX:+IgnoreUnrecognizedVMOptions --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
 --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED --add-opens=java.base/java.net=ALL-UNNAMED
 --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
 --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED
 --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/sun.nio.cs=ALL-UNNAMED --add-opens=java.base/sun.security.action=ALL-UNNAMED
 --add-opens=java.base/sun.util.calendar=ALL-UNNAMED --add-exports=java.base/sun.nio.ch=ALL-UNNAMED -Djdk.reflect.useDirectMethodHandle=false"
cat > "$work/specs.json" <<'JSON'
{"runs": [
 {"name": "b8-sgd-s1", "config": {"name": "edges b8 sgd s1", "template": "edge-cnn", "dataset": "edges:per-class=12,val-per-class=8", "optimizer": "sgd", "learningRate": 0.01, "batch": 8, "epochs": 2, "seed": 1}},
 {"name": "b16-adam-s1", "config": {"name": "edges b16 adam s1", "template": "edge-cnn", "dataset": "edges:per-class=12,val-per-class=8", "optimizer": "adam", "learningRate": 0.01, "batch": 16, "epochs": 2, "seed": 1}}
]}
JSON
mkdir -p "$work/subs"
for i in $(seq 1 20); do
  printf '{"format": "nnwb-answers", "version": 1, "assignment": "epfl-ml-ps08", "student": "student-%s", "answers": {"p1.a": "%s"}}\n' "$i" "$i" > "$work/subs/s$i.json"
done
run() {
  OMP_NUM_THREADS=1 "$java17/bin/java" $opens -Dnnwb.compute.threads=1 -Dorg.bytedeco.javacpp.cachedir="$cache" \
    -cp "$job:$cp" org.apache.spark.deploy.SparkSubmit --master 'local[2]' --class nnwb.spark.SparkJob "$job" "$@"
}
t0=$(date +%s)
run sweep --specs "$work/specs.json" --out "$work/runs" > "$work/sweep.log" 2>&1 || { tail -30 "$work/sweep.log"; exit 1; }
run grade --plugin "$plugin" --dir "$work/subs" --csv "$work/grades.csv" --report "$work/report.json" > "$work/grade.log" 2>&1 \
  || { tail -30 "$work/grade.log"; exit 1; }
t1=$(date +%s)
for r in b8-sgd-s1 b16-adam-s1; do
  [ -f "$work/runs/$r/metrics.csv" ] && [ -f "$work/runs/$r/model.zip" ] || { echo "check-spark35: no run folder $r" >&2; exit 1; }
done
rows=$(($(wc -l < "$work/grades.csv") - 1))
[ "$rows" = 20 ] || { echo "check-spark35: $rows graded rows, expected 20" >&2; cat "$work/report.json"; exit 1; }
echo "check-spark35: Spark 3.5.9 on $("$java17/bin/java" -version 2>&1 | head -1): 2 runs trained, 20 files graded in $((t1 - t0)) s"
grep -h "valAccuracy\|^[0-9]" "$work/runs/b8-sgd-s1/metrics.csv" | head -3
