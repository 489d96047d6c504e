#!/usr/bin/env bash
# Predicted against measured peak training memory (issue 11): runs `nnwb sweep` of the built product over
# the edge CNN and the small ResNet of the coursework experiments, batch sizes x SGD, momentum, Adam, one
# epoch each, and prints a Markdown table: the engine's prediction (parameters, gradients, optimizer state,
# activations), the measured peak of ND4J's off-heap memory above the run's start, and their ratio.
#   usage: releng/bench/train-memory.sh [PRODUCT_DIR] [OUT_DIR]
# PRODUCT_DIR defaults to the smoke test's unpacked product (releng/nnwb.product/target/smoke/nnwb).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
app=${1:-$here/../nnwb.product/target/smoke/nnwb}
out=${2:-$(mktemp -d)}
batches=${BATCHES:-16,64,256}
optimizers=${OPTIMIZERS:-sgd,momentum,adam}
data=${DATA:-edges:per-class=200,val-per-class=20}
mkdir -p "$out"
# the small ResNet of the coursework's memory sweep, from its one source (read by nnwb.train.experiments.Experiments)
cp "$here/../../tools/train/nnwb.train/src/nnwb/train/experiments/small-resnet.nnet" "$out/small-resnet.nnet"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for model in "--template edge-cnn" "--model $out/small-resnet.nnet"; do
  name=$(echo "$model" | sed 's#.*/##; s#--template ##; s#\.nnet##')
  # shellcheck disable=SC2086
  "$app/nnwb" sweep $model --data "$data" --epochs 1 --batches "$batches" --optimizers "$optimizers" \
    --budget 16g --out "$out/runs-$name" --json > "$out/$name.json"
done
python3 - "$out" <<'PY'
import json, sys, os
out = sys.argv[1]
print("| model | batch | optimizer | predicted | measured peak | measured / predicted |")
print("|---|---|---|---|---|---|")
for name in ("edge-cnn", "small-resnet"):
    for r in json.load(open(os.path.join(out, name + ".json")))["runs"]:
        p, m = r["predictedMemoryBytes"], r["peakMemoryBytes"]
        ratio = "%.2f" % (m / p) if m and p else "-"
        print(f"| {name} | {r['batch']} | {r['optimizer']} | {p:,} B | {m:,} B | {ratio} |" if m else
              f"| {name} | {r['batch']} | {r['optimizer']} | {p:,} B | not run | - |")
PY
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
