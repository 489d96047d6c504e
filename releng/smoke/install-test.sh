#!/usr/bin/env bash
# Install test of the product (issue 13): the product's own `nnwb install` adds an assignment feature from the
# built update site, `nnwb assignments list --json` finds it, `nnwb check` and `nnwb grade` work on it with the
# recorded JSON keys, the workbench starts with it (screenshot OUT/installed.png, no errors logged), and
# `nnwb uninstall` removes it again.
#   usage: install-test.sh PRODUCT_DIR REPOSITORY OUT
set -euo pipefail
app=$1
repo=$2
out=$3
keys_dir="$(dirname "$0")/json-keys"
feature=nnwb.assignment.epfl.ps08.feature
rm -rf "$out"; mkdir -p "$out"
fail() { echo "install-test: $*" >&2; exit 1; }
keys() { # name: the key paths of OUT/name.json equal json-keys/name.keys
  python3 "$keys_dir/keypaths.py" < "$out/$1.json" > "$out/$1.keys"
  diff -u "$keys_dir/$1.keys" "$out/$1.keys" >&2 || fail "the JSON keys of '$1' changed"
}

"$app/nnwb" assignments list --json > "$out/before.json"
grep -q '"epfl-ml-ps08"' "$out/before.json" && fail "the product already has the assignment"
"$app/nnwb" install --repository "$repo" --feature "$feature" > "$out/install.log" 2>&1 \
  || { cat "$out/install.log" >&2; fail "nnwb install failed"; }
"$app/nnwb" assignments list --json > "$out/assignments-list.json" 2> "$out/list.err"
[ -s "$out/list.err" ] && { cat "$out/list.err" >&2; fail "nnwb assignments list wrote to stderr"; }
grep -q '"id": "epfl-ml-ps08"' "$out/assignments-list.json" || fail "nnwb assignments list does not show the installed assignment"
keys assignments-list
"$app/nnwb" check epfl-ml-ps08 --answers "$keys_dir/epfl-answers.json" --json > "$out/check.json"
keys check
grep -q '"awarded": 5' "$out/check.json" || fail "nnwb check did not award p1.a, p2.a and p4.a"
grep -q '8.625' "$out/check.json" && fail "nnwb check revealed a hidden key"
mkdir -p "$out/submissions"
cp "$keys_dir/epfl-answers.json" "$out/submissions/a.json"
printf '{"format": "nnwb-answers", "version": 1, "assignment": "epfl-ml-ps08", "student": "../../x", "answers": {' \
  > "$out/submissions/truncated.json"
"$app/nnwb" grade epfl-ml-ps08 --dir "$out/submissions" --csv "$out/grades.csv" --json > "$out/grade.json"
keys grade
grep -q '"graded": 1' "$out/grade.json" || fail "nnwb grade did not grade the good file"
grep -q 'truncated.json: answers file ends early' "$out/grade.json" || fail "nnwb grade did not report the truncated file"
[ "$(wc -l < "$out/grades.csv")" = 3 ] || fail "the grade sheet should have a header and one row per file"
grep -q '^truncated,.*,not graded: answers file ends early' "$out/grades.csv" || fail "the truncated file should have its row with the reason"
set +e
"$app/nnwb" check no-such-assignment --answers "$keys_dir/epfl-answers.json" 2> "$out/bad.err"; rc=$?
set -e
[ "$rc" = 2 ] && [ "$(wc -l < "$out/bad.err")" = 1 ] || fail "a bad assignment id should exit 2 with one line (got $rc)"

# the workbench starts with the installed assignment
ws="$out/workspace"
NNWB_ARGS="-data $ws" "$app/nnwb" > "$out/run.log" 2>&1 &
pid=$!
for _ in $(seq 1 900); do
  xwininfo -root -tree 2>/dev/null | grep -q '"NN Workbench"' && break
  kill -0 "$pid" 2>/dev/null || { tail -30 "$out/run.log" >&2; fail "the workbench exited"; }
  sleep 0.1
done
sleep "${SHOT_DELAY:-5}"
import -window root "$out/installed.png"
kill "$pid"; wait "$pid" 2>/dev/null || true
if grep -E "^!ENTRY [^ ]+ 4 " "$ws/.metadata/.log" > /dev/null 2>&1; then
  grep -A8 -E "^!ENTRY [^ ]+ 4 " "$ws/.metadata/.log" | head -40 >&2
  fail "the workbench logged errors with the assignment installed"
fi

"$app/nnwb" uninstall epfl-ml-ps08 > "$out/uninstall.log" 2>&1 || { cat "$out/uninstall.log" >&2; fail "nnwb uninstall failed"; }
"$app/nnwb" assignments list --json > "$out/after.json"
grep -q '"epfl-ml-ps08"' "$out/after.json" && fail "nnwb uninstall left the assignment installed"
echo "install test: installed, listed, checked, graded, started and uninstalled $feature (screenshot $out/installed.png)"
