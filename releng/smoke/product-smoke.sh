#!/usr/bin/env bash
# Product smoke test: unpacks the archived product, starts it under the current X display
# (run it under xvfb-run), waits for the workbench window, saves a screenshot and checks the
# headless command line. With RUNS=N it starts the workbench N times and prints the median time
# from launch to first window (the start-up benchmark of BENCHMARKS.md).
#   usage: product-smoke.sh ARCHIVE OUTDIR
set -euo pipefail
archive=$1
out=$2
runs=${RUNS:-1}
timeout_s=${SMOKE_TIMEOUT:-90}
[ -n "${DISPLAY:-}" ] || { echo "product-smoke: no DISPLAY; run under xvfb-run" >&2; exit 1; }
rm -rf "$out"; mkdir -p "$out"
tar -xzf "$archive" -C "$out"
app="$out/nnwb"
[ -x "$app/nnwb" ] || { echo "product-smoke: $app/nnwb missing from the archive" >&2; exit 1; }

# Headless command line through the product's own start script.
"$app/nnwb" version --json > "$out/version.json"
grep -q '"java"' "$out/version.json" || { echo "product-smoke: version --json lacks java" >&2; exit 1; }
# Compute service: versions without starting ND4J, then a tiny benchmark through the real backend.
grep -q '"dl4j": "1.0.0-M2.1"' "$out/version.json" || { echo "product-smoke: version --json lacks dl4j" >&2; exit 1; }
NNWB_CACHE="$out/cache" "$app/nnwb" bench --json --models edge-cnn --batches 16 --images 32 --epochs 1 > "$out/bench.json" \
  || { echo "product-smoke: nnwb bench failed" >&2; exit 1; }
grep -q '"imagesPerSecond"' "$out/bench.json" || { echo "product-smoke: bench --json lacks rows" >&2; exit 1; }
grep -q '"accelerated": true' "$out/bench.json" || { echo "product-smoke: oneDNN helpers not active in the product" >&2; exit 1; }
# Public interface: every command's JSON key set equals the recorded one (json-keys/).
keys_dir="$(dirname "$0")/json-keys"
while IFS=$'\t' read -r name args; do
  # shellcheck disable=SC2086
  NNWB_CACHE="$out/cache" "$app/nnwb" $args > "$out/keys-$name.json" 2> "$out/keys-$name.err" \
    || { echo "product-smoke: nnwb $args failed:" >&2; cat "$out/keys-$name.err" >&2; exit 1; }
  [ -s "$out/keys-$name.err" ] && { echo "product-smoke: nnwb $args wrote to stderr:" >&2; cat "$out/keys-$name.err" >&2; exit 1; }
  python3 "$keys_dir/keypaths.py" < "$out/keys-$name.json" > "$out/keys-$name.keys"
  diff -u "$keys_dir/$name.keys" "$out/keys-$name.keys" >&2 \
    || { echo "product-smoke: the JSON keys of 'nnwb $args' changed" >&2; exit 1; }
done < "$keys_dir/cases.tsv"
# The lean command configuration prints what the full one prints (issue 24 item 7).
"$(dirname "$0")/lean-config-test.sh" "$app" "$out/lean"
set +e
"$app/nnwb" nonsense 2> "$out/nonsense.err"; rc=$?
set -e
[ "$rc" = 2 ] || { echo "product-smoke: 'nnwb nonsense' exited $rc, not 2" >&2; exit 1; }
[ "$(wc -l < "$out/nonsense.err")" = 1 ] || { echo "product-smoke: 'nnwb nonsense' printed more than one line" >&2; exit 1; }

window_up() { xwininfo -root -tree 2>/dev/null | grep -q '"NN Workbench"'; }
times=()
for i in $(seq 1 "$runs"); do
  ws="$out/workspace-$i"
  start=$(date +%s%N)
  NNWB_ARGS="-data $ws" "$app/nnwb" > "$out/run-$i.log" 2>&1 &
  pid=$!
  up=""
  while [ $(( ($(date +%s%N) - start) / 1000000000 )) -lt "$timeout_s" ]; do
    if window_up; then up=$(date +%s%N); break; fi
    kill -0 "$pid" 2>/dev/null || break
    grep -q "Application error" "$ws/.metadata/.log" 2>/dev/null && break
    sleep 0.02
  done
  if [ -z "$up" ]; then
    echo "product-smoke: no workbench window within ${timeout_s}s (run $i); log:" >&2
    tail -40 "$out/run-$i.log" >&2
    kill "$pid" 2>/dev/null || true
    exit 1
  fi
  ms=$(( (up - start) / 1000000 ))
  times+=("$ms")
  echo "run $i: first window after ${ms} ms"
  if [ "$i" = 1 ]; then
    sleep "${SHOT_DELAY:-4}"
    import -window root "$out/product.png"
  fi
  kill "$pid"; wait "$pid" 2>/dev/null || true
  if grep -E "^!ENTRY [^ ]+ 4 " "$ws/.metadata/.log" > /dev/null 2>&1; then
    echo "product-smoke: the workbench logged errors (run $i):" >&2
    grep -A8 -E "^!ENTRY [^ ]+ 4 " "$ws/.metadata/.log" | head -60 >&2
    exit 1
  fi
done
# Crash safety (issue 14): a model opened from the command line is edited, autosaved, the process is killed
# with -9, and the restarted workbench reopens the model with the edit: editing it again reaches the disk.
if [ -z "${SKIP_CRASH_TEST:-}" ]; then
  "$(dirname "$0")/crash-test.sh" "$app" "$out/crash"
fi

# Assignments (issue 13): install a feature from the built update site with the product's own nnwb install,
# use it, uninstall it. Runs last: it changes the unpacked product.
if [ -z "${SKIP_INSTALL_TEST:-}" ]; then
  "$(dirname "$0")/install-test.sh" "$app" "$(cd "$(dirname "$archive")/.." && pwd)/repository" "$out/install"
fi
# The Spark job jar (issue 26): the optional feature nnwb.spark.feature installs it where the launcher looks.
if [ -z "${SKIP_INSTALL_TEST:-}" ]; then
  "$(dirname "$0")/spark-feature-test.sh" "$app" "$(cd "$(dirname "$archive")/.." && pwd)/repository" "$out/spark-feature"
fi

sorted=($(printf '%s\n' "${times[@]}" | sort -n))
median=${sorted[$(( ${#sorted[@]} / 2 ))]}
echo "first window: median ${median} ms over ${runs} run(s): ${times[*]}" | tee "$out/startup.txt"
echo "screenshot: $out/product.png"
