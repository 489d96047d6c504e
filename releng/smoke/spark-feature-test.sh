#!/usr/bin/env bash
# The Spark job jar ships (issue 26 item 5): with nothing set, the product refuses a Spark export in one line naming
# the feature; the product's own `nnwb install` adds nnwb.spark.feature from the built update site, whose root file
# lands at spark/nnwb-spark-job.jar; an export then finds it with NNWB_SPARK_JOB_JAR unset (the exported jar is the
# same file); `nnwb uninstall` removes it again. No Spark is needed (export only).
#   usage: spark-feature-test.sh PRODUCT_DIR REPOSITORY OUT
set -euo pipefail
app=$1
repo=$2
out=$3
feature=nnwb.spark.feature
rm -rf "$out"; mkdir -p "$out"
fail() { echo "spark-feature-test: $*" >&2; exit 1; }
sweep() { # export a one-cell sweep for a cluster into OUT/$1, with no job jar named
  env -u NNWB_SPARK_JOB_JAR -u SPARK_HOME -u NNWB_SPARK_JARS "$app/nnwb" sweep --template edge-cnn --data edges:per-class=4 \
    --epochs 1 --batches 16 --optimizers sgd --seeds 1 --spark spark://gateway:7077 --export "$out/$1"
}

[ -e "$app/spark" ] && fail "the product archive already holds spark/"
rc=0; sweep before > "$out/before.log" 2>&1 || rc=$?
[ "$rc" = 2 ] || { cat "$out/before.log" >&2; fail "without the feature the export exited $rc, not 2"; }
[ "$(grep -c 'install the feature nnwb.spark.feature' "$out/before.log")" = 1 ] || { cat "$out/before.log" >&2; fail "no one-line reason naming the feature"; }

"$app/nnwb" install --repository "$repo" --feature "$feature" > "$out/install.log" 2>&1 \
  || { cat "$out/install.log" >&2; fail "nnwb install $feature failed"; }
[ -f "$app/spark/nnwb-spark-job.jar" ] || fail "the feature did not install spark/nnwb-spark-job.jar"
unzip -p "$app/spark/nnwb-spark-job.jar" META-INF/MANIFEST.MF | grep -q '^Main-Class: nnwb.spark.SparkJob' \
  || fail "spark/nnwb-spark-job.jar is not the job jar"
sweep after > "$out/after.log" 2>&1 || { cat "$out/after.log" >&2; fail "the export did not find the installed job jar"; }
cmp -s "$app/spark/nnwb-spark-job.jar" "$out/after/nnwb-spark-job.jar" || fail "the exported jar is not the installed one"

"$app/nnwb" uninstall "$feature" > "$out/uninstall.log" 2>&1 || { cat "$out/uninstall.log" >&2; fail "nnwb uninstall failed"; }
[ -e "$app/spark/nnwb-spark-job.jar" ] && fail "nnwb uninstall left spark/nnwb-spark-job.jar"
rm -rf "$out/after"
echo "spark feature test: the export named $feature, found its jar once installed, and uninstall removed it"
