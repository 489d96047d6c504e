#!/usr/bin/env bash
# Crash test of the product: edit a model, wait past the autosave intervals, kill -9, restart, find the
# edit on disk and the model reopened (typing into the restored editor is saved again). Screenshots:
# OUT/edited.png before the kill, OUT/restored.png after the restart.
#   usage: crash-test.sh PRODUCT_DIR OUT
set -euo pipefail
app=$1
out=$2
rm -rf "$out"; mkdir -p "$out"
ws="$out/workspace"
model="$out/crash-model.nnet"
cat > "$model" <<'NNET'
network crash-test
input 28x28x1
CONV3-10
POOL2
FLATTEN
FC-3
NNET
xmi="$ws/.metadata/.plugins/org.eclipse.e4.workbench/workbench.xmi"
window_id() { xdotool search --onlyvisible --name '^NN Workbench' 2>/dev/null | head -n 1; }
start() {
  NNWB_ARGS="-data $ws" "$app/nnwb" "$@" > "$out/run.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 1200); do
    [ -n "$(window_id)" ] && break
    kill -0 "$pid" 2>/dev/null || { echo "crash-test: the workbench exited:" >&2; tail -30 "$out/run.log" >&2; exit 1; }
    sleep 0.1
  done
  [ -n "$(window_id)" ] || { echo "crash-test: no window" >&2; exit 1; }
  sleep 8
}
type_line() {
  # real key events to the focused window (GTK ignores events sent with --window)
  xdotool windowfocus --sync "$(window_id)" > /dev/null 2>&1 || true
  # a click into the editor's text (the editor area is the middle of the Coursework perspective) gives it
  # the keyboard focus, which a restored workbench may have put elsewhere
  xdotool mousemove 800 300 click 1
  sleep 0.5
  xdotool key ctrl+End Return
  xdotool type --delay 20 "$1"
  sleep 1
}
wait_for() { # seconds, description, command...
  local secs=$1 what=$2; shift 2
  for _ in $(seq 1 $((secs * 2))); do "$@" && return 0; sleep 0.5; done
  echo "crash-test: timed out after ${secs}s waiting for $what" >&2; tail -30 "$out/run.log" >&2; return 1
}

start "$model"
type_line "# first edit, before the crash"
import -window root "$out/edited.png"
wait_for 40 "the editor's autosave of the first edit" grep -q "first edit, before the crash" "$model"
wait_for 100 "the workbench state with the open model" grep -q "crash-model.nnet" "$xmi"
# the workbench's JVM is the start script's child (the script restarts it on exit code 23): kill that
pkill -9 -P "$pid" java || { echo "crash-test: no workbench JVM under the start script" >&2; exit 1; }
wait "$pid" 2>/dev/null || true

start
import -window root "$out/restored.png"
type_line "# second edit, in the restored editor"
wait_for 40 "the restored editor's autosave" grep -q "second edit, in the restored editor" "$model"
grep -q "first edit, before the crash" "$model" || { echo "crash-test: the first edit is gone" >&2; exit 1; }
kill "$pid"; wait "$pid" 2>/dev/null || true
echo "crash-test: the edit survived kill -9 and the model reopened (screenshots in $out)"
